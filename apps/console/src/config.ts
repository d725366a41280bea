/** A region the console reads from, and where its gateway answers. */
export interface ConsoleRegion {
  code: string;
  name: string;
  gatewayUrl: string;
}

export interface ConsoleConfig {
  regions: ConsoleRegion[];
  environment: string;
}

const REGION_NAMES = [
  'North East',
  'North West',
  'Yorkshire and the Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
];

/** Used when /config.json is absent (the Vite dev server): the quick start's default ports. */
export const DEFAULT_CONFIG: ConsoleConfig = {
  environment: 'development',
  regions: REGION_NAMES.map((name, i) => ({
    code: `E1200000${i + 1}`,
    name,
    gatewayUrl: `http://localhost:${4001 + i}/graphql`,
  })),
};

/** Accepts the launcher's /config.json, or falls back to the defaults if it is missing or malformed. */
export function parseConfig(value: unknown): ConsoleConfig {
  if (!value || typeof value !== 'object') return DEFAULT_CONFIG;
  const { regions, environment } = value as { regions?: unknown; environment?: unknown };
  if (!Array.isArray(regions) || regions.length === 0) return DEFAULT_CONFIG;
  const valid = regions.every((r: unknown) => {
    const region = r as Partial<Record<'code' | 'name' | 'gatewayUrl', unknown>> | null;
    return (
      !!region &&
      typeof region.code === 'string' &&
      typeof region.name === 'string' &&
      typeof region.gatewayUrl === 'string'
    );
  });
  if (!valid) return DEFAULT_CONFIG;
  return {
    regions: regions as ConsoleRegion[],
    environment: typeof environment === 'string' ? environment : 'development',
  };
}

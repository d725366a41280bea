import { z } from 'zod';

/** A configuration problem, listing every bad variable at once with what was expected. */
export class ConfigError extends Error {
  constructor(
    readonly component: string,
    readonly problems: string[],
  ) {
    super(`Invalid configuration for ${component}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates environment variables against a schema whose keys are the variable names. */
export function readEnvironment<S extends z.ZodRawShape>(
  component: string,
  shape: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.');
    const given = env[name];
    return `${name}: ${issue.message}${given === undefined ? ' (not set)' : ` (got "${given}")`}`;
  });
  throw new ConfigError(component, problems);
}

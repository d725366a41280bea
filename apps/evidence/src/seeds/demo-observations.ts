import { insertInBatches } from '@laa/database';
import { DEMO_SOURCE, demoIndicators, syntheticSeries } from '@laa/demo-data';
import { RegionCode } from '@laa/domain';
import { readAreas, readIndicators } from '@laa/reference-data';
import { EntityManager } from 'typeorm';
import { Observation } from '../entities/observation';

/** Synthetic values for the region's areas: the same generator gives the agreements' demo baselines. */
export async function seedDemoObservations(manager: EntityManager, region: RegionCode): Promise<void> {
  const areas = readAreas().filter((area) => area.regionCode === region);
  const indicators = demoIndicators(readIndicators());
  const rows = areas.flatMap((area) =>
    indicators.flatMap((indicator) =>
      syntheticSeries(indicator, area.code).map(({ period, value }) => ({
        indicatorCode: indicator.code,
        areaCode: area.code,
        period,
        value,
        source: DEMO_SOURCE,
        synthetic: true,
      })),
    ),
  );
  await insertInBatches(manager, Observation, rows as Observation[]);
}

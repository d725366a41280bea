import { forbidden } from '@laa/errors';
import { canReadDrafts, Caller, requireDraftReader } from '@laa/identity';
import { RegionAreas } from '../services/region-areas';

/**
 * The shared priorities and targets are draft positions: readable by whoever may read the drafts of any member
 * area (its partnership, its region's GO, central readers). The read is logged against the first such area.
 */
export function requireMultiAreaReader(caller: Caller, areas: RegionAreas, areaCodes: readonly string[]): void {
  const places = areas.known(areaCodes).map((area) => ({ region: area.regionCode, area: area.code }));
  const readable = places.find((place) => canReadDrafts(caller, place));
  if (!readable) {
    requireDraftReader(caller, places[0]);
    throw forbidden(`Your roles cover none of the areas of this multi-area agreement (${areaCodes.join(', ')})`);
  }
  requireDraftReader(caller, readable);
}

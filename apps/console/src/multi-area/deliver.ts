import { ApolloClient } from '@apollo/client';
import { actionErrorOf } from '../agreement/actions';
import { ConsoleConfig } from '../config';
import { regionalClient } from '../regional-client';
import { MultiAreaRow, RECEIVE_MULTI_AREA, RECORD_DELIVERY, SharedContent } from './multi-area-query';

/** What sending did for one member region: sent and recorded, or why not. */
export interface DeliveryOutcome {
  regionCode: string;
  refused: string | null;
}

/** The lead's record as the member region takes it: the same id, version and people, content as read. */
export function copyOf(maa: MultiAreaRow, shared: SharedContent) {
  return {
    id: maa.id,
    version: maa.version,
    leadRegionCode: maa.leadRegionCode,
    createdBy: maa.createdBy,
    changedBy: maa.changedBy,
    title: maa.title,
    areaCodes: maa.members.map((m) => m.code),
    priorities: shared.priorities.map(({ title, description }) => ({ title, description })),
    targets: shared.targets.map(({ indicatorCode, description, baseline, levels }) => ({
      indicator: indicatorCode,
      description,
      baseline,
      levels,
    })),
  };
}

/**
 * Sends the lead's current version to every member region whose copy is not current, through that region's gateway
 * (as national data goes to every region), then records each one taken at the lead. A region that does not answer
 * keeps its old copy and shows as not up to date at the lead until it is sent again.
 */
export async function sendToMemberRegions(
  config: ConsoleConfig,
  lead: ApolloClient,
  maa: MultiAreaRow,
  shared: SharedContent,
): Promise<DeliveryOutcome[]> {
  const pending = maa.memberRegions.filter((r) => !r.lead && !r.upToDate);
  const outcomes: DeliveryOutcome[] = [];
  for (const { regionCode } of pending) {
    const region = config.regions.find((r) => r.code === regionCode);
    if (!region) {
      outcomes.push({ regionCode, refused: "the console does not know this region's gateway" });
      continue;
    }
    try {
      await regionalClient(region.gatewayUrl).mutate({
        mutation: RECEIVE_MULTI_AREA,
        variables: { input: copyOf(maa, shared) },
      });
      await lead.mutate({ mutation: RECORD_DELIVERY, variables: { id: maa.id, regionCode, version: maa.version } });
      outcomes.push({ regionCode, refused: null });
    } catch (error) {
      outcomes.push({ regionCode, refused: actionErrorOf(error).message });
    }
  }
  return outcomes;
}

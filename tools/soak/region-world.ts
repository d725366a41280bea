import { RegionCode } from '@laa/domain';
import { developmentUser, DevelopmentUser, issueToken } from '@laa/identity';
import { post } from './client';
import { Tally } from './tally';

export interface LiveTarget {
  id: string;
  version: number;
  kind: string;
  levels: (number | null)[];
}

export interface LiveAgreement {
  id: string;
  areaCode: string;
  signOff: {
    stage: string;
    version: number;
    reopenedTargetIds: string[];
    signedVersions: { number: number; targets: { targetId: string; version: number; kind: string }[] }[];
  };
  targets: LiveTarget[];
}

/** One region as the harness drives it: its gateway, a token per role, and its agreements as last read. */
export interface RegionWorld {
  region: RegionCode;
  url: string;
  areaCodes: string[];
  tokens: { editor: string; minister: string; analyst: string; reader: string };
}

// One area at a time: a whole region's signed versions and targets in one operation is more than the cost limit allows.
const READ_AGREEMENT = `query ($code: String!) { area(code: $code) { agreement { id signOff { stage version reopenedTargetIds
  signedVersions { number targets { targetId version kind } } } targets { id version kind levels } } } }`;

type AreaAnswer = { area: { agreement: Omit<LiveAgreement, 'areaCode'> | null } | null };

export async function regionWorld(region: RegionCode, url: string, secret: string, tally: Tally): Promise<RegionWorld> {
  const answer = await post<{ areas: { code: string }[] }>(tally, url, '{ areas { code } }');
  const areaCodes = (answer.data?.areas ?? []).map((a) => a.code);
  if (areaCodes.length === 0) throw new Error(`${region} lists no areas: ${JSON.stringify(answer.errors)}`);
  const token = (key: string) =>
    issueToken(secret, developmentUser(key, region, areaCodes[0]) as DevelopmentUser, 3600);
  const [editor, minister, analyst, reader] = await Promise.all([
    token('rm'),
    token('minister'),
    token('goanalyst'),
    token('rd'),
  ]);
  return { region, url, areaCodes, tokens: { editor, minister, analyst, reader } };
}

/** Every agreement of the region with its targets and sign-off, read as the Regional Director (a draft reader). */
export async function readAgreements(world: RegionWorld, tally: Tally): Promise<LiveAgreement[]> {
  const agreements: LiveAgreement[] = [];
  for (const code of world.areaCodes) {
    const answer = await post<AreaAnswer>(tally, world.url, READ_AGREEMENT, { code }, world.tokens.reader);
    if (!answer.data?.area)
      throw new Error(`${world.region}: ${code}'s agreement could not be read: ${JSON.stringify(answer.errors)}`);
    if (answer.data.area.agreement) agreements.push({ ...answer.data.area.agreement, areaCode: code });
  }
  return agreements;
}

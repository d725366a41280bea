import { manyByKey, oneByKey } from '@laa/subgraph';
import { CabinetConsultation } from '../entities/cabinet-consultation';
import { GoverningBodyAgreement } from '../entities/governing-body';
import { ModerationFlag } from '../entities/moderation-flag';
import { Recommendation } from '../entities/recommendation';
import { SignedVersion } from '../entities/signed-version';
import { SignOff, SignOffStep } from '../entities/sign-off';
import { TargetSignOffRecord } from '../entities/target';
import { TargetChangeRequest } from '../entities/target-change';
import { latestSignOffs } from '../rules/readiness';
import { SignOffContext } from './context';

/** The sign-off subgraph's relations, each batched per request. */
export const signOffLoaders = ({ loaders, services }: SignOffContext) => ({
  signOff: loaders.loader<string, SignOff | null>('signOff', async (ids) =>
    oneByKey(ids, await services.signOffs.ofAgreements(ids), (s) => s.agreementId),
  ),
  steps: loaders.loader<string, SignOffStep[]>('steps', async (ids) =>
    manyByKey(ids, await services.signOffs.stepsOf(ids), (s) => s.agreementId),
  ),
  governingBodies: loaders.loader<string, GoverningBodyAgreement[]>('governingBodies', async (stepIds) =>
    manyByKey(stepIds, await services.signOffs.governingBodiesOf(stepIds), (b) => b.stepId),
  ),
  /** Newest first: the first is the current recommendation. */
  recommendations: loaders.loader<string, Recommendation[]>('recommendations', async (ids) =>
    manyByKey(ids, await services.signOffs.recommendationsOf(ids), (r) => r.agreementId),
  ),
  consultations: loaders.loader<string, CabinetConsultation[]>('consultations', async (ids) =>
    manyByKey(ids, await services.signOffs.consultationsOf(ids), (c) => c.agreementId),
  ),
  signedVersions: loaders.loader<string, SignedVersion[]>('signedVersions', async (ids) =>
    manyByKey(ids, await services.signOffs.signedVersionsOf(ids), (v) => v.agreementId),
  ),
  reviews: loaders.loader<string, ModerationFlag[]>('reviews', async (ids) =>
    manyByKey(ids, await services.moderation.flagsOf(ids), (f) => f.agreementId),
  ),
  changeRequests: loaders.loader<string, TargetChangeRequest[]>('changeRequests', async (ids) =>
    manyByKey(ids, await services.refresh.requestsOf(ids), (r) => r.agreementId),
  ),
  targetSignOff: loaders.loader<string, TargetSignOffRecord | null>('targetSignOff', async (ids) =>
    oneByKey(ids, [...latestSignOffs(await services.targets.ofTargets(ids)).values()], (r) => r.targetId),
  ),
  targetSignOffHistory: loaders.loader<string, TargetSignOffRecord[]>('targetSignOffHistory', async (ids) =>
    manyByKey(ids, await services.targets.ofTargets(ids), (r) => r.targetId),
  ),
  agreementArea: loaders.loader<string, { id: string; areaCode: string } | null>('agreementArea', async (ids) =>
    oneByKey(ids, await services.signOffs.facts.areasOf(ids), (a) => a.id),
  ),
  agreementTargetSignOffs: loaders.loader<string, TargetSignOffRecord[]>('agreementTargetSignOffs', async (ids) =>
    manyByKey(ids, await services.targets.ofAgreements(ids), (r) => r.agreementId),
  ),
});

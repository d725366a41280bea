import { seedOnce } from '@laa/database';
import { SubgraphDefinition } from '@laa/subgraph';
import { Agreement } from './entities/agreement';
import { CabinetConsultation } from './entities/cabinet-consultation';
import { GoverningBodyAgreement } from './entities/governing-body';
import { ModerationFlag } from './entities/moderation-flag';
import { Recommendation } from './entities/recommendation';
import { SignedVersion } from './entities/signed-version';
import { SignOff, SignOffStep } from './entities/sign-off';
import { Target, TargetSignOffRecord } from './entities/target';
import { TargetChangeRequest } from './entities/target-change';
import { CreateSignOff1764000000000 } from './migrations/1764000000000-CreateSignOff';
import { SignOffChain1764500000000 } from './migrations/1764500000000-SignOffChain';
import { SignOffRecords1764900000000 } from './migrations/1764900000000-SignOffRecords';
import { SignOffRoles1765000000000 } from './migrations/1765000000000-SignOffRoles';
import { RecommendationVersions1765100000000 } from './migrations/1765100000000-RecommendationVersions';
import { BaselineRefresh1765520000000 } from './migrations/1765520000000-BaselineRefresh';
import { SignatureFence1765200000000 } from './migrations/1765200000000-SignatureFence';
import { AgreementSignOffResolver } from './resolvers/agreement-sign-off-resolver';
import { RecommendationResolver } from './resolvers/recommendation-resolver';
import { RefreshResolver } from './resolvers/refresh-resolver';
import { ReviewResolver } from './resolvers/review-resolver';
import { SignOffHistoryResolver } from './resolvers/sign-off-history-resolver';
import { SignOffResolver } from './resolvers/sign-off-resolver';
import { SignOffStepFieldsResolver } from './resolvers/sign-off-step-fields-resolver';
import { SignOffStepResolver } from './resolvers/sign-off-step-resolver';
import { TargetSignOffResolver } from './resolvers/target-sign-off-resolver';
import { fixDemoRecommendationDates, seedDemoRecommendations } from './seeds/demo-recommendations';
import { fixDemoConfirmingDepartments, seedDemoSignOffs } from './seeds/demo-sign-offs';
import { createSignOffServices, SignOffServices } from './services/services';

/** Sign-off: the chain from the LSP to Ministers for each agreement, target sign-offs and controlled refresh. */
export const signoffSubgraph: SubgraphDefinition<SignOffServices> = {
  name: 'signoff',
  databaseSchema: 'signoff',
  entities: [
    SignOff,
    SignOffStep,
    TargetSignOffRecord,
    GoverningBodyAgreement,
    Recommendation,
    ModerationFlag,
    CabinetConsultation,
    SignedVersion,
    TargetChangeRequest,
  ],
  migrations: [
    CreateSignOff1764000000000,
    SignOffChain1764500000000,
    SignOffRecords1764900000000,
    SignOffRoles1765000000000,
    RecommendationVersions1765100000000,
    SignatureFence1765200000000,
    BaselineRefresh1765520000000,
  ],
  resolvers: [
    AgreementSignOffResolver,
    SignOffResolver,
    SignOffHistoryResolver,
    RecommendationResolver,
    SignOffStepFieldsResolver,
    SignOffStepResolver,
    TargetSignOffResolver,
    ReviewResolver,
    RefreshResolver,
  ],
  orphanedTypes: [Agreement, Target],
  createServices: createSignOffServices,
  async seed({ dataSource, region, demo }) {
    if (!demo) return;
    await seedOnce(dataSource, 'signoff', 'demo-sign-offs', (manager) => seedDemoSignOffs(manager, region));
    await seedOnce(dataSource, 'signoff', 'demo-recommendations', (manager) =>
      seedDemoRecommendations(manager, region),
    );
    // Corrections of stores seeded by earlier versions (no-ops on a fresh store).
    await seedOnce(dataSource, 'signoff', 'demo-recommendations-dated-as-their-step', (manager) =>
      fixDemoRecommendationDates(manager, region),
    );
    await seedOnce(dataSource, 'signoff', 'demo-confirming-departments', fixDemoConfirmingDepartments);
  },
};

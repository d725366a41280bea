import { seedOnce } from '@laa/database';
import { SubgraphDefinition } from '@laa/subgraph';
import { Agreement } from './entities/agreement';
import { AgreementFence, FencedTarget } from './entities/agreement-fence';
import { BaselineDeferral } from './entities/baseline-deferral';
import { AgreementRevision } from './entities/agreement-revision';
import { CaseConference, CaseConferenceItem, CaseConferenceRequest } from './entities/case-conference';
import { Milestone } from './entities/milestone';
import { MultiAreaAgreement, MultiAreaDelivery } from './entities/multi-area-agreement';
import { RoundProcessMapRow } from './entities/round-process-map';
import { NegotiationPoint, NegotiationPointEvent } from './entities/negotiation-point';
import { Priority, PriorityLink } from './entities/priority';
import { Area, Indicator, PartnershipMember } from './entities/references';
import { Target } from './entities/target';
import { TargetPermit } from './entities/target-permit';
import { CreateAgreements1764000000000 } from './migrations/1764000000000-CreateAgreements';
import { NegotiateAgreements1764400000000 } from './migrations/1764400000000-NegotiateAgreements';
import { TargetLocalReason1764700000000 } from './migrations/1764700000000-TargetLocalReason';
import { PriorityRemoval1765300000000 } from './migrations/1765300000000-PriorityRemoval';
import { TargetFences1765400000000 } from './migrations/1765400000000-TargetFences';
import { MultiAreaAgreements1765510000000 } from './migrations/1765510000000-MultiAreaAgreements';
import { RoundProcessMap1765520000000 } from './migrations/1765520000000-RoundProcessMap';
import { TargetRulesOfTheSource1765530000000 } from './migrations/1765530000000-TargetRulesOfTheSource';
import { NegotiationVoices1765540000000 } from './migrations/1765540000000-NegotiationVoices';
import { StatutorySet1765600000000 } from './migrations/1765600000000-StatutorySet';
import { HeldIndicatorCorrections1765720000000 } from './migrations/1765720000000-HeldIndicatorCorrections';
import { HeldIndicatorCorrection } from './entities/held-indicator-correction';
import { IndicatorFactsResolver } from './resolvers/indicator-facts-resolver';
import { DeclineConferenceRequests1765720000001 } from './migrations/1765720000001-DeclineConferenceRequests';
import { ConferenceDeclineResolver } from './resolvers/conference-decline-resolver';
import { HeldStatutoryMembership, StatutoryIndicator } from './entities/statutory-membership';
import { StatutorySetResolver } from './resolvers/statutory-set-resolver';
import { seedStatutorySet } from './services/statutory-set-service';
import { resolveAgreementReference } from './resolvers/agreement-reference';
import { AgreementDraftingResolver } from './resolvers/agreement-drafting-resolver';
import { AgreementNegotiationResolver } from './resolvers/agreement-negotiation-resolver';
import { AgreementResolver } from './resolvers/agreement-resolver';
import { AgreementStageResolver } from './resolvers/agreement-stage-resolver';
import { AreaAgreementResolver } from './resolvers/area-agreement-resolver';
import { BaselineDeferralMutations } from './resolvers/baseline-deferral-mutations';
import { CaseConferenceItemResolver } from './resolvers/case-conference-item-resolver';
import { CaseConferenceRequestResolver } from './resolvers/case-conference-request-resolver';
import { CaseConferenceResolver } from './resolvers/case-conference-resolver';
import { FenceMutations } from './resolvers/fence-mutations';
import { AgreementHistoryResolver } from './resolvers/agreement-history-resolver';
import { AgreementRevisionResolver } from './resolvers/agreement-revision-resolver';
import { MilestoneResolver } from './resolvers/milestone-resolver';
import { AreaMultiAreaResolver } from './resolvers/area-multi-area-resolver';
import { MultiAreaResolver } from './resolvers/multi-area-resolver';
import { MultiAreaTargetResolver } from './resolvers/multi-area-target-resolver';
import { NegotiationPointEventResolver } from './resolvers/negotiation-point-event-resolver';
import { NegotiationPointResolver } from './resolvers/negotiation-point-resolver';
import { PointVoiceResolver } from './resolvers/point-voice-resolver';
import { PartnershipMemberResolver, resolvePartnershipMemberReference } from './resolvers/partnership-member-resolver';
import { PriorityEditResolver } from './resolvers/priority-edit-resolver';
import { PriorityResolver } from './resolvers/priority-resolver';
import { RoundResolver } from './resolvers/round-resolver';
import { IndicatorChoicesResolver } from './resolvers/indicator-choices-resolver';
import { RoundProcessMapResolver } from './resolvers/round-process-map-resolver';
import { TargetMutations } from './resolvers/target-mutations';
import { resolvePriorityReference } from './resolvers/priority-reference';
import { resolveTargetReference } from './resolvers/target-reference';
import { TargetDeferralResolver } from './resolvers/target-deferral-resolver';
import { TargetResolver } from './resolvers/target-resolver';
import { seedDemoAgreements } from './seeds/demo-agreements';
import { seedDemoFences } from './seeds/demo-fences';
import { seedDemoMultiArea } from './seeds/demo-multi-area';
import { seedDemoNegotiation } from './seeds/demo-negotiation';
import { AgreementsServices, createAgreementsServices } from './services/services';

/** Agreements: drafting and negotiating each area's agreement: priorities, targets, negotiation points, case conferences, history. */
export const agreementsSubgraph: SubgraphDefinition<AgreementsServices> = {
  name: 'agreements',
  databaseSchema: 'agreements',
  entities: [
    Agreement,
    Target,
    Priority,
    PriorityLink,
    NegotiationPoint,
    NegotiationPointEvent,
    CaseConference,
    CaseConferenceItem,
    CaseConferenceRequest,
    Milestone,
    AgreementRevision,
    AgreementFence,
    FencedTarget,
    TargetPermit,
    MultiAreaAgreement,
    MultiAreaDelivery,
    RoundProcessMapRow,
    BaselineDeferral,
    StatutoryIndicator,
    HeldStatutoryMembership,
    HeldIndicatorCorrection,
  ],
  migrations: [
    CreateAgreements1764000000000,
    NegotiateAgreements1764400000000,
    TargetLocalReason1764700000000,
    PriorityRemoval1765300000000,
    TargetFences1765400000000,
    MultiAreaAgreements1765510000000,
    RoundProcessMap1765520000000,
    TargetRulesOfTheSource1765530000000,
    NegotiationVoices1765540000000,
    StatutorySet1765600000000,
    HeldIndicatorCorrections1765720000000,
    DeclineConferenceRequests1765720000001,
  ],
  resolvers: [
    AgreementResolver,
    AgreementStageResolver,
    AgreementDraftingResolver,
    AgreementNegotiationResolver,
    AgreementHistoryResolver,
    AgreementRevisionResolver,
    AreaAgreementResolver,
    TargetResolver,
    TargetMutations,
    TargetDeferralResolver,
    BaselineDeferralMutations,
    FenceMutations,
    StatutorySetResolver,
    IndicatorFactsResolver,
    ConferenceDeclineResolver,
    PriorityResolver,
    PriorityEditResolver,
    NegotiationPointResolver,
    PointVoiceResolver,
    NegotiationPointEventResolver,
    CaseConferenceResolver,
    CaseConferenceRequestResolver,
    CaseConferenceItemResolver,
    MilestoneResolver,
    PartnershipMemberResolver,
    RoundResolver,
    IndicatorChoicesResolver,
    RoundProcessMapResolver,
    MultiAreaResolver,
    MultiAreaTargetResolver,
    AreaMultiAreaResolver,
  ],
  orphanedTypes: [Area, Indicator, PartnershipMember],
  referenceResolvers: {
    Agreement: { __resolveReference: resolveAgreementReference },
    Target: { __resolveReference: resolveTargetReference },
    Priority: { __resolveReference: resolvePriorityReference },
    PartnershipMember: { __resolveReference: resolvePartnershipMemberReference },
  },
  createServices: createAgreementsServices,
  async seed({ dataSource, region, demo }) {
    // Reference data, with or without the demo: the rule that every agreement holds the statutory set reads it.
    await dataSource.transaction((manager) => seedStatutorySet(manager));
    if (!demo) return;
    await seedOnce(dataSource, 'agreements', 'demo-agreements', (manager) => seedDemoAgreements(manager, region));
    await seedOnce(dataSource, 'agreements', 'demo-negotiation', (manager) => seedDemoNegotiation(manager));
    await seedOnce(dataSource, 'agreements', 'demo-fences', (manager) => seedDemoFences(manager, region));
    await seedOnce(dataSource, 'agreements', 'demo-multi-area', (manager) => seedDemoMultiArea(manager, region));
  },
};

/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AgreementPage($id: ID!) {\n    agreement(id: $id) {\n      id stage period version synthetic openNegotiationPointCount missingStatutoryIndicators\n      signOff { stage }\n      area { code name partnership { name members { id organisation } } }\n      departmentPriorityPlaces { id department priority why synthetic }\n      targets {\n        id kind levels placeholder baselineDueBy synthetic version localReason intendedDirection directionBasis\n        baseline { value period source provisional }\n        indicator { code title }\n        localIndicatorTitle\n        leadPartner { id organisation }\n        priority { id title }\n        openNegotiationPoints { id }\n        stretch {\n          judgement belowTrend strongPerformer strongPerformerWithoutLocalReason summary\n          years { period projected beyondTrend belowTrend }\n          comparison { period englandAverage similarAreasAverage topQuartileThreshold reachesTopQuartile }\n          baselineCheck { evidenceValue matchesEvidence }\n        }\n      }\n      negotiationPoints(includeClosed: true) { id title status version subjectKind subjectRef ageInDays department raisedBy { name } withGovernmentOffice decision decidedBy { name } }\n      caseConferences {\n        id heldOn invitedDepartments invitedOthers scheduledBy { name }\n        agenda { point { id title status } outcome resolvesPoint recordedBy { name } }\n      }\n      history { version summary changedAt changedBy { name } }\n      priorities { id title description tier criteriaMet version assessmentReason assessedBy { name } synthetic }\n      priorityGraph { edges { from to kind } }\n      milestones { id title dueOn owner status slippageDays synthetic }\n      coverage { themes { theme targets } themesWithoutTargets departments { department targets } }\n    }\n  }\n": typeof types.AgreementPageDocument,
    "\n  query TargetIndicators { indicators { code title statutoryDcsf statutoryDcsfStatus } }\n": typeof types.TargetIndicatorsDocument,
    "\n  mutation AddPriority($input: AddPriorityInput!) { addPriority(input: $input) { id } }\n": typeof types.AddPriorityDocument,
    "\n  mutation AssessPriority($input: AssessPriorityInput!) { assessPriority(input: $input) { id version } }\n": typeof types.AssessPriorityDocument,
    "\n  mutation AddTarget($input: AddTargetInput!) { addTarget(input: $input) { id version } }\n": typeof types.AddTargetDocument,
    "\n  mutation SetTargetLevels($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id version levels } }\n": typeof types.SetTargetLevelsDocument,
    "\n  mutation UpdateTarget($input: UpdateTargetInput!) { updateTarget(input: $input) { id version } }\n": typeof types.UpdateTargetDocument,
    "\n  mutation RaisePoint($input: RaiseNegotiationPointInput!) { raiseNegotiationPoint(input: $input) { id } }\n": typeof types.RaisePointDocument,
    "\n  mutation RelayPoint($input: RelayNegotiationPointInput!) { relayNegotiationPoint(input: $input) { id version } }\n": typeof types.RelayPointDocument,
    "\n  mutation DecidePoint($input: DecideNegotiationPointInput!) { decideNegotiationPoint(input: $input) { id status decision } }\n": typeof types.DecidePointDocument,
    "\n  mutation RequestConference($input: RequestCaseConferenceInput!) { requestCaseConference(input: $input) { id } }\n": typeof types.RequestConferenceDocument,
    "\n  mutation ScheduleConference($input: ScheduleCaseConferenceInput!) { scheduleCaseConference(input: $input) { id } }\n": typeof types.ScheduleConferenceDocument,
    "\n  mutation RecordOutcome($input: RecordCaseConferenceOutcomeInput!) { recordCaseConferenceOutcome(input: $input) { outcome resolvesPoint } }\n": typeof types.RecordOutcomeDocument,
    "\n  mutation AdvanceStage($input: AdvanceAgreementStageInput!) { advanceAgreementStage(input: $input) { id stage version } }\n": typeof types.AdvanceStageDocument,
    "\n  mutation RecordCommunityStrategy($input: RecordCommunityStrategyInput!) { recordCommunityStrategy(input: $input) { id } }\n": typeof types.RecordCommunityStrategyDocument,
    "\n  mutation DefineLocalIndicator($input: DefineLocalIndicatorInput!) { defineLocalIndicator(input: $input) { code } }\n": typeof types.DefineLocalIndicatorDocument,
    "\n  fragment CommunityStrategyFields on CommunityStrategy { id title url adoptedOn periodFrom periodTo }\n": typeof types.CommunityStrategyFieldsFragmentDoc,
    "\n  fragment StoryVersionFields on StoryOfPlace {\n    id version placeToday ambition writtenBy writtenAt synthetic signOff { signedOffBy signedOffAt note }\n    communityStrategy { ...CommunityStrategyFields }\n  }\n": typeof types.StoryVersionFieldsFragmentDoc,
    "\n  query StoryOfPlace($area: String!) {\n    area(code: $area) {\n      code\n      storyOfPlace {\n        ...StoryVersionFields\n        claims {\n          position statement indicatorCodes softEvidenceIds\n          evidence {\n            indicator { code title titleStatus }\n            series { period value synthetic }\n            trend { direction slopePerYear }\n            baseline { status period value }\n          }\n          softEvidence { id title source kind synthetic }\n        }\n      }\n      storyOfPlaceVersions { ...StoryVersionFields claims { position statement indicatorCodes softEvidenceIds } }\n      communityStrategies { ...CommunityStrategyFields }\n      softEvidence {\n        id kind title summary source dated theme version synthetic recordedBy recordedAt\n        indicators { code title titleStatus }\n        priorities { id title }\n      }\n    }\n  }\n": typeof types.StoryOfPlaceDocument,
    "\n  query AreaPriorities($area: String!) { area(code: $area) { code agreement { id priorities { id title } } } }\n": typeof types.AreaPrioritiesDocument,
    "\n  mutation WriteStoryOfPlace($input: WriteStoryOfPlaceInput!) { writeStoryOfPlace(input: $input) { id version } }\n": typeof types.WriteStoryOfPlaceDocument,
    "\n  mutation SignOffStoryOfPlace($input: SignOffStoryOfPlaceInput!) { signOffStoryOfPlace(input: $input) { id version signOff { signedOffBy } } }\n": typeof types.SignOffStoryOfPlaceDocument,
    "\n  mutation RecordSoftEvidence($input: RecordSoftEvidenceInput!) { recordSoftEvidence(input: $input) { id version } }\n": typeof types.RecordSoftEvidenceDocument,
    "\n  fragment IndicatorReferenceFields on Indicator { code title titleStatus polarity polarityStatus theme themeStatus department departmentStatus statutoryDcsf statutoryDcsfStatus local }\n": typeof types.IndicatorReferenceFieldsFragmentDoc,
    "\n  query EvidenceProfile($area: String!, $theme: Theme) {\n    area(code: $area) {\n      code name region { code name } agreement { id }\n      evidenceProfile(theme: $theme) {\n        indicator { ...IndicatorReferenceFields }\n        series { period value provisional rival unresolved synthetic }\n        baseline { status period value }\n        trend { direction }\n      }\n    }\n  }\n": typeof types.EvidenceProfileDocument,
    "\n  query IndicatorEvidence($area: String!, $indicator: String!) {\n    areas { code name }\n    area(code: $area) {\n      code\n      indicatorEvidence(indicator: $indicator) {\n        indicator { ...IndicatorReferenceFields sources notes definition statutoryMemberships { from to status reason } }\n        series {\n          period value provisional rival unresolved synthetic\n          observation { source }\n          releases { id value source publishedOn provisional synthetic loadedBy supersededAt }\n          choices { source reason chosenBy chosenAt }\n        }\n        trend { direction slopePerYear relativeChangePerYear pointsUsed projection { period value } rule }\n        baseline { status period value }\n        benchmark {\n          period value regionAverage englandAverage similarAreasAverage rank areasRanked quartile rule\n          similarAreas { neighbourCode name value distance rank }\n        }\n      }\n    }\n  }\n": typeof types.IndicatorEvidenceDocument,
    "\n  fragment RivalFigureFields on FigureOfRecord {\n  indicatorCode areaCode areaName period value unresolved synthetic provisional\n  indicator { code title titleStatus }\n  observation { source }\n  candidates { id value source publishedOn provisional synthetic loadedBy supersededAt }\n  choices { source reason chosenBy chosenAt }\n  }\n": typeof types.RivalFigureFieldsFragmentDoc,
    "\n  query RivalFigures($area: String) {\n    areas { code name }\n    open: rivalFigures(open: true, area: $area) { ...RivalFigureFields }\n    all: rivalFigures(open: false, area: $area) { ...RivalFigureFields }\n  }\n": typeof types.RivalFiguresDocument,
    "\n  mutation ChooseFigureOfRecord($input: FigureOfRecordInput!) { chooseFigureOfRecord(input: $input) { value unresolved } }\n": typeof types.ChooseFigureOfRecordDocument,
    "\n  query ObservationImports($limit: Int!) {\n    observationImports(limit: $limit) { id origin loadedBy startedAt rowsRead inserted superseded unchanged rejected }\n  }\n": typeof types.ObservationImportsDocument,
    "\n  query MultiAreaAgreements {\n    region { code name }\n    multiAreaAgreements {\n      id title leadRegionCode holding version createdBy changedBy writtenAt synthetic\n      members { code name regionCode }\n      memberRegions { regionCode lead deliveredVersion upToDate }\n    }\n  }\n": typeof types.MultiAreaAgreementsDocument,
    "\n  query MultiAreaShared($id: ID!) {\n    multiAreaAgreement(id: $id) {\n      id\n      priorities { title description }\n      targets { indicatorCode description baseline levels indicator { code title titleStatus } }\n    }\n  }\n": typeof types.MultiAreaSharedDocument,
    "\n  mutation CreateMultiAreaAgreement($input: MultiAreaContentInput!) { createMultiAreaAgreement(input: $input) { id version } }\n": typeof types.CreateMultiAreaAgreementDocument,
    "\n  mutation ReceiveMultiAreaAgreement($input: MultiAreaCopyInput!) { receiveMultiAreaAgreement(input: $input) { id version } }\n": typeof types.ReceiveMultiAreaAgreementDocument,
    "\n  mutation RecordMultiAreaAgreementDelivery($id: ID!, $regionCode: String!, $version: Int!) {\n    recordMultiAreaAgreementDelivery(id: $id, regionCode: $regionCode, version: $version) { id }\n  }\n": typeof types.RecordMultiAreaAgreementDeliveryDocument,
    "\n  query AreaPeople($code: String!) {\n    area(code: $code) {\n      code name typeDescription\n      partnership { name synthetic members { id organisation sector synthetic } }\n      thematicPartnerships { kind name synthetic }\n      districts { code name feedsCountyStrategyOf { name } }\n      relationshipManager { name title }\n      relationshipManagerHistory { assignedAt endedAt assignedBy reason person { name } }\n      people { id name role title department synthetic organisation { organisation } }\n    }\n    region { name people { id name role title } }\n  }\n": typeof types.AreaPeopleDocument,
    "\n  mutation ChangeRelationshipManager($input: RelationshipManagerChangeInput!) { changeRelationshipManager(input: $input) { id } }\n": typeof types.ChangeRelationshipManagerDocument,
    "\n  query Commitments($code: String!) {\n    area(code: $code) {\n      code name\n      partnership { name members { id organisation sector\n        commitments { id kind version levels indicator { code title } localIndicatorTitle baseline { value period }\n          agreement { id stage area { code name } } leadPartner { id organisation } contributingPartners { id } signOff { valid } } } }\n    }\n  }\n": typeof types.CommitmentsDocument,
    "\n  query NationalView($scope: ChoiceScope!) {\n    region { code name governmentOffice }\n    areas {\n      code gssCode name type\n      agreement { id stage synthetic signOff { stage } }\n    }\n    indicatorChoices(scope: $scope) {\n      scope agreements\n      indicators { indicatorCode title theme themeStatus department departmentStatus targets designated statutory local areas { code } }\n      themes { theme themeStatus targets designated statutory local areas { code } }\n      departments { department inferred targets designated statutory local areas { code } }\n      statutory { setInForce setStatus agreements complete incomplete { area { code } stage missing } }\n    }\n  }\n": typeof types.NationalViewDocument,
    "\n  mutation SetRoundProcessMap($input: SetRoundProcessMapInput!) { setRoundProcessMap(input: $input) { version } }\n": typeof types.SetRoundProcessMapDocument,
    "\n  query Round {\n    region { code name governmentOffice }\n    round {\n      period opened notOpened\n      processMap { fromSource version changedBy milestones { title dueOn owner stage } }\n      areas {\n        area { code name }\n        agreement { id synthetic }\n        stage slippageDays lateMilestones\n        nextMilestone { title dueOn owner }\n        behindTemplateDays\n        missedTemplateMilestone { title dueOn }\n      }\n    }\n  }\n": typeof types.RoundDocument,
    "\n  mutation OpenRound($regionCode: ID!) { openRound(regionCode: $regionCode) { opened { id } alreadyOpen { code } } }\n": typeof types.OpenRoundDocument,
    "\n  mutation OpenAgreement($areaCode: ID!) { openAgreement(areaCode: $areaCode) { id } }\n": typeof types.OpenAgreementDocument,
    "\n  query Moderation($id: ID!) {\n    agreement(id: $id) { id area { name } signOff { stage consistencyReviews { id reason raisedBy resolvedAt resolvedBy resolution } } }\n  }\n": typeof types.ModerationDocument,
    "\n  query AgreementSignOff($id: ID!) {\n    agreement(id: $id) {\n      id stage synthetic area { code name partnership { members { id organisation sector } } }\n      targets {\n        id kind version levels localIndicatorTitle indicator { code title department } baseline { value period }\n        signOff { valid targetVersion invalidatedBecause signedBy signedAt departmentConfirmation { department confirmedBy confirmedOn note } }\n      }\n      signOff {\n        stage version\n        readiness { nextStage takenBy ready blockers { kind ref label reason } }\n        recommendation { recommendedBy generatedAt }\n        consistencyReviews { id reason raisedBy resolvedAt resolution }\n        targetChangeRequests { id targetId change status approvalLevel currentLevels proposedLevels requestedBy reason version decidedBy decisionReason }\n        reopenedTargetIds\n        signedVersions { number signedBy signedAt reason targets { targetId version indicatorCode levels } }\n        history { at kind summary by role reason stage targetId }\n      }\n    }\n  }\n": typeof types.AgreementSignOffDocument,
    "\n  mutation TakeSignOffStep($input: SignOffStepInput!) { takeSignOffStep(input: $input) { stage version } }\n": typeof types.TakeSignOffStepDocument,
    "\n  mutation SignOffTarget($input: SignOffTargetInput!) { signOffTarget(input: $input) { valid targetVersion } }\n": typeof types.SignOffTargetDocument,
    "\n  mutation RecommendAgreement($input: RecommendAgreementInput!) { recommendAgreement(input: $input) { stage version } }\n": typeof types.RecommendAgreementDocument,
    "\n  mutation RecordCabinetConsultation($input: CabinetConsultationInput!) { recordCabinetConsultation(input: $input) { id } }\n": typeof types.RecordCabinetConsultationDocument,
    "\n  mutation FlagForConsistencyReview($input: ConsistencyReviewInput!) { flagForConsistencyReview(input: $input) { id } }\n": typeof types.FlagForConsistencyReviewDocument,
    "\n  mutation ResolveConsistencyReview($input: ResolveConsistencyReviewInput!) { resolveConsistencyReview(input: $input) { id } }\n": typeof types.ResolveConsistencyReviewDocument,
    "\n  mutation RequestTargetChange($input: TargetChangeInput!) { requestTargetChange(input: $input) { id approvalLevel } }\n": typeof types.RequestTargetChangeDocument,
    "\n  mutation DecideTargetChange($input: TargetChangeDecisionInput!) { decideTargetChange(input: $input) { status } }\n": typeof types.DecideTargetChangeDocument,
    "\n  query SignOffStages {\n    signOffStages { areaCode areaName negotiationStage stage version underReview lastStepAt synthetic agreement { id } }\n  }\n": typeof types.SignOffStagesDocument,
    "\n  query Recommendation($id: ID!) {\n    agreement(id: $id) {\n      id\n      signOff {\n        stage\n        recommendation { version html recommendedBy generatedAt }\n        earlierRecommendations { version html recommendedBy generatedAt }\n      }\n    }\n  }\n": typeof types.RecommendationDocument,
    "\n  query RecommendationPdf($id: ID!) {\n    agreement(id: $id) {\n      id\n      signOff { recommendation { version pdf { fileName mediaType base64 } } earlierRecommendations { version pdf { fileName mediaType base64 } } }\n    }\n  }\n": typeof types.RecommendationPdfDocument,
};
const documents: Documents = {
    "\n  query AgreementPage($id: ID!) {\n    agreement(id: $id) {\n      id stage period version synthetic openNegotiationPointCount missingStatutoryIndicators\n      signOff { stage }\n      area { code name partnership { name members { id organisation } } }\n      departmentPriorityPlaces { id department priority why synthetic }\n      targets {\n        id kind levels placeholder baselineDueBy synthetic version localReason intendedDirection directionBasis\n        baseline { value period source provisional }\n        indicator { code title }\n        localIndicatorTitle\n        leadPartner { id organisation }\n        priority { id title }\n        openNegotiationPoints { id }\n        stretch {\n          judgement belowTrend strongPerformer strongPerformerWithoutLocalReason summary\n          years { period projected beyondTrend belowTrend }\n          comparison { period englandAverage similarAreasAverage topQuartileThreshold reachesTopQuartile }\n          baselineCheck { evidenceValue matchesEvidence }\n        }\n      }\n      negotiationPoints(includeClosed: true) { id title status version subjectKind subjectRef ageInDays department raisedBy { name } withGovernmentOffice decision decidedBy { name } }\n      caseConferences {\n        id heldOn invitedDepartments invitedOthers scheduledBy { name }\n        agenda { point { id title status } outcome resolvesPoint recordedBy { name } }\n      }\n      history { version summary changedAt changedBy { name } }\n      priorities { id title description tier criteriaMet version assessmentReason assessedBy { name } synthetic }\n      priorityGraph { edges { from to kind } }\n      milestones { id title dueOn owner status slippageDays synthetic }\n      coverage { themes { theme targets } themesWithoutTargets departments { department targets } }\n    }\n  }\n": types.AgreementPageDocument,
    "\n  query TargetIndicators { indicators { code title statutoryDcsf statutoryDcsfStatus } }\n": types.TargetIndicatorsDocument,
    "\n  mutation AddPriority($input: AddPriorityInput!) { addPriority(input: $input) { id } }\n": types.AddPriorityDocument,
    "\n  mutation AssessPriority($input: AssessPriorityInput!) { assessPriority(input: $input) { id version } }\n": types.AssessPriorityDocument,
    "\n  mutation AddTarget($input: AddTargetInput!) { addTarget(input: $input) { id version } }\n": types.AddTargetDocument,
    "\n  mutation SetTargetLevels($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id version levels } }\n": types.SetTargetLevelsDocument,
    "\n  mutation UpdateTarget($input: UpdateTargetInput!) { updateTarget(input: $input) { id version } }\n": types.UpdateTargetDocument,
    "\n  mutation RaisePoint($input: RaiseNegotiationPointInput!) { raiseNegotiationPoint(input: $input) { id } }\n": types.RaisePointDocument,
    "\n  mutation RelayPoint($input: RelayNegotiationPointInput!) { relayNegotiationPoint(input: $input) { id version } }\n": types.RelayPointDocument,
    "\n  mutation DecidePoint($input: DecideNegotiationPointInput!) { decideNegotiationPoint(input: $input) { id status decision } }\n": types.DecidePointDocument,
    "\n  mutation RequestConference($input: RequestCaseConferenceInput!) { requestCaseConference(input: $input) { id } }\n": types.RequestConferenceDocument,
    "\n  mutation ScheduleConference($input: ScheduleCaseConferenceInput!) { scheduleCaseConference(input: $input) { id } }\n": types.ScheduleConferenceDocument,
    "\n  mutation RecordOutcome($input: RecordCaseConferenceOutcomeInput!) { recordCaseConferenceOutcome(input: $input) { outcome resolvesPoint } }\n": types.RecordOutcomeDocument,
    "\n  mutation AdvanceStage($input: AdvanceAgreementStageInput!) { advanceAgreementStage(input: $input) { id stage version } }\n": types.AdvanceStageDocument,
    "\n  mutation RecordCommunityStrategy($input: RecordCommunityStrategyInput!) { recordCommunityStrategy(input: $input) { id } }\n": types.RecordCommunityStrategyDocument,
    "\n  mutation DefineLocalIndicator($input: DefineLocalIndicatorInput!) { defineLocalIndicator(input: $input) { code } }\n": types.DefineLocalIndicatorDocument,
    "\n  fragment CommunityStrategyFields on CommunityStrategy { id title url adoptedOn periodFrom periodTo }\n": types.CommunityStrategyFieldsFragmentDoc,
    "\n  fragment StoryVersionFields on StoryOfPlace {\n    id version placeToday ambition writtenBy writtenAt synthetic signOff { signedOffBy signedOffAt note }\n    communityStrategy { ...CommunityStrategyFields }\n  }\n": types.StoryVersionFieldsFragmentDoc,
    "\n  query StoryOfPlace($area: String!) {\n    area(code: $area) {\n      code\n      storyOfPlace {\n        ...StoryVersionFields\n        claims {\n          position statement indicatorCodes softEvidenceIds\n          evidence {\n            indicator { code title titleStatus }\n            series { period value synthetic }\n            trend { direction slopePerYear }\n            baseline { status period value }\n          }\n          softEvidence { id title source kind synthetic }\n        }\n      }\n      storyOfPlaceVersions { ...StoryVersionFields claims { position statement indicatorCodes softEvidenceIds } }\n      communityStrategies { ...CommunityStrategyFields }\n      softEvidence {\n        id kind title summary source dated theme version synthetic recordedBy recordedAt\n        indicators { code title titleStatus }\n        priorities { id title }\n      }\n    }\n  }\n": types.StoryOfPlaceDocument,
    "\n  query AreaPriorities($area: String!) { area(code: $area) { code agreement { id priorities { id title } } } }\n": types.AreaPrioritiesDocument,
    "\n  mutation WriteStoryOfPlace($input: WriteStoryOfPlaceInput!) { writeStoryOfPlace(input: $input) { id version } }\n": types.WriteStoryOfPlaceDocument,
    "\n  mutation SignOffStoryOfPlace($input: SignOffStoryOfPlaceInput!) { signOffStoryOfPlace(input: $input) { id version signOff { signedOffBy } } }\n": types.SignOffStoryOfPlaceDocument,
    "\n  mutation RecordSoftEvidence($input: RecordSoftEvidenceInput!) { recordSoftEvidence(input: $input) { id version } }\n": types.RecordSoftEvidenceDocument,
    "\n  fragment IndicatorReferenceFields on Indicator { code title titleStatus polarity polarityStatus theme themeStatus department departmentStatus statutoryDcsf statutoryDcsfStatus local }\n": types.IndicatorReferenceFieldsFragmentDoc,
    "\n  query EvidenceProfile($area: String!, $theme: Theme) {\n    area(code: $area) {\n      code name region { code name } agreement { id }\n      evidenceProfile(theme: $theme) {\n        indicator { ...IndicatorReferenceFields }\n        series { period value provisional rival unresolved synthetic }\n        baseline { status period value }\n        trend { direction }\n      }\n    }\n  }\n": types.EvidenceProfileDocument,
    "\n  query IndicatorEvidence($area: String!, $indicator: String!) {\n    areas { code name }\n    area(code: $area) {\n      code\n      indicatorEvidence(indicator: $indicator) {\n        indicator { ...IndicatorReferenceFields sources notes definition statutoryMemberships { from to status reason } }\n        series {\n          period value provisional rival unresolved synthetic\n          observation { source }\n          releases { id value source publishedOn provisional synthetic loadedBy supersededAt }\n          choices { source reason chosenBy chosenAt }\n        }\n        trend { direction slopePerYear relativeChangePerYear pointsUsed projection { period value } rule }\n        baseline { status period value }\n        benchmark {\n          period value regionAverage englandAverage similarAreasAverage rank areasRanked quartile rule\n          similarAreas { neighbourCode name value distance rank }\n        }\n      }\n    }\n  }\n": types.IndicatorEvidenceDocument,
    "\n  fragment RivalFigureFields on FigureOfRecord {\n  indicatorCode areaCode areaName period value unresolved synthetic provisional\n  indicator { code title titleStatus }\n  observation { source }\n  candidates { id value source publishedOn provisional synthetic loadedBy supersededAt }\n  choices { source reason chosenBy chosenAt }\n  }\n": types.RivalFigureFieldsFragmentDoc,
    "\n  query RivalFigures($area: String) {\n    areas { code name }\n    open: rivalFigures(open: true, area: $area) { ...RivalFigureFields }\n    all: rivalFigures(open: false, area: $area) { ...RivalFigureFields }\n  }\n": types.RivalFiguresDocument,
    "\n  mutation ChooseFigureOfRecord($input: FigureOfRecordInput!) { chooseFigureOfRecord(input: $input) { value unresolved } }\n": types.ChooseFigureOfRecordDocument,
    "\n  query ObservationImports($limit: Int!) {\n    observationImports(limit: $limit) { id origin loadedBy startedAt rowsRead inserted superseded unchanged rejected }\n  }\n": types.ObservationImportsDocument,
    "\n  query MultiAreaAgreements {\n    region { code name }\n    multiAreaAgreements {\n      id title leadRegionCode holding version createdBy changedBy writtenAt synthetic\n      members { code name regionCode }\n      memberRegions { regionCode lead deliveredVersion upToDate }\n    }\n  }\n": types.MultiAreaAgreementsDocument,
    "\n  query MultiAreaShared($id: ID!) {\n    multiAreaAgreement(id: $id) {\n      id\n      priorities { title description }\n      targets { indicatorCode description baseline levels indicator { code title titleStatus } }\n    }\n  }\n": types.MultiAreaSharedDocument,
    "\n  mutation CreateMultiAreaAgreement($input: MultiAreaContentInput!) { createMultiAreaAgreement(input: $input) { id version } }\n": types.CreateMultiAreaAgreementDocument,
    "\n  mutation ReceiveMultiAreaAgreement($input: MultiAreaCopyInput!) { receiveMultiAreaAgreement(input: $input) { id version } }\n": types.ReceiveMultiAreaAgreementDocument,
    "\n  mutation RecordMultiAreaAgreementDelivery($id: ID!, $regionCode: String!, $version: Int!) {\n    recordMultiAreaAgreementDelivery(id: $id, regionCode: $regionCode, version: $version) { id }\n  }\n": types.RecordMultiAreaAgreementDeliveryDocument,
    "\n  query AreaPeople($code: String!) {\n    area(code: $code) {\n      code name typeDescription\n      partnership { name synthetic members { id organisation sector synthetic } }\n      thematicPartnerships { kind name synthetic }\n      districts { code name feedsCountyStrategyOf { name } }\n      relationshipManager { name title }\n      relationshipManagerHistory { assignedAt endedAt assignedBy reason person { name } }\n      people { id name role title department synthetic organisation { organisation } }\n    }\n    region { name people { id name role title } }\n  }\n": types.AreaPeopleDocument,
    "\n  mutation ChangeRelationshipManager($input: RelationshipManagerChangeInput!) { changeRelationshipManager(input: $input) { id } }\n": types.ChangeRelationshipManagerDocument,
    "\n  query Commitments($code: String!) {\n    area(code: $code) {\n      code name\n      partnership { name members { id organisation sector\n        commitments { id kind version levels indicator { code title } localIndicatorTitle baseline { value period }\n          agreement { id stage area { code name } } leadPartner { id organisation } contributingPartners { id } signOff { valid } } } }\n    }\n  }\n": types.CommitmentsDocument,
    "\n  query NationalView($scope: ChoiceScope!) {\n    region { code name governmentOffice }\n    areas {\n      code gssCode name type\n      agreement { id stage synthetic signOff { stage } }\n    }\n    indicatorChoices(scope: $scope) {\n      scope agreements\n      indicators { indicatorCode title theme themeStatus department departmentStatus targets designated statutory local areas { code } }\n      themes { theme themeStatus targets designated statutory local areas { code } }\n      departments { department inferred targets designated statutory local areas { code } }\n      statutory { setInForce setStatus agreements complete incomplete { area { code } stage missing } }\n    }\n  }\n": types.NationalViewDocument,
    "\n  mutation SetRoundProcessMap($input: SetRoundProcessMapInput!) { setRoundProcessMap(input: $input) { version } }\n": types.SetRoundProcessMapDocument,
    "\n  query Round {\n    region { code name governmentOffice }\n    round {\n      period opened notOpened\n      processMap { fromSource version changedBy milestones { title dueOn owner stage } }\n      areas {\n        area { code name }\n        agreement { id synthetic }\n        stage slippageDays lateMilestones\n        nextMilestone { title dueOn owner }\n        behindTemplateDays\n        missedTemplateMilestone { title dueOn }\n      }\n    }\n  }\n": types.RoundDocument,
    "\n  mutation OpenRound($regionCode: ID!) { openRound(regionCode: $regionCode) { opened { id } alreadyOpen { code } } }\n": types.OpenRoundDocument,
    "\n  mutation OpenAgreement($areaCode: ID!) { openAgreement(areaCode: $areaCode) { id } }\n": types.OpenAgreementDocument,
    "\n  query Moderation($id: ID!) {\n    agreement(id: $id) { id area { name } signOff { stage consistencyReviews { id reason raisedBy resolvedAt resolvedBy resolution } } }\n  }\n": types.ModerationDocument,
    "\n  query AgreementSignOff($id: ID!) {\n    agreement(id: $id) {\n      id stage synthetic area { code name partnership { members { id organisation sector } } }\n      targets {\n        id kind version levels localIndicatorTitle indicator { code title department } baseline { value period }\n        signOff { valid targetVersion invalidatedBecause signedBy signedAt departmentConfirmation { department confirmedBy confirmedOn note } }\n      }\n      signOff {\n        stage version\n        readiness { nextStage takenBy ready blockers { kind ref label reason } }\n        recommendation { recommendedBy generatedAt }\n        consistencyReviews { id reason raisedBy resolvedAt resolution }\n        targetChangeRequests { id targetId change status approvalLevel currentLevels proposedLevels requestedBy reason version decidedBy decisionReason }\n        reopenedTargetIds\n        signedVersions { number signedBy signedAt reason targets { targetId version indicatorCode levels } }\n        history { at kind summary by role reason stage targetId }\n      }\n    }\n  }\n": types.AgreementSignOffDocument,
    "\n  mutation TakeSignOffStep($input: SignOffStepInput!) { takeSignOffStep(input: $input) { stage version } }\n": types.TakeSignOffStepDocument,
    "\n  mutation SignOffTarget($input: SignOffTargetInput!) { signOffTarget(input: $input) { valid targetVersion } }\n": types.SignOffTargetDocument,
    "\n  mutation RecommendAgreement($input: RecommendAgreementInput!) { recommendAgreement(input: $input) { stage version } }\n": types.RecommendAgreementDocument,
    "\n  mutation RecordCabinetConsultation($input: CabinetConsultationInput!) { recordCabinetConsultation(input: $input) { id } }\n": types.RecordCabinetConsultationDocument,
    "\n  mutation FlagForConsistencyReview($input: ConsistencyReviewInput!) { flagForConsistencyReview(input: $input) { id } }\n": types.FlagForConsistencyReviewDocument,
    "\n  mutation ResolveConsistencyReview($input: ResolveConsistencyReviewInput!) { resolveConsistencyReview(input: $input) { id } }\n": types.ResolveConsistencyReviewDocument,
    "\n  mutation RequestTargetChange($input: TargetChangeInput!) { requestTargetChange(input: $input) { id approvalLevel } }\n": types.RequestTargetChangeDocument,
    "\n  mutation DecideTargetChange($input: TargetChangeDecisionInput!) { decideTargetChange(input: $input) { status } }\n": types.DecideTargetChangeDocument,
    "\n  query SignOffStages {\n    signOffStages { areaCode areaName negotiationStage stage version underReview lastStepAt synthetic agreement { id } }\n  }\n": types.SignOffStagesDocument,
    "\n  query Recommendation($id: ID!) {\n    agreement(id: $id) {\n      id\n      signOff {\n        stage\n        recommendation { version html recommendedBy generatedAt }\n        earlierRecommendations { version html recommendedBy generatedAt }\n      }\n    }\n  }\n": types.RecommendationDocument,
    "\n  query RecommendationPdf($id: ID!) {\n    agreement(id: $id) {\n      id\n      signOff { recommendation { version pdf { fileName mediaType base64 } } earlierRecommendations { version pdf { fileName mediaType base64 } } }\n    }\n  }\n": types.RecommendationPdfDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementPage($id: ID!) {\n    agreement(id: $id) {\n      id stage period version synthetic openNegotiationPointCount missingStatutoryIndicators\n      signOff { stage }\n      area { code name partnership { name members { id organisation } } }\n      departmentPriorityPlaces { id department priority why synthetic }\n      targets {\n        id kind levels placeholder baselineDueBy synthetic version localReason intendedDirection directionBasis\n        baseline { value period source provisional }\n        indicator { code title }\n        localIndicatorTitle\n        leadPartner { id organisation }\n        priority { id title }\n        openNegotiationPoints { id }\n        stretch {\n          judgement belowTrend strongPerformer strongPerformerWithoutLocalReason summary\n          years { period projected beyondTrend belowTrend }\n          comparison { period englandAverage similarAreasAverage topQuartileThreshold reachesTopQuartile }\n          baselineCheck { evidenceValue matchesEvidence }\n        }\n      }\n      negotiationPoints(includeClosed: true) { id title status version subjectKind subjectRef ageInDays department raisedBy { name } withGovernmentOffice decision decidedBy { name } }\n      caseConferences {\n        id heldOn invitedDepartments invitedOthers scheduledBy { name }\n        agenda { point { id title status } outcome resolvesPoint recordedBy { name } }\n      }\n      history { version summary changedAt changedBy { name } }\n      priorities { id title description tier criteriaMet version assessmentReason assessedBy { name } synthetic }\n      priorityGraph { edges { from to kind } }\n      milestones { id title dueOn owner status slippageDays synthetic }\n      coverage { themes { theme targets } themesWithoutTargets departments { department targets } }\n    }\n  }\n"): (typeof documents)["\n  query AgreementPage($id: ID!) {\n    agreement(id: $id) {\n      id stage period version synthetic openNegotiationPointCount missingStatutoryIndicators\n      signOff { stage }\n      area { code name partnership { name members { id organisation } } }\n      departmentPriorityPlaces { id department priority why synthetic }\n      targets {\n        id kind levels placeholder baselineDueBy synthetic version localReason intendedDirection directionBasis\n        baseline { value period source provisional }\n        indicator { code title }\n        localIndicatorTitle\n        leadPartner { id organisation }\n        priority { id title }\n        openNegotiationPoints { id }\n        stretch {\n          judgement belowTrend strongPerformer strongPerformerWithoutLocalReason summary\n          years { period projected beyondTrend belowTrend }\n          comparison { period englandAverage similarAreasAverage topQuartileThreshold reachesTopQuartile }\n          baselineCheck { evidenceValue matchesEvidence }\n        }\n      }\n      negotiationPoints(includeClosed: true) { id title status version subjectKind subjectRef ageInDays department raisedBy { name } withGovernmentOffice decision decidedBy { name } }\n      caseConferences {\n        id heldOn invitedDepartments invitedOthers scheduledBy { name }\n        agenda { point { id title status } outcome resolvesPoint recordedBy { name } }\n      }\n      history { version summary changedAt changedBy { name } }\n      priorities { id title description tier criteriaMet version assessmentReason assessedBy { name } synthetic }\n      priorityGraph { edges { from to kind } }\n      milestones { id title dueOn owner status slippageDays synthetic }\n      coverage { themes { theme targets } themesWithoutTargets departments { department targets } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TargetIndicators { indicators { code title statutoryDcsf statutoryDcsfStatus } }\n"): (typeof documents)["\n  query TargetIndicators { indicators { code title statutoryDcsf statutoryDcsfStatus } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPriority($input: AddPriorityInput!) { addPriority(input: $input) { id } }\n"): (typeof documents)["\n  mutation AddPriority($input: AddPriorityInput!) { addPriority(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessPriority($input: AssessPriorityInput!) { assessPriority(input: $input) { id version } }\n"): (typeof documents)["\n  mutation AssessPriority($input: AssessPriorityInput!) { assessPriority(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTarget($input: AddTargetInput!) { addTarget(input: $input) { id version } }\n"): (typeof documents)["\n  mutation AddTarget($input: AddTargetInput!) { addTarget(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTargetLevels($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id version levels } }\n"): (typeof documents)["\n  mutation SetTargetLevels($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id version levels } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTarget($input: UpdateTargetInput!) { updateTarget(input: $input) { id version } }\n"): (typeof documents)["\n  mutation UpdateTarget($input: UpdateTargetInput!) { updateTarget(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaisePoint($input: RaiseNegotiationPointInput!) { raiseNegotiationPoint(input: $input) { id } }\n"): (typeof documents)["\n  mutation RaisePoint($input: RaiseNegotiationPointInput!) { raiseNegotiationPoint(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RelayPoint($input: RelayNegotiationPointInput!) { relayNegotiationPoint(input: $input) { id version } }\n"): (typeof documents)["\n  mutation RelayPoint($input: RelayNegotiationPointInput!) { relayNegotiationPoint(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidePoint($input: DecideNegotiationPointInput!) { decideNegotiationPoint(input: $input) { id status decision } }\n"): (typeof documents)["\n  mutation DecidePoint($input: DecideNegotiationPointInput!) { decideNegotiationPoint(input: $input) { id status decision } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestConference($input: RequestCaseConferenceInput!) { requestCaseConference(input: $input) { id } }\n"): (typeof documents)["\n  mutation RequestConference($input: RequestCaseConferenceInput!) { requestCaseConference(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleConference($input: ScheduleCaseConferenceInput!) { scheduleCaseConference(input: $input) { id } }\n"): (typeof documents)["\n  mutation ScheduleConference($input: ScheduleCaseConferenceInput!) { scheduleCaseConference(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOutcome($input: RecordCaseConferenceOutcomeInput!) { recordCaseConferenceOutcome(input: $input) { outcome resolvesPoint } }\n"): (typeof documents)["\n  mutation RecordOutcome($input: RecordCaseConferenceOutcomeInput!) { recordCaseConferenceOutcome(input: $input) { outcome resolvesPoint } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceStage($input: AdvanceAgreementStageInput!) { advanceAgreementStage(input: $input) { id stage version } }\n"): (typeof documents)["\n  mutation AdvanceStage($input: AdvanceAgreementStageInput!) { advanceAgreementStage(input: $input) { id stage version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCommunityStrategy($input: RecordCommunityStrategyInput!) { recordCommunityStrategy(input: $input) { id } }\n"): (typeof documents)["\n  mutation RecordCommunityStrategy($input: RecordCommunityStrategyInput!) { recordCommunityStrategy(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineLocalIndicator($input: DefineLocalIndicatorInput!) { defineLocalIndicator(input: $input) { code } }\n"): (typeof documents)["\n  mutation DefineLocalIndicator($input: DefineLocalIndicatorInput!) { defineLocalIndicator(input: $input) { code } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommunityStrategyFields on CommunityStrategy { id title url adoptedOn periodFrom periodTo }\n"): (typeof documents)["\n  fragment CommunityStrategyFields on CommunityStrategy { id title url adoptedOn periodFrom periodTo }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoryVersionFields on StoryOfPlace {\n    id version placeToday ambition writtenBy writtenAt synthetic signOff { signedOffBy signedOffAt note }\n    communityStrategy { ...CommunityStrategyFields }\n  }\n"): (typeof documents)["\n  fragment StoryVersionFields on StoryOfPlace {\n    id version placeToday ambition writtenBy writtenAt synthetic signOff { signedOffBy signedOffAt note }\n    communityStrategy { ...CommunityStrategyFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoryOfPlace($area: String!) {\n    area(code: $area) {\n      code\n      storyOfPlace {\n        ...StoryVersionFields\n        claims {\n          position statement indicatorCodes softEvidenceIds\n          evidence {\n            indicator { code title titleStatus }\n            series { period value synthetic }\n            trend { direction slopePerYear }\n            baseline { status period value }\n          }\n          softEvidence { id title source kind synthetic }\n        }\n      }\n      storyOfPlaceVersions { ...StoryVersionFields claims { position statement indicatorCodes softEvidenceIds } }\n      communityStrategies { ...CommunityStrategyFields }\n      softEvidence {\n        id kind title summary source dated theme version synthetic recordedBy recordedAt\n        indicators { code title titleStatus }\n        priorities { id title }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StoryOfPlace($area: String!) {\n    area(code: $area) {\n      code\n      storyOfPlace {\n        ...StoryVersionFields\n        claims {\n          position statement indicatorCodes softEvidenceIds\n          evidence {\n            indicator { code title titleStatus }\n            series { period value synthetic }\n            trend { direction slopePerYear }\n            baseline { status period value }\n          }\n          softEvidence { id title source kind synthetic }\n        }\n      }\n      storyOfPlaceVersions { ...StoryVersionFields claims { position statement indicatorCodes softEvidenceIds } }\n      communityStrategies { ...CommunityStrategyFields }\n      softEvidence {\n        id kind title summary source dated theme version synthetic recordedBy recordedAt\n        indicators { code title titleStatus }\n        priorities { id title }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaPriorities($area: String!) { area(code: $area) { code agreement { id priorities { id title } } } }\n"): (typeof documents)["\n  query AreaPriorities($area: String!) { area(code: $area) { code agreement { id priorities { id title } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WriteStoryOfPlace($input: WriteStoryOfPlaceInput!) { writeStoryOfPlace(input: $input) { id version } }\n"): (typeof documents)["\n  mutation WriteStoryOfPlace($input: WriteStoryOfPlaceInput!) { writeStoryOfPlace(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffStoryOfPlace($input: SignOffStoryOfPlaceInput!) { signOffStoryOfPlace(input: $input) { id version signOff { signedOffBy } } }\n"): (typeof documents)["\n  mutation SignOffStoryOfPlace($input: SignOffStoryOfPlaceInput!) { signOffStoryOfPlace(input: $input) { id version signOff { signedOffBy } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSoftEvidence($input: RecordSoftEvidenceInput!) { recordSoftEvidence(input: $input) { id version } }\n"): (typeof documents)["\n  mutation RecordSoftEvidence($input: RecordSoftEvidenceInput!) { recordSoftEvidence(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorReferenceFields on Indicator { code title titleStatus polarity polarityStatus theme themeStatus department departmentStatus statutoryDcsf statutoryDcsfStatus local }\n"): (typeof documents)["\n  fragment IndicatorReferenceFields on Indicator { code title titleStatus polarity polarityStatus theme themeStatus department departmentStatus statutoryDcsf statutoryDcsfStatus local }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvidenceProfile($area: String!, $theme: Theme) {\n    area(code: $area) {\n      code name region { code name } agreement { id }\n      evidenceProfile(theme: $theme) {\n        indicator { ...IndicatorReferenceFields }\n        series { period value provisional rival unresolved synthetic }\n        baseline { status period value }\n        trend { direction }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvidenceProfile($area: String!, $theme: Theme) {\n    area(code: $area) {\n      code name region { code name } agreement { id }\n      evidenceProfile(theme: $theme) {\n        indicator { ...IndicatorReferenceFields }\n        series { period value provisional rival unresolved synthetic }\n        baseline { status period value }\n        trend { direction }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorEvidence($area: String!, $indicator: String!) {\n    areas { code name }\n    area(code: $area) {\n      code\n      indicatorEvidence(indicator: $indicator) {\n        indicator { ...IndicatorReferenceFields sources notes definition statutoryMemberships { from to status reason } }\n        series {\n          period value provisional rival unresolved synthetic\n          observation { source }\n          releases { id value source publishedOn provisional synthetic loadedBy supersededAt }\n          choices { source reason chosenBy chosenAt }\n        }\n        trend { direction slopePerYear relativeChangePerYear pointsUsed projection { period value } rule }\n        baseline { status period value }\n        benchmark {\n          period value regionAverage englandAverage similarAreasAverage rank areasRanked quartile rule\n          similarAreas { neighbourCode name value distance rank }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IndicatorEvidence($area: String!, $indicator: String!) {\n    areas { code name }\n    area(code: $area) {\n      code\n      indicatorEvidence(indicator: $indicator) {\n        indicator { ...IndicatorReferenceFields sources notes definition statutoryMemberships { from to status reason } }\n        series {\n          period value provisional rival unresolved synthetic\n          observation { source }\n          releases { id value source publishedOn provisional synthetic loadedBy supersededAt }\n          choices { source reason chosenBy chosenAt }\n        }\n        trend { direction slopePerYear relativeChangePerYear pointsUsed projection { period value } rule }\n        baseline { status period value }\n        benchmark {\n          period value regionAverage englandAverage similarAreasAverage rank areasRanked quartile rule\n          similarAreas { neighbourCode name value distance rank }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RivalFigureFields on FigureOfRecord {\n  indicatorCode areaCode areaName period value unresolved synthetic provisional\n  indicator { code title titleStatus }\n  observation { source }\n  candidates { id value source publishedOn provisional synthetic loadedBy supersededAt }\n  choices { source reason chosenBy chosenAt }\n  }\n"): (typeof documents)["\n  fragment RivalFigureFields on FigureOfRecord {\n  indicatorCode areaCode areaName period value unresolved synthetic provisional\n  indicator { code title titleStatus }\n  observation { source }\n  candidates { id value source publishedOn provisional synthetic loadedBy supersededAt }\n  choices { source reason chosenBy chosenAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RivalFigures($area: String) {\n    areas { code name }\n    open: rivalFigures(open: true, area: $area) { ...RivalFigureFields }\n    all: rivalFigures(open: false, area: $area) { ...RivalFigureFields }\n  }\n"): (typeof documents)["\n  query RivalFigures($area: String) {\n    areas { code name }\n    open: rivalFigures(open: true, area: $area) { ...RivalFigureFields }\n    all: rivalFigures(open: false, area: $area) { ...RivalFigureFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseFigureOfRecord($input: FigureOfRecordInput!) { chooseFigureOfRecord(input: $input) { value unresolved } }\n"): (typeof documents)["\n  mutation ChooseFigureOfRecord($input: FigureOfRecordInput!) { chooseFigureOfRecord(input: $input) { value unresolved } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObservationImports($limit: Int!) {\n    observationImports(limit: $limit) { id origin loadedBy startedAt rowsRead inserted superseded unchanged rejected }\n  }\n"): (typeof documents)["\n  query ObservationImports($limit: Int!) {\n    observationImports(limit: $limit) { id origin loadedBy startedAt rowsRead inserted superseded unchanged rejected }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiAreaAgreements {\n    region { code name }\n    multiAreaAgreements {\n      id title leadRegionCode holding version createdBy changedBy writtenAt synthetic\n      members { code name regionCode }\n      memberRegions { regionCode lead deliveredVersion upToDate }\n    }\n  }\n"): (typeof documents)["\n  query MultiAreaAgreements {\n    region { code name }\n    multiAreaAgreements {\n      id title leadRegionCode holding version createdBy changedBy writtenAt synthetic\n      members { code name regionCode }\n      memberRegions { regionCode lead deliveredVersion upToDate }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MultiAreaShared($id: ID!) {\n    multiAreaAgreement(id: $id) {\n      id\n      priorities { title description }\n      targets { indicatorCode description baseline levels indicator { code title titleStatus } }\n    }\n  }\n"): (typeof documents)["\n  query MultiAreaShared($id: ID!) {\n    multiAreaAgreement(id: $id) {\n      id\n      priorities { title description }\n      targets { indicatorCode description baseline levels indicator { code title titleStatus } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMultiAreaAgreement($input: MultiAreaContentInput!) { createMultiAreaAgreement(input: $input) { id version } }\n"): (typeof documents)["\n  mutation CreateMultiAreaAgreement($input: MultiAreaContentInput!) { createMultiAreaAgreement(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveMultiAreaAgreement($input: MultiAreaCopyInput!) { receiveMultiAreaAgreement(input: $input) { id version } }\n"): (typeof documents)["\n  mutation ReceiveMultiAreaAgreement($input: MultiAreaCopyInput!) { receiveMultiAreaAgreement(input: $input) { id version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMultiAreaAgreementDelivery($id: ID!, $regionCode: String!, $version: Int!) {\n    recordMultiAreaAgreementDelivery(id: $id, regionCode: $regionCode, version: $version) { id }\n  }\n"): (typeof documents)["\n  mutation RecordMultiAreaAgreementDelivery($id: ID!, $regionCode: String!, $version: Int!) {\n    recordMultiAreaAgreementDelivery(id: $id, regionCode: $regionCode, version: $version) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AreaPeople($code: String!) {\n    area(code: $code) {\n      code name typeDescription\n      partnership { name synthetic members { id organisation sector synthetic } }\n      thematicPartnerships { kind name synthetic }\n      districts { code name feedsCountyStrategyOf { name } }\n      relationshipManager { name title }\n      relationshipManagerHistory { assignedAt endedAt assignedBy reason person { name } }\n      people { id name role title department synthetic organisation { organisation } }\n    }\n    region { name people { id name role title } }\n  }\n"): (typeof documents)["\n  query AreaPeople($code: String!) {\n    area(code: $code) {\n      code name typeDescription\n      partnership { name synthetic members { id organisation sector synthetic } }\n      thematicPartnerships { kind name synthetic }\n      districts { code name feedsCountyStrategyOf { name } }\n      relationshipManager { name title }\n      relationshipManagerHistory { assignedAt endedAt assignedBy reason person { name } }\n      people { id name role title department synthetic organisation { organisation } }\n    }\n    region { name people { id name role title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeRelationshipManager($input: RelationshipManagerChangeInput!) { changeRelationshipManager(input: $input) { id } }\n"): (typeof documents)["\n  mutation ChangeRelationshipManager($input: RelationshipManagerChangeInput!) { changeRelationshipManager(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Commitments($code: String!) {\n    area(code: $code) {\n      code name\n      partnership { name members { id organisation sector\n        commitments { id kind version levels indicator { code title } localIndicatorTitle baseline { value period }\n          agreement { id stage area { code name } } leadPartner { id organisation } contributingPartners { id } signOff { valid } } } }\n    }\n  }\n"): (typeof documents)["\n  query Commitments($code: String!) {\n    area(code: $code) {\n      code name\n      partnership { name members { id organisation sector\n        commitments { id kind version levels indicator { code title } localIndicatorTitle baseline { value period }\n          agreement { id stage area { code name } } leadPartner { id organisation } contributingPartners { id } signOff { valid } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalView($scope: ChoiceScope!) {\n    region { code name governmentOffice }\n    areas {\n      code gssCode name type\n      agreement { id stage synthetic signOff { stage } }\n    }\n    indicatorChoices(scope: $scope) {\n      scope agreements\n      indicators { indicatorCode title theme themeStatus department departmentStatus targets designated statutory local areas { code } }\n      themes { theme themeStatus targets designated statutory local areas { code } }\n      departments { department inferred targets designated statutory local areas { code } }\n      statutory { setInForce setStatus agreements complete incomplete { area { code } stage missing } }\n    }\n  }\n"): (typeof documents)["\n  query NationalView($scope: ChoiceScope!) {\n    region { code name governmentOffice }\n    areas {\n      code gssCode name type\n      agreement { id stage synthetic signOff { stage } }\n    }\n    indicatorChoices(scope: $scope) {\n      scope agreements\n      indicators { indicatorCode title theme themeStatus department departmentStatus targets designated statutory local areas { code } }\n      themes { theme themeStatus targets designated statutory local areas { code } }\n      departments { department inferred targets designated statutory local areas { code } }\n      statutory { setInForce setStatus agreements complete incomplete { area { code } stage missing } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoundProcessMap($input: SetRoundProcessMapInput!) { setRoundProcessMap(input: $input) { version } }\n"): (typeof documents)["\n  mutation SetRoundProcessMap($input: SetRoundProcessMapInput!) { setRoundProcessMap(input: $input) { version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Round {\n    region { code name governmentOffice }\n    round {\n      period opened notOpened\n      processMap { fromSource version changedBy milestones { title dueOn owner stage } }\n      areas {\n        area { code name }\n        agreement { id synthetic }\n        stage slippageDays lateMilestones\n        nextMilestone { title dueOn owner }\n        behindTemplateDays\n        missedTemplateMilestone { title dueOn }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Round {\n    region { code name governmentOffice }\n    round {\n      period opened notOpened\n      processMap { fromSource version changedBy milestones { title dueOn owner stage } }\n      areas {\n        area { code name }\n        agreement { id synthetic }\n        stage slippageDays lateMilestones\n        nextMilestone { title dueOn owner }\n        behindTemplateDays\n        missedTemplateMilestone { title dueOn }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenRound($regionCode: ID!) { openRound(regionCode: $regionCode) { opened { id } alreadyOpen { code } } }\n"): (typeof documents)["\n  mutation OpenRound($regionCode: ID!) { openRound(regionCode: $regionCode) { opened { id } alreadyOpen { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAgreement($areaCode: ID!) { openAgreement(areaCode: $areaCode) { id } }\n"): (typeof documents)["\n  mutation OpenAgreement($areaCode: ID!) { openAgreement(areaCode: $areaCode) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Moderation($id: ID!) {\n    agreement(id: $id) { id area { name } signOff { stage consistencyReviews { id reason raisedBy resolvedAt resolvedBy resolution } } }\n  }\n"): (typeof documents)["\n  query Moderation($id: ID!) {\n    agreement(id: $id) { id area { name } signOff { stage consistencyReviews { id reason raisedBy resolvedAt resolvedBy resolution } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementSignOff($id: ID!) {\n    agreement(id: $id) {\n      id stage synthetic area { code name partnership { members { id organisation sector } } }\n      targets {\n        id kind version levels localIndicatorTitle indicator { code title department } baseline { value period }\n        signOff { valid targetVersion invalidatedBecause signedBy signedAt departmentConfirmation { department confirmedBy confirmedOn note } }\n      }\n      signOff {\n        stage version\n        readiness { nextStage takenBy ready blockers { kind ref label reason } }\n        recommendation { recommendedBy generatedAt }\n        consistencyReviews { id reason raisedBy resolvedAt resolution }\n        targetChangeRequests { id targetId change status approvalLevel currentLevels proposedLevels requestedBy reason version decidedBy decisionReason }\n        reopenedTargetIds\n        signedVersions { number signedBy signedAt reason targets { targetId version indicatorCode levels } }\n        history { at kind summary by role reason stage targetId }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgreementSignOff($id: ID!) {\n    agreement(id: $id) {\n      id stage synthetic area { code name partnership { members { id organisation sector } } }\n      targets {\n        id kind version levels localIndicatorTitle indicator { code title department } baseline { value period }\n        signOff { valid targetVersion invalidatedBecause signedBy signedAt departmentConfirmation { department confirmedBy confirmedOn note } }\n      }\n      signOff {\n        stage version\n        readiness { nextStage takenBy ready blockers { kind ref label reason } }\n        recommendation { recommendedBy generatedAt }\n        consistencyReviews { id reason raisedBy resolvedAt resolution }\n        targetChangeRequests { id targetId change status approvalLevel currentLevels proposedLevels requestedBy reason version decidedBy decisionReason }\n        reopenedTargetIds\n        signedVersions { number signedBy signedAt reason targets { targetId version indicatorCode levels } }\n        history { at kind summary by role reason stage targetId }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeSignOffStep($input: SignOffStepInput!) { takeSignOffStep(input: $input) { stage version } }\n"): (typeof documents)["\n  mutation TakeSignOffStep($input: SignOffStepInput!) { takeSignOffStep(input: $input) { stage version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffTarget($input: SignOffTargetInput!) { signOffTarget(input: $input) { valid targetVersion } }\n"): (typeof documents)["\n  mutation SignOffTarget($input: SignOffTargetInput!) { signOffTarget(input: $input) { valid targetVersion } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecommendAgreement($input: RecommendAgreementInput!) { recommendAgreement(input: $input) { stage version } }\n"): (typeof documents)["\n  mutation RecommendAgreement($input: RecommendAgreementInput!) { recommendAgreement(input: $input) { stage version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCabinetConsultation($input: CabinetConsultationInput!) { recordCabinetConsultation(input: $input) { id } }\n"): (typeof documents)["\n  mutation RecordCabinetConsultation($input: CabinetConsultationInput!) { recordCabinetConsultation(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagForConsistencyReview($input: ConsistencyReviewInput!) { flagForConsistencyReview(input: $input) { id } }\n"): (typeof documents)["\n  mutation FlagForConsistencyReview($input: ConsistencyReviewInput!) { flagForConsistencyReview(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveConsistencyReview($input: ResolveConsistencyReviewInput!) { resolveConsistencyReview(input: $input) { id } }\n"): (typeof documents)["\n  mutation ResolveConsistencyReview($input: ResolveConsistencyReviewInput!) { resolveConsistencyReview(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestTargetChange($input: TargetChangeInput!) { requestTargetChange(input: $input) { id approvalLevel } }\n"): (typeof documents)["\n  mutation RequestTargetChange($input: TargetChangeInput!) { requestTargetChange(input: $input) { id approvalLevel } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideTargetChange($input: TargetChangeDecisionInput!) { decideTargetChange(input: $input) { status } }\n"): (typeof documents)["\n  mutation DecideTargetChange($input: TargetChangeDecisionInput!) { decideTargetChange(input: $input) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignOffStages {\n    signOffStages { areaCode areaName negotiationStage stage version underReview lastStepAt synthetic agreement { id } }\n  }\n"): (typeof documents)["\n  query SignOffStages {\n    signOffStages { areaCode areaName negotiationStage stage version underReview lastStepAt synthetic agreement { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recommendation($id: ID!) {\n    agreement(id: $id) {\n      id\n      signOff {\n        stage\n        recommendation { version html recommendedBy generatedAt }\n        earlierRecommendations { version html recommendedBy generatedAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Recommendation($id: ID!) {\n    agreement(id: $id) {\n      id\n      signOff {\n        stage\n        recommendation { version html recommendedBy generatedAt }\n        earlierRecommendations { version html recommendedBy generatedAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecommendationPdf($id: ID!) {\n    agreement(id: $id) {\n      id\n      signOff { recommendation { version pdf { fileName mediaType base64 } } earlierRecommendations { version pdf { fileName mediaType base64 } } }\n    }\n  }\n"): (typeof documents)["\n  query RecommendationPdf($id: ID!) {\n    agreement(id: $id) {\n      id\n      signOff { recommendation { version pdf { fileName mediaType base64 } } earlierRecommendations { version pdf { fileName mediaType base64 } } }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
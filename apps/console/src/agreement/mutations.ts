import { gql } from '@apollo/client';

/** What the agreement page changes; each answers with little, since the page reads the agreement again after it. */
export const ADD_PRIORITY = gql`
  mutation AddPriority($input: AddPriorityInput!) { addPriority(input: $input) { id } }
`;
export const ASSESS_PRIORITY = gql`
  mutation AssessPriority($input: AssessPriorityInput!) { assessPriority(input: $input) { id version } }
`;
export const ADD_TARGET = gql`
  mutation AddTarget($input: AddTargetInput!) { addTarget(input: $input) { id version } }
`;
export const SET_TARGET_LEVELS = gql`
  mutation SetTargetLevels($input: SetTargetLevelsInput!) { setTargetLevels(input: $input) { id version levels } }
`;
export const UPDATE_TARGET = gql`
  mutation UpdateTarget($input: UpdateTargetInput!) { updateTarget(input: $input) { id version } }
`;
export const RAISE_POINT = gql`
  mutation RaisePoint($input: RaiseNegotiationPointInput!) { raiseNegotiationPoint(input: $input) { id } }
`;
export const RELAY_POINT = gql`
  mutation RelayPoint($input: RelayNegotiationPointInput!) { relayNegotiationPoint(input: $input) { id version } }
`;
export const DECIDE_POINT = gql`
  mutation DecidePoint($input: DecideNegotiationPointInput!) { decideNegotiationPoint(input: $input) { id status decision } }
`;
export const REQUEST_CONFERENCE = gql`
  mutation RequestConference($input: RequestCaseConferenceInput!) { requestCaseConference(input: $input) { id } }
`;
export const SCHEDULE_CONFERENCE = gql`
  mutation ScheduleConference($input: ScheduleCaseConferenceInput!) { scheduleCaseConference(input: $input) { id } }
`;
export const RECORD_OUTCOME = gql`
  mutation RecordOutcome($input: RecordCaseConferenceOutcomeInput!) { recordCaseConferenceOutcome(input: $input) { outcome resolvesPoint } }
`;
export const ADVANCE_STAGE = gql`
  mutation AdvanceStage($input: AdvanceAgreementStageInput!) { advanceAgreementStage(input: $input) { id stage version } }
`;

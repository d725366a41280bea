import { graphql } from '../gql';

/** What the agreement page changes; each answers with little, since the page reads the agreement again after it. */
export const ADD_PRIORITY = graphql(`
  mutation AddPriority($input: AddPriorityInput!) {
    addPriority(input: $input) {
      id
    }
  }
`);
export const ASSESS_PRIORITY = graphql(`
  mutation AssessPriority($input: AssessPriorityInput!) {
    assessPriority(input: $input) {
      id
      version
    }
  }
`);
export const ADD_TARGET = graphql(`
  mutation AddTarget($input: AddTargetInput!) {
    addTarget(input: $input) {
      id
      version
    }
  }
`);
export const SET_TARGET_LEVELS = graphql(`
  mutation SetTargetLevels($input: SetTargetLevelsInput!) {
    setTargetLevels(input: $input) {
      id
      version
      levels
    }
  }
`);
export const UPDATE_TARGET = graphql(`
  mutation UpdateTarget($input: UpdateTargetInput!) {
    updateTarget(input: $input) {
      id
      version
    }
  }
`);
export const RAISE_POINT = graphql(`
  mutation RaisePoint($input: RaiseNegotiationPointInput!) {
    raiseNegotiationPoint(input: $input) {
      id
    }
  }
`);
export const RELAY_POINT = graphql(`
  mutation RelayPoint($input: RelayNegotiationPointInput!) {
    relayNegotiationPoint(input: $input) {
      id
      version
    }
  }
`);
export const DECIDE_POINT = graphql(`
  mutation DecidePoint($input: DecideNegotiationPointInput!) {
    decideNegotiationPoint(input: $input) {
      id
      status
      decision
    }
  }
`);
export const REQUEST_CONFERENCE = graphql(`
  mutation RequestConference($input: RequestCaseConferenceInput!) {
    requestCaseConference(input: $input) {
      id
    }
  }
`);
export const SCHEDULE_CONFERENCE = graphql(`
  mutation ScheduleConference($input: ScheduleCaseConferenceInput!) {
    scheduleCaseConference(input: $input) {
      id
    }
  }
`);
export const DECLINE_CONFERENCE_REQUEST = graphql(`
  mutation DeclineConferenceRequest($input: DeclineCaseConferenceRequestInput!) {
    declineCaseConferenceRequest(input: $input) {
      id
      declineReason
    }
  }
`);
export const RECORD_OUTCOME = graphql(`
  mutation RecordOutcome($input: RecordCaseConferenceOutcomeInput!) {
    recordCaseConferenceOutcome(input: $input) {
      outcome
      resolvesPoint
    }
  }
`);
export const ADVANCE_STAGE = graphql(`
  mutation AdvanceStage($input: AdvanceAgreementStageInput!) {
    advanceAgreementStage(input: $input) {
      id
      stage
      version
    }
  }
`);

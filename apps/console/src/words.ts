/**
 * The console's one map from the API's codes and internal names to plain words. Every refusal, status and rule the
 * API sends passes through here before it reaches the screen: error codes become a sentence, and the names of
 * operations, fields and enum values inside the API's messages become what people call them.
 */
import { datesInWords } from './dates';
import { negotiationStages, readable, signOffStages, targetChanges, targetKinds, themes } from './labels';

/** What each stable `extensions.code` means to the person who met it: the lead-in of the sentence shown. */
export const ERROR_WORDS: Record<string, string> = {
  BAD_USER_INPUT: 'Check what you entered',
  NOT_FOUND: 'Not found',
  UNAUTHENTICATED: 'You need to sign in again',
  FORBIDDEN: 'Not allowed',
  CONFLICT: 'Not saved: someone else changed this since you read it',
  RULE_VIOLATION: 'Not allowed by the rules of the negotiation',
  INTERNAL_SERVER_ERROR: 'Something went wrong on the server; nothing was saved',
  QUERY_TOO_DEEP: 'The request asked for too much at once',
  QUERY_TOO_COMPLEX: 'The request asked for too much at once',
  TOO_MANY_ALIASES: 'The request asked for too much at once',
  RATE_LIMITED: 'Too many requests: wait a minute and try again',
  TOO_MANY_IN_FLIGHT: 'Too many requests at once: try again',
  PAYLOAD_TOO_LARGE: 'The file is too large to send',
  OPERATION_NOT_SAFELISTED: 'The console asked for something the region does not allow',
  GATEWAY_REQUIRED: 'The console reached the region the wrong way',
  SUBGRAPH_UNAVAILABLE: 'Part of the region is not running; nothing was saved',
  NETWORK: 'The region did not answer; nothing was saved',
  UNKNOWN: 'Not saved',
};

/** Operations, fields and requests the API names in its messages, as people say them. */
export const INTERNAL_NAMES: Record<string, string> = {
  'requestTargetChange with ADD_DESIGNATED': 'a request to add a designated target, approved by Ministers',
  'requestTargetChange with CHANGE_LEVELS': 'a request to change the target’s levels, approved',
  'requestTargetChange with REMOVE_DESIGNATED': 'a request to remove the designated target, approved',
  requestTargetChange: 'a change request',
  recordCabinetConsultation: 'the Minister records it on the sign-off page',
  baselineDueBy: 'the date by which the baseline will be set',
  baselineValue: 'the baseline',
  baselinePeriod: 'the baseline’s period',
  baselineSource: 'the baseline’s source',
  leadPartnerId: 'the lead partner',
  contributingPartnerIds: 'the contributing partners',
  indicatorCode: 'the indicator',
  localIndicatorTitle: 'the local indicator’s title',
  agreementId: 'the agreement',
  areaCode: 'the area',
  regionCode: 'the region',
  priorityId: 'the priority outcome',
  targetId: 'the target',
  heldOn: 'the date it was held',
  confirmedOn: 'the date of confirmation',
  expectedVersion: 'the version you read',
};

const CODE_VOCABULARIES = [negotiationStages, signOffStages, targetKinds, targetChanges, themes];

/** The words for one enum value the API put in a message; an unknown one still reads as words. */
function codeInWords(code: string): string {
  const known = CODE_VOCABULARIES.find((vocabulary) => (vocabulary.codes as readonly string[]).includes(code));
  return known ? known.label(code) : readable(code);
}

/** Splits an internal name nobody mapped yet ("someFieldName" is "some field name"), so none reaches the screen. */
const splitCamel = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAMES = new RegExp(
  Object.keys(INTERNAL_NAMES)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|'),
  'g',
);
const ENUM_VALUE =
  /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b(PROCESS_MAP|PRIORITIES|INDICATORS|TARGETS|SUBMITTED|DESIGNATED|LOCAL|SIGNED)\b/g;
const CAMEL = /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g;

/** A message from the API with its internal names and enum values in plain words, and its dates as "2 December 2026". */
export function plainWords(message: string): string {
  const named = message.replace(NAMES, (name) => INTERNAL_NAMES[name]);
  const enums = named.replace(ENUM_VALUE, (code) => codeInWords(code));
  // "(the Minister records it …)" reads oddly in brackets after a sentence; the plain words stand on their own.
  return person(datesInWords(enums.replace(CAMEL, splitCamel)));
}

/** The lead-in for a code: the console's words, or the code itself made readable for a code added since. */
export const errorLeadIn = (code: string): string => ERROR_WORDS[code] ?? readable(code);

/** One refusal as a sentence: what kind of refusal, then the API's reason in plain words. */
/** What a refusal needs to be told in words (an agreement action's error has this shape and more). */
export interface Refusal {
  code: string;
  message: string;
  rule?: string;
}

export function refusalSentence(error: Refusal): string {
  // The browser's own words for a cut connection ("Failed to fetch") mean nothing to the reader.
  if (error.code === 'NETWORK') return `${ERROR_WORDS.NETWORK}. Check your connection and try again.`;
  return `${errorLeadIn(error.code)}: ${plainWords(error.message)}`;
}

/** A person as the API names them, "Demo Theme Lead (tl-E12000003)", shown by name (and role) without the account id. */
export function person<T extends string | null | undefined>(named: T): T {
  return (typeof named === 'string' ? named.replace(/\s\((?=[^)]*-)[a-z][a-z]*-[A-Za-z0-9-]+\)/g, '') : named) as T;
}

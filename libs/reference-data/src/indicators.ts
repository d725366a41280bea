import { Department, departmentFromText, Polarity, ReferenceStatus, Theme } from '@laa/domain';
import { parseCsv } from './csv';
import { readReferenceFile } from './files';
import { statusOf } from './statuses';

/** One national indicator as the reference file gives it, with how far each value is sourced. */
export interface IndicatorReference {
  code: string;
  number: number;
  title: string | null;
  titleStatus: ReferenceStatus;
  withdrawn: boolean;
  handbookAnnex: string;
  handbookAnnexStatus: ReferenceStatus;
  /** LAA theme mapped from the Handbook annex by the platform: no source gives that mapping. */
  theme: Theme;
  /** Always INFERRED: the annex-to-theme mapping is the platform's reading. */
  themeStatus: ReferenceStatus;
  department: Department | null;
  departmentStatus: ReferenceStatus;
  departmentNote: string | null;
  polarity: Polarity | null;
  polarityStatus: ReferenceStatus;
  statutoryDcsf: boolean;
  statutoryDcsfStatus: ReferenceStatus;
  outcomeGroup: string | null;
  sources: string[];
  notes: string | null;
}

const WITHDRAWN_MARK = /^\[(DROPPED|WITHDRAWN)\]\s*/;

const ANNEX_THEMES: [RegExp, Theme][] = [
  [/Annex 1/, Theme.SAFER_AND_STRONGER_COMMUNITIES],
  [/Annex 2/, Theme.CHILDREN_AND_YOUNG_PEOPLE],
  [/Annex 3/, Theme.HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE],
  [/Annex 4/, Theme.ECONOMIC_DEVELOPMENT_AND_ENVIRONMENT],
];

export function readIndicators(dir?: string): IndicatorReference[] {
  return parseCsv(readReferenceFile('national_indicators.csv', dir)).map(toIndicator);
}

function toIndicator(row: Record<string, string>): IndicatorReference {
  const number = Number(row.code.replace(/^NI\s*/, ''));
  // The first pass wrote "[DROPPED]", the second "[WITHDRAWN]": both mean CLG took the indicator out of the set.
  const withdrawn = WITHDRAWN_MARK.test(row.title);
  const sourcedTitle = row.title.replace(WITHDRAWN_MARK, '').trim();
  const title = sourcedTitle || row.title_unverified.trim() || null;
  return {
    code: `NI${number}`,
    number,
    title,
    titleStatus: sourcedTitle ? ReferenceStatus.SOURCED : title ? ReferenceStatus.UNVERIFIED : ReferenceStatus.MISSING,
    withdrawn,
    handbookAnnex: row.theme.replace(/\s*\(.*\)\s*$/, ''),
    handbookAnnexStatus: statusOf(row.theme),
    theme: themeOfAnnex(row.theme),
    themeStatus: ReferenceStatus.INFERRED,
    department: departmentFromText(row.department) ?? null,
    departmentStatus: statusOf(row.department),
    departmentNote: /\(/.test(row.department) ? row.department : null,
    polarity: polarityOf(row.polarity),
    polarityStatus: statusOf(row.polarity),
    statutoryDcsf: row.statutory_dcsf.startsWith('yes'),
    statutoryDcsfStatus: statusOf(row.statutory_dcsf),
    outcomeGroup: row.outcome_unverified.trim() || null,
    sources: row.source
      .split(' | ')
      .map((s) => s.trim())
      .filter(Boolean),
    notes: row.notes.trim() || null,
  };
}

function themeOfAnnex(annex: string): Theme {
  const match = ANNEX_THEMES.find(([pattern]) => pattern.test(annex));
  if (!match) throw new Error(`Unknown Handbook annex in national_indicators.csv: ${annex}`);
  return match[1];
}

/** Reads both spellings the passes used: "higher is better (inferred)" and "higher_is_better"; "none" has no direction. */
function polarityOf(text: string): Polarity | null {
  if (/^higher[\s_]/i.test(text)) return Polarity.HIGHER_IS_BETTER;
  if (/^lower[\s_]/i.test(text)) return Polarity.LOWER_IS_BETTER;
  return null;
}

import { stretchJudgements } from '../labels';
import { StretchView } from './agreement-query';

export interface StretchFlag {
  label: string;
  tone: 'warning' | 'ok' | 'neutral';
}

/** How a judgement's flag looks (the words carry the meaning; colour only repeats it). */
const TONES: Record<string, StretchFlag['tone']> = { BELOW_TREND: 'warning', BEYOND_TREND: 'ok' };

/** The flags a target's stretch shows, most pressing first: below trend, and a strong performer without a local reason. */
export function stretchFlags(stretch: StretchView | null): StretchFlag[] {
  if (!stretch) return [{ label: 'No evidence', tone: 'neutral' }];
  const flags: StretchFlag[] = [
    { label: stretchJudgements.label(stretch.judgement), tone: TONES[stretch.judgement] ?? 'neutral' },
  ];
  if (stretch.strongPerformerWithoutLocalReason)
    flags.push({ label: 'Performs strongly: needs a local reason', tone: 'warning' });
  else if (stretch.strongPerformer) flags.push({ label: 'Performs strongly (local reason given)', tone: 'neutral' });
  const check = stretch.baselineCheck;
  if (check?.matchesEvidence === false)
    flags.push({ label: `Baseline is not the evidence base's figure (${check.evidenceValue})`, tone: 'warning' });
  return flags;
}

/** The comparison with England and similar areas, in a line. */
export function comparisonText(stretch: StretchView | null): string {
  const c = stretch?.comparison;
  if (!c) return '';
  const parts = [
    c.englandAverage !== null ? `England ${c.englandAverage}` : null,
    c.similarAreasAverage !== null ? `similar areas ${c.similarAreasAverage}` : null,
    c.topQuartileThreshold !== null
      ? `top quartile from ${c.topQuartileThreshold}${c.reachesTopQuartile ? ' (reached)' : ''}`
      : null,
  ].filter(Boolean);
  return parts.length ? `${c.period}: ${parts.join(', ')}` : '';
}

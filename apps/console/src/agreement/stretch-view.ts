import { StretchView } from './agreement-query';

export interface StretchFlag {
  label: string;
  tone: 'warning' | 'ok' | 'neutral';
}

const JUDGEMENT_LABELS: Record<string, StretchFlag> = {
  BELOW_TREND: { label: 'Below trend', tone: 'warning' },
  BEYOND_TREND: { label: 'Beyond trend', tone: 'ok' },
  IN_LINE_WITH_TREND: { label: 'In line with trend', tone: 'neutral' },
  NO_TREND: { label: 'No trend', tone: 'neutral' },
  POLARITY_UNKNOWN: { label: 'Not judged (direction unknown)', tone: 'neutral' },
  LEVELS_NOT_SET: { label: 'Levels not set', tone: 'neutral' },
};

/** The flags a target's stretch shows, most pressing first: below trend, and a strong performer without a local reason. */
export function stretchFlags(stretch: StretchView | null): StretchFlag[] {
  if (!stretch) return [{ label: 'No evidence', tone: 'neutral' }];
  const flags = [JUDGEMENT_LABELS[stretch.judgement] ?? { label: stretch.judgement, tone: 'neutral' }];
  if (stretch.strongPerformerWithoutLocalReason) flags.push({ label: 'Performs strongly: needs a local reason', tone: 'warning' });
  else if (stretch.strongPerformer) flags.push({ label: 'Performs strongly (local reason given)', tone: 'neutral' });
  return flags;
}

/** The comparison with England and similar areas, in a line. */
export function comparisonText(stretch: StretchView | null): string {
  const c = stretch?.comparison;
  if (!c) return '';
  const parts = [
    c.englandAverage !== null ? `England ${c.englandAverage}` : null,
    c.similarAreasAverage !== null ? `similar areas ${c.similarAreasAverage}` : null,
    c.topQuartileThreshold !== null ? `top quartile from ${c.topQuartileThreshold}${c.reachesTopQuartile ? ' (reached)' : ''}` : null,
  ].filter(Boolean);
  return parts.length ? `${c.period}: ${parts.join(', ')}` : '';
}

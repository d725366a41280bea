import { readIndicators } from '@laa/reference-data';
import { PlaceFacts, RecommendationFacts } from './agreement-facts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const KIND_LABELS: Record<string, string> = { DESIGNATED: 'Designated', STATUTORY_DCSF: 'Statutory (DCSF)', LOCAL: 'Local' };

const words = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');
const level = (value: number | null) => (value === null ? '-' : String(Math.round(value * 100) / 100));
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

let indicatorTitles: Map<string, string> | null = null;
const titleOf = (code: string) => {
  indicatorTitles ??= new Map(readIndicators().map((i) => [i.code, i.title ?? i.code]));
  return indicatorTitles.get(code) ?? code;
};

export interface RecommendationInput {
  facts: RecommendationFacts & PlaceFacts;
  recommendedBy: string;
  likelyImpact: string;
  reason: string;
  generatedAt: Date;
  synthetic: boolean;
}

/** The standard format of a Regional Director's recommendation: the same sections, in the same order, for every LAA. */
export function recommendationHtml(input: RecommendationInput): string {
  const { facts } = input;
  const areaName = facts.place?.name ?? 'the area';
  const title = `Recommendation: ${areaName} Local Area Agreement ${facts.firstYear}-${facts.firstYear + 3}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>${STYLE}</style></head>
<body><article class="recommendation">
<header><p class="office">${escape(facts.place?.region.governmentOffice ?? 'Government Office')}</p>
<h1>${escape(title)}</h1>
<p>Recommended to Ministers by ${escape(input.recommendedBy)} on ${input.generatedAt.toISOString().slice(0, 10)}.</p>
${input.synthetic ? '<p class="synthetic">Synthetic demo data: not a real agreement.</p>' : ''}</header>
${shapeSection(facts)}
<section id="impact"><h2>2. Likely impact</h2><p>${escape(input.likelyImpact)}</p>${improvementSummary(facts)}</section>
${prioritiesSection(facts)}
<section id="recommendation"><h2>4. Recommendation</h2><p>${escape(input.reason)}</p></section>
</article></body></html>`;
}

function shapeSection(facts: RecommendationFacts & PlaceFacts): string {
  const counts = ['DESIGNATED', 'STATUTORY_DCSF', 'LOCAL'].map((kind) => `<li>${KIND_LABELS[kind]} targets: ${facts.targets.filter((t) => t.kind === kind).length}</li>`);
  const themes = [...new Set(facts.targets.map((t) => t.theme))].sort();
  const partners = facts.place?.partnership?.members.map((m) => escape(m.organisation)).join(', ') ?? 'not recorded';
  return `<section id="shape"><h2>1. Shape of the LAA</h2>
<p>${escape(facts.place?.partnership?.name ?? 'The Local Strategic Partnership')}: ${partners}.</p>
<ul>${counts.join('')}</ul>
<p>Themes covered: ${themes.map((t) => escape(words(t))).join(', ') || 'none'}.</p>
<table><thead><tr><th>Indicator</th><th>Kind</th><th>Theme</th><th>Baseline</th><th>Levels (years 1-3)</th></tr></thead><tbody>
${facts.targets.map((t) => `<tr><td>${escape(t.indicator.code)} ${escape(t.localIndicatorTitle ?? titleOf(t.indicator.code))}</td><td>${KIND_LABELS[t.kind]}</td><td>${escape(words(t.theme))}</td><td>${t.baseline ? `${level(t.baseline.value)} (${escape(t.baseline.period)})` : 'placeholder'}</td><td>${t.levels.map(level).join(' / ')}</td></tr>`).join('\n')}
</tbody></table></section>`;
}

function improvementSummary(facts: RecommendationFacts): string {
  const moving = facts.targets.filter((t) => t.baseline && t.levels[2] !== null && t.levels[2] !== t.baseline.value);
  return `<p>${moving.length} of ${facts.targets.length} targets commit to a change from their baseline by year 3.</p>`;
}

function prioritiesSection(facts: RecommendationFacts): string {
  const priorities = [...facts.priorities].sort((a, b) => (a.tier ?? 9) - (b.tier ?? 9));
  const items = priorities.map(
    (p) => `<li><h3>${escape(p.title)}${p.tier ? ` <span class="tier">tier ${p.tier}</span>` : ''}</h3>
<p><strong>Story of place:</strong> ${escape(p.description)}</p>
<p><strong>Evidence:</strong> ${escape(sentence(evidenceOf(p)))}</p></li>`,
  );
  return `<section id="priorities"><h2>3. How the priorities follow from the evidence and the story of place</h2>
${items.length ? `<ol>${items.join('\n')}</ol>` : '<p>No priority outcomes recorded.</p>'}</section>`;
}

function evidenceOf(priority: RecommendationFacts['priorities'][number]): string {
  const criteria = priority.criteriaMet.length ? `meets the criteria: ${priority.criteriaMet.map((c) => words(c).toLowerCase()).join(', ')}` : 'not yet assessed against the criteria';
  return priority.assessmentReason ? `${criteria}; ${priority.assessmentReason}` : criteria;
}

const STYLE = `
body { font-family: Georgia, 'Times New Roman', serif; color: #111; margin: 2rem auto; max-width: 52rem; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid #999; margin-top: 1.6rem; } h3 { font-size: 1rem; margin: 0.6rem 0 0.2rem; }
.office { text-transform: uppercase; letter-spacing: 0.05em; color: #444; }
.synthetic { background: #fff3cd; padding: 0.3rem 0.6rem; display: inline-block; }
.tier { font-weight: normal; color: #555; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; } th, td { border: 1px solid #bbb; padding: 0.2rem 0.4rem; text-align: left; }
@media print {
  @page { size: A4; margin: 18mm; }
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  section { break-inside: auto; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; }
  .synthetic { border: 1px solid #999; }
}`;

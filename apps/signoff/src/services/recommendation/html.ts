import { RecommendationContent, SECTION_HEADINGS } from './content';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The recommendation as a self-contained HTML page, readable on screen and printable (A4 print stylesheet). */
export function recommendationHtml(doc: RecommendationContent): string {
  const [shape, impact, priorities, recommendation] = SECTION_HEADINGS;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(doc.title)}</title>
<style>${STYLE}</style></head>
<body><article class="recommendation">
<header><p class="office">${escape(doc.office)}</p>
<h1>${escape(doc.title)}</h1>
<p>Recommended to Ministers by ${escape(doc.recommendedBy)} on ${doc.recommendedOn}.</p>
${doc.synthetic ? '<p class="synthetic">Synthetic demo data: not a real agreement.</p>' : ''}</header>
<section id="shape"><h2>${shape}</h2>
<p>${escape(doc.shape.partnership)}: ${doc.shape.partners.map(escape).join(', ') || 'members not recorded'}.</p>
<ul>${doc.shape.counts.map((c) => `<li>${escape(c.label)}: ${c.count}</li>`).join('')}</ul>
<p>Themes covered: ${doc.shape.themes.map(escape).join(', ') || 'none'}.</p>
<table><thead><tr><th>Indicator</th><th>Kind</th><th>Theme</th><th>Baseline</th><th>Levels (years 1-3)</th></tr></thead><tbody>
${doc.shape.targets.map((t) => `<tr><td>${escape(t.indicator)}</td><td>${escape(t.kind)}</td><td>${escape(t.theme)}</td><td>${escape(t.baseline)}</td><td>${escape(t.levels)}</td></tr>`).join('\n')}
</tbody></table></section>
<section id="impact"><h2>${impact}</h2><p>${escape(doc.impact.statement)}</p><p>${escape(doc.impact.summary)}</p></section>
<section id="priorities"><h2>${priorities}</h2>
${doc.priorities.length ? `<ol>${doc.priorities.map((p) => `<li><h3>${escape(p.title)}${p.tier ? ` <span class="tier">tier ${p.tier}</span>` : ''}</h3>
<p><strong>Story of place:</strong> ${escape(p.story)}</p>
<p><strong>Evidence:</strong> ${escape(p.evidence)}</p></li>`).join('\n')}</ol>` : '<p>No priority outcomes recorded.</p>'}</section>
<section id="recommendation"><h2>${recommendation}</h2><p>${escape(doc.recommendation)}</p></section>
</article></body></html>`;
}

const STYLE = `
body { font-family: Georgia, 'Times New Roman', serif; color: #111; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid #999; margin-top: 1.6rem; } h3 { font-size: 1rem; margin: 0.6rem 0 0.2rem; }
.office { text-transform: uppercase; letter-spacing: 0.05em; color: #444; }
.synthetic { background: #fff3cd; padding: 0.3rem 0.6rem; display: inline-block; }
.tier { font-weight: normal; color: #555; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; } th, td { border: 1px solid #bbb; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
@media print {
  @page { size: A4; margin: 18mm; }
  body { margin: 0; max-width: none; font-size: 10.5pt; padding: 0; }
  section { break-inside: auto; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; }
  .synthetic { border: 1px solid #999; }
}`;

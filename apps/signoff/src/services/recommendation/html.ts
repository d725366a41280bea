import { assessmentSections, DocumentSection } from './assessment';
import {
  dateInWords,
  evidenceSentence,
  isEarlierPriority,
  QuotedStory,
  recommendationHeading,
  RecommendationContent,
  SECTION_HEADINGS,
  TargetEvidence,
} from './content';

const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The recommendation as a self-contained HTML page, readable on screen and printable (A4 print stylesheet). */
export function recommendationHtml(doc: RecommendationContent): string {
  const [shape, impact, priorities] = SECTION_HEADINGS;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(doc.title)}</title>
<style>${STYLE}</style></head>
<body><article class="recommendation">
<header><p class="office">${escape(doc.office)}</p>
<h1>${escape(doc.title)}</h1>
<p>Recommended to Ministers by ${escape(doc.recommendedBy)} on ${dateInWords(doc.recommendedOn)}.</p>
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
${storyHtml(doc)}
${prioritiesHtml(doc)}
${doc.otherTargets?.length ? `<div class="other-targets"><h3>Targets not tied to a priority</h3>${targetsHtml(doc.otherTargets)}</div>` : ''}</section>
${doc.assessment ? assessmentSections(doc.assessment).map(sectionHtml).join('\n') : ''}
<section id="recommendation"><h2>${recommendationHeading(doc)}</h2><p>${escape(doc.recommendation)}</p></section>
</article></body></html>`;
}

function sectionHtml(section: DocumentSection, index: number): string {
  const paragraphs = section.paragraphs.map((p) => `<p>${escape(p)}</p>`).join('');
  const items = section.items.length ? `<ul>${section.items.map((i) => `<li>${escape(i)}</li>`).join('')}</ul>` : '';
  // Headings are the standard format's own (ASSESSMENT_HEADINGS), written as the other sections' are.
  return `<section id="assessment-${index + 4}"><h2>${section.heading}</h2>${paragraphs}${items}</section>`;
}

function storyHtml(doc: RecommendationContent): string {
  const note = doc.evidenceNote ? `<p class="note">${escape(doc.evidenceNote)}</p>` : '';
  if (!doc.storyOfPlace) return note;
  const story: QuotedStory = doc.storyOfPlace;
  const signOff = story.signOff
    ? `Signed off for the LSP by ${escape(story.signOff.signedOffBy)} on ${dateInWords(story.signOff.signedOffOn)}${story.signOff.note ? `: ${escape(story.signOff.note)}` : '.'}`
    : 'Not signed off by the LSP.';
  const claims = story.claims.map((c) => {
    const behind = [
      ...c.evidence.map((e) => `${escape(e.indicator)}: ${escape(evidenceSentence(e))}`),
      ...c.softEvidence.map((s) => `Soft intelligence: ${escape(s)}`),
    ];
    return `<li>${escape(c.statement)}${behind.length ? `<ul>${behind.map((b) => `<li>${b}</li>`).join('')}</ul>` : ''}</li>`;
  });
  return `${note}<div class="story" id="story-of-place"><h3>The story of place (version ${story.version})${story.synthetic ? ' <span class="synthetic">synthetic</span>' : ''}</h3>
<p><strong>What kind of place it is:</strong> ${escape(story.placeToday)}</p>
<p><strong>What it wants to be:</strong> ${escape(story.ambition)}</p>
<p class="story-sign-off">${signOff}</p>
${claims.length ? `<p><strong>Its claims and the evidence behind them:</strong></p><ul class="claims">${claims.join('\n')}</ul>` : ''}</div>`;
}

function targetsHtml(targets: TargetEvidence[]): string {
  return `<ul class="evidence">${targets.map((t) => `<li><strong>${escape(t.indicator)}</strong> (${escape(t.kind.toLowerCase())}, levels ${escape(t.levels)}): ${escape(evidenceSentence(t.evidence))}</li>`).join('\n')}</ul>`;
}

function prioritiesHtml(doc: RecommendationContent): string {
  if (!doc.priorities.length) return '<p>No priority outcomes recorded.</p>';
  const items = doc.priorities.map((p) => {
    const heading = `<h3>${escape(p.title)}${p.tier ? ` <span class="tier">tier ${p.tier}</span>` : ''}</h3>`;
    if (isEarlierPriority(p))
      return `<li>${heading}\n<p><strong>Story of place:</strong> ${escape(p.story)}</p>\n<p><strong>Evidence:</strong> ${escape(p.evidence)}</p></li>`;
    const criteria = p.criteria.length
      ? `<p><strong>Criteria met:</strong> ${p.criteria.map(escape).join('; ')}.</p>`
      : '<p><strong>Criteria met:</strong> not yet assessed against the criteria.</p>';
    const assessment = p.assessment ? `<p><strong>Assessment:</strong> ${escape(p.assessment)}</p>` : '';
    const evidence = p.targets.length
      ? `<p><strong>Evidence behind its targets:</strong></p>${targetsHtml(p.targets)}`
      : '<p><strong>Evidence behind its targets:</strong> no target measures this priority yet.</p>';
    return `<li>${heading}\n<p><strong>Why it matters here:</strong> ${escape(p.description)}</p>\n${criteria}${assessment}\n${evidence}</li>`;
  });
  return `<ol class="priorities">${items.join('\n')}</ol>`;
}

const STYLE = `
body { font-family: Georgia, 'Times New Roman', serif; color: #111; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; border-bottom: 1px solid #999; margin-top: 1.6rem; } h3 { font-size: 1rem; margin: 0.6rem 0 0.2rem; }
.office { text-transform: uppercase; letter-spacing: 0.05em; color: #444; }
.synthetic { background: #fff3cd; padding: 0.3rem 0.6rem; display: inline-block; }
h3 .synthetic { font-weight: normal; font-size: 0.8rem; padding: 0 0.4rem; }
.tier { font-weight: normal; color: #555; }
.note { font-style: italic; color: #444; }
.story { border-left: 3px solid #bbb; padding-left: 0.8rem; margin: 0.8rem 0; }
.story-sign-off { color: #333; }
ul.evidence, ul.claims { padding-left: 1.2rem; } ul.claims ul { font-size: 0.92rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; } th, td { border: 1px solid #bbb; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
@media print {
  @page { size: A4; margin: 18mm; }
  body { margin: 0; max-width: none; font-size: 10.5pt; padding: 0; }
  section { break-inside: auto; } h2, h3 { break-after: avoid; } tr, ul.evidence li { break-inside: avoid; }
  .synthetic { border: 1px solid #999; }
}`;

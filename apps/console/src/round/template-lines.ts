/** A template milestone as the form holds it, one a line: "title | YYYY-MM-DD | owner | STAGE". */
export interface TemplateLine {
  title: string;
  dueOn: string;
  owner: string;
  stage: string;
}

export const lineOf = (m: TemplateLine): string => [m.title, m.dueOn, m.owner, m.stage].join(' | ');

/** Reads the form's lines; a line that does not read is named, and nothing is sent. */
export function parseTemplateLines(
  text: string,
  stages: readonly string[],
): { milestones: TemplateLine[] } | { error: string } {
  const milestones: TemplateLine[] = [];
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const [i, line] of lines.entries()) {
    const [title = '', dueOn = '', owner = '', stage = ''] = line.split('|').map((part) => part.trim());
    if (!title || !/^\d{4}-\d{2}-\d{2}$/.test(dueOn) || !owner || !stages.includes(stage.toUpperCase())) {
      return {
        error: `Milestone line ${i + 1} does not read as "title | YYYY-MM-DD | owner | ${stages.join('/')}": ${line}`,
      };
    }
    milestones.push({ title, dueOn, owner, stage: stage.toUpperCase() });
  }
  if (milestones.length === 0) return { error: 'The template needs one milestone at least' };
  return { milestones };
}

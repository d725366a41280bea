import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { confirmingDepartment, SignOffTarget } from './agreement-sign-off-queries';
import { SignOffBoardRow } from './SignOffBoard';
import { SignOffStageRow } from './sign-off-queries';

const row = (over: Partial<SignOffStageRow>): SignOffStageRow => ({
  areaCode: '00CC',
  areaName: 'Barnsley',
  negotiationStage: 'SUBMITTED',
  stage: 'PARTNERS_AGREED',
  version: 2,
  underReview: false,
  lastStepAt: '2008-05-01T00:00:00.000Z',
  synthetic: false,
  agreement: { id: 'a1' },
  ...over,
});
/** The board's row as the browser gets it, inside a table (a row cannot stand alone). */
const rendered = (r: SignOffStageRow) =>
  renderToStaticMarkup(
    createElement(
      'table',
      null,
      createElement('tbody', null, createElement(SignOffBoardRow, { regionCode: 'E12000003', row: r })),
    ),
  );
const cell = (html: string, testId: string) =>
  html
    .match(new RegExp(`<td class="govuk-table__cell" data-testid="${testId}">(.*?)</td>`))?.[1]
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('the sign-off board', () => {
  it('marks a sign-off made of demo steps synthetic, on its stage and its date, as the rest of the console marks generated data', () => {
    const html = rendered(row({ synthetic: true }));
    expect(html.match(/<span class="govuk-tag govuk-tag--yellow synthetic"[^>]*>synthetic<\/span>/g)).toHaveLength(2);
    expect(cell(html, 'sign-off-stage')).toBe('Partners agreed synthetic');
    expect(cell(html, 'last-step')).toBe('1 May 2008 synthetic');
  });

  it('shows a real sign-off without the mark, and a consistency review as a warning, not as synthetic data', () => {
    const html = rendered(row({ underReview: true, lastStepAt: '2026-01-10T09:00:00.000Z' }));
    expect(html).not.toContain('synthetic');
    expect(html).toContain(
      '<span class="govuk-tag govuk-tag--red flag warning" title="Cross-GO consistency review open">under review</span>',
    );
    expect(cell(html, 'last-step')).toBe('10 January 2026');
  });
});

describe("the theme lead's department", () => {
  const target = (kind: SignOffTarget['kind'], department: SignOffTarget['indicator']['department']) => ({
    kind,
    indicator: { code: 'NI72', title: null, department },
  });

  it("offers the department the rule needs: DCSF for the statutory set, the reference data's department, else any", () => {
    expect(confirmingDepartment(target('STATUTORY_DCSF', null))).toBe('DCSF');
    expect(confirmingDepartment(target('DESIGNATED', 'DWP'))).toBe('DWP');
    expect(confirmingDepartment(target('DESIGNATED', null))).toBeNull();
  });
});

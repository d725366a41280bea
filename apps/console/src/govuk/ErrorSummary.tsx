import { ErrorSummary as GovukErrorSummary } from 'govuk-frontend';
import { useRef } from 'react';
import { useGovukModule } from './use-govuk-module';

export interface ProblemItem {
  text: string;
  /** The id of the field the problem is about: the summary links to it. */
  field?: string;
}

/**
 * GOV.UK error summary: it takes keyboard focus when it appears (GOV.UK Frontend's script), so after a refused
 * submit the reader lands on what went wrong; each problem links to its field. Its presence puts "Error: " in the
 * page title (page-frame).
 */
export function ErrorSummary({
  problems,
  title = 'There is a problem',
  code,
  testId,
}: {
  problems: ProblemItem[];
  title?: string;
  code?: string;
  testId?: string;
}) {
  const root = useRef<HTMLDivElement>(null);
  useGovukModule(root, GovukErrorSummary);
  return (
    <div
      ref={root}
      className="govuk-error-summary"
      data-module="govuk-error-summary"
      data-code={code}
      data-testid={testId}
    >
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {problems.map((problem) => (
              <li key={problem.text}>
                {problem.field ? <a href={`#${problem.field}`}>{problem.text}</a> : problem.text}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

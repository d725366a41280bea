import { DateParts } from '../dates';
import { useFieldId } from './fields';

/**
 * GOV.UK date input: day, month and year as three boxes in a fieldset (never the browser's date picker). Its fields
 * are `<name>-day`, `<name>-month`, `<name>-year`; read them with dateFromForm.
 */
export function DateInput({
  legend,
  name,
  hint = 'For example, 27 3 2008',
  defaultValue,
  error,
  required,
}: {
  legend: string;
  name: string;
  hint?: string;
  defaultValue?: DateParts;
  error?: string;
  required?: boolean;
}) {
  const id = useFieldId();
  const parts: [keyof DateParts, string, 2 | 4][] = [
    ['day', 'Day', 2],
    ['month', 'Month', 2],
    ['year', 'Year', 4],
  ];
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={`${id}-hint`}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
        {error && (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-date-input" id={id}>
          {parts.map(([part, label, width]) => (
            <div key={part} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part}`}>
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
                  id={`${id}-${part}`}
                  name={`${name}-${part}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  required={required}
                  defaultValue={defaultValue?.[part]}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

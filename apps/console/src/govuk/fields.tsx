import { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes, useId } from 'react';

/** An id fit for an error summary's link (React's own ids carry colons). */
export const useFieldId = (given?: string) => {
  const generated = useId().replace(/[^a-zA-Z0-9]/g, '');
  return given ?? `field-${generated}`;
};

interface FieldFrame {
  label: ReactNode;
  /** Says what to type, shown under the label (GOV.UK hint text, never a placeholder). */
  hint?: ReactNode;
  error?: string;
  /** Label on the page's grid: `s` for the small fields of the working pages. */
  labelSize?: 's' | 'm';
}

function FormGroup({ id, label, hint, error, children }: FieldFrame & { id: string; children: ReactNode }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {children}
    </div>
  );
}

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

type Width = 2 | 3 | 4 | 5 | 10 | 20 | 30;

/** GOV.UK text input with its label, hint and inline error. */
export function TextInput({
  label,
  hint,
  error,
  id: givenId,
  width,
  className,
  ...input
}: FieldFrame & InputHTMLAttributes<HTMLInputElement> & { width?: Width }) {
  const id = useFieldId(givenId);
  const classes = [
    'govuk-input',
    width ? `govuk-input--width-${width}` : '',
    error ? 'govuk-input--error' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input id={id} className={classes} aria-describedby={describedBy(id, hint, error)} {...input} />
    </FormGroup>
  );
}

/** GOV.UK select with its label and hint. */
export function Select({
  label,
  hint,
  error,
  id: givenId,
  children,
  className,
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useFieldId(givenId);
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        className={['govuk-select', error ? 'govuk-select--error' : '', className ?? ''].filter(Boolean).join(' ')}
        aria-describedby={describedBy(id, hint, error)}
        {...select}
      >
        {children}
      </select>
    </FormGroup>
  );
}

/** GOV.UK textarea with its label and hint. */
export function Textarea({
  label,
  hint,
  error,
  id: givenId,
  className,
  rows = 3,
  ...area
}: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useFieldId(givenId);
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        rows={rows}
        className={['govuk-textarea', error ? 'govuk-textarea--error' : '', className ?? ''].filter(Boolean).join(' ')}
        aria-describedby={describedBy(id, hint, error)}
        {...area}
      />
    </FormGroup>
  );
}

/** GOV.UK fieldset: a question with several answers (checkboxes, radios, a date). */
export function Fieldset({
  legend,
  hint,
  children,
  className,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const id = useFieldId();
  return (
    <div className={['govuk-form-group', className ?? ''].filter(Boolean).join(' ')}>
      <fieldset className="govuk-fieldset" aria-describedby={hint ? `${id}-hint` : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        )}
        {children}
      </fieldset>
    </div>
  );
}

type ChoiceKind = 'checkboxes' | 'radios';
type ChoiceProps = { label: ReactNode; hint?: ReactNode } & InputHTMLAttributes<HTMLInputElement>;

/** GOV.UK checkboxes and radios share one markup, told apart by the class prefix and the input's type. */
function choiceGroup(kind: ChoiceKind) {
  return function ChoiceGroup({ children, small = true }: { children: ReactNode; small?: boolean }) {
    return (
      <div className={`govuk-${kind}${small ? ` govuk-${kind}--small` : ''}`} data-module={`govuk-${kind}`}>
        {children}
      </div>
    );
  };
}

function choiceItem(kind: ChoiceKind, type: 'checkbox' | 'radio') {
  return function ChoiceItem({ label, hint, id: givenId, ...input }: ChoiceProps) {
    const id = useFieldId(givenId);
    return (
      <div className={`govuk-${kind}__item`}>
        <input
          id={id}
          type={type}
          className={`govuk-${kind}__input`}
          aria-describedby={hint ? `${id}-hint` : undefined}
          {...input}
        />
        <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
          {label}
        </label>
        {hint && (
          <div id={`${id}-hint`} className={`govuk-hint govuk-${kind}__hint`}>
            {hint}
          </div>
        )}
      </div>
    );
  };
}

/** GOV.UK checkboxes (small, for the working pages' long lists) inside a fieldset. */
export const Checkboxes = choiceGroup('checkboxes');
export const Checkbox = choiceItem('checkboxes', 'checkbox');
export const Radios = choiceGroup('radios');
export const Radio = choiceItem('radios', 'radio');

/** GOV.UK hint text on its own (under a heading, beside a control). */
export function Hint({ children, id }: { children: ReactNode; id?: string }) {
  return (
    <div className="govuk-hint" id={id}>
      {children}
    </div>
  );
}

/** GOV.UK file upload with its label and hint. */
export function FileUpload({
  label,
  hint,
  error,
  id: givenId,
  ...input
}: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const id = useFieldId(givenId);
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type="file"
        className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
      />
    </FormGroup>
  );
}

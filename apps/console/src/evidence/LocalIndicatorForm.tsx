import { graphql } from '../gql';
import { ActionContext, ActionForm, text } from '../agreement/ActionForm';
import { polarities, themes } from '../labels';
import { useRunChange } from './use-region';
import { Select, TextInput, Textarea } from '../govuk';

const DEFINE_LOCAL_INDICATOR = graphql(`
  mutation DefineLocalIndicator($input: DefineLocalIndicatorInput!) {
    defineLocalIndicator(input: $input) {
      code
    }
  }
`);

/** A local indicator where the national set does not cover a local priority: its figures then load, trend and benchmark like the rest. */
export function LocalIndicatorForm({ areaCode, refetch }: { areaCode: string; refetch: () => Promise<unknown> }) {
  const run = useRunChange(refetch);
  const variables = (fields: FormData) => ({
    input: {
      area: areaCode,
      code: text(fields, 'code'),
      title: text(fields, 'title'),
      definition: text(fields, 'definition'),
      theme: text(fields, 'theme'),
      polarity: text(fields, 'polarity'),
    },
  });
  return (
    <details className="local-indicator">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Define a local indicator</span>
      </summary>
      <ActionContext.Provider value={run}>
        <ActionForm
          label="Define a local indicator"
          submit="Define it"
          mutation={DEFINE_LOCAL_INDICATOR}
          variables={variables}
        >
          <TextInput
            label={<>Code (becomes {areaCode}-code)</>}
            name="code"
            required
            pattern="[A-Za-z0-9]{1,12}"
            width={20}
          />
          <TextInput label="Title" name="title" required minLength={3} width={20} />
          <Select label="Theme" name="theme" required>
            {themes.codes.map((code) => (
              <option key={code} value={code}>
                {themes.label(code)}
              </option>
            ))}
          </Select>
          <Select label="Better direction" name="polarity">
            <option value="">Not known (no direction of travel or rank)</option>
            {polarities.codes.map((code) => (
              <option key={code} value={code}>
                {polarities.label(code)}
              </option>
            ))}
          </Select>
          <Textarea
            label="Definition: numerator, denominator, source, frequency"
            name="definition"
            required
            minLength={10}
            rows={2}
          />
        </ActionForm>
      </ActionContext.Provider>
    </details>
  );
}

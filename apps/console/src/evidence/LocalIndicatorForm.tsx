import { graphql } from '../gql';
import { ActionContext, ActionForm, text } from '../agreement/ActionForm';
import { polarities, themes } from '../labels';
import { useRunChange } from './use-region';

const DEFINE_LOCAL_INDICATOR = graphql(`
  mutation DefineLocalIndicator($input: DefineLocalIndicatorInput!) { defineLocalIndicator(input: $input) { code } }
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
      <summary>Define a local indicator</summary>
      <ActionContext.Provider value={run}>
        <ActionForm label="Define a local indicator" submit="Define it" mutation={DEFINE_LOCAL_INDICATOR} variables={variables}>
          <label>Code (becomes {areaCode}-code) <input name="code" required pattern="[A-Za-z0-9]{1,12}" size={12} /></label>
          <label>Title <input name="title" required minLength={3} size={40} /></label>
          <label>Theme <select name="theme" required>{themes.codes.map((code) => <option key={code} value={code}>{themes.label(code)}</option>)}</select></label>
          <label>Better direction
            <select name="polarity">
              <option value="">Not known (no direction of travel or rank)</option>
              {polarities.codes.map((code) => <option key={code} value={code}>{polarities.label(code)}</option>)}
            </select>
          </label>
          <label className="wide">Definition: numerator, denominator, source, frequency <textarea name="definition" required minLength={10} rows={2} /></label>
        </ActionForm>
      </ActionContext.Provider>
    </details>
  );
}

import { useQuery } from '@apollo/client/react';
import { ActionForm, numberOf, text } from './ActionForm';
import { sortByIndicator } from '../indicator-order';
import { targetKinds } from '../labels';
import { INDICATORS, LoadedAgreement, TargetKind } from './agreement-query';
import { ADD_TARGET } from './mutations';

const YEARS = ['2008/09', '2009/10', '2010/11'];

/** The add-target form's fields as addTarget's input; the suite's rules are the API's to apply and explain. */
export function addTargetInput(agreementId: string, f: FormData): Record<string, unknown> {
  const levels = YEARS.map((y, i) => numberOf(f, `level${i + 1}`, `The ${y} level`));
  const value = numberOf(f, 'baselineValue', 'The baseline');
  const baseline = value === null ? undefined : { value, period: text(f, 'baselinePeriod') ?? '2007/08', source: text(f, 'baselineSource') ?? 'Entered in the console', provisional: false };
  return {
    input: {
      agreementId,
      kind: String(f.get('kind')) as TargetKind,
      indicatorCode: text(f, 'indicatorCode') ?? '',
      ...(text(f, 'localIndicatorTitle') ? { localIndicatorTitle: text(f, 'localIndicatorTitle') } : {}),
      ...(baseline ? { baseline } : { baselineFromEvidence: f.get('fromEvidence') === 'on' }),
      ...(text(f, 'baselineDueBy') ? { baselineDueBy: text(f, 'baselineDueBy') } : {}),
      ...(levels.some((l) => l !== null) ? { levels } : {}),
      ...(text(f, 'intendedDirection') ? { intendedDirection: text(f, 'intendedDirection') } : {}),
      ...(text(f, 'priorityId') ? { priorityId: text(f, 'priorityId') } : {}),
      ...(text(f, 'leadPartnerId') ? { leadPartnerId: text(f, 'leadPartnerId') } : {}),
      ...(text(f, 'localReason') ? { localReason: text(f, 'localReason') } : {}),
    },
  };
}

/** From a priority to a target: the indicator, the priority it serves, the baseline (from the evidence base unless given), the levels. */
export function AddTargetForm({ agreement }: { agreement: LoadedAgreement }) {
  const { data } = useQuery<{ indicators: { code: string; title: string | null; statutoryDcsf: boolean }[] }>(INDICATORS);
  return (
    <ActionForm label="Add a target" submit="Add target" mutation={ADD_TARGET} variables={(f) => addTargetInput(agreement.id, f)} className="add-target">
      <label>Kind
        <select name="kind" defaultValue="DESIGNATED">
          {targetKinds.codes.map((k) => <option key={k} value={k}>{targetKinds.label(k)}</option>)}
        </select>
      </label>
      <label>Indicator <input name="indicatorCode" list="indicator-codes" required size={8} placeholder="NI116" /></label>
      <datalist id="indicator-codes">
        {sortByIndicator(data?.indicators ?? [], (i) => i.code).map((i) => <option key={i.code} value={i.code}>{i.title ?? ''}{i.statutoryDcsf ? ' (statutory DCSF)' : ''}</option>)}
      </datalist>
      <label>Local indicator title <input name="localIndicatorTitle" placeholder="only for a local indicator" /></label>
      <label>Serves priority
        <select name="priorityId" defaultValue="">
          <option value="">none</option>
          {agreement.priorities.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
        </select>
      </label>
      <label>Lead partner
        <select name="leadPartnerId" defaultValue="">
          <option value="">none yet</option>
          {(agreement.area.partnership?.members ?? []).map((m) => <option key={m.id} value={m.id}>{m.organisation}</option>)}
        </select>
      </label>
      <fieldset>
        <legend>Baseline</legend>
        <label className="check"><input type="checkbox" name="fromEvidence" defaultChecked /> Take it from the evidence base (the area's figure of record)</label>
        <label>or value <input name="baselineValue" inputMode="decimal" size={7} /></label>
        <label>period <input name="baselinePeriod" size={7} placeholder="2007/08" /></label>
        <label>source <input name="baselineSource" /></label>
        <label>Baseline due by (placeholders) <input name="baselineDueBy" type="date" /></label>
      </fieldset>
      <fieldset>
        <legend>Levels</legend>
        {YEARS.map((y, i) => <label key={y}>{y} <input name={`level${i + 1}`} inputMode="decimal" size={7} /></label>)}
        <DirectionSelect />
      </fieldset>
      <label>Local reason (if the area already performs strongly) <textarea name="localReason" rows={2} maxLength={2000} /></label>
    </ActionForm>
  );
}

/** The direction levels should move in, asked where the indicator's polarity is not known (most of the set): the levels check runs on it. */
export function DirectionSelect({ current = null }: { current?: 'UP' | 'DOWN' | null }) {
  return (
    <label>Better direction (needed where the indicator's polarity is not known)
      <select name="intendedDirection" defaultValue={current ?? ''}>
        <option value="">the indicator's polarity</option>
        <option value="UP">up: higher is better</option>
        <option value="DOWN">down: lower is better</option>
      </select>
    </label>
  );
}

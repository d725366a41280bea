import { useQuery } from '@apollo/client/react';
import { ActionForm, numberOf, text } from './ActionForm';
import { sortByIndicator } from '../indicator-order';
import { targetKinds } from '../labels';
import { INDICATORS, LoadedAgreement, TargetKind } from './agreement-query';
import { ADD_TARGET } from './mutations';
import { dateFromForm } from '../dates';
import { Checkbox, DateInput, Select, TextInput, Textarea } from '../govuk';

const YEARS = ['2008/09', '2009/10', '2010/11'];

const dueByOf = (f: FormData) => {
  const dueBy = dateFromForm(f, 'baselineDueBy', 'The date the baseline is due by');
  return dueBy ? { baselineDueBy: dueBy } : {};
};

/** The add-target form's fields as addTarget's input; the suite's rules are the API's to apply and explain. */
export function addTargetInput(agreementId: string, f: FormData): Record<string, unknown> {
  const levels = YEARS.map((y, i) => numberOf(f, `level${i + 1}`, `The ${y} level`));
  const value = numberOf(f, 'baselineValue', 'The baseline');
  const baseline =
    value === null
      ? undefined
      : {
          value,
          period: text(f, 'baselinePeriod') ?? '2007/08',
          source: text(f, 'baselineSource') ?? 'Entered in the console',
          provisional: false,
        };
  return {
    input: {
      agreementId,
      kind: String(f.get('kind')) as TargetKind,
      indicatorCode: text(f, 'indicatorCode') ?? '',
      ...(text(f, 'localIndicatorTitle') ? { localIndicatorTitle: text(f, 'localIndicatorTitle') } : {}),
      ...(baseline ? { baseline } : { baselineFromEvidence: f.get('fromEvidence') === 'on' }),
      ...dueByOf(f),
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
  const { data } = useQuery(INDICATORS);
  return (
    <ActionForm
      label="Add a target"
      submit="Add target"
      mutation={ADD_TARGET}
      variables={(f) => addTargetInput(agreement.id, f)}
      className="add-target"
    >
      <Select label="Kind" name="kind" defaultValue="DESIGNATED">
        {targetKinds.codes.map((k) => (
          <option key={k} value={k}>
            {targetKinds.label(k)}
          </option>
        ))}
      </Select>
      <TextInput
        label="Indicator"
        name="indicatorCode"
        list="indicator-codes"
        required
        width={10}
        hint="For example, NI116"
      />
      <datalist id="indicator-codes">
        {sortByIndicator(data?.indicators ?? [], (i) => i.code).map((i) => (
          <option key={i.code} value={i.code}>
            {i.title ?? ''}
            {i.statutoryDcsf ? ` (statutory DCSF${i.statutoryDcsfStatus === 'SOURCED' ? '' : ', inferred'})` : ''}
          </option>
        ))}
      </datalist>
      <TextInput label="Local indicator title" name="localIndicatorTitle" hint="Only for a local indicator" />
      <Select label="Serves priority" name="priorityId" defaultValue="">
        <option value="">none</option>
        {agreement.priorities.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </Select>
      <Select label="Lead partner" name="leadPartnerId" defaultValue="">
        <option value="">none yet</option>
        {(agreement.area.partnership?.members ?? []).map((m) => (
          <option key={m.id} value={m.id}>
            {m.organisation}
          </option>
        ))}
      </Select>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Baseline</legend>
        <Checkbox
          name="fromEvidence"
          defaultChecked
          label={<>Take it from the evidence base (the area's figure of record)</>}
        />
        <TextInput label="or value" name="baselineValue" inputMode="decimal" width={10} />
        <TextInput label="period" name="baselinePeriod" width={10} hint="For example, 2007/08" />
        <TextInput label="source" name="baselineSource" />
        <DateInput
          legend="Baseline due by"
          name="baselineDueBy"
          hint="Only for a target whose baseline is not yet set: the date by which it will be. For example, 30 9 2008"
        />
      </fieldset>
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Levels</legend>
        {YEARS.map((y, i) => (
          <TextInput key={y} label={<>{y}</>} name={`level${i + 1}`} inputMode="decimal" width={10} />
        ))}
        <DirectionSelect />
      </fieldset>
      <Textarea
        label="Local reason (if the area already performs strongly)"
        name="localReason"
        rows={2}
        maxLength={2000}
      />
    </ActionForm>
  );
}

/** The direction levels should move in, asked where the indicator's polarity is not known (most of the set): the levels check runs on it. */
export function DirectionSelect({ current = null }: { current?: 'UP' | 'DOWN' | null }) {
  return (
    <Select
      label="Better direction (needed where the indicator's polarity is not known)"
      name="intendedDirection"
      defaultValue={current ?? ''}
    >
      <option value="">the indicator's polarity</option>
      <option value="UP">up: higher is better</option>
      <option value="DOWN">down: lower is better</option>
    </Select>
  );
}

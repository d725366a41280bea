import { useQuery } from '@apollo/client/react';
import { ActionForm, text } from '../agreement/ActionForm';
import { EvidenceCapabilities } from './capabilities';
import { sortByIndicator } from '../indicator-order';
import { softEvidenceKinds, themes } from '../labels';
import { codesOf, shortDate } from './format';
import { ReferenceMark, Synthetic } from './Marks';
import { AREA_PRIORITIES, RECORD_SOFT_EVIDENCE, SoftEvidenceItem } from './place-queries';
import { dateFromForm, formatDate } from '../dates';
import { person } from '../words';
import { Checkbox, DateInput, Select, TextInput, Textarea } from '../govuk';

/** The area's soft intelligence (consultations, surveys, inspections, partner knowledge), and a form to record an item. */
export function SoftEvidenceSection({
  areaCode,
  items,
  can,
  indicatorCode,
}: {
  areaCode: string;
  items: SoftEvidenceItem[];
  can: EvidenceCapabilities;
  indicatorCode: string;
}) {
  return (
    <section className="place soft" aria-labelledby="soft-heading" data-testid="soft-evidence">
      <h2 className="govuk-heading-m" id="soft-heading">
        Soft intelligence
      </h2>
      {items.length === 0 ? (
        <p className="govuk-body">None recorded yet.</p>
      ) : (
        <ul className="govuk-list soft-items">
          {items.map((item) => (
            <SoftItem key={item.id} item={item} />
          ))}
        </ul>
      )}
      {can.contribute && <RecordForm key={indicatorCode} areaCode={areaCode} indicatorCode={indicatorCode} />}
    </section>
  );
}

function SoftItem({ item }: { item: SoftEvidenceItem }) {
  return (
    <li data-testid="soft-item">
      <h3 className="govuk-heading-s">
        {item.title} <Synthetic when={item.synthetic} />
      </h3>
      <p className="govuk-body">
        <small className="govuk-body-s">
          {softEvidenceKinds.label(item.kind)} · {item.source} · {formatDate(item.dated)} · {themes.label(item.theme)}
        </small>
      </p>
      <p className="govuk-body prose">{item.summary}</p>
      {item.indicators.length > 0 && (
        <p className="govuk-body">
          Bears on:{' '}
          {sortByIndicator(item.indicators, (i) => i.code).map((i, n) => (
            <span key={i.code}>
              {n > 0 && ', '}
              <code>{i.code}</code> {i.title} <ReferenceMark status={i.titleStatus} what="title" />
            </span>
          ))}
        </p>
      )}
      {item.priorities.length > 0 && (
        <p className="govuk-body">Priorities: {item.priorities.map((p) => p.title).join('; ')}</p>
      )}
      <p className="govuk-body">
        <small className="govuk-body-s">
          Recorded by {person(item.recordedBy)} on {shortDate(item.recordedAt)}
        </small>
      </p>
    </li>
  );
}

function RecordForm({ areaCode, indicatorCode }: { areaCode: string; indicatorCode: string }) {
  const { data } = useQuery(AREA_PRIORITIES, { variables: { area: areaCode } });
  const priorities = data?.area?.agreement?.priorities ?? [];
  const variables = (fields: FormData) => ({
    input: {
      area: areaCode,
      kind: text(fields, 'kind'),
      title: text(fields, 'title'),
      summary: text(fields, 'summary'),
      source: text(fields, 'source'),
      dated: dateFromForm(fields, 'dated', 'The date of the intelligence'),
      theme: text(fields, 'theme'),
      indicators: codesOf(text(fields, 'indicators') ?? ''),
      priorities: fields.getAll('priorities').map(String),
    },
  });
  return (
    <ActionForm
      label="Record soft intelligence"
      submit="Record it"
      mutation={RECORD_SOFT_EVIDENCE}
      variables={variables}
      className="soft-form"
    >
      <h3 className="govuk-heading-s wide">Record soft intelligence</h3>
      <Select label="Kind" name="kind" required>
        {softEvidenceKinds.codes.map((code) => (
          <option key={code} value={code}>
            {softEvidenceKinds.label(code)}
          </option>
        ))}
      </Select>
      <TextInput label="Title" name="title" required minLength={3} maxLength={200} width={20} />
      <TextInput label="Source (who produced it)" name="source" required minLength={2} width={20} />
      <DateInput legend="Dated" name="dated" required />
      <Select label="Theme" name="theme" required>
        {themes.codes.map((code) => (
          <option key={code} value={code}>
            {themes.label(code)}
          </option>
        ))}
      </Select>
      <Textarea label="What it found or says" name="summary" required rows={3} />
      <TextInput
        label="Indicators it bears on (codes, comma-separated)"
        name="indicators"
        defaultValue={indicatorCode}
        width={20}
      />
      {priorities.length > 0 && (
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Priority outcomes it bears on</legend>
          {priorities.map((p) => (
            <Checkbox key={p.id} name="priorities" value={p.id} label={<>{p.title}</>} />
          ))}
        </fieldset>
      )}
    </ActionForm>
  );
}

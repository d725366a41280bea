import { useQuery } from '@apollo/client/react';
import { ActionForm, text } from '../agreement/ActionForm';
import { EvidenceCapabilities } from './capabilities';
import { sortByIndicator } from '../indicator-order';
import { softEvidenceKinds, themes } from '../labels';
import { codesOf, shortDate } from './format';
import { ReferenceMark, Synthetic } from './Marks';
import { AREA_PRIORITIES, RECORD_SOFT_EVIDENCE, SoftEvidenceItem } from './place-queries';

/** The area's soft intelligence (consultations, surveys, inspections, partner knowledge), and a form to record an item. */
export function SoftEvidenceSection({ areaCode, items, can, indicatorCode }: { areaCode: string; items: SoftEvidenceItem[]; can: EvidenceCapabilities; indicatorCode: string }) {
  return (
    <section className="place soft" aria-labelledby="soft-heading" data-testid="soft-evidence">
      <h2 id="soft-heading">Soft intelligence</h2>
      {items.length === 0 ? <p>None recorded yet.</p> : (
        <ul className="soft-items">
          {items.map((item) => <SoftItem key={item.id} item={item} />)}
        </ul>
      )}
      {can.contribute && <RecordForm key={indicatorCode} areaCode={areaCode} indicatorCode={indicatorCode} />}
    </section>
  );
}

function SoftItem({ item }: { item: SoftEvidenceItem }) {
  return (
    <li data-testid="soft-item">
      <h3>{item.title} <Synthetic when={item.synthetic} /></h3>
      <p><small>{softEvidenceKinds.label(item.kind)} · {item.source} · {item.dated} · {themes.label(item.theme)}</small></p>
      <p className="prose">{item.summary}</p>
      {item.indicators.length > 0 && (
        <p>Bears on: {sortByIndicator(item.indicators, (i) => i.code).map((i, n) => <span key={i.code}>{n > 0 && ', '}<code>{i.code}</code> {i.title} <ReferenceMark status={i.titleStatus} what="title" /></span>)}</p>
      )}
      {item.priorities.length > 0 && <p>Priorities: {item.priorities.map((p) => p.title).join('; ')}</p>}
      <p><small>Recorded by {item.recordedBy} on {shortDate(item.recordedAt)}</small></p>
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
      dated: text(fields, 'dated'),
      theme: text(fields, 'theme'),
      indicators: codesOf(text(fields, 'indicators') ?? ''),
      priorities: fields.getAll('priorities').map(String),
    },
  });
  return (
    <ActionForm label="Record soft intelligence" submit="Record it" mutation={RECORD_SOFT_EVIDENCE} variables={variables} className="soft-form">
      <h3 className="wide">Record soft intelligence</h3>
      <label>Kind <select name="kind" required>{softEvidenceKinds.codes.map((code) => <option key={code} value={code}>{softEvidenceKinds.label(code)}</option>)}</select></label>
      <label>Title <input name="title" required minLength={3} maxLength={200} size={40} /></label>
      <label>Source (who produced it) <input name="source" required minLength={2} size={30} /></label>
      <label>Dated <input name="dated" type="date" required /></label>
      <label>Theme <select name="theme" required>{themes.codes.map((code) => <option key={code} value={code}>{themes.label(code)}</option>)}</select></label>
      <label className="wide">What it found or says <textarea name="summary" required rows={3} /></label>
      <label>Indicators it bears on (codes, comma-separated) <input name="indicators" defaultValue={indicatorCode} size={30} /></label>
      {priorities.length > 0 && (
        <fieldset>
          <legend>Priority outcomes it bears on</legend>
          {priorities.map((p) => <label key={p.id} className="check"><input type="checkbox" name="priorities" value={p.id} /> {p.title}</label>)}
        </fieldset>
      )}
    </ActionForm>
  );
}

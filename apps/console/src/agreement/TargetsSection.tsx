import { ActionForm, numberOf, text } from './ActionForm';
import { targetKinds } from '../labels';
import { AgreementTargetRow, baselineText, LoadedAgreement, orderTargets } from './agreement-query';
import { AddTargetForm, DirectionSelect } from './AddTargetForm';
import { Capabilities } from './capabilities';
import { SET_TARGET_LEVELS, UPDATE_TARGET } from './mutations';
import { comparisonText, stretchFlags } from './stretch-view';

const YEARS = ['2008/09', '2009/10', '2010/11'];

/** The suite: each target with its levels and how ambitious they are against the evidence; adding one; setting levels. */
export function TargetsSection({ agreement, can }: { agreement: LoadedAgreement; can: Capabilities }) {
  const { targets } = agreement;
  const count = (kind: string) => targets.filter((t) => t.kind === kind).length;
  return (
    <section aria-labelledby="targets-heading">
      <h2 id="targets-heading">
        Targets ({count('DESIGNATED')} of up to 35 designated, {count('STATUTORY_DCSF')} statutory, {count('LOCAL')} local; {targets.filter((t) => t.placeholder).length} placeholders)
      </h2>
      <table data-testid="targets">
        <thead>
          <tr>
            <th scope="col">Kind</th><th scope="col">Indicator</th><th scope="col">Baseline</th>
            {YEARS.map((y) => <th key={y} scope="col">{y}</th>)}
            <th scope="col">Stretch (against the area's trend)</th><th scope="col">Lead partner</th><th scope="col">Open points</th>
          </tr>
        </thead>
        <tbody>
          {orderTargets(targets).map((t) => <TargetRow key={t.id} target={t} can={can} />)}
        </tbody>
      </table>
      {can.edit && <AddTargetForm agreement={agreement} />}
    </section>
  );
}

function TargetRow({ target: t, can }: { target: AgreementTargetRow; can: Capabilities }) {
  const code = t.indicator?.code ?? t.id;
  return (
    <tr className={t.placeholder ? 'placeholder' : undefined} data-testid={`target-${code}`}>
      <td>{targetKinds.label(t.kind)}</td>
      <th scope="row">
        <code>{t.indicator?.code}</code> {t.indicator?.title ?? t.localIndicatorTitle ?? ''}
        {t.priority && <small> · serves “{t.priority.title}”</small>}
        {t.synthetic && <span className="synthetic">synthetic</span>}
      </th>
      <td>{baselineText(t)}</td>
      {[0, 1, 2].map((year) => (
        <td key={year} data-testid={`level-${code}-${year + 1}`}>
          {t.levels[year] ?? '–'}
          {t.stretch?.years[year]?.projected != null && <small className="projected"> trend {t.stretch.years[year].projected}</small>}
        </td>
      ))}
      <td data-testid={`stretch-${code}`}>
        <StretchCell target={t} />
        {can.edit && <SetLevels target={t} />}
        {can.edit && t.stretch?.strongPerformer && <LocalReason target={t} />}
      </td>
      <td>{t.leadPartner?.organisation ?? '–'}</td>
      <td>{t.openNegotiationPoints.length || ''}</td>
    </tr>
  );
}

function StretchCell({ target: t }: { target: AgreementTargetRow }) {
  return (
    <>
      <ul className="flags" aria-label={`Stretch of ${t.indicator?.code ?? 'the target'}`}>
        {stretchFlags(t.stretch).map((flag) => <li key={flag.label} className={`flag ${flag.tone}`}>{flag.label}</li>)}
      </ul>
      {t.stretch && <small>{t.stretch.summary} {comparisonText(t.stretch)}</small>}
      {t.localReason && <small> Local reason: {t.localReason}</small>}
      {t.directionBasis === 'STATED' && <small> Direction stated with the target: {t.intendedDirection === 'UP' ? 'higher is better' : 'lower is better'} (the indicator's polarity is not known)</small>}
      {t.directionBasis === 'UNKNOWN' && <small> Better direction not known: state it with the levels</small>}
    </>
  );
}

/** New levels against the version the page read: a stale version is refused with the current values, never overwritten. */
function SetLevels({ target }: { target: AgreementTargetRow }) {
  const code = target.indicator?.code ?? '';
  return (
    <details>
      <summary>Set levels</summary>
      <ActionForm
        label={`Set levels of ${code}`}
        submit="Save levels"
        mutation={SET_TARGET_LEVELS}
        variables={(f) => ({
          input: {
            targetId: target.id,
            expectedVersion: target.version,
            levels: YEARS.map((y, i) => numberOf(f, `year${i + 1}`, `The ${y} level`)),
            ...(text(f, 'intendedDirection') ? { intendedDirection: text(f, 'intendedDirection') } : {}),
          },
        })}
      >
        {YEARS.map((y, i) => (
          <label key={y}>{y} <input name={`year${i + 1}`} inputMode="decimal" size={7} required defaultValue={target.levels[i] ?? ''} /></label>
        ))}
        {target.directionBasis !== 'INDICATOR_POLARITY' && <DirectionSelect current={target.intendedDirection} />}
        <small>Against version {target.version}</small>
      </ActionForm>
    </details>
  );
}

/** Why the partnership wants a target where the area already performs strongly (clears the flag). */
function LocalReason({ target }: { target: AgreementTargetRow }) {
  return (
    <details>
      <summary>{target.localReason ? 'Change the local reason' : 'Give a local reason'}</summary>
      <ActionForm
        label={`Local reason for ${target.indicator?.code ?? ''}`}
        submit="Save reason"
        mutation={UPDATE_TARGET}
        variables={(f) => ({ input: { targetId: target.id, expectedVersion: target.version, localReason: text(f, 'reason') } })}
      >
        <label>Local reason <textarea name="reason" rows={2} maxLength={2000} defaultValue={target.localReason ?? ''} /></label>
      </ActionForm>
    </details>
  );
}

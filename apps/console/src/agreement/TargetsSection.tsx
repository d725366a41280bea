import { ActionForm, numberOf, text } from './ActionForm';
import { targetKinds } from '../labels';
import { AgreementTargetRow, baselineText, LoadedAgreement, orderTargets } from './agreement-query';
import { AddTargetForm, DirectionSelect } from './AddTargetForm';
import { Capabilities } from './capabilities';
import { SET_TARGET_LEVELS, UPDATE_TARGET } from './mutations';
import { comparisonText, stretchFlags } from './stretch-view';
import { toneTag } from '../govuk/Tag';
import { Table, TextInput, Textarea } from '../govuk';

const YEARS = ['2008/09', '2009/10', '2010/11'];

/** The suite: each target with its levels and how ambitious they are against the evidence; adding one; setting levels. */
export function TargetsSection({ agreement, can }: { agreement: LoadedAgreement; can: Capabilities }) {
  const { targets } = agreement;
  const count = (kind: string) => targets.filter((t) => t.kind === kind).length;
  return (
    <section aria-labelledby="targets-heading">
      <h2 className="govuk-heading-m" id="targets-heading">
        Targets ({count('DESIGNATED')} of up to 35 designated, {count('STATUTORY_DCSF')} statutory, {count('LOCAL')}{' '}
        local; {targets.filter((t) => t.placeholder).length} placeholders)
      </h2>
      <Table data-testid="targets">
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th className="govuk-table__header" scope="col">
              Kind
            </th>
            <th className="govuk-table__header" scope="col">
              Indicator
            </th>
            <th className="govuk-table__header" scope="col">
              Baseline
            </th>
            {YEARS.map((y) => (
              <th className="govuk-table__header" key={y} scope="col">
                {y}
              </th>
            ))}
            <th className="govuk-table__header" scope="col">
              Stretch (against the area's trend)
            </th>
            <th className="govuk-table__header" scope="col">
              Lead partner
            </th>
            <th className="govuk-table__header" scope="col">
              Open points
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {orderTargets(targets).map((t) => (
            <TargetRow key={t.id} target={t} can={can} />
          ))}
        </tbody>
      </Table>
      {can.edit && <AddTargetForm agreement={agreement} />}
    </section>
  );
}

function TargetRow({ target: t, can }: { target: AgreementTargetRow; can: Capabilities }) {
  const code = t.indicator?.code ?? t.id;
  return (
    <tr className={`govuk-table__row${t.placeholder ? ' placeholder' : ''}`} data-testid={`target-${code}`}>
      <td className="govuk-table__cell">{targetKinds.label(t.kind)}</td>
      <th className="govuk-table__header" scope="row">
        <code>{t.indicator?.code}</code> {t.indicator?.title ?? t.localIndicatorTitle ?? ''}
        {t.priority && <small className="govuk-body-s"> · serves “{t.priority.title}”</small>}
        {t.synthetic && <span className="govuk-tag govuk-tag--yellow synthetic">synthetic</span>}
      </th>
      <td className="govuk-table__cell">{baselineText(t)}</td>
      {[0, 1, 2].map((year) => (
        <td className="govuk-table__cell" key={year} data-testid={`level-${code}-${year + 1}`}>
          {t.levels[year] ?? '–'}
          {t.stretch?.years[year]?.projected != null && (
            <small className="govuk-body-s projected"> trend {t.stretch.years[year].projected}</small>
          )}
        </td>
      ))}
      <td className="govuk-table__cell" data-testid={`stretch-${code}`}>
        <StretchCell target={t} />
        {can.edit && <SetLevels target={t} />}
        {can.edit && t.stretch?.strongPerformer && <LocalReason target={t} />}
      </td>
      <td className="govuk-table__cell">{t.leadPartner?.organisation ?? '–'}</td>
      <td className="govuk-table__cell">{t.openNegotiationPoints.length || ''}</td>
    </tr>
  );
}

function StretchCell({ target: t }: { target: AgreementTargetRow }) {
  return (
    <>
      <ul className="govuk-list flags" aria-label={`Stretch of ${t.indicator?.code ?? 'the target'}`}>
        {stretchFlags(t.stretch).map((flag) => (
          <li key={flag.label} className={`${toneTag(flag.tone)} flag ${flag.tone}`}>
            {flag.label}
          </li>
        ))}
      </ul>
      {t.stretch && (
        <small className="govuk-body-s">
          {t.stretch.summary} {comparisonText(t.stretch)}
        </small>
      )}
      {t.localReason && <small className="govuk-body-s"> Local reason: {t.localReason}</small>}
      {t.directionBasis === 'STATED' && (
        <small className="govuk-body-s">
          {' '}
          Direction stated with the target: {t.intendedDirection === 'UP' ? 'higher is better' : 'lower is better'} (the
          indicator's polarity is not known)
        </small>
      )}
      {t.directionBasis === 'UNKNOWN' && (
        <small className="govuk-body-s"> Better direction not known: state it with the levels</small>
      )}
    </>
  );
}

/** New levels against the version the page read: a stale version is refused with the current values, never overwritten. */
function SetLevels({ target }: { target: AgreementTargetRow }) {
  const code = target.indicator?.code ?? '';
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Set levels</span>
      </summary>
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
          <TextInput
            key={y}
            label={<>{y}</>}
            name={`year${i + 1}`}
            inputMode="decimal"
            width={10}
            required
            defaultValue={target.levels[i] ?? ''}
          />
        ))}
        {target.directionBasis !== 'INDICATOR_POLARITY' && <DirectionSelect current={target.intendedDirection} />}
        <small className="govuk-body-s">Against version {target.version}</small>
      </ActionForm>
    </details>
  );
}

/** Why the partnership wants a target where the area already performs strongly (clears the flag). */
function LocalReason({ target }: { target: AgreementTargetRow }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {target.localReason ? 'Change the local reason' : 'Give a local reason'}
        </span>
      </summary>
      <ActionForm
        label={`Local reason for ${target.indicator?.code ?? ''}`}
        submit="Save reason"
        mutation={UPDATE_TARGET}
        variables={(f) => ({
          input: { targetId: target.id, expectedVersion: target.version, localReason: text(f, 'reason') },
        })}
      >
        <Textarea
          label="Local reason"
          name="reason"
          rows={2}
          maxLength={2000}
          defaultValue={target.localReason ?? ''}
        />
      </ActionForm>
    </details>
  );
}

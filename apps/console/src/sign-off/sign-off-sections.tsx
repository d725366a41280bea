import { AgreementSignOffData, levelsText, targetName } from './agreement-sign-off-queries';
import { sortByIndicator } from '../indicator-order';
import { departments, roles, signOffStages, targetKinds } from '../labels';
import { formatDate, formatDateTime } from '../dates';
import { person, plainWords } from '../words';
import { Table } from '../govuk';

type Agreement = NonNullable<AgreementSignOffData['agreement']>;
const when = formatDateTime;

/** Where sign-off stands, the next step, who takes it and what stops it now. */
export function Readiness({ agreement }: { agreement: Agreement }) {
  const { stage, readiness } = agreement.signOff;
  return (
    <section className="readiness" data-testid="readiness" aria-labelledby="readiness-heading">
      <h2 className="govuk-heading-m" id="readiness-heading">
        Where it stands
      </h2>
      <p className="govuk-body">
        <strong data-testid="sign-off-stage">{signOffStages.label(stage)}</strong> (sign-off version{' '}
        {agreement.signOff.version})
      </p>
      {readiness.nextStage ? (
        <p className="govuk-body">
          Next: <strong>{signOffStages.label(readiness.nextStage)}</strong>, by {person(readiness.takenBy)}.{' '}
          {readiness.ready ? 'Nothing stands in the way.' : 'Not yet:'}
        </p>
      ) : (
        <p className="govuk-body">Signed by Ministers: changes now go through controlled refresh.</p>
      )}
      {readiness.blockers.length > 0 && (
        <ul className="govuk-list blockers" data-testid="blockers">
          {blockersInOrder(agreement).map((b, i) => (
            <li key={`${b.kind}-${b.ref ?? i}`}>{plainWords(b.reason)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What stops the next step: the agreement-wide reasons first, then the targets in indicator order. */
function blockersInOrder({ signOff: { readiness }, targets }: Agreement) {
  const codeOf = (ref: string | null) => targets.find((t) => t.id === ref)?.indicator?.code;
  const onTargets = readiness.blockers.filter((b) => b.kind === 'TARGET_SIGN_OFF');
  return [
    ...readiness.blockers.filter((b) => b.kind !== 'TARGET_SIGN_OFF'),
    ...sortByIndicator(onTargets, (b) => codeOf(b.ref)),
  ];
}

/** Each designated and statutory target with its sign-off: who, the department's confirmation, and whether it still holds. */
export function TargetSignOffs({ agreement }: { agreement: Agreement }) {
  return (
    <>
      <h2 className="govuk-heading-m">Targets and their sign-off</h2>
      <Table data-testid="target-sign-offs">
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th className="govuk-table__header" scope="col">
              Target
            </th>
            <th className="govuk-table__header" scope="col">
              Version
            </th>
            <th className="govuk-table__header" scope="col">
              Levels
            </th>
            <th className="govuk-table__header" scope="col">
              Sign-off
            </th>
            <th className="govuk-table__header" scope="col">
              Department&apos;s confirmation
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {sortByIndicator(agreement.targets, (t) => t.indicator?.code).map((t) => (
            <tr
              key={t.id}
              data-testid={`target-${t.indicator?.code ?? t.id}`}
              className={`govuk-table__row${t.signOff && !t.signOff.valid ? ' invalid' : ''}`}
            >
              <th className="govuk-table__header" scope="row">
                {targetName(t)} <small className="govuk-body-s">{targetKinds.label(t.kind)}</small>
              </th>
              <td className="govuk-table__cell">{t.version}</td>
              <td className="govuk-table__cell">{levelsText(t.levels)}</td>
              <td className="govuk-table__cell" data-testid="target-sign-off">
                {t.kind === 'LOCAL'
                  ? 'local: not signed off centrally'
                  : !t.signOff
                    ? 'not signed off'
                    : t.signOff.valid
                      ? `signed off by ${person(t.signOff.signedBy)} (version ${t.signOff.targetVersion})`
                      : `no longer valid: ${t.signOff.invalidatedBecause}`}
              </td>
              <td className="govuk-table__cell" data-testid="department-confirmation">
                {t.signOff
                  ? `${departments.label(t.signOff.departmentConfirmation.department)}, ${t.signOff.departmentConfirmation.confirmedBy}, ${formatDate(t.signOff.departmentConfirmation.confirmedOn)}${t.signOff.departmentConfirmation.note ? `: ${t.signOff.departmentConfirmation.note}` : ''}`
                  : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

/** The whole sign-off history, oldest first: every step and record, with the named person, role, time and reason. */
export function History({ agreement }: { agreement: Agreement }) {
  const events = agreement.signOff.history;
  return (
    <>
      <h2 className="govuk-heading-m">Sign-off history</h2>
      {events.length === 0 ? (
        <p className="govuk-body">Nothing signed yet.</p>
      ) : (
        <ol className="govuk-list govuk-list--number history" data-testid="sign-off-history">
          {events.map((e, i) => (
            <li key={i} data-kind={e.kind}>
              <time dateTime={e.at}>{when(e.at)}</time> <strong>{plainWords(e.summary)}</strong>, by{' '}
              <span className="by">{person(e.by)}</span>
              {e.role ? ` (${roles.label(e.role)})` : ''}
              {e.reason && (
                <>
                  : <q>{e.reason}</q>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** Every signed version, each with every target as it was signed. */
export function SignedVersions({ agreement }: { agreement: Agreement }) {
  const versions = agreement.signOff.signedVersions;
  if (versions.length === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">Signed versions</h2>
      {versions.map((v) => (
        <details key={v.number} data-testid={`signed-version-${v.number}`} open={v.number === versions.length}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Version {v.number}: signed by {person(v.signedBy)} on {when(v.signedAt)}: {v.reason}
            </span>
          </summary>
          <ul className="govuk-list">
            {sortByIndicator(v.targets, (t) => t.indicatorCode).map((t) => (
              <li key={t.targetId}>
                {t.indicatorCode ?? t.targetId} (target version {t.version}): {levelsText(t.levels ?? null)}
              </li>
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}

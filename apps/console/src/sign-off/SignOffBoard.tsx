import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { ConsoleConfig, ConsoleRegion } from '../config';
import { negotiationStages, signOffStages } from '../labels';
import { regionFailureOf } from '../region-failure';
import { RegionUnavailable } from '../RegionUnavailable';
import { regionalClient } from '../regional-client';
import { href } from '../routes';
import { SIGN_OFF_STAGES, SignOffStageRow } from './sign-off-queries';
import { formatDate } from '../dates';
import { Table } from '../govuk';

/** Every region's sign-off stages: one query to each regional gateway, side by side. */
export function SignOffBoard({ config }: { config: ConsoleConfig }) {
  return (
    <div>
      <header className="page">
        <h1 className="govuk-heading-l">Sign-off stages</h1>
        <p className="govuk-body">
          From the LSP&apos;s sign-off to Ministers&apos; signature, for every agreement of every region.
        </p>
        <p className="govuk-body legend">
          <span className="govuk-tag govuk-tag--yellow synthetic">synthetic</span> marks sign-offs whose steps and dates
          are generated demo data, not a real sign-off.
        </p>
      </header>
      {config.regions.map((region) => (
        <RegionSignOff key={region.code} region={region} />
      ))}
    </div>
  );
}

/** Demo sign-off steps and their dates are generated, not a real sign-off: marked as the rest of the console marks synthetic data. */
function SyntheticSignOff() {
  return (
    <span className="govuk-tag govuk-tag--yellow synthetic" title="Generated demo sign-off steps, not a real sign-off">
      synthetic
    </span>
  );
}

/** Whether the RD's recommendation exists at this stage (it does from the recommendation on). */
const recommended = (stage: string) =>
  signOffStages.codes.findIndex((s) => s === stage) >= signOffStages.codes.indexOf('RD_RECOMMENDED');

function RegionSignOff({ region }: { region: ConsoleRegion }) {
  const client = useMemo(() => regionalClient(region.gatewayUrl), [region.gatewayUrl]);
  const { data, error, loading } = useQuery(SIGN_OFF_STAGES, { client });
  const rows = data?.signOffStages ?? [];
  const counts = signOffStages.codes.map((stage) => [stage, rows.filter((r) => r.stage === stage).length] as const);
  return (
    <section className="region" data-testid={`sign-off-${region.code}`} aria-busy={loading}>
      <header>
        <h2 className="govuk-heading-m">{region.name}</h2>
        <span className="code">{region.code}</span>
      </header>
      {loading && (
        <p className="govuk-body" aria-live="polite">
          Asking the regional gateway…
        </p>
      )}
      {error && <RegionUnavailable failure={regionFailureOf(error)} />}
      {data && (
        <>
          <ul className="govuk-list stages" aria-label={`${region.name} by sign-off stage`}>
            {counts.map(([stage, count]) => (
              <li key={stage}>
                <strong>{count}</strong> {signOffStages.label(stage)}
              </li>
            ))}
          </ul>
          <Table>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th className="govuk-table__header" scope="col">
                  Area
                </th>
                <th className="govuk-table__header" scope="col">
                  Negotiation
                </th>
                <th className="govuk-table__header" scope="col">
                  Sign-off
                </th>
                <th className="govuk-table__header" scope="col">
                  Last step
                </th>
                <th className="govuk-table__header" scope="col">
                  Recommendation
                </th>
                <th className="govuk-table__header" scope="col">
                  People
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {rows.map((row) => (
                <SignOffBoardRow key={row.areaCode} regionCode={region.code} row={row} />
              ))}
            </tbody>
          </Table>
        </>
      )}
    </section>
  );
}

/** One area's row of the board: its agreement, stages, last step (synthetic ones marked), recommendation and people. */
export function SignOffBoardRow({ regionCode, row }: { regionCode: string; row: SignOffStageRow }) {
  return (
    <tr className="govuk-table__row" data-testid={`sign-off-${row.areaCode}`}>
      <th className="govuk-table__header" scope="row">
        {row.agreement ? (
          <a className="govuk-link" href={href('sign-off', regionCode, row.agreement.id)}>
            {row.areaName}
          </a>
        ) : (
          row.areaName
        )}
      </th>
      <td className="govuk-table__cell">
        {row.negotiationStage ? negotiationStages.label(row.negotiationStage) : 'No agreement yet'}
      </td>
      <td className="govuk-table__cell" data-testid="sign-off-stage">
        {signOffStages.label(row.stage)}
        {row.synthetic && (
          <>
            {' '}
            <SyntheticSignOff />
          </>
        )}
        {row.underReview && (
          <>
            {' '}
            <span className="govuk-tag govuk-tag--red flag warning" title="Cross-GO consistency review open">
              under review
            </span>
          </>
        )}
      </td>
      <td className="govuk-table__cell" data-testid="last-step">
        {row.lastStepAt ? (
          <>
            {formatDate(row.lastStepAt)}
            {row.synthetic && (
              <>
                {' '}
                <SyntheticSignOff />
              </>
            )}
          </>
        ) : (
          '–'
        )}
      </td>
      <td className="govuk-table__cell">
        {row.agreement && recommended(row.stage) ? (
          <a className="govuk-link" href={href('recommendation', regionCode, row.agreement.id)}>
            Read
          </a>
        ) : (
          '–'
        )}
      </td>
      <td className="govuk-table__cell">
        <a className="govuk-link" href={href('people', regionCode, row.areaCode)}>
          People
        </a>
      </td>
    </tr>
  );
}

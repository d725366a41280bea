import { ApolloProvider, useQuery } from '@apollo/client/react';
import { ConsoleConfig, ConsoleRegion } from '../config';
import { ActionContext, ActionForm } from '../agreement/ActionForm';
import { RegionPicker, regionOf } from '../evidence/RegionPicker';
import { useRegionalClient, useRunChange } from '../evidence/use-region';
import { negotiationStages } from '../labels';
import { PageNotice } from '../page-frame';
import { href } from '../routes';
import { sessionGrants } from '../session';
import { canOpenRound, slippageText } from './capabilities';
import { ProcessMapTemplate } from './ProcessMapTemplate';
import { OPEN_AGREEMENT, OPEN_ROUND, ROUND, RoundRow } from './round-query';
import { formatDate } from '../dates';
import { Breadcrumbs, Table } from '../govuk';

/** The region's round: every area's agreement stage and process-map slippage; its GO opens the round or one area's agreement. */
export function RoundPage({ config, regionCode }: { config: ConsoleConfig; regionCode: string }) {
  const code = regionOf(config, regionCode);
  const { region, client } = useRegionalClient(config, code);
  if (!region || !client) return <PageNotice alert>Unknown region {code}.</PageNotice>;
  return (
    <ApolloProvider client={client}>
      <div className="round" data-testid="round-page">
        <Breadcrumbs items={[{ text: 'National view', href: href('') }, { text: `${region.name}: round` }]} />
        <h1 className="govuk-heading-l">Round of agreements: {region.name}</h1>
        <RegionPicker config={config} page="round" regionCode={region.code} />
        <p className="govuk-body">
          Each area's agreement starts at its process map, with the round's template below as milestones the partnership
          and the Government Office then adjust (the source's timetable until the region changes it: priority outcomes
          by November, indicators in January, target levels by spring).
        </p>
        <RoundTable region={region} />
      </div>
    </ApolloProvider>
  );
}

function RoundTable({ region }: { region: ConsoleRegion }) {
  const { data, error, loading, refetch } = useQuery(ROUND, { notifyOnNetworkStatusChange: true });
  const run = useRunChange(refetch);
  if (loading && !data)
    return (
      <p className="govuk-body" aria-live="polite">
        Asking the {region.name} gateway…
      </p>
    );
  if (error || !data)
    return (
      <p className="govuk-body" role="alert">
        {unreadable(error?.message ?? '')}
      </p>
    );
  const { round } = data;
  const lead = canOpenRound(sessionGrants(), region.code);
  const byStage = negotiationStages.codes.map(
    (stage) => [stage, round.areas.filter((a) => a.stage === stage).length] as const,
  );
  return (
    <ActionContext.Provider value={run}>
      <ul className="govuk-list stages" aria-label={`${region.name} round by stage`} data-testid="round-counts">
        <li>
          <strong>{round.notOpened}</strong> not opened
        </li>
        {byStage.map(([stage, count]) => (
          <li key={stage}>
            <strong>{count}</strong> {negotiationStages.label(stage)}
          </li>
        ))}
      </ul>
      {lead && round.notOpened > 0 && (
        <ActionForm
          label="Open the round"
          submit={`Open the round (${round.notOpened} agreement${round.notOpened === 1 ? '' : 's'})`}
          mutation={OPEN_ROUND}
          variables={() => ({ regionCode: region.code })}
        >
          <p className="govuk-body">
            Opens the {round.period} agreement of every area below without one; areas with one are left as they are.
          </p>
        </ActionForm>
      )}
      <ProcessMapTemplate processMap={round.processMap} lead={lead} />
      <Table data-testid="round">
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th className="govuk-table__header" scope="col">
              Area
            </th>
            <th className="govuk-table__header" scope="col">
              Stage
            </th>
            <th className="govuk-table__header" scope="col">
              Next milestone
            </th>
            <th className="govuk-table__header" scope="col">
              Slippage
            </th>
            <th className="govuk-table__header" scope="col">
              Late milestones
            </th>
            <th className="govuk-table__header" scope="col">
              Against the round's process map
            </th>
            {lead && (
              <th className="govuk-table__header" scope="col">
                Open
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {round.areas.map((row) => (
            <RoundAreaRow key={row.area.code} regionCode={region.code} row={row} lead={lead} />
          ))}
        </tbody>
      </Table>
    </ActionContext.Provider>
  );
}

function RoundAreaRow({ regionCode, row, lead }: { regionCode: string; row: RoundRow; lead: boolean }) {
  const { area, agreement, nextMilestone } = row;
  return (
    <tr className="govuk-table__row" data-testid={`round-${area.code}`}>
      <th className="govuk-table__header" scope="row">
        {agreement ? (
          <a className="govuk-link" href={href('agreement', regionCode, agreement.id)}>
            {area.name}
          </a>
        ) : (
          area.name
        )}{' '}
        <code>{area.code}</code>
        {agreement?.synthetic && (
          <>
            {' '}
            <span className="govuk-tag govuk-tag--yellow synthetic" title="Generated demo data, not a real agreement">
              synthetic
            </span>
          </>
        )}
      </th>
      <td className="govuk-table__cell" data-testid="round-stage">
        {row.stage ? negotiationStages.label(row.stage) : 'Not opened'}
      </td>
      <td className="govuk-table__cell">
        {nextMilestone ? (
          <>
            {nextMilestone.title}, due {formatDate(nextMilestone.dueOn)} ({nextMilestone.owner})
          </>
        ) : agreement ? (
          'All done'
        ) : (
          '–'
        )}
      </td>
      <td data-testid="round-slippage" className={`govuk-table__cell${row.slippageDays > 0 ? ' late' : ''}`}>
        {agreement ? slippageText(row.slippageDays) : '–'}
      </td>
      <td className="govuk-table__cell">{agreement ? row.lateMilestones : '–'}</td>
      <td
        data-testid="round-template-slippage"
        className={`govuk-table__cell${row.behindTemplateDays > 0 ? ' late' : ''}`}
      >
        {row.missedTemplateMilestone
          ? `${slippageText(row.behindTemplateDays)}: ${row.missedTemplateMilestone.title} (due ${formatDate(row.missedTemplateMilestone.dueOn)})`
          : 'on time'}
      </td>
      {lead && (
        <td className="govuk-table__cell">
          {!agreement && (
            <ActionForm
              label={`Open the agreement of ${area.name}`}
              submit="Open agreement"
              mutation={OPEN_AGREEMENT}
              variables={() => ({ areaCode: area.code })}
            >
              {null}
            </ActionForm>
          )}
        </td>
      )}
    </tr>
  );
}

/** Why the round could not be read, in words: it is the region's Government Office's and central departments' view. */
function unreadable(message: string): string {
  return /Sign in|Only Government Office staff/.test(message)
    ? "The round is for the region's Government Office and central departments: sign in with one of their roles."
    : `The round could not be read: ${message || 'no answer'}.`;
}

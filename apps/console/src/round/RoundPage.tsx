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
import { OPEN_AGREEMENT, OPEN_ROUND, ROUND, RoundData, RoundRow } from './round-query';

/** The region's round: every area's agreement stage and process-map slippage; its GO opens the round or one area's agreement. */
export function RoundPage({ config, regionCode }: { config: ConsoleConfig; regionCode: string }) {
  const code = regionOf(config, regionCode);
  const { region, client } = useRegionalClient(config, code);
  if (!region || !client) return <PageNotice alert>Unknown region {code}.</PageNotice>;
  return (
    <ApolloProvider client={client}>
      <main className="round" data-testid="round-page">
        <p className="crumbs"><a href={href('')}>National view</a> › {region.name} › round</p>
        <h1>Round of agreements: {region.name}</h1>
        <RegionPicker config={config} page="round" regionCode={region.code} />
        <p>
          Each area's agreement starts at its process map, with the round's template below as milestones the partnership and
          the Government Office then adjust (the source's timetable until the region changes it: priority outcomes by November,
          indicators in January, target levels by spring).
        </p>
        <RoundTable region={region} />
      </main>
    </ApolloProvider>
  );
}

function RoundTable({ region }: { region: ConsoleRegion }) {
  const { data, error, loading, refetch } = useQuery<RoundData>(ROUND, { notifyOnNetworkStatusChange: true });
  const run = useRunChange(refetch);
  if (loading && !data) return <p aria-live="polite">Asking the {region.name} gateway…</p>;
  if (error || !data) return <p role="alert">{unreadable(error?.message ?? '')}</p>;
  const { round } = data;
  const lead = canOpenRound(sessionGrants(), region.code);
  const byStage = negotiationStages.codes.map((stage) => [stage, round.areas.filter((a) => a.stage === stage).length] as const);
  return (
    <ActionContext.Provider value={run}>
      <ul className="stages" aria-label={`${region.name} round by stage`} data-testid="round-counts">
        <li><strong>{round.notOpened}</strong> not opened</li>
        {byStage.map(([stage, count]) => <li key={stage}><strong>{count}</strong> {negotiationStages.label(stage)}</li>)}
      </ul>
      {lead && round.notOpened > 0 && (
        <ActionForm label="Open the round" submit={`Open the round (${round.notOpened} agreement${round.notOpened === 1 ? '' : 's'})`} mutation={OPEN_ROUND} variables={() => ({ regionCode: region.code })}>
          <p>Opens the {round.period} agreement of every area below without one; areas with one are left as they are.</p>
        </ActionForm>
      )}
      <ProcessMapTemplate processMap={round.processMap} lead={lead} />
      <table data-testid="round">
        <thead>
          <tr><th scope="col">Area</th><th scope="col">Stage</th><th scope="col">Next milestone</th><th scope="col">Slippage</th><th scope="col">Late milestones</th><th scope="col">Against the round's process map</th>{lead && <th scope="col">Open</th>}</tr>
        </thead>
        <tbody>{round.areas.map((row) => <RoundAreaRow key={row.area.code} regionCode={region.code} row={row} lead={lead} />)}</tbody>
      </table>
    </ActionContext.Provider>
  );
}

function RoundAreaRow({ regionCode, row, lead }: { regionCode: string; row: RoundRow; lead: boolean }) {
  const { area, agreement, nextMilestone } = row;
  return (
    <tr data-testid={`round-${area.code}`}>
      <th scope="row">
        {agreement ? <a href={href('agreement', regionCode, agreement.id)}>{area.name}</a> : area.name} <code>{area.code}</code>
        {agreement?.synthetic && <> <span className="synthetic" title="Generated demo data, not a real agreement">synthetic</span></>}
      </th>
      <td data-testid="round-stage">{row.stage ? negotiationStages.label(row.stage) : 'Not opened'}</td>
      <td>{nextMilestone ? <>{nextMilestone.title}, due {nextMilestone.dueOn} ({nextMilestone.owner})</> : agreement ? 'All done' : '–'}</td>
      <td data-testid="round-slippage" className={row.slippageDays > 0 ? 'late' : undefined}>{agreement ? slippageText(row.slippageDays) : '–'}</td>
      <td>{agreement ? row.lateMilestones : '–'}</td>
      <td data-testid="round-template-slippage" className={row.behindTemplateDays > 0 ? 'late' : undefined}>
        {row.missedTemplateMilestone ? `${slippageText(row.behindTemplateDays)}: ${row.missedTemplateMilestone.title} (due ${row.missedTemplateMilestone.dueOn})` : 'on time'}
      </td>
      {lead && (
        <td>
          {!agreement && (
            <ActionForm label={`Open the agreement of ${area.name}`} submit="Open agreement" mutation={OPEN_AGREEMENT} variables={() => ({ areaCode: area.code })}>
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
    ? 'The round is for the region\'s Government Office and central departments: sign in with one of their roles.'
    : `The round could not be read: ${message || 'no answer'}.`;
}

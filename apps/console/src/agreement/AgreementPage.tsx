import { ApolloProvider, useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { ConsoleConfig } from '../config';
import { negotiationStages } from '../labels';
import { NotFound } from '../NotFound';
import { PageNotice } from '../page-frame';
import { failureText, regionFailureOf } from '../region-failure';
import { regionalClient } from '../regional-client';
import { href } from '../routes';
import { sessionGrants } from '../session';
import { ActionContext, RunAction } from './ActionForm';
import { actionErrorOf } from './actions';
import { AGREEMENT_PAGE } from './agreement-query';
import { CaseConferences } from './CaseConferences';
import { capabilitiesOf } from './capabilities';
import { NegotiationSection } from './NegotiationSection';
import { pointVoiceOf } from './point-voice';
import { CoverageSection, History, ProcessMap } from './OverviewSections';
import { PrioritiesSection } from './PrioritiesSection';
import { StageSection } from './StageSection';
import { TargetsSection } from './TargetsSection';
import { Breadcrumbs, NotificationBanner, SummaryList } from '../govuk';

/** One agreement as its negotiators work on it: priorities, targets with their stretch, points, case conferences, history. */
export function AgreementPage({
  config,
  regionCode,
  agreementId,
}: {
  config: ConsoleConfig;
  regionCode: string;
  agreementId: string;
}) {
  const region = config.regions.find((r) => r.code === regionCode);
  const client = useMemo(() => (region ? regionalClient(region.gatewayUrl) : null), [region]);
  const {
    data: latest,
    previousData,
    error,
    loading,
    refetch,
  } = useQuery(AGREEMENT_PAGE, { client: client ?? undefined, variables: { id: agreementId }, skip: !client });
  // A page being worked on is never replaced by an error: if reading it again fails, it stays as last read.
  const data = latest ?? previousData;
  // Every change is followed by reading the agreement again, refused or not: a conflict shows what is there now.
  const run = useCallback<RunAction>(
    async (mutation, variables) => {
      if (!client) return { code: 'NETWORK', message: 'no gateway' };
      let refusal = null;
      try {
        await client.mutate({ mutation, variables });
      } catch (e) {
        refusal = actionErrorOf(e);
      }
      await refetch().catch(() => undefined);
      return refusal;
    },
    [client, refetch],
  );
  if (!region || !client) return <PageNotice alert>Unknown region {regionCode}.</PageNotice>;
  if (loading && !data) return <PageNotice>Asking the {region.name} gateway…</PageNotice>;
  if (!error && !data?.agreement) return <NotFound what={`There is no agreement ${agreementId} in ${region.name}.`} />;
  if (!data?.agreement) return <PageNotice alert>{unreadable(error?.message ?? '')}</PageNotice>;
  const agreement = data.agreement;
  const signed = agreement.signOff?.stage === 'SIGNED';
  const can = capabilitiesOf(sessionGrants(), { region: regionCode, area: agreement.area.code }, signed);
  return (
    <ApolloProvider client={client}>
      <ActionContext.Provider value={run}>
        <div className="agreement" data-testid="agreement-page">
          <Breadcrumbs
            items={[
              { text: 'National view', href: href('') },
              { text: region.name, href: href('round', regionCode) },
              { text: `${agreement.area.name} agreement` },
            ]}
          />
          <header>
            <h1 className="govuk-heading-l">
              {agreement.area.name} <code>{agreement.area.code}</code> agreement
            </h1>
            {agreement.synthetic && (
              <p className="govuk-body">
                <span
                  className="govuk-tag govuk-tag--yellow synthetic"
                  title="Generated demo data, not a real agreement"
                >
                  Demo data (synthetic)
                </span>
              </p>
            )}
            <SummaryList
              rows={[
                { key: 'Period', value: agreement.period },
                {
                  key: 'Negotiation stage',
                  value: negotiationStages.label(agreement.stage),
                  testId: 'agreement-stage',
                },
                { key: 'Version', value: agreement.version, testId: 'agreement-version' },
              ]}
            />
          </header>
          {error && (
            <div className="govuk-warning-text stale" role="status" data-testid="agreement-stale">
              <p className="govuk-body">
                <strong>The agreement could not be read again.</strong> {failureText(regionFailureOf(error))} This page
                shows it as last read.
              </p>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => void refetch().catch(() => undefined)}
              >
                Read it again
              </button>
            </div>
          )}
          {signed && (
            <NotificationBanner title="Signed by Ministers">
              <p className="govuk-notification-banner__heading">
                This agreement is signed: its targets change only through controlled refresh.
              </p>
              <p className="govuk-body">
                <a className="govuk-notification-banner__link" href={href('sign-off', regionCode, agreement.id)}>
                  Request a change on the sign-off page
                </a>
              </p>
            </NotificationBanner>
          )}
          <StageSection agreement={agreement} can={can} />
          <PrioritiesSection agreement={agreement} can={can} />
          <TargetsSection agreement={agreement} can={can} />
          <CoverageSection agreement={agreement} />
          <NegotiationSection agreement={agreement} can={can} voice={pointVoiceOf(sessionGrants(), regionCode)} />
          <CaseConferences agreement={agreement} can={can} />
          <ProcessMap milestones={agreement.milestones} />
          <History revisions={agreement.history} />
        </div>
      </ActionContext.Provider>
    </ApolloProvider>
  );
}

/** Why the agreement could not be read, in words: drafts are for the area's negotiators. */
function unreadable(message: string): string {
  return /Sign in|roles do not cover/.test(message)
    ? "Draft agreements are for the area's partnership, its Government Office and central departments: sign in with a role that covers this area."
    : `The agreement could not be read: ${message || 'not found'}.`;
}

import { useQuery } from '@apollo/client/react';
import { ConsoleConfig } from '../config';
import { PageNotice } from '../page-frame';
import { href } from '../routes';
import { AGREEMENT_SIGN_OFF } from './agreement-sign-off-queries';
import { CrossRegionModeration } from './CrossRegionModeration';
import { ChangeRequests, DecideChangePanel, RequestChangePanel } from './refresh-panel';
import { sessionGrants } from '../session';
import { holds, isModerator } from './session-roles';
import {
  DirectorPanel,
  MinisterPanel,
  ModerationPanel,
  PanelProps,
  PartnershipPanel,
  ThemeLeadPanel,
} from './sign-off-panels';
import { History, Readiness, SignedVersions, TargetSignOffs } from './sign-off-sections';
import { useRegion } from './use-gateway';
import { NotFound } from '../NotFound';
import { Breadcrumbs } from '../govuk';

const GO_EDITORS = ['RELATIONSHIP_MANAGER', 'THEME_LEAD', 'DEPUTY_REGIONAL_DIRECTOR', 'REGIONAL_DIRECTOR'];

/** One agreement's sign-off: where it stands, each role's step (refusals say what is missing), the targets' sign-offs and the history. */
export function AgreementSignOffPage({
  config,
  regionCode,
  agreementId,
}: {
  config: ConsoleConfig;
  regionCode: string;
  agreementId: string;
}) {
  const { region, client } = useRegion(config, regionCode);
  const {
    data: latest,
    previousData,
    error,
    loading,
    refetch,
  } = useQuery(AGREEMENT_SIGN_OFF, {
    client: client ?? undefined,
    variables: { id: agreementId },
    skip: !client,
    fetchPolicy: 'network-only',
  });
  // A page someone is acting on stays as last read if reading it again fails; the failure shows with the step's outcome.
  const data = latest ?? previousData;
  if (!region || !client) return <PageNotice alert>Unknown region {regionCode}.</PageNotice>;
  if (loading && !data) return <PageNotice>Asking the {region.name} gateway…</PageNotice>;
  const agreement = data?.agreement;
  if (!error && !agreement) return <NotFound what={`There is no agreement ${agreementId} in ${region.name}.`} />;
  if (!agreement) {
    return (
      <PageNotice
        alert
        after={error && isModerator() && <CrossRegionModeration client={client} agreementId={agreementId} />}
      >
        {error
          ? `${error.message}: sign in as the area's partnership, its Government Office, a department or a Minister.`
          : 'Agreement not found.'}
      </PageNotice>
    );
  }
  const place = { region: regionCode, area: agreement.area.code };
  const props: PanelProps = { agreement, client, reload: () => refetch() };
  const signed = agreement.signOff.stage === 'SIGNED';
  const grants = sessionGrants();
  const officer = holds('PARTNERSHIP_OFFICER', place, grants);
  return (
    <div className="agreement-sign-off" data-testid="agreement-sign-off">
      <Breadcrumbs items={[{ text: 'Sign-off stages', href: href('sign-off') }, { text: region.name }]} />
      <header className="page">
        <h1 className="govuk-heading-l">
          {agreement.area.name} <code>{agreement.area.code}</code> agreement: sign-off
        </h1>
        {agreement.synthetic && <span className="govuk-tag govuk-tag--yellow synthetic">Demo data (synthetic)</span>}
        <p className="govuk-body">
          <a className="govuk-link" href={href('agreement', regionCode, agreement.id)}>
            The agreement
          </a>
          {agreement.signOff.recommendation && (
            <>
              {' '}
              ·{' '}
              <a className="govuk-link" href={href('recommendation', regionCode, agreement.id)}>
                The RD&apos;s recommendation
              </a>
            </>
          )}
          {' · '}
          <a className="govuk-link" href={href('people', regionCode, agreement.area.code)}>
            People and partnership
          </a>
        </p>
      </header>
      <Readiness agreement={agreement} />
      <div className="panels">
        {officer && !signed && <PartnershipPanel {...props} />}
        {holds('THEME_LEAD', place, grants) && <ThemeLeadPanel {...props} />}
        {holds('REGIONAL_DIRECTOR', place, grants) && !signed && <DirectorPanel {...props} />}
        {isModerator(grants) && !signed && <ModerationPanel {...props} />}
        {holds('MINISTER', place, grants) && !signed && <MinisterPanel {...props} />}
        {signed && (officer || GO_EDITORS.some((r) => holds(r, place, grants))) && <RequestChangePanel {...props} />}
        {signed &&
          ['REGIONAL_DIRECTOR', 'DEPUTY_REGIONAL_DIRECTOR', 'MINISTER'].some((r) => holds(r, place, grants)) && (
            <DecideChangePanel {...props} />
          )}
      </div>
      <TargetSignOffs agreement={agreement} />
      <ChangeRequests agreement={agreement} />
      <SignedVersions agreement={agreement} />
      <History agreement={agreement} />
    </div>
  );
}

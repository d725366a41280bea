import { useQuery } from '@apollo/client/react';
import { ConsoleConfig } from '../config';
import { sortByIndicator } from '../indicator-order';
import { negotiationStages, partnerSectors, targetKinds } from '../labels';
import { PageNotice } from '../page-frame';
import { href } from '../routes';
import { levelsText } from '../sign-off/agreement-sign-off-queries';
import { useRegion } from '../sign-off/use-gateway';
import { Commitment, COMMITMENTS } from './people-queries';
import { NotFound } from '../NotFound';
import { Table } from '../govuk';

/**
 * A partner's commitments in one place: every target it leads or contributes to, across every agreement it is part of,
 * by agreement. Pick the organisation (a partner organisation's own staff read their area's drafts).
 */
export function CommitmentsPage({
  config,
  regionCode,
  areaCode,
  memberId,
}: {
  config: ConsoleConfig;
  regionCode: string;
  areaCode: string;
  memberId: string;
}) {
  const { region, client } = useRegion(config, regionCode);
  const { data, error, loading } = useQuery(COMMITMENTS, {
    client: client ?? undefined,
    variables: { code: areaCode },
    skip: !client || !areaCode,
  });
  if (!region || !client) return <PageNotice alert>Unknown region {regionCode}.</PageNotice>;
  if (!areaCode)
    return (
      <PageNotice>
        Choose an area from the{' '}
        <a className="govuk-link" href={href('')}>
          national view
        </a>
        .
      </PageNotice>
    );
  if (loading && !data) return <PageNotice>Asking the {region.name} gateway…</PageNotice>;
  if (!error && !data?.area) return <NotFound what={`There is no area ${areaCode} in ${region.name}.`} />;
  if (error || !data?.area)
    return (
      <PageNotice alert>
        {error
          ? `${error.message}: commitments are draft content, for the area's partnership, its GO and central readers.`
          : `Area ${areaCode} not found.`}
      </PageNotice>
    );
  const members = data.area.partnership?.members ?? [];
  const member = members.find((m) => m.id === memberId) ?? members.find((m) => m.commitments.length > 0) ?? members[0];
  return (
    <div className="commitments-page" data-testid="commitments-page">
      <header className="page">
        <h1 className="govuk-heading-l">{data.area.name}: partners&apos; commitments</h1>
        <p className="govuk-body">
          {data.area.partnership?.name} ·{' '}
          <a className="govuk-link" href={href('people', regionCode, areaCode)}>
            People and partnership
          </a>
        </p>
      </header>
      <nav aria-label="Partners">
        <ul className="govuk-list stages">
          {members.map((m) => (
            <li key={m.id}>
              <a
                className="govuk-link"
                href={href('commitments', regionCode, areaCode, m.id)}
                aria-current={m === member ? 'page' : undefined}
              >
                {m.organisation}
              </a>{' '}
              ({m.commitments.length})
            </li>
          ))}
        </ul>
      </nav>
      {member && (
        <MemberCommitments
          organisation={member.organisation}
          sector={member.sector}
          memberId={member.id}
          commitments={member.commitments}
          regionCode={regionCode}
        />
      )}
    </div>
  );
}

function MemberCommitments({
  organisation,
  sector,
  memberId,
  commitments,
  regionCode,
}: {
  organisation: string;
  sector: string;
  memberId: string;
  commitments: Commitment[];
  regionCode: string;
}) {
  const agreements = [...new Map(commitments.map((c) => [c.agreement.id, c.agreement])).values()];
  const leads = commitments.filter((c) => c.leadPartner?.id === memberId).length;
  return (
    <section data-testid="member-commitments">
      <h2 className="govuk-heading-m">
        {organisation} <small className="govuk-body-s">{partnerSectors.label(sector)}</small>
      </h2>
      <p className="govuk-body" data-testid="commitment-summary">
        Leads {leads} and contributes to {commitments.length - leads} targets across {agreements.length} agreement
        {agreements.length === 1 ? '' : 's'}.
      </p>
      {agreements.map((agreement) => (
        <div key={agreement.id}>
          <h3 className="govuk-heading-s">
            <a className="govuk-link" href={href('sign-off', regionCode, agreement.id)}>
              {agreement.area.name}
            </a>{' '}
            <small className="govuk-body-s">{negotiationStages.label(agreement.stage)}</small>
          </h3>
          <Table>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th className="govuk-table__header" scope="col">
                  Target
                </th>
                <th className="govuk-table__header" scope="col">
                  Role
                </th>
                <th className="govuk-table__header" scope="col">
                  Baseline
                </th>
                <th className="govuk-table__header" scope="col">
                  Levels
                </th>
                <th className="govuk-table__header" scope="col">
                  Signed off
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {sortByIndicator(
                commitments.filter((c) => c.agreement.id === agreement.id),
                (c) => c.indicator?.code,
              ).map((c) => (
                <tr className="govuk-table__row" key={c.id} data-testid="commitment">
                  <th className="govuk-table__header" scope="row">
                    {c.indicator?.code} {c.indicator?.title ?? c.localIndicatorTitle}{' '}
                    <small className="govuk-body-s">{targetKinds.label(c.kind)}</small>
                  </th>
                  <td className="govuk-table__cell">
                    {c.leadPartner?.id === memberId
                      ? 'leads'
                      : `contributes (lead: ${c.leadPartner?.organisation ?? 'none'})`}
                  </td>
                  <td className="govuk-table__cell">
                    {c.baseline ? `${c.baseline.value} (${c.baseline.period})` : 'placeholder'}
                  </td>
                  <td className="govuk-table__cell">{levelsText(c.levels)}</td>
                  <td className="govuk-table__cell">
                    {c.kind === 'LOCAL' ? 'local' : c.signOff?.valid ? 'yes' : 'not yet'}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      ))}
    </section>
  );
}

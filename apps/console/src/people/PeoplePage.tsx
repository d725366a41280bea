import { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { ConsoleConfig } from '../config';
import { departments, partnerSectors } from '../labels';
import { PageNotice } from '../page-frame';
import { href } from '../routes';
import { holds } from '../sign-off/session-roles';
import { Panel, submit, text } from '../sign-off/sign-off-panels';
import { useAction, useRegion } from '../sign-off/use-gateway';
import { AREA_PEOPLE, AreaPeopleData, CHANGE_MANAGER, Person } from './people-queries';
import { NotFound } from '../NotFound';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { formatDate } from '../dates';
import { Button, Table, TextInput } from '../govuk';

const date = formatDate;
const COUNCILLOR_ORDER = ['leader', 'cabinet', 'scrutiny'];

/** An area's people and partnership: the LSP's members, thematic partnerships, districts, the GO's relationship manager and its history, councillors and officers. */
export function PeoplePage({
  config,
  regionCode,
  areaCode,
}: {
  config: ConsoleConfig;
  regionCode: string;
  areaCode: string;
}) {
  const { region, client } = useRegion(config, regionCode);
  const { data, error, loading, refetch } = useQuery(AREA_PEOPLE, {
    client: client ?? undefined,
    variables: { code: areaCode },
    skip: !client || !areaCode,
    errorPolicy: 'all',
  });
  if (!region || !client) return <PageNotice alert>Unknown region {regionCode}.</PageNotice>;
  if (!areaCode)
    return (
      <PageNotice>
        Choose an area from the{' '}
        <a className="govuk-link" href={href('')}>
          national view
        </a>{' '}
        or the{' '}
        <a className="govuk-link" href={href('sign-off')}>
          sign-off stages
        </a>
        .
      </PageNotice>
    );
  if (loading && !data) return <PageNotice>Asking the {region.name} gateway…</PageNotice>;
  const area = data?.area;
  // The area field answered null, not refused (the region's people need a sign-in; an unknown area does not).
  const areaRefused = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.path?.[0] === 'area');
  if (!area && !areaRefused && (data?.area === null || !error))
    return <NotFound what={`There is no area ${areaCode} in ${region.name}.`} />;
  if (!area)
    return (
      <PageNotice alert>
        Area {areaCode} not found in {region.name}
        {error ? `: ${error.message}` : ''}.
      </PageNotice>
    );
  return (
    <div className="people-page" data-testid="people-page">
      <header className="page">
        <h1 className="govuk-heading-l">{area.name}: people and partnership</h1>
        <p className="govuk-body">
          {area.typeDescription} · {region.name} ·{' '}
          <a className="govuk-link" href={href('commitments', regionCode, area.code)}>
            Partners&apos; commitments
          </a>
        </p>
      </header>
      <Partnership area={area} />
      {area.districts.length > 0 && (
        <section data-testid="districts">
          <h2 className="govuk-heading-m">Districts</h2>
          <p className="govuk-body">
            Each district&apos;s community strategy feeds the county&apos;s Sustainable Community Strategy.
          </p>
          <ul className="govuk-list">
            {area.districts.map((d) => (
              <li key={d.code}>
                {d.name} District Council <small className="govuk-body-s">({d.code})</small>, feeding the{' '}
                {d.feedsCountyStrategyOf.name} strategy
              </li>
            ))}
          </ul>
        </section>
      )}
      {area.people === null ? (
        <p className="govuk-body" role="note">
          Sign in to see the names of people (councillors, officers and the Government Office&apos;s staff are not
          public).
        </p>
      ) : (
        <>
          <GoTeam staff={data?.region?.people ?? []} />
          <Manager area={area} />
          <ChangeManager client={client} regionCode={regionCode} areaCode={area.code} reload={() => refetch()} />
          <People people={area.people} />
        </>
      )}
    </div>
  );
}

function Partnership({ area }: { area: NonNullable<AreaPeopleData['area']> }) {
  return (
    <section data-testid="partnership">
      <h2 className="govuk-heading-m">
        {area.partnership?.name ?? 'Local Strategic Partnership'}
        {area.partnership?.synthetic && <span className="govuk-tag govuk-tag--yellow synthetic">synthetic</span>}
      </h2>
      <Table>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th className="govuk-table__header" scope="col">
              Member
            </th>
            <th className="govuk-table__header" scope="col">
              Sector
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {(area.partnership?.members ?? []).map((m) => (
            <tr className="govuk-table__row" key={m.id}>
              <th className="govuk-table__header" scope="row">
                {m.organisation}
              </th>
              <td className="govuk-table__cell">{partnerSectors.label(m.sector)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <h3 className="govuk-heading-s">Thematic partnerships</h3>
      <ul className="govuk-list" data-testid="thematic-partnerships">
        {area.thematicPartnerships.map((t) => (
          <li key={t.kind}>
            {t.name}
            {t.synthetic && <span className="govuk-tag govuk-tag--yellow synthetic">synthetic</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

const GO_ORDER = ['REGIONAL_DIRECTOR', 'DEPUTY_REGIONAL_DIRECTOR', 'THEME_LEAD'];

/** The Government Office's people for the region: the Regional Director, the Deputy Regional Directors and the theme leads. */
function GoTeam({ staff }: { staff: { id: string; name: string; role: string; title: string }[] }) {
  const team = staff
    .filter((p) => GO_ORDER.includes(p.role))
    .sort((a, b) => GO_ORDER.indexOf(a.role) - GO_ORDER.indexOf(b.role));
  return (
    <section data-testid="go-team">
      <h2 className="govuk-heading-m">Government Office</h2>
      <ul className="govuk-list">
        {team.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong>: {p.title}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Manager({ area }: { area: NonNullable<AreaPeopleData['area']> }) {
  return (
    <section data-testid="relationship-manager">
      <h2 className="govuk-heading-m">Government Office relationship manager</h2>
      <p className="govuk-body">
        {area.relationshipManager ? <strong>{area.relationshipManager.name}</strong> : 'None assigned'}: one for the
        area, the same throughout; every change is kept.
      </p>
      <ol className="govuk-list govuk-list--number" data-testid="relationship-manager-history">
        {(area.relationshipManagerHistory ?? []).map((s, i) => (
          <li key={i}>
            {s.person.name}, from {date(s.assignedAt)}
            {s.endedAt ? ` to ${date(s.endedAt)}` : ' (current)'}: assigned by {s.assignedBy}: <q>{s.reason}</q>
          </li>
        ))}
      </ol>
    </section>
  );
}

function ChangeManager({
  client,
  regionCode,
  areaCode,
  reload,
}: {
  client: ApolloClient;
  regionCode: string;
  areaCode: string;
  reload: () => Promise<unknown>;
}) {
  const { run, outcome, pending } = useAction(client, reload);
  const goStaff = ['RELATIONSHIP_MANAGER', 'THEME_LEAD', 'DEPUTY_REGIONAL_DIRECTOR', 'REGIONAL_DIRECTOR'].some((role) =>
    holds(role, { region: regionCode }),
  );
  if (!goStaff) return null;
  return (
    <Panel id="panel-change-manager" title="Change the relationship manager" outcome={outcome}>
      <form
        onSubmit={submit(
          (form) =>
            void run(
              CHANGE_MANAGER,
              { input: { areaCode, name: text(form, 'name'), reason: text(form, 'reason') } },
              'Relationship manager changed; the previous spell is kept',
            ),
        )}
      >
        <TextInput label="New relationship manager" name="name" required minLength={2} />
        <TextInput label="Why" name="reason" required minLength={3} />
        <Button type="submit" disabled={pending}>
          Change
        </Button>
      </form>
    </Panel>
  );
}

function People({ people }: { people: Person[] }) {
  const councillors = people.filter((p) => p.role === 'COUNCILLOR').sort((a, b) => rank(a.title) - rank(b.title));
  const others = people.filter((p) => p.role !== 'COUNCILLOR');
  return (
    <section data-testid="people">
      <h2 className="govuk-heading-m">Councillors</h2>
      <ul className="govuk-list" data-testid="councillors">
        {councillors.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong>: {p.title}
          </li>
        ))}
      </ul>
      <h2 className="govuk-heading-m">Partner officers and department contacts</h2>
      <ul className="govuk-list">
        {others.map((p) => (
          <li key={p.id}>
            <strong>{p.name}</strong>: {p.title}
            {p.organisation ? `, ${p.organisation.organisation}` : ''}
            {p.department ? ` (${departments.label(p.department)})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

const rank = (title: string) => {
  const found = COUNCILLOR_ORDER.findIndex((word) => title.toLowerCase().includes(word));
  return found < 0 ? COUNCILLOR_ORDER.length : found;
};

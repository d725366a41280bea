import { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { ConsoleConfig } from '../config';
import { departments, partnerSectors } from '../labels';
import { PageNotice } from '../page-frame';
import { href } from '../routes';
import { holds } from '../sign-off/session-roles';
import { Panel, submit, text } from '../sign-off/sign-off-panels';
import { useAction, useRegion } from '../sign-off/use-gateway';
import '../sign-off/sign-off.css';
import { AREA_PEOPLE, AreaPeopleData, CHANGE_MANAGER, Person } from './people-queries';
import { NotFound } from '../NotFound';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

const date = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'medium' });
const COUNCILLOR_ORDER = ['leader', 'cabinet', 'scrutiny'];

/** An area's people and partnership: the LSP's members, thematic partnerships, districts, the GO's relationship manager and its history, councillors and officers. */
export function PeoplePage({ config, regionCode, areaCode }: { config: ConsoleConfig; regionCode: string; areaCode: string }) {
  const { region, client } = useRegion(config, regionCode);
  const { data, error, loading, refetch } = useQuery<AreaPeopleData>(AREA_PEOPLE, { client: client ?? undefined, variables: { code: areaCode }, skip: !client || !areaCode, errorPolicy: 'all' });
  if (!region || !client) return <PageNotice alert>Unknown region {regionCode}.</PageNotice>;
  if (!areaCode) return <PageNotice>Choose an area from the <a href={href('')}>national view</a> or the <a href={href('sign-off')}>sign-off stages</a>.</PageNotice>;
  if (loading && !data) return <PageNotice>Asking the {region.name} gateway…</PageNotice>;
  const area = data?.area;
  // The area field answered null, not refused (the region's people need a sign-in; an unknown area does not).
  const areaRefused = CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.path?.[0] === 'area');
  if (!area && !areaRefused && (data?.area === null || !error)) return <NotFound what={`There is no area ${areaCode} in ${region.name}.`} />;
  if (!area) return <PageNotice alert>Area {areaCode} not found in {region.name}{error ? `: ${error.message}` : ''}.</PageNotice>;
  return (
    <main className="people-page" data-testid="people-page">
      <header className="page"><h1>{area.name}: people and partnership</h1><p>{area.typeDescription} · {region.name} · <a href={href('commitments', regionCode, area.code)}>Partners&apos; commitments</a></p></header>
      <Partnership area={area} />
      {area.districts.length > 0 && (
        <section data-testid="districts"><h2>Districts</h2><p>Each district&apos;s community strategy feeds the county&apos;s Sustainable Community Strategy.</p>
          <ul>{area.districts.map((d) => <li key={d.code}>{d.name} District Council <small>({d.code})</small>, feeding the {d.feedsCountyStrategyOf.name} strategy</li>)}</ul></section>
      )}
      {area.people === null ? <p role="note">Sign in to see the names of people (councillors, officers and the Government Office&apos;s staff are not public).</p> : (
        <>
          <GoTeam staff={data?.region?.people ?? []} />
          <Manager area={area} />
          <ChangeManager client={client} regionCode={regionCode} areaCode={area.code} reload={() => refetch()} />
          <People people={area.people} />
        </>
      )}
    </main>
  );
}

function Partnership({ area }: { area: NonNullable<AreaPeopleData['area']> }) {
  return (
    <section data-testid="partnership">
      <h2>{area.partnership?.name ?? 'Local Strategic Partnership'}{area.partnership?.synthetic && <span className="synthetic">synthetic</span>}</h2>
      <table><thead><tr><th scope="col">Member</th><th scope="col">Sector</th></tr></thead>
        <tbody>{(area.partnership?.members ?? []).map((m) => <tr key={m.id}><th scope="row">{m.organisation}</th><td>{partnerSectors.label(m.sector)}</td></tr>)}</tbody></table>
      <h3>Thematic partnerships</h3>
      <ul data-testid="thematic-partnerships">{area.thematicPartnerships.map((t) => <li key={t.kind}>{t.name}{t.synthetic && <span className="synthetic">synthetic</span>}</li>)}</ul>
    </section>
  );
}

const GO_ORDER = ['REGIONAL_DIRECTOR', 'DEPUTY_REGIONAL_DIRECTOR', 'THEME_LEAD'];

/** The Government Office's people for the region: the Regional Director, the Deputy Regional Directors and the theme leads. */
function GoTeam({ staff }: { staff: { id: string; name: string; role: string; title: string }[] }) {
  const team = staff.filter((p) => GO_ORDER.includes(p.role)).sort((a, b) => GO_ORDER.indexOf(a.role) - GO_ORDER.indexOf(b.role));
  return (
    <section data-testid="go-team">
      <h2>Government Office</h2>
      <ul>{team.map((p) => <li key={p.id}><strong>{p.name}</strong>: {p.title}</li>)}</ul>
    </section>
  );
}

function Manager({ area }: { area: NonNullable<AreaPeopleData['area']> }) {
  return (
    <section data-testid="relationship-manager">
      <h2>Government Office relationship manager</h2>
      <p>{area.relationshipManager ? <strong>{area.relationshipManager.name}</strong> : 'None assigned'}: one for the area, the same throughout; every change is kept.</p>
      <ol data-testid="relationship-manager-history">{(area.relationshipManagerHistory ?? []).map((s, i) => (
        <li key={i}>{s.person.name}, from {date(s.assignedAt)}{s.endedAt ? ` to ${date(s.endedAt)}` : ' (current)'}: assigned by {s.assignedBy}: <q>{s.reason}</q></li>
      ))}</ol>
    </section>
  );
}

function ChangeManager({ client, regionCode, areaCode, reload }: { client: ApolloClient; regionCode: string; areaCode: string; reload: () => Promise<unknown> }) {
  const { run, outcome, pending } = useAction(client, reload);
  const goStaff = ['RELATIONSHIP_MANAGER', 'THEME_LEAD', 'DEPUTY_REGIONAL_DIRECTOR', 'REGIONAL_DIRECTOR'].some((role) => holds(role, { region: regionCode }));
  if (!goStaff) return null;
  return (
    <Panel id="panel-change-manager" title="Change the relationship manager" outcome={outcome}>
      <form onSubmit={submit((form) => void run(CHANGE_MANAGER, { input: { areaCode, name: text(form, 'name'), reason: text(form, 'reason') } }, 'Relationship manager changed; the previous spell is kept'))}>
        <label>New relationship manager <input name="name" required minLength={2} /></label>
        <label>Why <input name="reason" required minLength={3} /></label>
        <button type="submit" disabled={pending}>Change</button>
      </form>
    </Panel>
  );
}

function People({ people }: { people: Person[] }) {
  const councillors = people.filter((p) => p.role === 'COUNCILLOR')
    .sort((a, b) => rank(a.title) - rank(b.title));
  const others = people.filter((p) => p.role !== 'COUNCILLOR');
  return (
    <section data-testid="people">
      <h2>Councillors</h2>
      <ul data-testid="councillors">{councillors.map((p) => <li key={p.id}><strong>{p.name}</strong>: {p.title}</li>)}</ul>
      <h2>Partner officers and department contacts</h2>
      <ul>{others.map((p) => <li key={p.id}><strong>{p.name}</strong>: {p.title}{p.organisation ? `, ${p.organisation.organisation}` : ''}{p.department ? ` (${departments.label(p.department)})` : ''}</li>)}</ul>
    </section>
  );
}

const rank = (title: string) => {
  const found = COUNCILLOR_ORDER.findIndex((word) => title.toLowerCase().includes(word));
  return found < 0 ? COUNCILLOR_ORDER.length : found;
};

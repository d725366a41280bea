import { ApolloProvider, useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { ActionContext, ActionForm, text } from '../agreement/ActionForm';
import { ConsoleConfig } from '../config';
import { RegionPicker, regionOf } from '../evidence/RegionPicker';
import { useRegionalClient, useRunChange } from '../evidence/use-region';
import { PageNotice } from '../page-frame';
import { href } from '../routes';
import { canOpenRound } from '../round/capabilities';
import { currentSession, sessionGrants } from '../session';
import { DeliveryOutcome, sendToMemberRegions } from './deliver';
import { areaCodesOf, parseTargetLines, prioritiesOf } from './multi-area-input';
import {
  CREATE_MULTI_AREA,
  MULTI_AREA_AGREEMENTS,
  MULTI_AREA_SHARED,
  MultiAreaRow,
  SharedContent,
} from './multi-area-query';
import { person } from '../words';
import { Button, Table, TextInput, Textarea } from '../govuk';

/** The region's multi-area agreements: those it leads and the copies the lead regions sent it. */
export function MultiAreaPage({ config, regionCode }: { config: ConsoleConfig; regionCode: string }) {
  const code = regionOf(config, regionCode);
  const { region, client } = useRegionalClient(config, code);
  if (!region || !client) return <PageNotice alert>Unknown region {code}.</PageNotice>;
  return (
    <ApolloProvider client={client}>
      <div className="multi-area" data-testid="multi-area-page">
        <p className="govuk-body crumbs">
          <a className="govuk-link" href={href('')}>
            National view
          </a>{' '}
          › {region.name} › multi-area agreements
        </p>
        <h1 className="govuk-heading-l">Multi-area agreements: {region.name}</h1>
        <RegionPicker config={config} page="maa" regionCode={region.code} />
        <p className="govuk-body">
          A multi-area agreement covers priorities better handled across LAA boundaries. The region that leads it keeps
          the record; every other member region holds a copy it sends.
        </p>
        <MultiAreaList config={config} regionCode={region.code} />
      </div>
    </ApolloProvider>
  );
}

function MultiAreaList({ config, regionCode }: { config: ConsoleConfig; regionCode: string }) {
  const { data, error, loading, refetch } = useQuery(MULTI_AREA_AGREEMENTS, { notifyOnNetworkStatusChange: true });
  const run = useRunChange(refetch);
  if (loading && !data)
    return (
      <p className="govuk-body" aria-live="polite">
        Asking the region's gateway…
      </p>
    );
  if (error || !data)
    return (
      <p className="govuk-body" role="alert">
        The multi-area agreements could not be read: {error?.message ?? 'no answer'}.
      </p>
    );
  const lead = canOpenRound(sessionGrants(), regionCode);
  return (
    <ActionContext.Provider value={run}>
      {data.multiAreaAgreements.length === 0 && (
        <p className="govuk-body">No multi-area agreement involves this region yet.</p>
      )}
      {data.multiAreaAgreements.map((maa) => (
        <MultiAreaCard
          key={`${maa.id}-${maa.version}`}
          config={config}
          maa={maa}
          canSend={lead && maa.holding === 'LEAD'}
          onSent={() => void refetch()}
        />
      ))}
      {lead && <CreateForm />}
    </ActionContext.Provider>
  );
}

function MultiAreaCard({
  config,
  maa,
  canSend,
  onSent,
}: {
  config: ConsoleConfig;
  maa: MultiAreaRow;
  canSend: boolean;
  onSent: () => void;
}) {
  const client = useApolloClient();
  // Each card asks for its own shared content: a reader of one member area is not refused the whole list.
  const shared = useQuery(MULTI_AREA_SHARED, { variables: { id: maa.id }, skip: !currentSession() });
  const content = shared.data?.multiAreaAgreement ?? null;
  const [outcomes, setOutcomes] = useState<DeliveryOutcome[] | null>(null);
  const pending = maa.memberRegions.filter((r) => !r.upToDate);
  const send = async () => {
    if (!content) return;
    setOutcomes(await sendToMemberRegions(config, client, maa, content));
    onSent();
  };
  return (
    <article className="multi-area-agreement" data-testid={`maa-${maa.id}`}>
      <h2 className="govuk-heading-m">{maa.title}</h2>
      <p className="govuk-body">
        {maa.holding === 'LEAD' ? 'Led by this region' : `A copy from region ${maa.leadRegionCode}, which leads it`},
        version {maa.version}, by {person(maa.changedBy)}.
        {maa.synthetic && (
          <>
            {' '}
            <span className="govuk-tag govuk-tag--yellow synthetic">synthetic</span>
          </>
        )}
      </p>
      <p className="govuk-body">
        Member areas: {maa.members.map((m) => `${m.name} (${m.code}, ${m.regionCode})`).join('; ')}
      </p>
      <ul className="govuk-list" aria-label="Member regions" data-testid="maa-regions">
        {maa.memberRegions.map((r) => (
          <li key={r.regionCode}>
            {r.regionCode}:{' '}
            {r.lead
              ? 'lead'
              : r.upToDate
                ? `holds version ${r.deliveredVersion}`
                : maa.holding === 'LEAD'
                  ? r.deliveredVersion
                    ? `holds version ${r.deliveredVersion}: not sent the latest`
                    : 'not sent yet'
                  : 'member'}
          </li>
        ))}
      </ul>
      {content ? (
        <SharedSections content={content} />
      ) : shared.loading ? (
        <p className="govuk-body" aria-live="polite">
          Reading the shared priorities and targets…
        </p>
      ) : (
        <p className="govuk-body">
          The shared priorities and targets are drafts: sign in as a member area's partnership, its Government Office or
          a central department to read them.
        </p>
      )}
      {canSend && pending.length > 0 && content && (
        <Button type="button" onClick={() => void send()}>
          Send version {maa.version} to {pending.map((r) => r.regionCode).join(', ')}
        </Button>
      )}
      {outcomes && (
        <ul className="govuk-list" role="status" data-testid="maa-delivery">
          {outcomes.map((o) => (
            <li key={o.regionCode}>
              {o.regionCode}: {o.refused ? `not sent (${o.refused})` : 'sent'}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function SharedSections({ content }: { content: SharedContent }) {
  return (
    <>
      <h3 className="govuk-heading-s">Shared priorities</h3>
      {content.priorities.length === 0 ? (
        <p className="govuk-body">None yet.</p>
      ) : (
        <ul className="govuk-list">
          {content.priorities.map((p) => (
            <li key={p.title}>
              {p.title}
              {p.description && `: ${p.description}`}
            </li>
          ))}
        </ul>
      )}
      <h3 className="govuk-heading-s">Shared targets</h3>
      {content.targets.length === 0 ? (
        <p className="govuk-body">None yet.</p>
      ) : (
        <Table>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th className="govuk-table__header" scope="col">
                Indicator
              </th>
              <th className="govuk-table__header" scope="col">
                Target
              </th>
              <th className="govuk-table__header" scope="col">
                Baseline
              </th>
              <th className="govuk-table__header" scope="col">
                2008/09 · 2009/10 · 2010/11
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {content.targets.map((t) => (
              <tr className="govuk-table__row" key={t.indicatorCode}>
                <th className="govuk-table__header" scope="row">
                  {t.indicatorCode} {t.indicator.title}
                  {t.indicator.titleStatus !== 'SOURCED' && (
                    <small className="govuk-body-s"> ({t.indicator.titleStatus.toLowerCase()})</small>
                  )}
                </th>
                <td className="govuk-table__cell">{t.description}</td>
                <td className="govuk-table__cell">{t.baseline ?? 'not agreed'}</td>
                <td className="govuk-table__cell">{t.levels.join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}

function CreateForm() {
  return (
    <ActionForm
      label="Create a multi-area agreement"
      submit="Create it"
      mutation={CREATE_MULTI_AREA}
      variables={(fields) => {
        const targets = parseTargetLines(text(fields, 'targets') ?? '');
        if ('error' in targets) throw new Error(targets.error);
        return {
          input: {
            title: text(fields, 'title') ?? '',
            areaCodes: areaCodesOf(text(fields, 'areas') ?? ''),
            priorities: prioritiesOf(text(fields, 'priorities') ?? ''),
            targets: targets.targets,
          },
        };
      }}
    >
      <TextInput label="Title" name="title" required minLength={3} width={20} />
      <TextInput
        label="Member areas (2008 codes, any region)"
        name="areas"
        required
        hint="For example, 00CG, 00CC, 17"
      />
      <Textarea label="Shared priorities, one a line" name="priorities" rows={3} />
      <Textarea
        label="Shared targets, one a line: NI163 | description | baseline | level, level, level"
        name="targets"
        rows={3}
      />
    </ActionForm>
  );
}

import { ReactNode } from 'react';
import { ConsoleConfig } from './config';
import { AgreementPage } from './agreement/AgreementPage';
import { EvidencePage } from './evidence/EvidencePage';
import { ImportPage } from './evidence/ImportPage';
import { RivalDataPage } from './evidence/RivalDataPage';
import { NationalView } from './NationalView';
import { CommitmentsPage } from './people/CommitmentsPage';
import { PeoplePage } from './people/PeoplePage';
import { RoundPage } from './round/RoundPage';
import { MultiAreaPage } from './multi-area/MultiAreaPage';
import { currentSession } from './session';
import { AgreementSignOffPage } from './sign-off/AgreementSignOffPage';
import { RecommendationPage } from './sign-off/RecommendationPage';
import { SignOffBoard } from './sign-off/SignOffBoard';

export interface PageProps {
  config: ConsoleConfig;
  params: string[];
}

export interface ConsolePage {
  /** First segment of the hash route. */
  path: string;
  /** What the page is: its heading and the browser tab's title until the page names itself after what it shows. */
  name: string;
  /** Shown in the navigation bar; pages without one are reached by links only. */
  nav?: string;
  render(props: PageProps): ReactNode;
}

/** Every page of the console. Add a page here: path, name, optional navigation label, and what it renders. */
export const PAGES: ConsolePage[] = [
  { path: '', name: 'National view', nav: 'National view', render: ({ config }) => <NationalView config={config} /> },
  // The region's round: every area's stage and slippage; its GO opens the round or one area's agreement.
  {
    path: 'round',
    name: 'Round of agreements',
    nav: 'Round',
    render: ({ config, params: [region = ''] }) => <RoundPage config={config} regionCode={region} />,
  },
  // Multi-area agreements: those the region leads (created and sent from here) and the copies it holds.
  {
    path: 'maa',
    name: 'Multi-area agreements',
    nav: 'Multi-area',
    render: ({ config, params: [region = ''] }) => <MultiAreaPage config={config} regionCode={region} />,
  },
  {
    path: 'sign-off',
    name: 'Sign-off',
    nav: 'Sign-off',
    render: ({ config, params: [region, id] }) =>
      region && id ? (
        <AgreementSignOffPage config={config} regionCode={region} agreementId={id} />
      ) : (
        <SignOffBoard config={config} />
      ),
  },
  // Without an area in the route, the signed-in person's own area (if they act for one).
  {
    path: 'people',
    name: 'People and partnership',
    nav: 'People',
    render: ({ config, params: [region, area] }) => (
      <PeoplePage
        config={config}
        regionCode={region ?? ownRegion(config)}
        areaCode={area ?? currentSession()?.area ?? ''}
      />
    ),
  },
  {
    path: 'commitments',
    name: "Partners' commitments",
    nav: 'Commitments',
    render: ({ config, params: [region, area, member = ''] }) => (
      <CommitmentsPage
        config={config}
        regionCode={region ?? ownRegion(config)}
        areaCode={area ?? currentSession()?.area ?? ''}
        memberId={member}
      />
    ),
  },
  {
    path: 'recommendation',
    name: 'Recommendation to Ministers',
    render: ({ config, params: [region = '', id = '', version] }) => (
      <RecommendationPage
        config={config}
        regionCode={region}
        agreementId={id}
        version={version ? Number(version) : undefined}
      />
    ),
  },
  {
    path: 'agreement',
    name: 'Agreement',
    render: ({ config, params: [region = '', id = ''] }) => (
      <AgreementPage config={config} regionCode={region} agreementId={id} />
    ),
  },
  // The shared evidence base: an area's evidence (and one indicator in depth), the region's imports and rival data.
  {
    path: 'evidence',
    name: 'Evidence base',
    render: ({ config, params: [region = '', area = '', indicator = ''] }) => (
      <EvidencePage config={config} regionCode={region} areaCode={area} indicatorCode={indicator} />
    ),
  },
  {
    path: 'evidence-import',
    name: 'Import evidence',
    nav: 'Import evidence',
    render: ({ config, params: [region = ''] }) => <ImportPage config={config} regionCode={region} />,
  },
  {
    path: 'rival-data',
    name: 'Rival data',
    nav: 'Rival data',
    render: ({ config, params: [region = ''] }) => <RivalDataPage config={config} regionCode={region} />,
  },
];

function ownRegion(config: ConsoleConfig): string {
  return currentSession()?.region ?? config.regions[0]?.code ?? '';
}

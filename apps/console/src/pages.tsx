import { ReactNode } from 'react';
import { ConsoleConfig } from './config';
import { AgreementPage } from './agreement/AgreementPage';
import { EvidencePage } from './evidence/EvidencePage';
import { ImportPage } from './evidence/ImportPage';
import { RivalDataPage } from './evidence/RivalDataPage';
import { NationalView } from './NationalView';
import { CommitmentsPage } from './people/CommitmentsPage';
import { PeoplePage } from './people/PeoplePage';
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
  /** Shown in the navigation bar; pages without a title are reached by links only. */
  title?: string;
  render(props: PageProps): ReactNode;
}

/** Every page of the console. Add a page here: path, optional nav title, and what it renders. */
export const PAGES: ConsolePage[] = [
  { path: '', title: 'National view', render: ({ config }) => <NationalView config={config} /> },
  {
    path: 'sign-off',
    title: 'Sign-off',
    render: ({ config, params: [region, id] }) => (region && id ? <AgreementSignOffPage config={config} regionCode={region} agreementId={id} /> : <SignOffBoard config={config} />),
  },
  // Without an area in the route, the signed-in person's own area (if they act for one).
  { path: 'people', title: 'People', render: ({ config, params: [region, area] }) => <PeoplePage config={config} regionCode={region ?? ownRegion(config)} areaCode={area ?? currentSession()?.area ?? ''} /> },
  {
    path: 'commitments',
    title: 'Commitments',
    render: ({ config, params: [region, area, member = ''] }) => <CommitmentsPage config={config} regionCode={region ?? ownRegion(config)} areaCode={area ?? currentSession()?.area ?? ''} memberId={member} />,
  },
  { path: 'recommendation', render: ({ config, params: [region = '', id = ''] }) => <RecommendationPage config={config} regionCode={region} agreementId={id} /> },
  { path: 'agreement', render: ({ config, params: [region = '', id = ''] }) => <AgreementPage config={config} regionCode={region} agreementId={id} /> },
  // The shared evidence base: an area's evidence (and one indicator in depth), the region's imports and rival data.
  { path: 'evidence', render: ({ config, params: [region = '', area = '', indicator = ''] }) => <EvidencePage config={config} regionCode={region} areaCode={area} indicatorCode={indicator} /> },
  { path: 'evidence-import', title: 'Import evidence', render: ({ config, params: [region = ''] }) => <ImportPage config={config} regionCode={region} /> },
  { path: 'rival-data', title: 'Rival data', render: ({ config, params: [region = ''] }) => <RivalDataPage config={config} regionCode={region} /> },
];

function ownRegion(config: ConsoleConfig): string {
  return currentSession()?.region ?? config.regions[0]?.code ?? '';
}

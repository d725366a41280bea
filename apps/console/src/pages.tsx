import { ReactNode } from 'react';
import { ConsoleConfig } from './config';
import { AgreementPage } from './agreement/AgreementPage';
import { NationalView } from './NationalView';
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
  { path: 'sign-off', title: 'Sign-off', render: ({ config }) => <SignOffBoard config={config} /> },
  { path: 'recommendation', render: ({ config, params: [region = '', id = ''] }) => <RecommendationPage config={config} regionCode={region} agreementId={id} /> },
  { path: 'agreement', render: ({ config, params: [region = '', id = ''] }) => <AgreementPage config={config} regionCode={region} agreementId={id} /> },
];

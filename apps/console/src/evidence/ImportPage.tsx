import { ApolloProvider, useQuery } from '@apollo/client/react';
import { FormEvent, useState } from 'react';
import { ConsoleConfig, ConsoleRegion } from '../config';
import { PageNotice } from '../page-frame';
import { href } from '../routes';
import { ImportReportView, RecentImports } from './ImportReport';
import { OBSERVATION_IMPORTS } from './region-queries';
import { RegionPicker, regionOf } from './RegionPicker';
import { ImportReport, OUTCOME_UNKNOWN, UploadProgress, UploadRefusal, uploadCsv } from './upload';
import { useEvidenceCapabilities, useRegionalClient } from './use-region';
import { plainWords } from '../words';
import { Breadcrumbs, Button, ErrorSummary, FileUpload, TextInput, Textarea } from '../govuk';

export const CSV_COLUMNS =
  'indicator, area, period, value, source, published; optional numerator, denominator, ci_lower, ci_upper, provisional, synthetic';

/** Loads observations into the region's evidence base from a CSV file, with a progress bar and the full report. */
export function ImportPage({ config, regionCode }: { config: ConsoleConfig; regionCode: string }) {
  const code = regionOf(config, regionCode);
  const { region, client } = useRegionalClient(config, code);
  if (!region || !client) return <PageNotice alert>Unknown region {code}.</PageNotice>;
  return (
    <ApolloProvider client={client}>
      <div className="evidence import" data-testid="import-page">
        <Breadcrumbs items={[{ text: 'National view', href: href('') }, { text: `${region.name}: import evidence` }]} />
        <h1 className="govuk-heading-l">Import evidence: {region.name}</h1>
        <RegionPicker config={config} page="evidence-import" regionCode={region.code} />
        <Importer region={region} />
      </div>
    </ApolloProvider>
  );
}

type Outcome = { report: ImportReport } | { refusal: UploadRefusal } | null;

function Importer({ region }: { region: ConsoleRegion }) {
  const can = useEvidenceCapabilities({ region: region.code, area: '' });
  const recent = useQuery(OBSERVATION_IMPORTS, { variables: { limit: 20 }, skip: !can.importHistory });
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = new FormData(event.currentTarget);
    const file = fields.get('file');
    const pasted = String(fields.get('pasted') ?? '');
    const chosen = file instanceof File && file.size > 0 ? file : null;
    const body = chosen ?? new Blob([pasted], { type: 'text/csv' });
    if (body.size === 0)
      return setOutcome({
        refusal: { status: 0, code: 'BAD_USER_INPUT', message: 'choose a CSV file or paste its text' },
      });
    const origin = String(fields.get('origin') ?? '').trim() || chosen?.name || 'pasted text';
    setBusy(true);
    setOutcome(null);
    setProgress({ sent: 0, total: body.size });
    const answer = await uploadCsv(region.gatewayUrl, body, origin, setProgress);
    setBusy(false);
    setOutcome(answer);
    if (can.importHistory) void recent.refetch().catch(() => undefined);
  };
  if (!can.importEvidence) {
    return (
      <p className="govuk-body" role="alert">
        Loading evidence needs a Government Office, analyst, partnership officer or council system role: sign in with
        one.
      </p>
    );
  }
  return (
    <>
      <form className="action upload" aria-label="Upload observations" onSubmit={(e) => void submit(e)}>
        <p className="govuk-body wide">
          A CSV file with a header line: {CSV_COLUMNS}. Good rows load once; importing the same file again changes
          nothing; every bad row comes back with its line and reason.
        </p>
        <FileUpload label="CSV file" name="file" accept=".csv,text/csv" data-testid="import-file" />
        <Textarea label="Or paste the CSV text" name="pasted" rows={4} spellCheck={false} />
        <TextInput label="Name for this load" name="origin" hint="The file name" />
        <Button type="submit" disabled={busy}>
          {busy ? 'Uploading…' : 'Upload'}
        </Button>
        {progress && <UploadBar progress={progress} done={!busy} />}
      </form>
      <div aria-live="polite" data-testid="import-outcome">
        {outcome && 'report' in outcome && <ImportReportView report={outcome.report} />}
        {outcome && 'refusal' in outcome && (
          <ErrorSummary
            code={outcome.refusal.code}
            problems={[
              {
                text: `${OUTCOME_UNKNOWN.has(outcome.refusal.code) ? 'No report came back (the import history below shows whether it loaded)' : 'Nothing was imported'}: ${plainWords(outcome.refusal.message)}${outcome.refusal.missing ? ` (missing columns: ${outcome.refusal.missing.join(', ')})` : ''}.`,
              },
            ]}
          />
        )}
      </div>
      {can.importHistory && (
        <RecentImports
          imports={recent.data?.observationImports ?? []}
          loading={recent.loading}
          error={recent.error?.message}
        />
      )}
    </>
  );
}

function UploadBar({ progress, done }: { progress: UploadProgress; done: boolean }) {
  const percent = progress.total > 0 ? Math.round((100 * progress.sent) / progress.total) : 100;
  return (
    <div className="upload-progress wide">
      <progress max={100} value={percent} aria-label="Upload progress" data-testid="upload-progress" />{' '}
      <span>
        {done ? 'Sent' : 'Sending'}: {(progress.sent / 1024).toFixed(1)} of {(progress.total / 1024).toFixed(1)} kB (
        {percent}%){!done && percent === 100 ? ', waiting for the report…' : ''}
      </span>
    </div>
  );
}

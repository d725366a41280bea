import { authorizationHeader } from '../session';

/** The import report, as the upload route and the importObservations mutation both answer. */
export interface ImportReport {
  id: string;
  origin: string;
  loadedBy: string;
  rowsRead: number;
  inserted: number;
  superseded: number;
  unchanged: number;
  rejected: number;
  rejections: { line: number; reason: string; message: string }[];
  /** True when the import committed but the similar areas could not be recomputed after it. */
  similarAreasStale?: boolean | null;
}

/** The refusals after which the platform cannot say whether the import committed: the service or the line died. */
export const OUTCOME_UNKNOWN: ReadonlySet<string> = new Set(['SUBGRAPH_UNAVAILABLE', 'NETWORK']);

export interface UploadRefusal {
  status: number;
  code: string;
  message: string;
  /** Columns the file lacks, when the API names them. */
  missing?: string[];
}

export type UploadAnswer = { report: ImportReport } | { refusal: UploadRefusal };

export interface UploadProgress {
  sent: number;
  total: number;
}

/** Where a region's gateway takes streamed CSV files: beside its /graphql. */
export function uploadUrl(gatewayUrl: string, origin: string): string {
  const url = new URL('/imports/observations', gatewayUrl);
  url.searchParams.set('origin', origin);
  return url.toString();
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Reads the upload route's answer: `{ data: report }`, `{ errors }`, or something no gateway would send. */
export function readUploadAnswer(status: number, body: string): UploadAnswer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return {
      refusal: {
        status,
        code: 'NETWORK',
        message: status === 0 ? 'the gateway did not answer' : `the gateway answered ${status} without a report`,
      },
    };
  }
  if (isObject(parsed) && isObject(parsed.data) && typeof parsed.data.rowsRead === 'number')
    return { report: parsed.data as unknown as ImportReport };
  const first =
    isObject(parsed) && Array.isArray(parsed.errors) && isObject(parsed.errors[0]) ? parsed.errors[0] : null;
  const extensions = first && isObject(first.extensions) ? first.extensions : {};
  const missing = Array.isArray(extensions.missing)
    ? extensions.missing.filter((m): m is string => typeof m === 'string')
    : undefined;
  return {
    refusal: {
      status,
      code: typeof extensions.code === 'string' ? extensions.code : 'UNKNOWN',
      message: first && typeof first.message === 'string' ? first.message : `HTTP ${status}`,
      ...(missing ? { missing } : {}),
    },
  };
}

/**
 * Sends a CSV file (or pasted text) to the gateway with the session's token, telling onProgress of
 * the bytes sent (XMLHttpRequest, whose upload events fetch does not give).
 */
export function uploadCsv(
  gatewayUrl: string,
  body: Blob,
  origin: string,
  onProgress: (progress: UploadProgress) => void,
): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', uploadUrl(gatewayUrl, origin));
    xhr.setRequestHeader('content-type', 'text/csv');
    for (const [name, value] of Object.entries(authorizationHeader())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) =>
      onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : body.size });
    xhr.upload.onload = () => onProgress({ sent: body.size, total: body.size });
    xhr.onload = () => resolve(readUploadAnswer(xhr.status, xhr.responseText));
    xhr.onerror = () => resolve(readUploadAnswer(0, ''));
    xhr.send(body);
  });
}

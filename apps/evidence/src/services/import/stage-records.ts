import { badInput } from '@laa/errors';
import { csvRecords, CsvChunks } from './csv-records';
import { ColumnPositions, ImportScope, ObservationRow, readHeader, Rejection, validateRecord } from './observation-row';
import { StagingSink } from './chunked-merge';
import { FileReleases } from './file-releases';

export interface StagedFile {
  rowsRead: number;
  rejections: Rejection[];
}

/** Reads, checks and stages every row; a duplicate is a second row of the same figure and release. */
export async function stageRecords(
  chunks: CsvChunks,
  scope: ImportScope,
  sink: StagingSink,
  onBytes?: (bytes: number) => void,
): Promise<StagedFile> {
  try {
    return await stageAll(chunks, scope, sink, onBytes);
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

async function stageAll(
  chunks: CsvChunks,
  scope: ImportScope,
  sink: StagingSink,
  onBytes?: (bytes: number) => void,
): Promise<StagedFile> {
  let header: { columns: ColumnPositions; width: number } | null = null;
  const staged: StagedFile = { rowsRead: 0, rejections: [] };
  const releases = new FileReleases(scope);
  for await (const records of csvRecords(chunks, onBytes)) {
    const valid: ObservationRow[] = [];
    const repeatsBefore = releases.repeats;
    for (const record of records) {
      if (record.fields.length <= 1 && (record.fields[0] ?? '').trim() === '' && !record.malformed && !record.tooLong)
        continue;
      if (!header) {
        header = readColumns(record.fields);
        continue;
      }
      staged.rowsRead++;
      const row = validateRecord(record, header.columns, header.width, scope);
      const problem = 'reason' in row ? row : releases.add(row);
      if (problem) staged.rejections.push(problem);
      else valid.push(row as ObservationRow);
    }
    await sink.write(valid, releases.repeats - repeatsBefore);
  }
  if (!header)
    throw badInput('The file is empty: it needs a header line and rows', {
      required: ['indicator', 'area', 'period', 'value', 'source', 'published'],
    });
  await sink.end();
  return staged;
}

function readColumns(fields: string[]) {
  const columns = readHeader(fields);
  if ('missing' in columns) {
    throw badInput(`The header lacks the column(s) ${columns.missing.join(', ')}: nothing was imported`, {
      missing: columns.missing,
    });
  }
  return { columns, width: fields.length };
}

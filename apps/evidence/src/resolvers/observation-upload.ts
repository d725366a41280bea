import { badInput } from '@laa/errors';
import { UploadRoute } from '@laa/subgraph';
import { hasControlCharacter } from '../rules/csv-values';
import { importableAreas } from '../services/import/import-access';
import { ImportReport } from '../services/import/observation-importer';
import { EvidenceServices } from '../services/services';

/**
 * POST /imports/observations?origin=<file name>, body the CSV: the streaming twin of the
 * importObservations mutation for files of any size (the command-line import uses it).
 */
export const observationUpload: UploadRoute<EvidenceServices> = {
  path: '/imports/observations',
  async handle({ body, parameters, caller, region, services, log }): Promise<ImportReport> {
    const { loadedBy, areas } = importableAreas(caller, region);
    const origin = (parameters.origin ?? 'upload').slice(0, 200);
    // PostgreSQL refuses NUL in text: refused here, before the file is read, rather than failing the import.
    if (hasControlCharacter(origin))
      throw badInput("The origin (the file's name) holds a control character such as NUL: remove it", {
        parameter: 'origin',
      });
    return services.observationImports.importCsv({ chunks: body, origin, loadedBy, callerAreas: areas, log });
  },
};

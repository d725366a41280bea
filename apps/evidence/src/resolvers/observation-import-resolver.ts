import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ObservationImport } from '../entities/observation-import';
import { importHistoryScope } from '../services/evidence-access';
import { importableAreas } from '../services/import/import-access';
import { EvidenceContext } from './context';

@Resolver(() => ObservationImport)
export class ObservationImportResolver {
  @Mutation(() => ObservationImport, {
    description:
      'Loads observations from CSV text (header: indicator, area, period, value, source, published; optional numerator, ' +
      'denominator, ci_lower, ci_upper, provisional, synthetic). Good rows load once, bad rows come back with their line ' +
      'and reason; all or nothing if the import fails. Files beyond the request size limit: use the command-line import.',
  })
  async importObservations(
    @Ctx() context: EvidenceContext,
    @Arg('csv') csv: string,
    @Arg('origin', () => String, { nullable: true, description: 'A name for this load, e.g. the file name.' })
    origin?: string,
  ): Promise<ObservationImport> {
    const { loadedBy, areas } = importableAreas(context.caller, context.region);
    const name = (origin ?? 'GraphQL importObservations').slice(0, 200);
    const report = await context.services.observationImports.importCsv({
      chunks: [csv],
      origin: name,
      loadedBy,
      callerAreas: areas,
      log: context.log,
    });
    return { ...report, startedAt: new Date() };
  }

  @Query(() => [ObservationImport], {
    description:
      "The latest imports into this region, newest first: all of them for Government Office staff and departments' analysts, their own for partnership officers and council systems.",
  })
  observationImports(
    @Ctx() context: EvidenceContext,
    @Arg('limit', () => Int, { defaultValue: 20, description: 'At most 100.' }) limit: number,
  ): Promise<ObservationImport[]> {
    const { loadedBy } = importHistoryScope(context.caller, context.region);
    return context.services.evidence.imports(Math.min(Math.max(limit, 1), 100), loadedBy);
  }
}

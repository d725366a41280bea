import { notFound } from '@laa/errors';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Indicator } from '../entities/indicator';
import { Priority } from '../entities/priority';
import { SoftEvidence } from '../entities/soft-evidence';
import { requireEvidenceContributor } from '../services/evidence-access';
import { SoftEvidenceFields } from '../services/soft-evidence-service';
import { areaPlace } from './area-place';
import { EvidenceContext } from './context';
import { checkIndicatorLinks, checkPriorityLinks } from './evidence-links';
import { evidenceLoaders } from './loaders';
import { SoftEvidenceInput, RecordSoftEvidenceInput, UpdateSoftEvidenceInput } from './soft-evidence.inputs';

async function checkedFields(
  context: EvidenceContext,
  areaCode: string,
  input: SoftEvidenceInput,
): Promise<SoftEvidenceFields> {
  const { indicators, priorities, ...fields } = input;
  return {
    ...fields,
    indicatorCodes: await checkIndicatorLinks(context, areaCode, indicators),
    priorityIds: await checkPriorityLinks(context, areaCode, priorities),
  };
}

@Resolver(() => SoftEvidence)
export class SoftEvidenceResolver {
  @Mutation(() => SoftEvidence, {
    description:
      'Records soft intelligence for an area: its GO, partnership, partners, council systems and departments.',
  })
  async recordSoftEvidence(
    @Arg('input') input: RecordSoftEvidenceInput,
    @Ctx() context: EvidenceContext,
  ): Promise<SoftEvidence> {
    const place = await areaPlace(context, input.area);
    const recordedBy = requireEvidenceContributor(context.caller, place);
    return context.services.softEvidence.record(
      place.area,
      await checkedFields(context, place.area, input),
      recordedBy,
    );
  }

  @Mutation(() => SoftEvidence, {
    description: 'Changes an item against the version read (CONFLICT if someone changed it since).',
  })
  async updateSoftEvidence(
    @Arg('input') input: UpdateSoftEvidenceInput,
    @Ctx() context: EvidenceContext,
  ): Promise<SoftEvidence> {
    const item = await evidenceLoaders(context).softEvidence.load(input.id);
    if (!item) throw notFound('SoftEvidence', input.id);
    const place = await areaPlace(context, item.areaCode);
    const recordedBy = requireEvidenceContributor(context.caller, place);
    const { id, expectedVersion, ...fields } = input;
    return context.services.softEvidence.update(
      id,
      expectedVersion,
      await checkedFields(context, place.area, fields),
      recordedBy,
    );
  }

  @FieldResolver(() => [Indicator])
  async indicators(@Root() item: SoftEvidence, @Ctx() context: EvidenceContext): Promise<Indicator[]> {
    const found = await evidenceLoaders(context).indicator.loadMany(item.indicatorCodes);
    return found.filter((i): i is Indicator => i !== null && !(i instanceof Error));
  }

  @FieldResolver(() => [Priority], {
    description: 'The priority outcomes it bears on (resolved by the agreements subgraph).',
  })
  priorities(@Root() item: SoftEvidence): Priority[] {
    return item.priorityIds.map((id) => ({ id }));
  }
}

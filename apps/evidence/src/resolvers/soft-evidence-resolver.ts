import { Theme } from '@laa/domain';
import { notFound } from '@laa/errors';
import { ArrayMaxSize, IsDateString, IsInt, IsUUID, Length, MaxLength, Min } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Area } from '../entities/area';
import { Indicator } from '../entities/indicator';
import { Priority } from '../entities/priority';
import { SoftEvidence, SoftEvidenceKind } from '../entities/soft-evidence';
import { requireEvidenceContributor, requireEvidenceReader } from '../services/evidence-access';
import { SoftEvidenceFields } from '../services/soft-evidence-service';
import { areaPlace } from './area-place';
import { EvidenceContext } from './context';
import { checkIndicatorLinks, checkPriorityLinks } from './evidence-links';
import { evidenceLoaders } from './loaders';

@InputType({ description: 'A qualitative evidence item and what it bears on.' })
export class SoftEvidenceInput {
  @Field(() => SoftEvidenceKind)
  kind: SoftEvidenceKind;

  @Field()
  @Length(3, 200)
  title: string;

  @Field()
  @Length(1, 5000)
  summary: string;

  @Field({ description: 'Who produced it.' })
  @Length(2, 300)
  source: string;

  @Field({ description: 'When it was produced (YYYY-MM-DD).' })
  @IsDateString({ strict: true }, { message: 'dated must be a date, YYYY-MM-DD' })
  dated: string;

  @Field(() => Theme)
  theme: Theme;

  @Field(() => [String], {
    defaultValue: [],
    description: "Indicators it bears on (national, or the area's local ones).",
  })
  @ArrayMaxSize(50)
  @MaxLength(30, { each: true })
  indicators: string[];

  @Field(() => [ID], { defaultValue: [], description: "Priority outcomes of the area's agreement it bears on." })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'priorities must be priority ids' })
  priorities: string[];
}

@InputType()
export class RecordSoftEvidenceInput extends SoftEvidenceInput {
  @Field({ description: "The area's 2008 code." })
  @MaxLength(10)
  area: string;
}

@InputType()
export class UpdateSoftEvidenceInput extends SoftEvidenceInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => Int, { description: 'The version you read: CONFLICT if it changed since.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

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

@Resolver(() => Area)
export class AreaSoftEvidenceResolver {
  @FieldResolver(() => [SoftEvidence], {
    description: "The area's soft intelligence, newest first (draft readers of the area).",
  })
  async softEvidence(
    @Root() area: Area,
    @Ctx() context: EvidenceContext,
    @Arg('theme', () => Theme, { nullable: true }) theme?: Theme,
  ): Promise<SoftEvidence[]> {
    requireEvidenceReader(context.caller, await areaPlace(context, area.code));
    const items = await evidenceLoaders(context).softEvidenceOfArea.load(area.code);
    return theme ? items.filter((item) => item.theme === theme) : items;
  }
}

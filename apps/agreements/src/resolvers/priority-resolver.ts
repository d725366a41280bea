import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Person } from '../entities/person';
import { Priority, PriorityLink } from '../entities/priority';
import { PriorityCriterion } from '../entities/priority-criteria';
import { Area } from '../entities/references';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

@InputType({ description: 'A new priority outcome of an agreement.' })
export class AddPriorityInput {
  @Field(() => ID)
  @IsUUID('all')
  agreementId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'If given, refused with CONFLICT when the agreement has moved on since.',
  })
  @IsOptional()
  @IsInt()
  expectedAgreementVersion?: number | null;

  @Field()
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @Field({ defaultValue: '' })
  @MaxLength(5000)
  description: string;

  @Field(() => [String], {
    defaultValue: [],
    description: 'Other areas (2008 codes) sharing the priority (multi-area).',
  })
  @ArrayMaxSize(20)
  @Matches(/^[0-9A-Z]{2,4}$/, { each: true, message: 'sharedWithAreas must be 2008 area codes such as 00CG' })
  sharedWithAreas: string[];
}

@InputType({ description: 'An assessment of a priority against the criteria, with its tier and the reason.' })
export class AssessPriorityInput {
  @Field(() => ID)
  @IsUUID('all')
  priorityId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => [PriorityCriterion], { description: 'The criteria it meets (at least one).' })
  @IsIn(Object.values(PriorityCriterion), { each: true })
  criteriaMet: PriorityCriterion[];

  @Field(() => Int, { description: "1, 2 or 3 (Oldham's tiers)." })
  @IsInt()
  @Min(1)
  @Max(3)
  tier: number;

  @Field({ description: 'Why the assessor judged it so.' })
  @MinLength(3)
  @MaxLength(5000)
  reason: string;
}

@InputType({
  description: 'A cause-and-effect link from a priority to another priority or to an indicator (exactly one).',
})
export class LinkPriorityInput {
  @Field(() => ID)
  @IsUUID('all')
  fromPriorityId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  toPriorityId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. NI39' })
  @IsOptional()
  @MaxLength(40)
  toIndicatorCode?: string | null;

  @Field({ defaultValue: '' })
  @MaxLength(1000)
  description: string;
}

@Resolver(() => Priority)
export class PriorityResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who assessed it against the criteria.' })
  assessedBy(@Root() priority: Priority): Person | null {
    return priority.assessedById
      ? { id: priority.assessedById, name: priority.assessedByName ?? priority.assessedById }
      : null;
  }

  @FieldResolver(() => Area, { description: 'The area whose agreement holds the priority.' })
  async area(@Root() priority: Priority, @Ctx() context: AgreementsContext): Promise<Area> {
    const agreement = await agreementsLoaders(context).agreement.load(priority.agreementId);
    return { code: agreement!.areaCode };
  }

  @FieldResolver(() => Boolean, {
    description: "True once assessed as meeting at least one criterion (Sheffield's test).",
  })
  meetsCriteria(@Root() priority: Priority): boolean {
    return priority.criteriaMet.length > 0;
  }

  @Mutation(() => Priority, {
    description: "Adds a priority outcome. Editors only (the area's partnership officers and its GO).",
  })
  addPriority(
    @Arg('input') input: AddPriorityInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<Priority> {
    const { agreementId, expectedAgreementVersion, ...fields } = input;
    return services.priorities.add(caller, agreementId, fields, expectedAgreementVersion);
  }

  @Mutation(() => Priority, {
    description:
      'Records an assessment of a priority against the criteria, its tier and why. Editors only; CONFLICT if stale.',
  })
  assessPriority(
    @Arg('input') input: AssessPriorityInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<Priority> {
    const { priorityId, expectedVersion, ...assessment } = input;
    return services.priorities.assess(caller, priorityId, expectedVersion, assessment);
  }

  @Mutation(() => PriorityLink, {
    description: 'Links a priority by cause and effect to another priority or an indicator. Editors only.',
  })
  linkPriority(
    @Arg('input') input: LinkPriorityInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<PriorityLink> {
    return services.priorities.link(
      caller,
      input.fromPriorityId,
      { priorityId: input.toPriorityId, indicatorCode: input.toIndicatorCode },
      input.description,
    );
  }
}

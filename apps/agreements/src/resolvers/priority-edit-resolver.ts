import { ArrayMaxSize, IsInt, IsOptional, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Person } from '../entities/person';
import { Priority } from '../entities/priority';
import { AgreementsContext } from './context';

@InputType({ description: 'Changes to a priority outcome, against the version read; leave a field out to keep it.' })
export class UpdatePriorityInput {
  @Field(() => ID)
  @IsUUID('all')
  priorityId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MinLength(3)
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => [String], { nullable: true, description: 'Other areas (2008 codes) sharing the priority (multi-area).' })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(/^[0-9A-Z]{2,4}$/, { each: true, message: 'sharedWithAreas must be 2008 area codes such as 00CG' })
  sharedWithAreas?: string[] | null;
}

@InputType({ description: 'A priority to take out of the agreement, against the version read, and why.' })
export class RemovePriorityInput {
  @Field(() => ID)
  @IsUUID('all')
  priorityId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ description: 'Why, e.g. the meeting that dropped it.' })
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}

@Resolver(() => Priority)
export class PriorityEditResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who removed it; null while it stands.' })
  removedBy(@Root() priority: Priority): Person | null {
    return priority.removedById
      ? { id: priority.removedById, name: priority.removedByName ?? priority.removedById }
      : null;
  }

  @Mutation(() => Priority, {
    description:
      "Changes a priority's title, description or shared areas. Editors only; CONFLICT if stale; RULE_VIOLATION PRIORITY_REMOVED once removed.",
  })
  updatePriority(
    @Arg('input') input: UpdatePriorityInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<Priority> {
    return services.priorityEdits.update(caller, input.priorityId, input.expectedVersion, {
      title: input.title ?? undefined,
      description: input.description ?? undefined,
      sharedWithAreas: input.sharedWithAreas ?? undefined,
    });
  }

  @Mutation(() => Priority, {
    description:
      'Removes a priority from the agreement with its links, recorded in the history with the reason: it leaves Agreement.priorities, the graph, ' +
      'shared priorities and the recommendation. Editors only; CONFLICT if stale; RULE_VIOLATION PRIORITY_HAS_TARGETS while a target serves it.',
  })
  removePriority(
    @Arg('input') input: RemovePriorityInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<Priority> {
    return services.priorityEdits.remove(caller, input.priorityId, input.expectedVersion, input.reason);
  }
}

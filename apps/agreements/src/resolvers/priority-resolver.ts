import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Person } from '../entities/person';
import { Priority, PriorityLink } from '../entities/priority';
import { Area } from '../entities/references';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';
import { AddPriorityInput, AssessPriorityInput, LinkPriorityInput } from './priority.inputs';

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

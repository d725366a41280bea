import { today } from '@laa/database';
import { requireDraftReader } from '@laa/identity';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { AgreementCoverage } from '../entities/coverage';
import { Milestone } from '../entities/milestone';
import { Priority } from '../entities/priority';
import { PriorityGraph } from '../entities/priority-graph';
import { Target } from '../entities/target';
import { coverageOf, priorityGraphOf } from '../rules/coverage';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

const readDrafts = (agreement: Agreement, context: AgreementsContext) =>
  requireDraftReader(context.caller, { region: agreement.regionCode, area: agreement.areaCode });

/** The draft's priorities, their graph, its process map and coverage: draft readers only. */
@Resolver(() => Agreement)
export class AgreementDraftingResolver {
  @FieldResolver(() => [Priority], { description: 'Priority outcomes, tier 1 first. Draft readers only.' })
  priorities(@Root() agreement: Agreement, @Ctx() context: AgreementsContext): Promise<Priority[]> {
    readDrafts(agreement, context);
    return agreementsLoaders(context).priorities.load(agreement.id);
  }

  @FieldResolver(() => [Priority], {
    description:
      'Priorities removed from the agreement (removePriority), latest first, with who, when and why. Draft readers only.',
  })
  removedPriorities(@Root() agreement: Agreement, @Ctx() context: AgreementsContext): Promise<Priority[]> {
    readDrafts(agreement, context);
    return agreementsLoaders(context).removedPriorities.load(agreement.id);
  }

  @FieldResolver(() => [Priority], {
    description: "Priorities of other areas' agreements shared with this area (multi-area). Draft readers only.",
  })
  sharedPriorities(@Root() agreement: Agreement, @Ctx() context: AgreementsContext): Promise<Priority[]> {
    readDrafts(agreement, context);
    return agreementsLoaders(context).sharedPriorities.load(agreement.areaCode);
  }

  @FieldResolver(() => [Target], {
    description: "Targets of other areas' agreements shared with this area (multi-area). Draft readers only.",
  })
  sharedTargets(@Root() agreement: Agreement, @Ctx() context: AgreementsContext): Promise<Target[]> {
    readDrafts(agreement, context);
    return agreementsLoaders(context).sharedTargets.load(agreement.areaCode);
  }

  @FieldResolver(() => PriorityGraph, {
    description: 'Priorities and indicators linked by cause and effect. Draft readers only.',
  })
  async priorityGraph(@Root() agreement: Agreement, @Ctx() context: AgreementsContext): Promise<PriorityGraph> {
    readDrafts(agreement, context);
    const loaders = agreementsLoaders(context);
    const [priorities, links, targets] = await Promise.all([
      loaders.priorities.load(agreement.id),
      loaders.priorityLinks.load(agreement.id),
      loaders.targets.load(agreement.id),
    ]);
    return priorityGraphOf(priorities, links, targets);
  }

  @FieldResolver(() => [Milestone], { description: 'The agreed local process map, by due date. Draft readers only.' })
  milestones(@Root() agreement: Agreement, @Ctx() context: AgreementsContext): Promise<Milestone[]> {
    readDrafts(agreement, context);
    return agreementsLoaders(context).milestones.load(agreement.id);
  }

  @FieldResolver(() => AgreementCoverage, {
    description: 'Spread of the targets over the four themes and the departments. Draft readers only.',
  })
  async coverage(@Root() agreement: Agreement, @Ctx() context: AgreementsContext): Promise<AgreementCoverage> {
    readDrafts(agreement, context);
    const loaders = agreementsLoaders(context);
    const [targets, facts] = await Promise.all([
      loaders.targets.load(agreement.id),
      loaders.nationalFacts.load(today()),
    ]);
    return coverageOf(targets, facts);
  }
}

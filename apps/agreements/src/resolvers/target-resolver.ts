import { today } from '@laa/database';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { NegotiationPoint } from '../entities/negotiation-point';
import { Priority } from '../entities/priority';
import { Area, Indicator, PartnershipMember } from '../entities/references';
import { Baseline, Target } from '../entities/target';
import { DirectionBasis } from '../entities/direction-basis';
import { directionBasisOf } from '../rules/levels-direction';
import { directionFactsOf } from '../services/target-service';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';
import { requireTargetReader } from './target-access';
import { isWithGo } from '../rules/negotiation-voices';
import { onGovernmentSide } from '../services/negotiators';
import { SetTargetLevelsInput } from './target.inputs';

@Resolver(() => Target)
export class TargetResolver {
  @FieldResolver(() => Indicator)
  indicator(@Root() target: Target): Indicator {
    return { code: target.indicatorCode };
  }

  @FieldResolver(() => Agreement)
  agreement(@Root() target: Target, @Ctx() context: AgreementsContext): Promise<Agreement> {
    return agreementsLoaders(context).agreement.load(target.agreementId) as Promise<Agreement>;
  }

  @FieldResolver(() => Area, { description: 'The area whose agreement holds the target.' })
  async area(@Root() target: Target, @Ctx() context: AgreementsContext): Promise<Area> {
    const agreement = await agreementsLoaders(context).agreement.load(target.agreementId);
    return { code: agreement!.areaCode };
  }

  @FieldResolver(() => String, {
    description:
      'The 2008 code of the area whose agreement holds the target: the same as area.code, as a plain value other subgraphs can require.',
  })
  async areaCode(@Root() target: Target, @Ctx() context: AgreementsContext): Promise<string> {
    return (await this.area(target, context)).code;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Why the partnership wants this target although the area may already perform strongly (see Target.stretch). Draft readers only.',
  })
  async localReason(@Root() target: Target, @Ctx() context: AgreementsContext): Promise<string | null> {
    await requireTargetReader(target, context);
    return target.localReason;
  }

  @FieldResolver(() => Baseline, {
    nullable: true,
    description: 'Null while the baseline is missing: the target is a placeholder.',
  })
  baseline(@Root() target: Target): Baseline | null {
    if (target.baselineValue === null || target.baselinePeriod === null) return null;
    return {
      value: target.baselineValue,
      period: target.baselinePeriod,
      source: target.baselineSource ?? 'not recorded',
      provisional: target.baselineProvisional,
    };
  }

  @FieldResolver(() => DirectionBasis, {
    description:
      "Where the direction the levels are checked in comes from: the indicator's polarity, the intendedDirection stated with the target, or UNKNOWN (levels are refused until it is stated).",
  })
  async directionBasis(@Root() target: Target, @Ctx() context: AgreementsContext): Promise<DirectionBasis> {
    return directionBasisOf(directionFactsOf(target, await agreementsLoaders(context).nationalFacts.load(today())));
  }

  @FieldResolver(() => Boolean, {
    description:
      'True while the baseline is missing or provisional: the target is a visible placeholder until baselineDueBy.',
  })
  placeholder(@Root() target: Target): boolean {
    return target.baselineValue === null || target.baselineProvisional;
  }

  @FieldResolver(() => PartnershipMember, {
    nullable: true,
    description: 'The partner leading delivery of the target (draft readers only).',
  })
  async leadPartner(@Root() target: Target, @Ctx() context: AgreementsContext): Promise<PartnershipMember | null> {
    await requireTargetReader(target, context);
    return target.leadPartnerId ? { id: target.leadPartnerId } : null;
  }

  @FieldResolver(() => [PartnershipMember], {
    description: 'Partners contributing to the target (draft readers only).',
  })
  async contributingPartners(@Root() target: Target, @Ctx() context: AgreementsContext): Promise<PartnershipMember[]> {
    await requireTargetReader(target, context);
    return target.contributingPartnerIds.map((id) => ({ id }));
  }

  @FieldResolver(() => Priority, {
    nullable: true,
    description: 'The priority outcome the target serves (draft readers only).',
  })
  async priority(@Root() target: Target, @Ctx() context: AgreementsContext): Promise<Priority | null> {
    await requireTargetReader(target, context);
    const priority = target.priorityId ? await agreementsLoaders(context).priority.load(target.priorityId) : null;
    // Removal is refused while a target serves the priority; a removed one never reaches a reader all the same.
    return priority?.removedAt ? null : priority;
  }

  @FieldResolver(() => [NegotiationPoint], {
    description:
      "Open negotiation points raised against this target (draft readers only; a department's point the GO has not relayed, the government side only).",
  })
  async openNegotiationPoints(@Root() target: Target, @Ctx() context: AgreementsContext): Promise<NegotiationPoint[]> {
    await requireTargetReader(target, context);
    const points = await agreementsLoaders(context).openPointsOfTarget.load(target.id);
    return onGovernmentSide(context.caller, context.region) ? points : points.filter((p) => !isWithGo(p));
  }

  @Mutation(() => Target, {
    description:
      "Sets a target's levels; fails with CONFLICT if it changed since you read it, RULE_VIOLATION if they go the wrong way.",
  })
  setTargetLevels(
    @Arg('input') input: SetTargetLevelsInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<Target> {
    const { levels, intendedDirection } = input;
    return services.targets.updateTarget(caller, input.targetId, input.expectedVersion, { levels, intendedDirection });
  }
}

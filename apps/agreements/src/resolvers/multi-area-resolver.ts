import { RegionCode, REGION_CODES } from '@laa/domain';
import { badInput } from '@laa/errors';
import { Access, SignedIn } from '@laa/identity';
import { SignedInPerson } from '@laa/subgraph';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  MultiAreaAgreement,
  MultiAreaMember,
  MultiAreaMemberRegion,
  MultiAreaPriority,
  MultiAreaTarget,
} from '../entities/multi-area-agreement';
import { AgreementsContext } from './context';
import { requireMultiAreaReader } from './multi-area-access';
import {
  contentOf,
  MultiAreaContentInput,
  MultiAreaCopyInput,
  UpdateMultiAreaAgreementInput,
} from './multi-area.inputs';

const deliveries = ({ loaders, services }: AgreementsContext) =>
  loaders.loader<string, Map<string, { version: number; at: Date }>>('multiAreaDeliveries', async (ids) => {
    const rows = await services.multiArea.deliveriesOf(ids);
    return ids.map(
      (id) =>
        new Map(
          rows
            .filter((r) => r.multiAreaAgreementId === id)
            .map((r) => [r.regionCode, { version: r.deliveredVersion, at: r.deliveredAt }]),
        ),
    );
  });

@Resolver(() => MultiAreaAgreement)
export class MultiAreaResolver {
  @Query(() => [MultiAreaAgreement], {
    description:
      'The multi-area agreements this region leads or has an area in (its own records and the copies the lead regions sent). Public: titles, areas and regions; the shared priorities and targets are for draft readers of a member area.',
  })
  multiAreaAgreements(@Ctx() { services }: AgreementsContext): Promise<MultiAreaAgreement[]> {
    return services.multiArea.ofRegion();
  }

  @Query(() => MultiAreaAgreement, {
    nullable: true,
    description:
      'One multi-area agreement as this region holds it (its record or its copy); null if it holds none with that id. Public, as multiAreaAgreements.',
  })
  async multiAreaAgreement(
    @Arg('id', () => ID) id: string,
    @Ctx() { services }: AgreementsContext,
  ): Promise<MultiAreaAgreement | null> {
    return (await services.multiArea.byIds([id]))[0] ?? null;
  }

  @Mutation(() => MultiAreaAgreement, {
    description:
      'Creates a multi-area agreement led by this region: its relationship managers, Deputy and Regional Directors. Two areas or more, of any region, ' +
      'one at least of this region; BAD_USER_INPUT (extensions.unknown) for an unknown area code, and for an indicator that is not live. ' +
      'Then send it to every other member region (receiveMultiAreaAgreement at its gateway) and record each delivery here.',
  })
  @Authorized(Access.roundLead)
  createMultiAreaAgreement(
    @Arg('input') input: MultiAreaContentInput,
    @SignedInPerson() lead: SignedIn,
    @Ctx() { services }: AgreementsContext,
  ): Promise<MultiAreaAgreement> {
    return services.multiArea.create(lead, contentOf(input));
  }

  @Mutation(() => MultiAreaAgreement, {
    description:
      'Changes a multi-area agreement this region leads (the round leads; CONFLICT if stale; RULE_VIOLATION MULTI_AREA_COPY on a copy). Send the new version to the member regions again.',
  })
  @Authorized(Access.roundLead)
  updateMultiAreaAgreement(
    @Arg('input') input: UpdateMultiAreaAgreementInput,
    @SignedInPerson() lead: SignedIn,
    @Ctx() { services }: AgreementsContext,
  ): Promise<MultiAreaAgreement> {
    return services.multiArea.update(lead, input.id, input.expectedVersion, contentOf(input));
  }

  @Mutation(() => MultiAreaAgreement, {
    description:
      "Takes the lead region's copy into this member region: the lead region's round leads (their own token, at this region's gateway). " +
      'An older or equal version changes nothing; BAD_USER_INPUT if no member area is in this region.',
  })
  receiveMultiAreaAgreement(
    @Arg('input') input: MultiAreaCopyInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<MultiAreaAgreement> {
    const { id, version, leadRegionCode, createdBy, changedBy } = input;
    return services.multiArea.receive(caller, {
      ...contentOf(input),
      id,
      version,
      leadRegionCode,
      createdBy,
      changedBy,
    });
  }

  @Mutation(() => MultiAreaAgreement, {
    description:
      'The lead region records that a member region holds its copy at a version (its round leads, after receiveMultiAreaAgreement answered there).',
  })
  @Authorized(Access.roundLead)
  recordMultiAreaAgreementDelivery(
    @Arg('id', () => ID) id: string,
    @Arg('regionCode') regionCode: string,
    @Arg('version', () => Int) version: number,
    @SignedInPerson() lead: SignedIn,
    @Ctx() { services }: AgreementsContext,
  ): Promise<MultiAreaAgreement> {
    if (!REGION_CODES.includes(regionCode as RegionCode))
      throw badInput(`No region ${regionCode}: use E12000001 ... E12000009`);
    return services.multiArea.recordDelivery(lead, id, regionCode as RegionCode, version);
  }

  @FieldResolver(() => [MultiAreaMember], { description: 'Its member areas with their names and regions.' })
  members(@Root() maa: MultiAreaAgreement, @Ctx() { services }: AgreementsContext): MultiAreaMember[] {
    return services.multiArea.regionAreas
      .known(maa.areaCodes)
      .map(({ code, name, regionCode }) => ({ code, name, regionCode }));
  }

  @FieldResolver(() => [MultiAreaMemberRegion], {
    description:
      'The regions of its areas, the lead first; at the lead region, the version of the copy each other region acknowledged.',
  })
  async memberRegions(
    @Root() maa: MultiAreaAgreement,
    @Ctx() context: AgreementsContext,
  ): Promise<MultiAreaMemberRegion[]> {
    const delivered = await deliveries(context).load(maa.id);
    return context.services.multiArea.memberRegions(maa).map((regionCode) => {
      const lead = regionCode === maa.leadRegionCode;
      const delivery = delivered.get(regionCode);
      return {
        regionCode,
        lead,
        deliveredVersion: delivery?.version ?? null,
        deliveredAt: delivery?.at ?? null,
        upToDate: lead || delivery?.version === maa.version,
      };
    });
  }

  @FieldResolver(() => [MultiAreaPriority], {
    description: 'The shared priority outcomes (draft readers of a member area).',
  })
  priorities(@Root() maa: MultiAreaAgreement, @Ctx() { caller, services }: AgreementsContext): MultiAreaPriority[] {
    requireMultiAreaReader(caller, services.multiArea.regionAreas, maa.areaCodes);
    return maa.priorities;
  }

  @FieldResolver(() => [MultiAreaTarget], { description: 'The shared targets (draft readers of a member area).' })
  targets(@Root() maa: MultiAreaAgreement, @Ctx() { caller, services }: AgreementsContext): MultiAreaTarget[] {
    requireMultiAreaReader(caller, services.multiArea.regionAreas, maa.areaCodes);
    return maa.targets;
  }
}

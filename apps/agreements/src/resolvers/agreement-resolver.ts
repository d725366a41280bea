import { requireDraftReader } from '@laa/identity';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { Area } from '../entities/references';
import { Target } from '../entities/target';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { nullable: true })
  agreement(@Arg('id', () => ID) id: string, @Ctx() context: AgreementsContext): Promise<Agreement | null> {
    return agreementsLoaders(context).agreement.load(id);
  }

  @FieldResolver(() => Area)
  area(@Root() agreement: Agreement): Area {
    return { code: agreement.areaCode };
  }

  @FieldResolver(() => String, { description: 'The three years covered, e.g. 2008-2011.' })
  period(@Root() agreement: Agreement): string {
    return `${agreement.firstYear}-${agreement.firstYear + 3}`;
  }

  @FieldResolver(() => [Target], {
    description:
      "Designated, statutory DCSF and local targets. Drafts: the area's partnership, its GO and central departments only.",
  })
  targets(@Root() agreement: Agreement, @Ctx() context: AgreementsContext): Promise<Target[]> {
    requireDraftReader(context.caller, { region: agreement.regionCode, area: agreement.areaCode });
    return agreementsLoaders(context).targets.load(agreement.id);
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { Area } from '../entities/references';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

@Resolver(() => Area)
export class AreaAgreementResolver {
  @FieldResolver(() => Agreement, {
    nullable: true,
    description: "The area's current agreement (2008-2011), if one has been started.",
  })
  agreement(@Root() area: Area, @Ctx() context: AgreementsContext): Promise<Agreement | null> {
    return agreementsLoaders(context).agreementOfArea.load(area.code);
  }
}

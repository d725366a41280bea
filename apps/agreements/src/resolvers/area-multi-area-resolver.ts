import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MultiAreaAgreement } from '../entities/multi-area-agreement';
import { Area } from '../entities/references';
import { AgreementsContext } from './context';

@Resolver(() => Area)
export class AreaMultiAreaResolver {
  @FieldResolver(() => [MultiAreaAgreement], {
    description:
      'The multi-area agreements the area is a member of, as this region holds them (public, as multiAreaAgreements).',
  })
  multiAreaAgreements(
    @Root() area: Area,
    @Ctx() { loaders, services }: AgreementsContext,
  ): Promise<MultiAreaAgreement[]> {
    return loaders
      .loader<string, MultiAreaAgreement[]>('multiAreaOfArea', async (codes) => {
        const rows = await services.multiArea.ofAreas(codes);
        return codes.map((code) => rows.filter((row) => row.areaCodes.includes(code)));
      })
      .load(area.code);
  }
}

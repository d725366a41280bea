import { FieldResolver, Resolver, Root } from 'type-graphql';
import { MultiAreaTarget } from '../entities/multi-area-agreement';
import { Indicator } from '../entities/references';

@Resolver(() => MultiAreaTarget)
export class MultiAreaTargetResolver {
  @FieldResolver(() => Indicator)
  indicator(@Root() target: MultiAreaTarget): Indicator {
    return { code: target.indicatorCode };
  }
}

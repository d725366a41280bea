import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { FigureChoice } from '../entities/figure-choice';
import { EvidenceContext } from './context';

/** Names of people are not public (docs/ACCESS.md): published figures are, who loaded or chose them is for signed-in callers. */
export const nameForSignedIn = (context: EvidenceContext, name: string): string | null =>
  context.caller.authenticated ? name : null;

@Resolver(() => FigureChoice)
export class FigureChoiceResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who chose: for signed-in callers; null for the public.',
  })
  chosenBy(@Root() choice: FigureChoice, @Ctx() context: EvidenceContext): string | null {
    return nameForSignedIn(context, choice.chosenBy);
  }
}

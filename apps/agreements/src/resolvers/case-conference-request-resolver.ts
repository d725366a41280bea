import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { CaseConference, CaseConferenceRequest } from '../entities/case-conference';
import { Person } from '../entities/person';
import { AgreementsContext } from './context';
import { agreementsLoaders } from './loaders';

@Resolver(() => CaseConferenceRequest)
export class CaseConferenceRequestResolver {
  @FieldResolver(() => Person, { description: 'Who asked for it.' })
  requestedBy(@Root() request: CaseConferenceRequest): Person {
    return { id: request.requestedById, name: request.requestedByName };
  }

  @FieldResolver(() => CaseConference, {
    nullable: true,
    description: 'The conference the GO scheduled for it; null while it waits.',
  })
  async conference(
    @Root() request: CaseConferenceRequest,
    @Ctx() context: AgreementsContext,
  ): Promise<CaseConference | null> {
    if (!request.conferenceId) return null;
    const conferences = await agreementsLoaders(context).conferences.load(request.agreementId);
    return conferences.find((c) => c.id === request.conferenceId) ?? null;
  }
}

import { IsUUID, MaxLength, MinLength } from 'class-validator';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { CaseConferenceRequest } from '../entities/case-conference';
import { Person } from '../entities/person';
import { AgreementsContext } from './context';

@InputType({ description: "The GO declining the partnership's request for a case conference, and why." })
export class DeclineCaseConferenceRequestInput {
  @Field(() => ID)
  @IsUUID('all')
  agreementId: string;

  @Field(() => ID)
  @IsUUID('all')
  requestId: string;

  @Field({ description: 'Why: the partnership reads it with the request.' })
  @MinLength(3)
  @MaxLength(5000)
  reason: string;
}

/** The GO's answer to a request for a case conference when it is not a conference. */
@Resolver(() => CaseConferenceRequest)
export class ConferenceDeclineResolver {
  @Mutation(() => CaseConferenceRequest, {
    description:
      "The region's GO declines the partnership's request for a case conference, with its reason (kept on the request and in the history). " +
      'RULE_VIOLATION CONFERENCE_REQUEST_ANSWERED if already scheduled or declined.',
  })
  declineCaseConferenceRequest(
    @Arg('input') input: DeclineCaseConferenceRequestInput,
    @Ctx() { caller, services }: AgreementsContext,
  ): Promise<CaseConferenceRequest> {
    return services.conferences.decline(caller, input);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who at the GO declined it; null unless declined.' })
  declinedBy(@Root() request: CaseConferenceRequest): Person | null {
    return request.declinedById
      ? { id: request.declinedById, name: request.declinedByName ?? request.declinedById }
      : null;
  }
}

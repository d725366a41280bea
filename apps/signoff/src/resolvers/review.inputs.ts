import { IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Marks an agreement in sign-off for a cross-GO consistency review.' })
export class ConsistencyReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'agreementId must be an agreement id (a UUID)' })
  agreementId: string;

  @Field({ description: 'What looks inconsistent with comparable agreements.' })
  @Length(3, 2000)
  reason: string;
}

@InputType({ description: 'Settles a consistency review.' })
export class ResolveConsistencyReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'reviewId must be a review id (a UUID)' })
  reviewId: string;

  @Field({ description: 'How it was settled.' })
  @Length(3, 2000)
  resolution: string;
}

import { IsBoolean, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Asking the GO to let a target be signed before its reliable baseline is to hand.' })
export class RequestBaselineDeferralInput {
  @Field(() => ID)
  @IsUUID('all')
  targetId: string;

  @Field({ description: 'Why the baseline cannot be set yet.' })
  @MinLength(3)
  @MaxLength(2000)
  reason: string;

  @Field({ description: 'YYYY-MM-DD: the date by which the baseline will be set.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueBy must be a date YYYY-MM-DD' })
  dueBy: string;
}

@InputType({ description: "The GO's decision on a baseline deferral." })
export class DecideBaselineDeferralInput {
  @Field(() => ID)
  @IsUUID('all')
  deferralId: string;

  @Field()
  @IsBoolean()
  approve: boolean;

  @Field({ description: "Why (kept in the agreement's history and listed in the RD's recommendation)." })
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}

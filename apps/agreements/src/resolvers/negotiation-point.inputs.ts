import { IsIn, IsInt, IsOptional, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { PointSubjectKind } from '../entities/negotiation-point';

@InputType({ description: 'A new negotiation point against a priority, indicator, target or the whole agreement.' })
export class RaiseNegotiationPointInput {
  @Field(() => ID)
  @IsUUID('all')
  agreementId: string;

  @Field(() => PointSubjectKind)
  @IsIn(Object.values(PointSubjectKind))
  subjectKind: PointSubjectKind;

  @Field(() => String, {
    nullable: true,
    description: 'The priority or target id, or the indicator code; leave out for the whole agreement.',
  })
  @IsOptional()
  @MaxLength(60)
  subjectRef?: string | null;

  @Field({ description: 'The point in a line.' })
  @MinLength(3)
  @MaxLength(200)
  title: string;

  @Field({ description: 'The case for it (opens the thread).' })
  @MinLength(3)
  @MaxLength(5000)
  detail: string;
}

@InputType({ description: "A comment in a negotiation point's thread." })
export class CommentOnNegotiationPointInput {
  @Field(() => ID)
  @IsUUID('all')
  pointId: string;

  @Field()
  @MinLength(1)
  @MaxLength(5000)
  text: string;
}

@InputType({
  description: 'A step of a negotiation point (escalate, resolve, withdraw) with the reason, against the version read.',
})
export class NegotiationPointStepInput {
  @Field(() => ID)
  @IsUUID('all')
  pointId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ description: 'Why (kept in the thread and the history).' })
  @MinLength(3)
  @MaxLength(5000)
  reason: string;
}

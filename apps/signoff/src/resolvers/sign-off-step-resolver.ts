import { IsInt, IsUUID, Length, Min } from 'class-validator';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { SignOff } from '../entities/sign-off';
import { SignOffStage } from '../entities/sign-off-stage';
import { SignOffContext } from './context';

@InputType({ description: 'The next step of an agreement\'s sign-off, taken by the person whose role it is, with a reason.' })
export class SignOffStepInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'agreementId must be an agreement id (a UUID)' })
  agreementId: string;

  @Field(() => SignOffStage, { description: 'The stage this step reaches: always the next one in order.' })
  stage: SignOffStage;

  @Field(() => Int, { description: 'The sign-off version you read (0 before the first step).' })
  @IsInt()
  @Min(0)
  expectedVersion: number;

  @Field({ description: 'Why: kept in the sign-off history.' })
  @Length(3, 2000, { message: 'reason must be 3 to 2000 characters' })
  reason: string;
}

@Resolver(() => SignOff)
export class SignOffStepResolver {
  @Mutation(() => SignOff, {
    description:
      'Takes the next sign-off step: LSP_SIGNED_OFF and PARTNERS_AGREED by a partnership officer of the area, ' +
      'TARGETS_SIGNED_OFF by a GO theme lead, RD_RECOMMENDED by the Regional Director, SIGNED by a Minister. ' +
      'FORBIDDEN for any other role, RULE_VIOLATION out of order or before the draft is submitted, CONFLICT if stale.',
  })
  takeSignOffStep(@Arg('input') input: SignOffStepInput, @Ctx() { caller, services }: SignOffContext): Promise<SignOff> {
    return services.signOffs.takeStep(caller, input);
  }
}

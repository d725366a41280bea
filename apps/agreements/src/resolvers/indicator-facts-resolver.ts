import { requirePeer } from '@laa/subgraph';
import { ArrayMaxSize, IsIn, IsISO8601, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { Arg, Ctx, Directive, Field, InputType, Mutation, Resolver } from 'type-graphql';
import { Agreement } from '../entities/agreement';
import { AgreementsContext } from './context';

@Directive('@inaccessible')
@InputType({
  description: "A data steward's correction of an indicator's polarity or department, as evidence holds it.",
})
export class HeldCorrectionInput {
  @Field()
  @IsUUID()
  id: string;

  @Field({ description: 'POLARITY or DEPARTMENT.' })
  @IsIn(['POLARITY', 'DEPARTMENT'])
  field: 'POLARITY' | 'DEPARTMENT';

  @Field({ description: 'A Polarity or a Department.' })
  @Length(1, 40)
  value: string;

  @Field()
  @Length(1, 4000)
  source: string;

  @Field()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  effectiveFrom: string;

  @Field({ description: 'When evidence recorded it (ISO 8601): the later-recorded of two in effect wins.' })
  @IsISO8601()
  recordedAt: string;
}

@Directive('@inaccessible')
@InputType({
  description: "Every polarity and department correction of one indicator, after a data steward's correction.",
})
export class HeldCorrectionsInput {
  @Field()
  @Matches(/^NI\d{1,3}$/)
  indicatorCode: string;

  @Field(() => [HeldCorrectionInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(200)
  corrections: HeldCorrectionInput[];
}

/** Agreements' copy of the corrected indicator facts its rules read: fed by evidence, which owns the corrections. */
@Resolver(() => Agreement)
export class IndicatorFactsResolver {
  @Directive('@inaccessible')
  @Mutation(() => Boolean, {
    description:
      "Evidence sends an indicator's polarity and department corrections after a steward's correction; sending them again changes nothing.",
  })
  async holdIndicatorCorrections(
    @Arg('input') input: HeldCorrectionsInput,
    @Ctx() context: AgreementsContext,
  ): Promise<boolean> {
    requirePeer(context, 'evidence', 'send corrections of indicator facts');
    await context.services.statutorySet.holdFactCorrections(
      input.indicatorCode,
      input.corrections.map((c) => ({ ...c, indicatorCode: input.indicatorCode, recordedAt: new Date(c.recordedAt) })),
    );
    return true;
  }
}

import { Polarity, Theme } from '@laa/domain';
import { Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({
  description: 'A local indicator, defined by the area where the national set does not cover a local priority.',
})
export class DefineLocalIndicatorInput {
  @Field({ description: "The area's 2008 code." })
  @MaxLength(10)
  area: string;

  @Field({
    description: 'A short code of the area\'s choosing; the indicator is then "<area>-<code>", e.g. 00CG-ALC1.',
  })
  @Matches(/^[A-Za-z0-9]{1,12}$/, { message: 'code must be 1 to 12 letters or digits' })
  code: string;

  @Field()
  @Length(3, 300)
  title: string;

  @Field({ description: 'How it is measured: numerator, denominator, source, frequency.' })
  @Length(10, 5000)
  definition: string;

  @Field(() => Theme)
  theme: Theme;

  @Field(() => Polarity, {
    nullable: true,
    description: 'Which direction is an improvement; without it there is no direction of travel or rank.',
  })
  polarity?: Polarity | null;
}

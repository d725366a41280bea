import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { calendarDate } from './date-column';

@ObjectType({
  description: "A partner's governing body agreeing the draft (the council, a PCT Board, a Police Authority, ...).",
})
@Entity({ name: 'governing_body_agreement' })
export class GoverningBodyAgreement {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Column({ type: 'uuid', name: 'step_id' })
  stepId: string;

  @Field({ description: 'The partner organisation, e.g. "Sheffield City Council".' })
  @Column({ type: 'text' })
  organisation: string;

  @Field({ description: 'Its governing body that agreed, e.g. "Cabinet", "PCT Board", "Police Authority".' })
  @Column({ type: 'text' })
  body: string;

  @Field({ description: 'When it agreed (YYYY-MM-DD).' })
  @Column({ type: 'date', name: 'agreed_on', transformer: calendarDate })
  agreedOn: string;

  @Field({ description: 'True for generated demo data.' })
  @Column({ type: 'boolean' })
  synthetic: boolean;
}

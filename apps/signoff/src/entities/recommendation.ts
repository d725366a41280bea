import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description:
    'The Regional Director\'s recommendation to Ministers in the standard format: the shape of the LAA, its likely impact, ' +
    'and how the priorities follow from the evidence and the story of place. Produced when the RD recommends.',
})
@Entity({ name: 'recommendation' })
export class Recommendation {
  @PrimaryColumn({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field({ description: 'The whole document, a self-contained HTML page (print it for PDF: it has a print stylesheet).' })
  @Column({ type: 'text' })
  html: string;

  @Field({ description: 'The Regional Director who recommended it.' })
  @Column({ type: 'text', name: 'recommended_by' })
  recommendedBy: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'generated_at' })
  generatedAt: Date;
}

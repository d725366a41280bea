import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, EntityManager, PrimaryColumn } from 'typeorm';
import type { RecommendationContent } from '../services/recommendation/content';

@ObjectType({
  description:
    "The Regional Director's recommendation to Ministers in the standard format: the shape of the LAA, its likely impact, " +
    'and how the priorities follow from the evidence and the story of place. Produced each time the RD recommends; earlier versions are kept.',
})
@Entity({ name: 'recommendation' })
export class Recommendation {
  @PrimaryColumn({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Field(() => Int, {
    description: '1 for the first recommendation; the RD recommending again (after targets changed) makes the next.',
  })
  @PrimaryColumn({ type: 'int' })
  version: number;

  @Field({ description: 'The whole document, a self-contained HTML page with an A4 print stylesheet.' })
  @Column({ type: 'text' })
  html: string;

  @Field({ description: 'The Regional Director who recommended it.' })
  @Column({ type: 'text', name: 'recommended_by' })
  recommendedBy: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'generated_at' })
  generatedAt: Date;

  /** The standard-format content the HTML and the PDF are rendered from (null only for documents from before it was kept). */
  @Column({ type: 'jsonb', nullable: true })
  content: RecommendationContent | null;
}

/** The recommendation Ministers are asked to sign: the RD's latest. */
export const latestRecommendation = (manager: EntityManager, agreementId: string): Promise<Recommendation | null> =>
  manager.findOne(Recommendation, { where: { agreementId }, order: { version: 'DESC' } });

@ObjectType({ description: 'A file to download: the recommendation as PDF.' })
export class DocumentFile {
  @Field({ description: 'A file name to save it as, e.g. "recommendation-barnsley-2008-2011.pdf".' })
  fileName: string;

  @Field({ description: 'application/pdf' })
  mediaType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: 'The file itself, base64-encoded.' })
  base64: string;
}

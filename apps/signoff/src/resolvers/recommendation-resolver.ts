import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DocumentFile, Recommendation } from '../entities/recommendation';
import { recommendationPdf } from '../services/recommendation/pdf';
import { SignOffContext } from './context';

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @FieldResolver(() => DocumentFile, {
    nullable: true,
    description:
      'The same standard-format document as a PDF (A4) to download, rendered from the same content as html; readable by whoever may read the ' +
      'recommendation (draft readers of the area). Null only for recommendations made before their content was kept.',
  })
  async pdf(@Root() recommendation: Recommendation, @Ctx() _context: SignOffContext): Promise<DocumentFile | null> {
    const content = recommendation.content;
    if (!content) return null;
    const file = await recommendationPdf(content);
    const years = content.title.match(/\d{4}-\d{4}$/)?.[0] ?? '';
    return {
      fileName: `recommendation-${slug(content.areaName)}${years ? `-${years}` : ''}.pdf`,
      mediaType: 'application/pdf',
      sizeBytes: file.length,
      base64: file.toString('base64'),
    };
  }
}

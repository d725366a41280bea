import { manyByKey, oneByKey } from '@laa/subgraph';
import { CommunityStrategy } from '../entities/community-strategy';
import { FigureChoice } from '../entities/figure-choice';
import { Indicator } from '../entities/indicator';
import { IndicatorCorrection } from '../entities/indicator-correction';
import { IndicatorRevision } from '../entities/indicator-revision';
import { StatutoryMembership } from '../entities/statutory-membership';
import { Observation } from '../entities/observation';
import { RegisteredArea } from '../entities/registered-area';
import { SimilarArea } from '../entities/similar-area';
import { SoftEvidence } from '../entities/soft-evidence';
import { StoryClaim, StoryOfPlace } from '../entities/story-of-place';
import { DatedFigure, FigureRef, figureKey } from '../services/figures-of-record';
import { EvidenceContext } from './context';

/** The evidence subgraph's relations, each batched per request. */
export const evidenceLoaders = ({ loaders, services }: EvidenceContext) => ({
  indicator: loaders.loader<string, Indicator | null>('indicator', async (codes) =>
    oneByKey(codes, await services.indicators.byCodes(codes), (i) => i.code),
  ),
  revisions: loaders.loader<string, IndicatorRevision[]>('revisions', async (codes) =>
    manyByKey(codes, await services.indicators.revisionsOf(codes), (r) => r.indicatorCode),
  ),
  statutoryMemberships: loaders.loader<string, StatutoryMembership[]>('statutoryMemberships', async (codes) =>
    manyByKey(codes, await services.indicators.membershipsOf(codes), (m) => m.indicatorCode),
  ),
  corrections: loaders.loader<string, IndicatorCorrection[]>('corrections', async (codes) =>
    manyByKey(codes, await services.indicators.correctionsOf(codes), (c) => c.indicatorCode),
  ),
  observationsOfArea: loaders.loader<string, Observation[]>('observationsOfArea', async (codes) =>
    manyByKey(codes, await services.indicators.observationsOfAreas(codes), (o) => o.areaCode),
  ),
  figuresOfArea: loaders.loader<string, DatedFigure[]>('figuresOfArea', async (codes) =>
    manyByKey(codes, await services.evidence.figures({ areaCode: [...codes] }), (f) => f.areaCode),
  ),
  figuresOfIndicator: loaders.loader<string, DatedFigure[]>('figuresOfIndicator', async (codes) =>
    manyByKey(codes, await services.evidence.figures({ indicatorCode: [...codes] }), (f) => f.indicatorCode),
  ),
  releasesOfFigure: loaders.loader<FigureRef, Observation[]>('releasesOfFigure', async (figures) => {
    const releases = await services.evidence.releasesOf(figures);
    return manyByKey(figures.map(figureKey), releases, figureKey);
  }),
  choicesOfFigure: loaders.loader<FigureRef, FigureChoice[]>('choicesOfFigure', async (figures) => {
    const choices = await services.evidence.choicesOf(figures);
    return manyByKey(figures.map(figureKey), choices, figureKey);
  }),
  similarAreas: loaders.loader<string, SimilarArea[]>('similarAreas', async (codes) =>
    manyByKey(codes, await services.evidence.neighboursOf(codes), (n) => n.areaCode),
  ),
  softEvidence: loaders.loader<string, SoftEvidence | null>('softEvidence', async (ids) =>
    oneByKey(ids, await services.softEvidence.byIds(ids), (item) => item.id),
  ),
  softEvidenceOfArea: loaders.loader<string, SoftEvidence[]>('softEvidenceOfArea', async (codes) =>
    manyByKey(codes, await services.softEvidence.ofAreas(codes), (item) => item.areaCode),
  ),
  storyVersionsOfArea: loaders.loader<string, StoryOfPlace[]>('storyVersionsOfArea', async (codes) =>
    manyByKey(codes, await services.stories.versionsOf(codes), (story) => story.areaCode),
  ),
  claimsOfStory: loaders.loader<string, StoryClaim[]>('claimsOfStory', async (ids) =>
    manyByKey(ids, await services.stories.claimsOf(ids), (claim) => claim.storyId),
  ),
  communityStrategy: loaders.loader<string, CommunityStrategy | null>('communityStrategy', async (ids) =>
    oneByKey(ids, await services.communityStrategies.byIds(ids), (strategy) => strategy.id),
  ),
  communityStrategiesOfArea: loaders.loader<string, CommunityStrategy[]>('communityStrategiesOfArea', async (codes) =>
    manyByKey(codes, await services.communityStrategies.ofAreas(codes), (strategy) => strategy.areaCode),
  ),
  /** Every area of England (150 rows): one statement per request, whatever asks. */
  registeredAreas: loaders.loader<'all', RegisteredArea[]>('registeredAreas', async (keys) => {
    const areas = await services.evidence.areas();
    return keys.map(() => areas);
  }),
});

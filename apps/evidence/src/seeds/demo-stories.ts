import { seededRandom } from '@laa/demo-data';
import { RegionCode, Theme } from '@laa/domain';
import { readAreas } from '@laa/reference-data';
import { EntityManager } from 'typeorm';
import { SoftEvidence, SoftEvidenceKind } from '../entities/soft-evidence';
import { StoryClaim, StoryOfPlace } from '../entities/story-of-place';

const WRITER = 'Demo Partnership Officer (synthetic)';
const NOTE = 'LSP board, December 2007 (synthetic demo sign-off)';

/** A story of place (signed off by the LSP) and two items of soft intelligence for each area of the region: all synthetic. */
export async function seedDemoStories(manager: EntityManager, region: RegionCode): Promise<void> {
  for (const area of readAreas().filter((a) => a.regionCode === region)) {
    const random = seededRandom(`story:${area.code}`);
    const [survey, inspection] = await manager
      .getRepository(SoftEvidence)
      .save(softEvidenceOf(area.code, area.name, random));
    const story = await manager.getRepository(StoryOfPlace).save({
      areaCode: area.code,
      version: 1,
      placeToday: `${area.name} is a ${area.typeDescription.toLowerCase()} of contrasts: strong neighbourhoods beside wards among the most deprived in England. (Synthetic demo story, not the area's own words.)`,
      ambition: `A ${area.name} where everyone shares in a growing economy, and where people feel safe and healthy. (Synthetic.)`,
      writtenBy: WRITER,
      signedOffBy: WRITER,
      signedOffAt: new Date('2007-12-12T10:00:00Z'),
      signOffNote: NOTE,
      synthetic: true,
    });
    await manager.getRepository(StoryClaim).insert([
      {
        storyId: story.id,
        position: 1,
        statement: 'Alcohol-related harm drives violent crime and hospital admissions (synthetic claim).',
        indicatorCodes: ['NI39', 'NI20'],
        softEvidenceIds: [survey.id],
      },
      {
        storyId: story.id,
        position: 2,
        statement: 'Too many young people leave school without qualifications or a job (synthetic claim).',
        indicatorCodes: ['NI117', 'NI75'],
        softEvidenceIds: [inspection.id],
      },
    ]);
  }
}

function softEvidenceOf(
  areaCode: string,
  name: string,
  random: () => number,
): Omit<SoftEvidence, 'id' | 'recordedAt'>[] {
  const share = Math.round(25 + random() * 30);
  const common = { areaCode, recordedBy: WRITER, version: 1, synthetic: true, priorityIds: [] };
  return [
    {
      ...common,
      kind: SoftEvidenceKind.RESIDENT_SURVEY,
      title: `${name} residents' survey: drunk and rowdy behaviour`,
      theme: Theme.SAFER_AND_STRONGER_COMMUNITIES,
      summary: `${share}% of residents see drunk or rowdy behaviour as a problem in their area (synthetic).`,
      source: "Residents' survey 2007 (synthetic)",
      dated: '2007-09-30',
      indicatorCodes: ['NI41', 'NI39'],
    },
    {
      ...common,
      kind: SoftEvidenceKind.INSPECTION_FINDING,
      title: `${name} annual performance assessment: 14-19 provision`,
      theme: Theme.CHILDREN_AND_YOUNG_PEOPLE,
      summary: 'Inspectors found 14-19 provision adequate but uneven across the area (synthetic).',
      source: 'Annual performance assessment 2007 (synthetic)',
      dated: '2007-11-15',
      indicatorCodes: ['NI117'],
    },
  ];
}

import { useQuery } from '@apollo/client/react';
import { ActionContext } from '../agreement/ActionForm';
import { STORY_OF_PLACE } from './place-queries';
import { SoftEvidenceSection } from './SoftEvidenceSection';
import { StorySection } from './StorySection';
import { useEvidenceCapabilities, useRunChange } from './use-region';

/** The draft parts of the evidence base: the story of place and the soft intelligence (the area's negotiators only). */
export function PlaceSections({
  regionCode,
  areaCode,
  indicatorCode,
}: {
  regionCode: string;
  areaCode: string;
  indicatorCode: string;
}) {
  const can = useEvidenceCapabilities({ region: regionCode, area: areaCode });
  const { data, error, loading, refetch } = useQuery(STORY_OF_PLACE, {
    variables: { area: areaCode },
    skip: !can.readDrafts,
  });
  const run = useRunChange(refetch);
  if (!can.readDrafts) {
    return (
      <section className="place" aria-labelledby="story-heading">
        <h2 className="govuk-heading-m" id="story-heading">
          Story of place and soft intelligence
        </h2>
        <p className="govuk-body">
          The story of place and the soft intelligence are drafts: sign in as the area's partnership, its Government
          Office or a central department to read them.
        </p>
      </section>
    );
  }
  if (loading && !data)
    return (
      <section className="place">
        <p className="govuk-body" aria-live="polite">
          Reading the story of place…
        </p>
      </section>
    );
  if (error || !data?.area)
    return (
      <section className="place">
        <p className="govuk-body" role="alert">
          The story of place could not be read: {error?.message ?? 'not found'}.
        </p>
      </section>
    );
  const { storyOfPlace: latest, storyOfPlaceVersions: versions, softEvidence, communityStrategies } = data.area;
  return (
    <ActionContext.Provider value={run}>
      <StorySection
        regionCode={regionCode}
        areaCode={areaCode}
        latest={latest}
        versions={versions}
        softEvidence={softEvidence}
        strategies={communityStrategies}
        can={can}
      />
      <SoftEvidenceSection areaCode={areaCode} items={softEvidence} can={can} indicatorCode={indicatorCode} />
    </ActionContext.Provider>
  );
}

import { ApolloClient } from '@apollo/client';
import { graphql } from '../gql';
import { useQuery } from '@apollo/client/react';
import { signOffStages } from '../labels';
import { FLAG, RESOLVE_REVIEW } from './agreement-sign-off-queries';
import { Panel, submit, text } from './sign-off-panels';
import { useAction } from './use-gateway';
import { person } from '../words';
import { Button, TextInput } from '../govuk';

/** What a moderator from another region may see: the area, the sign-off stage and its consistency reviews (not the drafts). */
const MODERATION = graphql(`
  query Moderation($id: ID!) {
    agreement(id: $id) {
      id
      area {
        name
      }
      signOff {
        stage
        consistencyReviews {
          id
          reason
          raisedBy
          resolvedAt
          resolvedBy
          resolution
        }
      }
    }
  }
`);

/**
 * Cross-GO moderation of another region's agreement: a Regional Director or Deputy of any region may mark it for a
 * consistency review, or settle one, without reading its drafts.
 */
export function CrossRegionModeration({ client, agreementId }: { client: ApolloClient; agreementId: string }) {
  const { data, refetch } = useQuery(MODERATION, {
    client,
    variables: { id: agreementId },
    fetchPolicy: 'network-only',
  });
  const { run, outcome, pending } = useAction(client, () => refetch());
  const agreement = data?.agreement;
  if (!agreement) return null;
  const open = agreement.signOff.consistencyReviews.find((r) => !r.resolvedAt);
  return (
    <Panel
      id="panel-moderation"
      title={`Cross-GO moderation: ${agreement.area.name} (${signOffStages.label(agreement.signOff.stage)})`}
      outcome={outcome}
    >
      <ul className="govuk-list">
        {agreement.signOff.consistencyReviews.map((r) => (
          <li key={r.id}>
            {r.reason}, raised by {person(r.raisedBy)}
            {r.resolvedAt ? `; resolved by ${person(r.resolvedBy)}: ${r.resolution}` : ' (open)'}
          </li>
        ))}
      </ul>
      {open ? (
        <form
          onSubmit={submit(
            (form) =>
              void run(
                RESOLVE_REVIEW,
                { input: { reviewId: open.id, resolution: text(form, 'resolution') } },
                'Consistency review resolved',
              ),
          )}
        >
          <TextInput label="Resolution" name="resolution" required minLength={3} />
          <Button type="submit" disabled={pending}>
            Resolve the review
          </Button>
        </form>
      ) : (
        <form
          onSubmit={submit(
            (form) =>
              void run(FLAG, { input: { agreementId, reason: text(form, 'reason') } }, 'Marked for consistency review'),
          )}
        >
          <TextInput label="What looks inconsistent" name="reason" required minLength={3} />
          <Button type="submit" disabled={pending}>
            Mark for consistency review
          </Button>
        </form>
      )}
    </Panel>
  );
}

import { registerEnumType } from 'type-graphql';
import { PRIORITY_CRITERIA, PRIORITY_CRITERIA_SOURCE, PriorityCriterion } from '@laa/domain';

export { PRIORITY_CRITERIA, PRIORITY_CRITERIA_SOURCE, PriorityCriterion, SHEFFIELD_CRITERIA } from '@laa/domain';

registerEnumType(PriorityCriterion, {
  name: 'PriorityCriterion',
  description: `A criterion a priority outcome is tested against. Source: ${PRIORITY_CRITERIA_SOURCE}.`,
  valuesConfig: Object.fromEntries(
    Object.entries(PRIORITY_CRITERIA).map(([key, text]) => [key, { description: text }]),
  ),
});

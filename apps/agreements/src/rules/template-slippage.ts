import { daysBetween } from '../entities/date-column';
import { AgreementStage } from '../entities/agreement-stage';
import { TemplateMilestone } from './process-map';

const ORDER: readonly AgreementStage[] = Object.values(AgreementStage);

/** How far an area is behind the round's template on a day: the oldest milestone it missed and by how many days. */
export interface TemplateStanding {
  behindTemplateDays: number;
  missedTemplateMilestone: TemplateMilestone | null;
}

/**
 * A template milestone closes its stage: an agreement has met it once its stage is past that one. An area without
 * an agreement (stage null) has met none. A milestone not met and past its due date is missed; the area is behind
 * by the days since the oldest one missed.
 */
export function templateStanding(
  template: readonly TemplateMilestone[],
  stage: AgreementStage | null,
  on: string,
): TemplateStanding {
  const reached = stage === null ? -1 : ORDER.indexOf(stage);
  const missed = template
    .filter((m) => reached <= ORDER.indexOf(m.stage) && daysBetween(m.dueOn, on) > 0)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const oldest = missed[0] ?? null;
  return { behindTemplateDays: oldest ? daysBetween(oldest.dueOn, on) : 0, missedTemplateMilestone: oldest };
}

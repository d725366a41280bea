import { daysBetween } from '../entities/date-column';
import { Milestone, MilestoneStatus } from '../entities/milestone';

type Dated = Pick<Milestone, 'dueOn' | 'completedOn' | 'status'>;

/** Days late on `on` (YYYY-MM-DD): done after its due date, or not done and past it; 0 if on time. */
export function milestoneSlippage(milestone: Dated, on: string): number {
  return Math.max(0, daysBetween(milestone.dueOn, milestone.completedOn ?? on));
}

/** How an agreement's process map stands on a day: its worst slippage, how many milestones are late, what is next. */
export interface ProcessMapStanding<M extends Dated> {
  slippageDays: number;
  lateMilestones: number;
  nextMilestone: M | null;
}

/** Milestones in due-date order; a late one counts whether it was done late or is still open past its date. */
export function standingOf<M extends Dated>(milestones: readonly M[], on: string): ProcessMapStanding<M> {
  const slips = milestones.map((m) => milestoneSlippage(m, on));
  return {
    slippageDays: Math.max(0, ...slips),
    lateMilestones: slips.filter((days) => days > 0).length,
    nextMilestone: milestones.find((m) => m.status !== MilestoneStatus.DONE) ?? null,
  };
}

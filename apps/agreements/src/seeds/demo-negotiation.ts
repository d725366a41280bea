import { insertInBatches } from '@laa/database';
import { seededRandom, stableUuid } from '@laa/demo-data';
import { EntityManager } from 'typeorm';
import { Agreement } from '../entities/agreement';
import { AgreementStage } from '../entities/agreement-stage';
import { Milestone, MilestoneStatus } from '../entities/milestone';
import {
  NegotiationPoint,
  NegotiationPointEvent,
  NegotiationPointStatus,
  PointEventKind,
  PointSubjectKind,
} from '../entities/negotiation-point';
import { Priority, PriorityLink } from '../entities/priority';
import { PriorityCriterion } from '../entities/priority-criteria';
import { Target } from '../entities/target';
import { TargetKind } from '../entities/target-kind';
import { PROCESS_MAP_TEMPLATE } from '../rules/process-map';

const ORDER = Object.values(AgreementStage);

/** Demo process maps for every agreement; priorities and an open point where the draft has targets. */
export async function seedDemoNegotiation(manager: EntityManager): Promise<void> {
  const agreements = await manager.find(Agreement, { where: { synthetic: true } });
  const targets = await manager.find(Target, { where: { synthetic: true } });
  await insertInBatches(manager, Milestone, agreements.flatMap(milestonesOf));
  const drafting = agreements.filter((a) => targets.some((t) => t.agreementId === a.id));
  await insertInBatches(manager, Priority, drafting.flatMap(prioritiesOf));
  await insertInBatches(manager, PriorityLink, drafting.flatMap(linksOf));
  const points = drafting
    .filter((a) => a.stage === AgreementStage.TARGETS)
    .flatMap((a) => {
      const statutory = targets.find((t) => t.agreementId === a.id && t.kind === TargetKind.STATUTORY_DCSF);
      return statutory ? [pointOf(a, statutory)] : [];
    });
  await insertInBatches(
    manager,
    NegotiationPoint,
    points.map((p) => p.point),
  );
  await insertInBatches(
    manager,
    NegotiationPointEvent,
    points.map((p) => p.event),
  );
}

function milestonesOf(agreement: Agreement): Milestone[] {
  const random = seededRandom(`milestones:${agreement.id}`);
  const reached = ORDER.indexOf(agreement.stage);
  return PROCESS_MAP_TEMPLATE.map((step) => {
    const index = ORDER.indexOf(step.stage);
    const done = index < reached;
    const slip = Math.floor(random() * 21);
    const completed = new Date(Date.parse(step.dueOn) + slip * 86_400_000).toISOString().slice(0, 10);
    return {
      id: stableUuid(`milestone:${agreement.id}:${step.stage}`),
      agreementId: agreement.id,
      title: step.title,
      dueOn: step.dueOn,
      owner: step.owner,
      status: done ? MilestoneStatus.DONE : index === reached ? MilestoneStatus.IN_PROGRESS : MilestoneStatus.PLANNED,
      completedOn: done ? completed : null,
      synthetic: true,
      version: 1,
    };
  });
}

/** A priority that stands (not removed). */
const STANDING = { removedAt: null, removedById: null, removedByName: null, removalReason: null };

const priorityId = (agreement: Agreement, key: string) => stableUuid(`priority:${agreement.id}:${key}`);

/** Sheffield's cross-cutting example from the source, as a demo priority of every drafting agreement. */
function prioritiesOf(agreement: Agreement): Priority[] {
  const base = {
    agreementId: agreement.id,
    sharedWithAreas: [],
    synthetic: true,
    version: 1,
    assessedById: 'demo',
    assessedByName: 'Demo Partnership Officer',
    ...STANDING,
  };
  return [
    {
      ...base,
      id: priorityId(agreement, 'alcohol'),
      title: 'Reducing alcohol related harm',
      description: 'Cross-cutting: health, crime and anti-social behaviour (synthetic demo priority).',
      tier: 1,
      criteriaMet: [PriorityCriterion.SHEFFIELD_LOCAL_PEOPLE, PriorityCriterion.GOSE_SYNERGY_ACROSS_THEMES],
      assessmentReason: "Residents' survey ranks it highly; it links three themes (synthetic).",
    },
    {
      ...base,
      id: priorityId(agreement, 'violence'),
      title: 'Reducing domestic violence',
      description: 'Synthetic demo priority.',
      tier: 2,
      criteriaMet: [PriorityCriterion.SHEFFIELD_SERVICE_IMPROVEMENT],
      assessmentReason: 'Service improvement priority of the Crime and Disorder Reduction Partnership (synthetic).',
    },
  ];
}

function linksOf(agreement: Agreement): PriorityLink[] {
  const from = priorityId(agreement, 'alcohol');
  const link = (
    key: string,
    to: { toPriorityId?: string; toIndicatorCode?: string },
    description: string,
  ): PriorityLink => ({
    id: stableUuid(`priority-link:${agreement.id}:${key}`),
    agreementId: agreement.id,
    fromPriorityId: from,
    toPriorityId: to.toPriorityId ?? null,
    toIndicatorCode: to.toIndicatorCode ?? null,
    description,
  });
  return [
    link('admissions', { toIndicatorCode: 'NI39' }, 'Fewer alcohol-related hospital admissions'),
    link('crime', { toIndicatorCode: 'NI20' }, 'Less alcohol-related violent crime'),
    link(
      'violence',
      { toPriorityId: priorityId(agreement, 'violence') },
      'Alcohol is a factor in much domestic violence',
    ),
  ];
}

function pointOf(agreement: Agreement, target: Target): { point: NegotiationPoint; event: NegotiationPointEvent } {
  const days = 3 + Math.floor(seededRandom(`point:${agreement.id}`)() * 40);
  const raisedAt = new Date(Date.now() - days * 86_400_000);
  const id = stableUuid(`point:${agreement.id}:${target.indicatorCode}`);
  return {
    point: {
      id,
      agreementId: agreement.id,
      subjectKind: PointSubjectKind.TARGET,
      subjectRef: target.id,
      title: `${target.indicatorCode} year 3 level below the trend projection (synthetic)`,
      status: NegotiationPointStatus.OPEN,
      raisedById: 'analyst-dcsf',
      raisedByName: 'Demo DCSF Analyst',
      raisedByRole: 'DEPARTMENT_ANALYST',
      department: 'DCSF',
      raisedAt,
      closedAt: null,
      // The department's point reached the area through the GO, the day it was raised.
      relayedAt: raisedAt,
      relayedById: `rm-${agreement.regionCode}`,
      relayedByName: 'Demo Relationship Manager',
      relayedByRole: 'RELATIONSHIP_MANAGER',
      decision: null,
      decidedById: null,
      decidedByName: null,
      decidedAt: null,
      version: 1,
    },
    event: {
      id: stableUuid(`point-event:${id}:raised`),
      pointId: id,
      kind: PointEventKind.RAISED,
      byId: 'analyst-dcsf',
      byName: 'Demo DCSF Analyst',
      at: raisedAt,
      text: 'DCSF would expect a more ambitious level (synthetic).',
    },
  };
}

import { ServiceName } from '@laa/config';

export interface ServiceResources {
  replicas: number;
  requests: { cpu: string; memory: string };
  limits: { memory: string };
}

const SUBGRAPH: ServiceResources = {
  replicas: 2,
  requests: { cpu: '100m', memory: '256Mi' },
  limits: { memory: '512Mi' },
};

/**
 * What each service asks of a node. Two replicas each, so a node's loss or a rollout never leaves a
 * service without one. Memory is capped (a leak restarts one pod, not the node); CPU is not, so a quiet
 * cluster lends spare cycles. Evidence holds an import's chunks in memory: it gets more.
 */
export const SERVICE_RESOURCES: Record<ServiceName, ServiceResources> = {
  partners: SUBGRAPH,
  evidence: { replicas: 2, requests: { cpu: '200m', memory: '512Mi' }, limits: { memory: '1Gi' } },
  agreements: SUBGRAPH,
  signoff: SUBGRAPH,
  gateway: { replicas: 2, requests: { cpu: '200m', memory: '256Mi' }, limits: { memory: '512Mi' } },
};

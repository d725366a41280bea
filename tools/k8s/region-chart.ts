import { SERVICE_NAMES, serviceCalls, ServiceName, SubgraphName } from '@laa/config';
import { RegionCode, regionByCode } from '@laa/domain';
import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-31';
import { Construct } from 'constructs';
import { SERVICE_RESOURCES } from './resources';
import { CONTAINER_PORT, SECRET_NAME, serviceSettings } from './settings';

export interface ImageSettings {
  /** Where the images built from docker/service.Dockerfile are pushed: `<repository>/<service>:<tag>`. */
  repository: string;
  tag: string;
}

/** Each region runs in a namespace of its own: the same names (partners, gateway ...) in all nine. */
export const regionNamespace = (region: RegionCode) => `laa-${region.toLowerCase()}`;

const labelsOf = (service: ServiceName) => ({
  'app.kubernetes.io/name': service,
  'app.kubernetes.io/part-of': 'laa-platform',
});

/** One region: its namespace, and each service's settings, Deployment, Service, disruption budget and network policy. */
export class RegionChart extends Chart {
  constructor(
    scope: Construct,
    readonly region: RegionCode,
    images: ImageSettings,
  ) {
    // The namespace is set object by object: a Namespace itself has none.
    super(scope, `region-${region}`, { disableResourceNameHashes: true });
    new k8s.KubeNamespace(this, 'namespace', {
      metadata: {
        name: regionNamespace(region),
        labels: { 'laa-platform/region': region, 'laa-platform/region-name': slug(regionByCode(region).name) },
      },
    });
    for (const service of SERVICE_NAMES) this.addService(service, images);
  }

  private addService(service: ServiceName, images: ImageSettings): void {
    const settings = serviceSettings(service, this.region);
    const metadata = (name: string) => ({ name, namespace: regionNamespace(this.region), labels: labelsOf(service) });
    new k8s.KubeConfigMap(this, `${service}-settings`, {
      metadata: metadata(`${service}-settings`),
      data: settings.plain,
    });
    new k8s.KubeDeployment(this, `${service}-deployment`, {
      metadata: metadata(service),
      spec: deploymentSpec(service, images, settings.secret),
    });
    new k8s.KubeService(this, `${service}-service`, {
      metadata: metadata(service),
      spec: {
        selector: labelsOf(service),
        ports: [{ name: 'http', port: CONTAINER_PORT, targetPort: k8s.IntOrString.fromString('http') }],
      },
    });
    new k8s.KubePodDisruptionBudget(this, `${service}-budget`, {
      metadata: metadata(service),
      spec: { minAvailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: labelsOf(service) } },
    });
    new k8s.KubeNetworkPolicy(this, `${service}-callers`, {
      metadata: metadata(`${service}-callers`),
      spec: networkPolicy(service),
    });
  }
}

function deploymentSpec(service: ServiceName, images: ImageSettings, secrets: string[]): k8s.DeploymentSpec {
  const resources = SERVICE_RESOURCES[service];
  const probe = (path: string, periodSeconds: number, failureThreshold: number): k8s.Probe => ({
    httpGet: { path, port: k8s.IntOrString.fromString('http') },
    periodSeconds,
    timeoutSeconds: 3,
    failureThreshold,
  });
  return {
    replicas: resources.replicas,
    selector: { matchLabels: labelsOf(service) },
    // A new pod must be ready before an old one goes: the service never has fewer replicas than asked.
    strategy: {
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: k8s.IntOrString.fromNumber(1), maxUnavailable: k8s.IntOrString.fromNumber(0) },
    },
    template: {
      metadata: { labels: labelsOf(service) },
      spec: {
        // SIGTERM drains the requests in flight first; this leaves it time to.
        terminationGracePeriodSeconds: 30,
        securityContext: {
          runAsNonRoot: true,
          runAsUser: 1000,
          runAsGroup: 1000,
          seccompProfile: { type: 'RuntimeDefault' },
        },
        containers: [
          {
            name: service,
            image: `${images.repository}/${service}:${images.tag}`,
            ports: [{ name: 'http', containerPort: CONTAINER_PORT }],
            envFrom: [{ configMapRef: { name: `${service}-settings` } }],
            env: secrets.map((name) => ({ name, valueFrom: { secretKeyRef: { name: SECRET_NAME, key: name } } })),
            resources: {
              requests: {
                cpu: k8s.Quantity.fromString(resources.requests.cpu),
                memory: k8s.Quantity.fromString(resources.requests.memory),
              },
              limits: { memory: k8s.Quantity.fromString(resources.limits.memory) },
            },
            // A service listens only once migrated and its reference data loaded: allow it five minutes to start.
            startupProbe: probe('/health', 5, 60),
            livenessProbe: probe('/health', 10, 3),
            // Its own readiness only (database, migrations): a peer's outage must not take this pod out of service
            // too, or one subgraph down would empty the gateway's Service and stop every other subgraph's fields.
            readinessProbe: probe('/ready?peers=false', 5, 2),
            securityContext: {
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
              capabilities: { drop: ['ALL'] },
            },
            volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
          },
        ],
        volumes: [{ name: 'tmp', emptyDir: {} }],
      },
    },
  };
}

/** Subgraphs that call this one at request time, from the registry. */
function callersOf(subgraph: SubgraphName): ServiceName[] {
  return SERVICE_NAMES.filter((service) => service !== subgraph && serviceCalls(service).includes(subgraph));
}

/**
 * Only the gateway and the peers the registry says call a subgraph may reach it (the gateway's own
 * key is a second lock, not the only one); the gateway takes traffic from anywhere (the ingress).
 */
function networkPolicy(service: ServiceName): k8s.NetworkPolicySpec {
  const podSelector = { matchLabels: labelsOf(service) };
  const port = [{ port: k8s.IntOrString.fromNumber(CONTAINER_PORT), protocol: 'TCP' }];
  if (service === 'gateway') return { podSelector, policyTypes: ['Ingress'], ingress: [{ ports: port }] };
  const from = callersOf(service).map((caller) => ({ podSelector: { matchLabels: labelsOf(caller) } }));
  return { podSelector, policyTypes: ['Ingress'], ingress: [{ from, ports: port }] };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

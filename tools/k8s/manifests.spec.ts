import {
  allServiceVariables,
  readAuthSettings,
  readGatewayEnvironment,
  readSubgraphEnvironment,
  SERVICE_NAMES,
  ServiceName,
  serviceVariables,
} from '@laa/config';
import { REGION_CODES } from '@laa/domain';
import { Deployment } from 'kubernetes-models/apps/v1';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { EXAMPLE_REGION, KubernetesObject, MANIFESTS_DIR, manifestFiles } from './manifests';
import { validateObject } from './schema-check';

const files = manifestFiles();
const objectsIn = (name: string) => parseAllDocuments(files[name]).map((doc) => doc.toJS() as KubernetesObject);
const application = objectsIn('all-regions.yaml');
const secrets = objectsIn('secrets.example.yaml');

type Container = {
  env: { name: string; valueFrom: { secretKeyRef: { name: string; key: string } } }[];
  envFrom: { configMapRef: { name: string } }[];
  livenessProbe: { httpGet: { path: string } };
  readinessProbe: { httpGet: { path: string } };
  startupProbe: { httpGet: { path: string } };
  resources: { requests: Record<string, string> };
};
const find = (kind: string, namespace: string | undefined, name: string) => {
  const found = application.find(
    (o) => o.kind === kind && o.metadata.namespace === namespace && o.metadata.name === name,
  );
  if (!found) throw new Error(`No ${kind} ${namespace}/${name}`);
  return found as KubernetesObject & { spec: Record<string, never>; data: Record<string, string> };
};
const containerOf = (deployment: { spec: Record<string, never> }) =>
  (deployment.spec as unknown as { template: { spec: { containers: Container[] } } }).template.spec.containers[0];

/** What a service's process would see in its environment, its Secret filled as `secretValues` says. */
function environmentOf(
  namespace: string,
  service: ServiceName,
  secretValues: Record<string, string>,
): NodeJS.ProcessEnv {
  const container = containerOf(find('Deployment', namespace, service));
  const plain: Record<string, string> = Object.assign(
    {},
    ...container.envFrom.map((source) => find('ConfigMap', namespace, source.configMapRef.name).data),
  );
  const secret = Object.fromEntries(container.env.map((e) => [e.name, secretValues[e.valueFrom.secretKeyRef.key]]));
  return { ...plain, ...secret };
}

const readService = (service: ServiceName, env: NodeJS.ProcessEnv) => {
  readAuthSettings(service, env);
  return service === 'gateway' ? readGatewayEnvironment(env) : readSubgraphEnvironment(service, env);
};

describe('Kubernetes manifests', () => {
  it('are what the registry generates today (run npm run manifests and commit them)', () => {
    for (const [name, text] of Object.entries(files))
      expect(readFileSync(join(MANIFESTS_DIR, name), 'utf8')).toEqual(text);
  });

  it('pass the Kubernetes object schemas, every object of every file', () => {
    const all = [...application, ...secrets, ...objectsIn(`region-${EXAMPLE_REGION}.yaml`)];
    expect(new Set(all.map((o) => o.kind))).toEqual(
      new Set(['Namespace', 'ConfigMap', 'Deployment', 'Service', 'PodDisruptionBudget', 'NetworkPolicy', 'Secret']),
    );
    for (const object of all) expect(() => validateObject(object)).not.toThrow();
  });

  it('the schema check refuses a broken object (a Deployment without its pod selector)', () => {
    const deployment = find('Deployment', 'laa-e12000003', 'gateway');
    const broken = { ...deployment, spec: { ...deployment.spec, selector: undefined } };
    expect(() => validateObject(broken)).toThrow(/selector/);
    expect(() => new Deployment(broken as never).validate()).toThrow();
  });

  it.each(REGION_CODES.map((region) => [region]))(
    'give region %s a namespace, and each service a Deployment, Service, probes and resource requests',
    (region) => {
      const namespace = `laa-${region.toLowerCase()}`;
      expect(find('Namespace', undefined, namespace).metadata.name).toBe(namespace);
      for (const service of SERVICE_NAMES) {
        const deployment = find('Deployment', namespace, service);
        const container = containerOf(deployment);
        expect(container.livenessProbe.httpGet.path).toBe('/health');
        expect(container.startupProbe.httpGet.path).toBe('/health');
        expect(container.readinessProbe.httpGet.path).toBe('/ready?peers=false');
        expect(Object.keys(container.resources.requests).sort()).toEqual(['cpu', 'memory']);
        const selector = (find('Service', namespace, service).spec as unknown as { selector: Record<string, string> })
          .selector;
        expect(
          (deployment.spec as unknown as { template: { metadata: { labels: Record<string, string> } } }).template
            .metadata.labels,
        ).toMatchObject(selector);
      }
    },
  );

  it.each(SERVICE_NAMES.map((service) => [service]))(
    "give %s every variable its code reads, secrets only from the region's Secret",
    (service) => {
      const namespace = 'laa-e12000006';
      const container = containerOf(find('Deployment', namespace, service));
      const given = environmentOf(namespace, service, { AUTH_SECRET: 'filled', DATABASE_URL: 'filled' });
      const variables = serviceVariables(service);
      expect(Object.keys(given).sort()).toEqual(variables.map((v) => v.name).sort());
      expect(container.env.map((e) => e.name).sort()).toEqual(
        variables
          .filter((v) => v.secret)
          .map((v) => v.name)
          .sort(),
      );
      const plain = container.envFrom.map((source) => find('ConfigMap', namespace, source.configMapRef.name).data);
      for (const variable of variables.filter((v) => v.secret))
        expect(plain.some((data) => variable.name in data)).toBe(false);
    },
  );

  it.each(SERVICE_NAMES.map((service) => [service]))(
    'start %s in production once its Secret is filled, and refuse the placeholders',
    (service) => {
      const namespace = 'laa-e12000006';
      const filled = {
        AUTH_SECRET: 'a-production-secret-of-forty-characters!',
        DATABASE_URL: 'postgres://laa:pw@db.internal:5432/laa_e12000006',
      };
      const settings = readService(service, environmentOf(namespace, service, filled));
      expect(settings.REGION).toBe('E12000006');
      expect(readAuthSettings(service, environmentOf(namespace, service, filled)).production).toBe(true);
      const secret = secrets.find((s) => s.metadata.namespace === namespace)!;
      const placeholders = (secret as unknown as { stringData: Record<string, string> }).stringData;
      expect(Object.keys(placeholders).sort()).toEqual(['AUTH_SECRET', 'DATABASE_URL']);
      expect(() => readService(service, environmentOf(namespace, service, placeholders))).toThrow(
        /AUTH_SECRET|DATABASE_URL/,
      );
    },
  );

  it('every variable a service reads is explained in docs/DEPLOYMENT.md, with the services that read it', () => {
    const guide = readFileSync(join(__dirname, '..', '..', 'docs', 'DEPLOYMENT.md'), 'utf8');
    const documented = new Map(
      [...guide.matchAll(/^\| `([A-Z_]+)` *\| ([^|]+) \|/gm)].map((row) => [row[1], row[2].trim()]),
    );
    const readers = new Map<string, ServiceName[]>();
    for (const [service, variables] of Object.entries(allServiceVariables()) as [ServiceName, { name: string }[]][]) {
      for (const { name } of variables) readers.set(name, [...(readers.get(name) ?? []), service]);
    }
    const spelled = (services: ServiceName[]) =>
      services.length === SERVICE_NAMES.length
        ? 'all'
        : services.join(',') === 'partners,evidence,agreements,signoff'
          ? 'subgraphs'
          : services.join(', ');
    expect(Object.fromEntries([...readers].map(([name]) => [name, documented.get(name)]))).toEqual(
      Object.fromEntries([...readers].map(([name, services]) => [name, spelled(services)])),
    );
  });
});

import { SERVICE_NAMES, serviceCalls, serviceVariables, SUBGRAPH_TOPOLOGY } from '@laa/config';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { COMPOSE_FILE, composeFileText } from '../k8s/compose-file';

const ROOT = join(__dirname, '..', '..');

type ComposeFile = { services: Record<string, { environment?: Record<string, string> }> };

const compose = parse(readFileSync(COMPOSE_FILE, 'utf8')) as ComposeFile;

/** The variables the image sets for every service (ENV lines of docker/service.Dockerfile). */
function imageVariables(): string[] {
  const dockerfile = readFileSync(join(ROOT, 'docker', 'service.Dockerfile'), 'utf8');
  return dockerfile
    .split('\n')
    .filter((line) => line.startsWith('ENV '))
    .flatMap((line) => [...line.slice(4).matchAll(/([A-Z_]+)=/g)].map((match) => match[1]));
}

describe('docker/compose.region.yml against the topology registry', () => {
  const image = imageVariables();

  it('is what the registry generates today (run npm run manifests and commit it)', () => {
    expect(readFileSync(COMPOSE_FILE, 'utf8')).toEqual(composeFileText());
  });

  it.each([...SERVICE_NAMES])(
    'gives %s every variable its entry point requires and the address of every subgraph it calls',
    (service) => {
      const given = [...Object.keys(compose.services[service]?.environment ?? {}), ...image];
      const required = serviceVariables(service)
        .filter((v) => v.required)
        .map((v) => v.name);
      expect(required.filter((name) => !given.includes(name))).toEqual([]);
      expect(
        serviceCalls(service)
          .map((peer) => SUBGRAPH_TOPOLOGY[peer].urlVariable)
          .filter((name) => !given.includes(name)),
      ).toEqual([]);
    },
  );

  it.each([...SERVICE_NAMES])(
    'gives %s no variable that its entry point does not read (a misspelt one would be silently ignored)',
    (service) => {
      const reads = serviceVariables(service).map((v) => v.name);
      expect(Object.keys(compose.services[service]?.environment ?? {}).filter((name) => !reads.includes(name))).toEqual(
        [],
      );
    },
  );

  it('points every address variable at the service that answers it', () => {
    for (const service of SERVICE_NAMES) {
      for (const peer of serviceCalls(service)) {
        expect(compose.services[service].environment?.[SUBGRAPH_TOPOLOGY[peer].urlVariable]).toBe(
          `http://${peer}:4000/graphql`,
        );
      }
    }
  });
});

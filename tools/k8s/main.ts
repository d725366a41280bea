import { isRegionCode } from '@laa/domain';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Yaml } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { COMPOSE_FILE, composeFileText } from './compose-file';
import { DEFAULT_IMAGES, KubernetesObject, MANIFESTS_DIR, manifestFiles, regionObjects } from './manifests';
import { validateObject } from './schema-check';

const USAGE = `Writes the Kubernetes manifests (deploy/k8s) and the one-region Compose file (docker/compose.region.yml) from
the topology registry, or prints one region's manifests.

  npm run manifests                                      # rewrites deploy/k8s/*.yaml and docker/compose.region.yml (commit them)
  npm run manifests -- --region E12000005 [--repository R] [--tag T]   # prints that region's manifests`;

function main(): number {
  const { values } = parseArgs({
    options: {
      region: { type: 'string' },
      repository: { type: 'string' },
      tag: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const images = { repository: values.repository ?? DEFAULT_IMAGES.repository, tag: values.tag ?? DEFAULT_IMAGES.tag };
  if (values.region) {
    const region = values.region.toUpperCase();
    if (!isRegionCode(region)) throw new Error(`--region: no region ${values.region} (E12000001 ... E12000009)`);
    const objects = regionObjects([region], images).application;
    objects.forEach(validateObject);
    process.stdout.write(Yaml.stringify(...objects));
    return 0;
  }
  mkdirSync(MANIFESTS_DIR, { recursive: true });
  for (const [name, text] of Object.entries(manifestFiles(images))) {
    // Nothing is written that the Kubernetes API would refuse.
    parseAllDocuments(text).forEach((doc) => validateObject(doc.toJS() as KubernetesObject));
    writeFileSync(join(MANIFESTS_DIR, name), text);
    console.log(`wrote ${relative(process.cwd(), join(MANIFESTS_DIR, name))}`);
  }
  writeFileSync(COMPOSE_FILE, composeFileText());
  console.log(`wrote ${relative(process.cwd(), COMPOSE_FILE)}`);
  return 0;
}

try {
  process.exit(main());
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

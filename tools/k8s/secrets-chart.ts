import { regionDatabaseName, SERVICE_NAMES, serviceVariables } from '@laa/config';
import { RegionCode } from '@laa/domain';
import { Chart } from 'cdk8s';
import { k8s } from 'cdk8s-plus-31';
import { Construct } from 'constructs';
import { regionNamespace } from './region-chart';
import { SECRET_NAME } from './settings';

/** Every secret variable any service reads, from the registry. */
export function secretVariables(): string[] {
  return [
    ...new Set(
      SERVICE_NAMES.flatMap((service) =>
        serviceVariables(service)
          .filter((v) => v.secret)
          .map((v) => v.name),
      ),
    ),
  ].sort();
}

/**
 * Placeholders the services refuse at start (too short for AUTH_SECRET, not a postgres:// URL), so a
 * Secret applied unfilled stops a rollout instead of running with a guessable value.
 */
function placeholder(variable: string, region: RegionCode): string {
  if (variable === 'DATABASE_URL')
    return `CHANGE-ME: postgres://USER:PASSWORD@HOST:5432/${regionDatabaseName(region)}?sslmode=verify-full`;
  return 'CHANGE-ME';
}

/** A region's Secret with placeholders: the shape to fill outside git, never the values. */
export class SecretsChart extends Chart {
  constructor(scope: Construct, region: RegionCode) {
    super(scope, `secrets-${region}`, { disableResourceNameHashes: true });
    new k8s.KubeSecret(this, 'secret', {
      metadata: {
        name: SECRET_NAME,
        namespace: regionNamespace(region),
        labels: { 'app.kubernetes.io/part-of': 'laa-platform' },
      },
      type: 'Opaque',
      stringData: Object.fromEntries(secretVariables().map((name) => [name, placeholder(name, region)])),
    });
  }
}

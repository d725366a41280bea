import { RegionCode } from '@laa/domain';
import { ServiceRuntime } from '@laa/subgraph';
import { DataSource } from 'typeorm';
import { ApiCredentialService } from './api-credential-service';
import { AreaService } from './area-service';
import { PeopleService } from './people-service';

/** What partners' resolvers reach through the request context: one instance of each service per region. */
export interface PartnersServices {
  areas: AreaService;
  people: PeopleService;
  credentials: ApiCredentialService;
}

/** The one place partners' services are built. */
export function createPartnersServices(
  dataSource: DataSource,
  region: RegionCode,
  runtime: ServiceRuntime,
): PartnersServices {
  return {
    areas: new AreaService(dataSource, region),
    people: new PeopleService(dataSource, region),
    credentials: new ApiCredentialService(dataSource, region, runtime.authSecret),
  };
}

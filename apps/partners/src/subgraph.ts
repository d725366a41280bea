import { seedOnce } from '@laa/database';
import { SubgraphDefinition } from '@laa/subgraph';
import { Agreement } from './entities/agreement';
import { Area } from './entities/area';
import { District } from './entities/district';
import { Partnership, PartnershipMember } from './entities/partnership';
import { Region } from './entities/region';
import { CreatePartners1764000000000 } from './migrations/1764000000000-CreatePartners';
import { resolveAreaReference } from './resolvers/area-reference';
import { AreaResolver } from './resolvers/area-resolver';
import { PartnershipResolver } from './resolvers/partnership-resolver';
import { resolveRegionReference } from './resolvers/region-reference';
import { RegionResolver } from './resolvers/region-resolver';
import { seedDemoPartnerships } from './seeds/demo-partnerships';
import { importReferenceAreas } from './seeds/reference-areas';
import { resolvePartnershipMemberReference } from './resolvers/partnership-member-reference';
import { ApiCredential } from './entities/api-credential';
import { CreateApiCredentials1764300000000 } from './migrations/1764300000000-CreateApiCredentials';
import { ApiCredentialResolver } from './resolvers/api-credential-resolver';
import { createPartnersServices, PartnersServices } from './services/services';
import { DepartmentPriorityPlace, Person, RelationshipManagerAssignment, ThematicPartnership } from './entities/people';
import { PeopleAndPartnerships1764500000000 } from './migrations/1764500000000-PeopleAndPartnerships';
import { AreaPeopleResolver } from './resolvers/area-people-resolver';
import { DepartmentPriorityPlaceResolver } from './resolvers/department-priority-place-resolver';
import { DistrictCountyResolver } from './resolvers/district-county-resolver';
import { PeopleMutationResolver } from './resolvers/people-resolver';
import { PersonResolver } from './resolvers/person-resolver';
import { RegionPeopleResolver } from './resolvers/region-people-resolver';
import { RelationshipManagerAssignmentResolver } from './resolvers/relationship-manager-assignment-resolver';
import { AgreementPriorityPlacesResolver } from './resolvers/agreement-priority-places-resolver';
import { seedDemoPeople } from './seeds/demo-people';

/** Partners: the region, its areas and districts, and who sits at each area's table. */
export const partnersSubgraph: SubgraphDefinition<PartnersServices> = {
  name: 'partners',
  databaseSchema: 'partners',
  entities: [
    Region,
    Area,
    District,
    Partnership,
    PartnershipMember,
    ApiCredential,
    ThematicPartnership,
    Person,
    RelationshipManagerAssignment,
    DepartmentPriorityPlace,
  ],
  migrations: [CreatePartners1764000000000, CreateApiCredentials1764300000000, PeopleAndPartnerships1764500000000],
  resolvers: [
    RegionResolver,
    AreaResolver,
    PartnershipResolver,
    ApiCredentialResolver,
    AreaPeopleResolver,
    RelationshipManagerAssignmentResolver,
    PersonResolver,
    DepartmentPriorityPlaceResolver,
    DistrictCountyResolver,
    RegionPeopleResolver,
    PeopleMutationResolver,
    AgreementPriorityPlacesResolver,
  ],
  orphanedTypes: [Agreement],
  // A council system exchanges its credential for a token before it is signed in.
  publicMutations: ['issueApiToken'],
  referenceResolvers: {
    Area: { __resolveReference: resolveAreaReference },
    Region: { __resolveReference: resolveRegionReference },
    PartnershipMember: { __resolveReference: resolvePartnershipMemberReference },
  },
  createServices: createPartnersServices,
  credentialCheck: (services) => (credential) => services.credentials.isActive(credential),
  async seed({ dataSource, region, demo, log }) {
    const count = await dataSource.transaction((manager) => importReferenceAreas(manager, region));
    log.info('reference areas loaded', { areas: count });
    if (demo) await seedOnce(dataSource, 'partners', 'demo-partnerships', seedDemoPartnerships);
    if (demo) await seedOnce(dataSource, 'partners', 'demo-people', (manager) => seedDemoPeople(manager, region));
  },
};

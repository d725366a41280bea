import { manyByKey, oneByKey } from '@laa/subgraph';
import { Area } from '../entities/area';
import { District } from '../entities/district';
import { Partnership, PartnershipMember } from '../entities/partnership';
import { Region } from '../entities/region';
import { Person, RelationshipManagerAssignment, ThematicPartnership } from '../entities/people';
import { PartnersContext } from './context';

/** The partners subgraph's relations, each batched per request. */
export const partnersLoaders = ({ loaders, services }: PartnersContext) => ({
  area: loaders.loader<string, Area | null>('area', async (codes) =>
    oneByKey(codes, await services.areas.areasByCodes(codes), (a) => a.code),
  ),
  region: loaders.loader<string, Region | null>('region', async (codes) =>
    oneByKey(codes, await services.areas.regionsByCodes(codes), (r) => r.code),
  ),
  areasOfRegion: loaders.loader<string, Area[]>('areasOfRegion', async (codes) =>
    manyByKey(codes, await services.areas.areasOfRegions(codes), (a) => a.regionCode),
  ),
  districts: loaders.loader<string, District[]>('districts', async (codes) =>
    manyByKey(codes, await services.areas.districtsOfCounties(codes), (d) => d.countyCode),
  ),
  partnership: loaders.loader<string, Partnership | null>('partnership', async (codes) =>
    oneByKey(codes, await services.areas.partnershipsOfAreas(codes), (p) => p.areaCode),
  ),
  member: loaders.loader<string, PartnershipMember | null>('member', async (ids) =>
    oneByKey(ids, await services.areas.membersByIds(ids), (m) => m.id),
  ),
  thematic: loaders.loader<string, ThematicPartnership[]>('thematic', async (codes) =>
    manyByKey(codes, await services.people.thematicOf(codes), (t) => t.areaCode),
  ),
  people: loaders.loader<string, Person[]>('people', async (codes) =>
    manyByKey(codes, await services.people.peopleOfAreas(codes), (p) => p.areaCode ?? ''),
  ),
  person: loaders.loader<string, Person | null>('person', async (ids) =>
    oneByKey(ids, await services.people.peopleByIds(ids), (p) => p.id),
  ),
  managerSpells: loaders.loader<string, RelationshipManagerAssignment[]>('managerSpells', async (codes) =>
    manyByKey(codes, await services.people.managerSpells(codes), (s) => s.areaCode),
  ),
  members: loaders.loader<string, PartnershipMember[]>('members', async (ids) =>
    manyByKey(ids, await services.areas.membersOfPartnerships(ids), (m) => m.partnershipId),
  ),
});

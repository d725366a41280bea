import { Department, RegionCode, Theme } from '@laa/domain';
import { badInput, forbidden, notFound } from '@laa/errors';
import { GO_NEGOTIATOR_ROLES, Role, SignedIn } from '@laa/identity';
import { DataSource, In, IsNull } from 'typeorm';
import { Area } from '../entities/area';
import { Partnership, PartnershipMember } from '../entities/partnership';
import {
  DepartmentPriorityPlace,
  Person,
  PersonRole,
  RelationshipManagerAssignment,
  ThematicPartnership,
} from '../entities/people';

export interface NewPerson {
  areaCode?: string | null;
  name: string;
  role: PersonRole;
  title: string;
  theme?: Theme | null;
  department?: Department | null;
  organisationId?: string | null;
}

/** GO staff work for the whole region; the others are people of one area. */
const REGION_PERSON_ROLES = [
  PersonRole.RELATIONSHIP_MANAGER,
  PersonRole.THEME_LEAD,
  PersonRole.DEPUTY_REGIONAL_DIRECTOR,
  PersonRole.REGIONAL_DIRECTOR,
];

/** People and their roles, thematic partnerships, the relationship manager's history, departments' priority places. */
export class PeopleService {
  constructor(
    private readonly db: DataSource,
    readonly regionCode: RegionCode,
  ) {}

  thematicOf(areaCodes: readonly string[]): Promise<ThematicPartnership[]> {
    return this.db
      .getRepository(ThematicPartnership)
      .find({ where: { areaCode: In([...areaCodes]) }, order: { kind: 'ASC' } });
  }

  peopleOfAreas(areaCodes: readonly string[]): Promise<Person[]> {
    return this.db
      .getRepository(Person)
      .find({ where: { areaCode: In([...areaCodes]), removedAt: IsNull() }, order: { role: 'ASC', name: 'ASC' } });
  }

  peopleByIds(ids: readonly string[]): Promise<Person[]> {
    return this.db.getRepository(Person).findBy({ id: In([...ids]) });
  }

  regionStaff(): Promise<Person[]> {
    return this.db
      .getRepository(Person)
      .find({ where: { areaCode: IsNull(), removedAt: IsNull() }, order: { role: 'ASC', name: 'ASC' } });
  }

  /** Every spell, newest first; the current one has no end. */
  managerSpells(areaCodes: readonly string[]): Promise<RelationshipManagerAssignment[]> {
    return this.db
      .getRepository(RelationshipManagerAssignment)
      .find({ where: { areaCode: In([...areaCodes]) }, order: { assignedAt: 'DESC' } });
  }

  priorityPlaces(department?: Department | null): Promise<DepartmentPriorityPlace[]> {
    return this.db.getRepository(DepartmentPriorityPlace).find({
      where: department ? { department } : {},
      order: { department: 'ASC', priority: 'ASC', areaCode: 'ASC' },
    });
  }

  /**
   * Ends the current spell and starts the new one in one transaction: one current manager, every change kept. GO staff
   * of the region (declared on the operation).
   */
  async changeRelationshipManager(
    staff: SignedIn,
    input: { areaCode: string; name: string; reason: string },
  ): Promise<RelationshipManagerAssignment> {
    await this.areaOfRegion(input.areaCode);
    return this.db.transaction(async (manager) => {
      const current = await manager.findOne(RelationshipManagerAssignment, {
        where: { areaCode: input.areaCode, endedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      const now = new Date();
      if (current) await manager.update(RelationshipManagerAssignment, { id: current.id }, { endedAt: now });
      const person = manager.create(Person, {
        regionCode: this.regionCode,
        areaCode: null,
        name: input.name.trim(),
        role: PersonRole.RELATIONSHIP_MANAGER,
        title: `Relationship manager for ${input.areaCode}`,
        theme: null,
        department: null,
        organisationId: null,
        synthetic: false,
        removedAt: null,
      });
      await manager.save(person);
      const spell = manager.create(RelationshipManagerAssignment, {
        areaCode: input.areaCode,
        personId: person.id,
        assignedAt: now,
        endedAt: null,
        assignedBy: `${staff.name} (${staff.id})`,
        reason: input.reason,
      });
      return manager.save(spell);
    });
  }

  /**
   * GO staff of the region manage anyone; an area's partnership officer manages the people of that area (the operation
   * lets in GO staff and partnership officers of the region; which area is checked here).
   */
  async addPerson(caller: SignedIn, input: NewPerson): Promise<Person> {
    const regional = REGION_PERSON_ROLES.includes(input.role);
    if (regional && input.areaCode)
      throw badInput(`${input.role} is a Government Office role for the whole region: leave areaCode out`);
    if (!regional && !input.areaCode) throw badInput(`${input.role} is a role in an area: give areaCode`);
    if (input.areaCode) await this.areaOfRegion(input.areaCode);
    this.requirePeopleManager(caller, input.areaCode ?? null);
    if (input.organisationId) await this.memberOfArea(input.organisationId, input.areaCode ?? '');
    const repository = this.db.getRepository(Person);
    return repository.save(
      repository.create({
        regionCode: this.regionCode,
        areaCode: input.areaCode ?? null,
        name: input.name.trim(),
        role: input.role,
        title: input.title.trim(),
        theme: input.theme ?? null,
        department: input.department ?? null,
        organisationId: input.organisationId ?? null,
        synthetic: false,
        removedAt: null,
      }),
    );
  }

  /** A partner officer works for a member of their own area's LSP. */
  private async memberOfArea(memberId: string, areaCode: string): Promise<void> {
    const member = await this.db.getRepository(PartnershipMember).findOneBy({ id: memberId });
    const partnership = member
      ? await this.db.getRepository(Partnership).findOneBy({ id: member.partnershipId })
      : null;
    if (partnership?.areaCode !== areaCode)
      throw badInput(`Organisation ${memberId} is not a member of the Local Strategic Partnership of ${areaCode}`);
  }

  /** Removes a person from the current lists (kept for history, e.g. past relationship managers). */
  async removePerson(caller: SignedIn, id: string): Promise<Person> {
    // Outsiders were refused by the operation's declared access before this says whether the person exists.
    const repository = this.db.getRepository(Person);
    const person = await repository.findOneBy({ id, removedAt: IsNull() });
    if (!person) throw notFound('Person', id);
    this.requirePeopleManager(caller, person.areaCode);
    person.removedAt = new Date();
    return repository.save(person);
  }

  private requirePeopleManager(signedIn: SignedIn, areaCode: string | null): void {
    const goStaff = signedIn.grants.some((g) => GO_NEGOTIATOR_ROLES.has(g.role) && g.region === this.regionCode);
    const officer =
      areaCode !== null && signedIn.grants.some((g) => g.role === Role.PARTNERSHIP_OFFICER && g.area === areaCode);
    if (!goStaff && !officer)
      throw forbidden(
        areaCode
          ? `Only GO staff of ${this.regionCode} or a partnership officer of ${areaCode} may manage its people`
          : `Only GO staff of ${this.regionCode} may manage its staff`,
      );
  }

  private async areaOfRegion(code: string): Promise<Area> {
    const area = await this.db.getRepository(Area).findOneBy({ code });
    if (!area || area.regionCode !== this.regionCode)
      throw badInput(`Area ${code} is not in region ${this.regionCode}`);
    return area;
  }
}

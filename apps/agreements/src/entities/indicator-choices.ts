import { Department, ReferenceStatus, Theme } from '@laa/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgreementStage } from './agreement-stage';
import { Area } from './references';

/** Which agreements a national summary counts. */
export enum ChoiceScope {
  SIGNED = 'SIGNED',
  ALL = 'ALL',
}

registerEnumType(ChoiceScope, {
  name: 'ChoiceScope',
  description: 'Which agreements a summary counts.',
  valuesConfig: {
    SIGNED: { description: 'Agreements Ministers have signed: public.' },
    ALL: {
      description:
        "Every agreement of the round, drafts included: central departments, Ministers and the region's GO staff.",
    },
  },
});

@ObjectType({ description: 'Shared fields of the summary rows (not a type of the API: only its subclasses are).' })
abstract class TargetCounts {
  @Field(() => Int, { description: 'Targets counted here.' })
  targets: number;

  @Field(() => Int)
  designated: number;

  @Field(() => Int)
  statutory: number;

  @Field(() => Int)
  local: number;

  @Field(() => [Area], { description: 'The areas whose agreements hold these targets, each once.' })
  areas: Area[];
}

@ObjectType({ description: 'One national indicator chosen by at least one agreement: which areas chose it and how.' })
export class IndicatorChoice extends TargetCounts {
  @Field()
  indicatorCode: string;

  @Field(() => String, { nullable: true, description: 'As the reference data gives it (see Indicator.titleStatus).' })
  title: string | null;

  @Field(() => Theme, {
    description: 'The LAA theme, mapped by the platform from the Handbook annex (always INFERRED).',
  })
  theme: Theme;

  @Field(() => ReferenceStatus)
  themeStatus: ReferenceStatus;

  @Field(() => Department, { description: 'The department answering for the indicator.' })
  department: Department;

  @Field(() => ReferenceStatus, {
    description:
      "INFERRED where the reference data gives no department and the platform supplied it (statutory DCSF set → DCSF, else the theme's lead department).",
  })
  departmentStatus: ReferenceStatus;
}

@ObjectType({ description: 'Targets in one LAA theme (every target, local indicators included).' })
export class ThemeTotal extends TargetCounts {
  @Field(() => Theme)
  theme: Theme;

  @Field(() => ReferenceStatus, {
    description: "INFERRED: a national indicator's theme is the platform's reading of its Handbook annex.",
  })
  themeStatus: ReferenceStatus;
}

@ObjectType({
  description: 'Targets on the national indicators one department answers for (local indicators have none).',
})
export class DepartmentTotal extends TargetCounts {
  @Field(() => Department)
  department: Department;

  @Field({ description: 'True when the platform inferred the department of some of these indicators.' })
  inferred: boolean;
}

@ObjectType({ description: 'An agreement that does not yet hold the statutory set in force.' })
export class StatutoryGap {
  @Field(() => Area)
  area: Area;

  @Field(() => AgreementStage)
  stage: AgreementStage;

  @Field(() => [String], { description: 'Statutory indicators without a STATUTORY_DCSF target with its three levels.' })
  missing: string[];
}

@ObjectType({ description: 'How many agreements hold every statutory education and early years target, with levels.' })
export class StatutoryCompleteness {
  @Field(() => [String], {
    description: 'The statutory DCSF set in force today, as agreements holds it (effective-dated; see statutorySet).',
  })
  setInForce: string[];

  @Field(() => ReferenceStatus, { description: 'How far the set is sourced: the least certain mark of its members.' })
  setStatus: ReferenceStatus;

  @Field(() => Int)
  agreements: number;

  @Field(() => Int, {
    description: 'Agreements with a statutory target, with its three levels, on every indicator of the set.',
  })
  complete: number;

  @Field(() => [StatutoryGap], { description: 'The others, by area code, each naming what it lacks.' })
  incomplete: StatutoryGap[];
}

@ObjectType({
  description:
    'What Whitehall asks first of a region: which areas chose which indicator, targets by theme and department, statutory completeness.',
})
export class IndicatorChoices {
  @Field({ description: 'The region (E12 code) this deployment serves.' })
  regionCode: string;

  @Field(() => ChoiceScope)
  scope: ChoiceScope;

  @Field(() => Int, { description: 'Agreements counted.' })
  agreements: number;

  @Field(() => [IndicatorChoice], {
    description: 'National indicators chosen by at least one agreement, in NI order. Targets as they stand now.',
  })
  indicators: IndicatorChoice[];

  @Field(() => [ThemeTotal], { description: 'All four themes, including those with no target.' })
  themes: ThemeTotal[];

  @Field(() => [DepartmentTotal], { description: 'Departments with at least one target, most targets first.' })
  departments: DepartmentTotal[];

  @Field(() => StatutoryCompleteness)
  statutory: StatutoryCompleteness;
}

import { Department, Theme } from '@laa/domain';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "How many of an agreement's targets fall in one LAA theme." })
export class ThemeCoverage {
  @Field(() => Theme)
  theme: Theme;

  @Field(() => Int)
  targets: number;

  @Field(() => Int)
  designated: number;

  @Field(() => Int)
  statutory: number;

  @Field(() => Int)
  local: number;
}

@ObjectType({ description: 'The targets whose indicators a central department is responsible for.' })
export class DepartmentCoverage {
  @Field(() => Department)
  department: Department;

  @Field(() => Int)
  targets: number;

  @Field(() => [String], { description: 'The indicators concerned.' })
  indicatorCodes: string[];

  @Field({
    description:
      "True when some of these indicators have no department in the reference data and the platform inferred it (statutory DCSF set → DCSF, else the theme's lead department).",
  })
  inferred: boolean;
}

@ObjectType({ description: "An agreement's spread over the four themes and the departments." })
export class AgreementCoverage {
  @Field(() => [ThemeCoverage], { description: 'All four themes, including those with no target.' })
  themes: ThemeCoverage[];

  @Field(() => [DepartmentCoverage], { description: 'Departments with at least one target, most targets first.' })
  departments: DepartmentCoverage[];

  @Field(() => [Theme], { description: 'Themes the agreement has no target in (a guide for coverage, not a rule).' })
  themesWithoutTargets: Theme[];
}

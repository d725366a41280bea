import { Department } from '@laa/domain';
import { IsInt, IsISO8601, IsOptional, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CONFIRMING_DEPARTMENT_RULE } from '../rules/confirming-department';

@InputType({ description: "The department's confirmation of the target, as the theme lead records it." })
export class DepartmentConfirmationInput {
  @Field(() => Department, { description: `The department that confirmed it. ${CONFIRMING_DEPARTMENT_RULE}` })
  department: Department;

  @Field({ description: 'Who confirmed it for the department.' })
  @Length(2, 200)
  confirmedBy: string;

  @Field({ description: 'When (YYYY-MM-DD).' })
  @IsISO8601({ strict: true }, { message: 'confirmedOn must be a date, YYYY-MM-DD' })
  confirmedOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'A GO theme lead signs off one version of a designated or statutory target.' })
export class SignOffTargetInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'targetId must be a target id (a UUID)' })
  targetId: string;

  @Field(() => Int, {
    description: 'The target version the department confirmed; CONFLICT if the target has changed since.',
  })
  @IsInt()
  @Min(1)
  targetVersion: number;

  @Field(() => DepartmentConfirmationInput)
  @ValidateNested()
  departmentConfirmation: DepartmentConfirmationInput;
}

import { Department } from '@laa/domain';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { calendarDate } from './date-column';

/** Owned by agreements; sign-off adds Target.signOff, judged against the target's current version. */
@Directive('@key(fields: "id")')
@ObjectType()
export class Target {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => Int)
  version: number;
}

@ObjectType({
  description: "The department's confirmation of a target, which the GO theme lead records when signing it off.",
})
export class DepartmentConfirmation {
  @Field(() => Department)
  department: Department;

  @Field({ description: 'Who confirmed it for the department.' })
  confirmedBy: string;

  @Field({ description: 'When (YYYY-MM-DD).' })
  confirmedOn: string;

  @Field()
  note: string;
}

/** One sign-off of one version of a target; a later sign-off of the same target supersedes it. */
@Entity({ name: 'target_sign_off' })
export class TargetSignOffRecord {
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Column({ type: 'uuid', name: 'target_id' })
  targetId: string;

  @Column({ type: 'uuid', name: 'agreement_id' })
  agreementId: string;

  @Column({ type: 'text', name: 'area_code' })
  areaCode: string;

  @Column({ type: 'int', name: 'target_version' })
  targetVersion: number;

  /** The target's indicator and kind when signed off, for the history (null for records from before it was kept). */
  @Column({ type: 'text', name: 'indicator_code', nullable: true })
  indicatorCode: string | null;

  @Column({ type: 'text', name: 'signed_by' })
  signedBy: string;

  @Column({ type: 'text' })
  role: string;

  @Column({ type: 'text' })
  department: Department;

  @Column({ type: 'text', name: 'confirmed_by' })
  confirmedBy: string;

  @Column({ type: 'date', name: 'confirmed_on', transformer: calendarDate })
  confirmedOn: string;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'timestamptz', name: 'signed_at' })
  signedAt: Date;

  @Column({ type: 'boolean' })
  synthetic: boolean;
}

@ObjectType({
  description: "A GO theme lead's sign-off of a designated or statutory target, valid only for the version signed.",
})
export class TargetSignOff {
  @Field(() => ID)
  targetId: string;

  @Field(() => Int, { description: 'The version of the target that was signed off.' })
  targetVersion: number;

  @Field({ description: 'False once the target has changed since it was signed off: it needs signing off again.' })
  valid: boolean;

  @Field(() => String, { nullable: true, description: 'Why the sign-off no longer holds (null while valid).' })
  invalidatedBecause: string | null;

  @Field({ description: 'The named theme lead who signed it off.' })
  signedBy: string;

  @Field()
  role: string;

  @Field()
  signedAt: Date;

  @Field(() => DepartmentConfirmation)
  departmentConfirmation: DepartmentConfirmation;

  @Field({ description: 'True for generated demo data.' })
  synthetic: boolean;
}

/** A sign-off record judged against the target's current version. */
export function judgeTargetSignOff(record: TargetSignOffRecord, currentVersion: number): TargetSignOff {
  const valid = record.targetVersion === currentVersion;
  return {
    targetId: record.targetId,
    targetVersion: record.targetVersion,
    valid,
    invalidatedBecause: valid
      ? null
      : `The target changed after sign-off (signed version ${record.targetVersion}, now version ${currentVersion}): it must be signed off again`,
    signedBy: record.signedBy,
    role: record.role,
    signedAt: record.signedAt,
    departmentConfirmation: {
      department: record.department,
      confirmedBy: record.confirmedBy,
      confirmedOn: record.confirmedOn,
      note: record.note,
    },
    synthetic: record.synthetic,
  };
}

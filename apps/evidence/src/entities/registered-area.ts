import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The areas of England as evidence knows them (from the reference data): for checks and benchmarks. */
@Entity({ name: 'area' })
export class RegisteredArea {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  region: string;

  @Column({ type: 'text' })
  type: string;
}

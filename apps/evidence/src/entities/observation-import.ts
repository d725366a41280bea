import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RejectionReason } from '../services/import/observation-row';

@ObjectType({ description: 'A row that was not loaded, with its line in the file (line 1 is the header).' })
export class RejectedRow {
  @Field(() => Int)
  line: number;

  @Field(() => RejectionReason)
  reason: RejectionReason;

  @Field()
  message: string;
}

@ObjectType({ description: 'One import of observations: what it loaded and every row it rejected.' })
@Entity({ name: 'observation_import' })
export class ObservationImport {
  @Field(() => ID)
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id: string;

  @Field({ description: 'The file name, or what sent the rows.' })
  @Column({ type: 'text' })
  origin: string;

  @Field()
  @Column({ type: 'text', name: 'loaded_by' })
  loadedBy: string;

  @Field()
  @Column({ type: 'timestamptz', name: 'started_at', default: () => 'now()' })
  startedAt: Date;

  @Field(() => Int, { description: 'Data rows read (the header is not counted).' })
  @Column({ type: 'int', name: 'rows_read' })
  rowsRead: number;

  @Field(() => Int, { description: 'New releases loaded.' })
  @Column({ type: 'int' })
  inserted: number;

  @Field(() => Int, { description: 'Earlier releases a newer one replaced (kept as history).' })
  @Column({ type: 'int' })
  superseded: number;

  @Field(() => Int, {
    description: 'Rows already loaded with the same figures: importing a file twice changes nothing.',
  })
  @Column({ type: 'int' })
  unchanged: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  rejected: number;

  /** Not stored: told by the import that just ran. */
  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when the import committed but the similar areas could not be recomputed after it (the failure is logged): ' +
      'they stay as of the last import that recomputed them. False when they were recomputed; null when the import changed ' +
      'no figures, and in the import history.',
  })
  similarAreasStale?: boolean | null;

  @Field(() => [RejectedRow], {
    description: 'The rejected rows in line order (the first 1,000 of them; see rejected for the count).',
  })
  @Column({ type: 'jsonb' })
  rejections: RejectedRow[];
}

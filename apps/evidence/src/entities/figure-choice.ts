import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({
  description: 'A choice of the figure of record among rival sources, with its reason. Every choice is kept.',
})
@Entity({ name: 'figure_of_record' })
export class FigureChoice {
  @PrimaryColumn({ type: 'text', name: 'indicator_code' })
  indicatorCode: string;

  @PrimaryColumn({ type: 'text', name: 'area_code' })
  areaCode: string;

  @PrimaryColumn({ type: 'text' })
  period: string;

  @Field({ description: 'The source whose figure is of record.' })
  @Column({ type: 'text' })
  source: string;

  @Field()
  @Column({ type: 'text' })
  reason: string;

  /** Who chose: a person's name, so shown to signed-in callers only (FigureOfRecordResolver). */
  @Column({ type: 'text', name: 'chosen_by' })
  chosenBy: string;

  @Field()
  @PrimaryColumn({ type: 'timestamptz', name: 'chosen_at' })
  chosenAt: Date;
}

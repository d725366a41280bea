import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum PriorityGraphNodeKind {
  PRIORITY = 'PRIORITY',
  INDICATOR = 'INDICATOR',
}
registerEnumType(PriorityGraphNodeKind, {
  name: 'PriorityGraphNodeKind',
  description: 'A node of the priority graph.',
});

export enum PriorityGraphEdgeKind {
  CONTRIBUTES_TO = 'CONTRIBUTES_TO',
  MEASURED_BY = 'MEASURED_BY',
}
registerEnumType(PriorityGraphEdgeKind, {
  name: 'PriorityGraphEdgeKind',
  valuesConfig: {
    CONTRIBUTES_TO: { description: 'Cause and effect: working on the first helps the second.' },
    MEASURED_BY: { description: 'A target of the priority uses the indicator.' },
  },
});

@ObjectType({ description: "A priority or an indicator in the agreement's cause-and-effect graph." })
export class PriorityGraphNode {
  @Field(() => ID, { description: 'The priority id or the indicator code.' })
  id: string;

  @Field(() => PriorityGraphNodeKind)
  kind: PriorityGraphNodeKind;

  @Field({ description: 'The priority title or the indicator code.' })
  label: string;

  @Field(() => Int, { nullable: true, description: "The priority's tier." })
  tier: number | null;
}

@ObjectType({ description: 'A directed edge of the priority graph.' })
export class PriorityGraphEdge {
  @Field(() => ID)
  from: string;

  @Field(() => ID)
  to: string;

  @Field(() => PriorityGraphEdgeKind)
  kind: PriorityGraphEdgeKind;

  @Field()
  description: string;
}

@ObjectType({
  description: 'The agreement read as a graph of priorities and indicators linked by cause and effect, not 35 silos.',
})
export class PriorityGraph {
  @Field(() => [PriorityGraphNode])
  nodes: PriorityGraphNode[];

  @Field(() => [PriorityGraphEdge])
  edges: PriorityGraphEdge[];
}

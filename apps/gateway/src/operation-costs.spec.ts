import { addTypenameToDocument } from '@apollo/client/utilities';
import { Supergraph } from '@apollo/federation-internals';
import { DEFAULT_OPERATION_LIMITS, measureOperation, REFERENCE_COUNTS } from '@laa/subgraph';
import { readAreas, readIndicators } from '@laa/reference-data';
import { DocumentNode, GraphQLSchema, Kind, OperationDefinitionNode, parse, validate } from 'graphql';
import { readFileSync } from 'node:fs';
import { ACCESS_MATRIX } from './access/matrix';
import { consoleOperations } from './console-operations';
import { SUPERGRAPH_PATH } from './gateway';
import { readSafelist } from './safelist';

const schema: GraphQLSchema = Supergraph.build(readFileSync(SUPERGRAPH_PATH, 'utf8')).apiSchema().toGraphQLJSSchema();

function sizeOf(document: DocumentNode) {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  return measureOperation(schema, document, operation, DEFAULT_OPERATION_LIMITS.maxFields);
}

const withinLimits = (size: ReturnType<typeof sizeOf>) =>
  size.depth <= DEFAULT_OPERATION_LIMITS.maxDepth &&
  size.aliases <= DEFAULT_OPERATION_LIMITS.maxAliases &&
  size.fields <= DEFAULT_OPERATION_LIMITS.maxFields &&
  size.cost <= DEFAULT_OPERATION_LIMITS.maxCost;

const PROFILE =
  'evidenceProfile { indicator { code title titleStatus polarity theme local } series { period value provisional rival unresolved synthetic } baseline { status period value } trend { direction } }';

describe('the cost model', () => {
  it('sizes lists from the reference data: areas per region and in England, the indicator set', () => {
    const areas = readAreas();
    const perRegion = new Map<string, number>();
    for (const area of areas) perRegion.set(area.regionCode, (perRegion.get(area.regionCode) ?? 0) + 1);
    expect(REFERENCE_COUNTS.areasInRegion).toBe(Math.max(...perRegion.values()));
    expect(REFERENCE_COUNTS.areasInEngland).toBe(areas.length);
    expect(REFERENCE_COUNTS.indicators).toBeGreaterThanOrEqual(readIndicators().length);
  });

  it('lets every operation the console sends through, as Apollo Client sends it (with __typename)', () => {
    const operations = consoleOperations();
    expect(operations.length).toBeGreaterThan(30);
    const over = operations
      .map(({ name, document }) => ({
        name,
        errors: validate(schema, document).map((e) => e.message),
        size: sizeOf(addTypenameToDocument(document)),
      }))
      .filter(({ errors, size }) => errors.length > 0 || !withinLimits(size));
    expect(over).toEqual([]);
  });

  it('lets every safelisted operation through', () => {
    const over = [...readSafelist().values()]
      .map(({ name, document }) => ({ name, size: sizeOf(parse(document)) }))
      .filter(({ size }) => !withinLimits(size));
    expect(over).toEqual([]);
  });

  it('lets every operation of the access matrix through (the API walked as every role)', () => {
    const over = ACCESS_MATRIX.map(({ operation, document }) => ({ operation, size: sizeOf(parse(document)) })).filter(
      ({ size }) => !withinLimits(size),
    );
    expect(over).toEqual([]);
  });

  it("costs an area's evidence profile within the limit and a whole region's over it", () => {
    const one = sizeOf(parse(`{ area(code: "00CG") { ${PROFILE} } }`));
    expect(one.cost).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxCost);
    const region = sizeOf(parse(`{ areas { ${PROFILE} } }`));
    expect(region.cost).toBeGreaterThan(DEFAULT_OPERATION_LIMITS.maxCost);
    expect(region.cost).toBe(1 + REFERENCE_COUNTS.areasInRegion * (one.cost - 1));
  });

  it('counts __typename as a field and its aliases as aliases', () => {
    const size = sizeOf(parse(`{ ${Array.from({ length: 40 }, (_, i) => `t${i}: __typename`).join(' ')} }`));
    expect(size).toMatchObject({ aliases: 40, fields: 40, cost: 40 });
  });

  it('stops counting a fragment that spreads itself out, and refuses it by its fields', () => {
    const levels = 30;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'region { code }'} }`,
    );
    const size = sizeOf(parse(`{ ...F0 } ${fragments.join(' ')}`));
    expect(size.fields).toBeGreaterThan(DEFAULT_OPERATION_LIMITS.maxFields);
    expect(size.fields).toBeLessThan(2 ** levels);
  });
});

import { SUBGRAPH_NAMES, SUBGRAPH_TOPOLOGY } from '@laa/config';
import { SUBGRAPHS } from '@laa/platform';

describe('the topology registry and the subgraphs the launcher runs', () => {
  it.each([...SUBGRAPH_NAMES])("%s: its definition has the registry's name and database schema", (name) => {
    expect({ name: SUBGRAPHS[name].name, databaseSchema: SUBGRAPHS[name].databaseSchema }).toEqual({
      name,
      databaseSchema: SUBGRAPH_TOPOLOGY[name].databaseSchema,
    });
  });

  it('gives every subgraph its own port offset and address variable, and calls only subgraphs it knows', () => {
    const entries = SUBGRAPH_NAMES.map((name) => SUBGRAPH_TOPOLOGY[name]);
    expect(new Set(entries.map((e) => e.portOffset)).size).toBe(entries.length);
    expect(entries.every((e) => e.portOffset >= 1 && e.portOffset <= 9)).toBe(true);
    expect(new Set(entries.map((e) => e.urlVariable)).size).toBe(entries.length);
    expect(entries.flatMap((e) => e.calls.filter((peer) => peer === e.name || !SUBGRAPH_NAMES.includes(peer)))).toEqual(
      [],
    );
  });
});

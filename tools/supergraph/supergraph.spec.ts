import { readFileSync } from 'node:fs';
import { SUPERGRAPH_PATH } from '@laa/gateway';
import { composeSupergraph } from './compose';

describe('the committed supergraph', () => {
  it('composes from the four subgraphs and matches apps/gateway/supergraph.graphql (else run `npm run compose`)', async () => {
    const composed = await composeSupergraph();
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composed);
  });

  it('keeps the public contract council systems rely on', async () => {
    const supergraph = await composeSupergraph();
    expect(supergraph).toMatch(/type Region\s+@join__type\(graph: PARTNERS, key: "code"\)/);
    expect(supergraph).toMatch(/type Area[^{]*@join__type\(graph: PARTNERS, key: "code"\)/);
    expect(supergraph).toMatch(/type Indicator[^{]*@join__type\(graph: EVIDENCE, key: "code"\)/);
    expect(supergraph).toMatch(/type Agreement[^{]*@join__type\(graph: AGREEMENTS, key: "id"\)/);
    for (const field of [
      'region: Region!',
      'areas: [Area!]!',
      'area(code: String!): Area',
      'indicator(code: String!): Indicator',
    ]) {
      expect(supergraph).toContain(field);
    }
    expect(supergraph).toMatch(/signOff: SignOff! @join__field\(graph: SIGNOFF\)/);
  });
});

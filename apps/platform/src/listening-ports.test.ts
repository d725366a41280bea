import { TestRegion } from '@laa/testing';
import { startTestRegion } from './testing';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

// Nothing listens that is not the product: a region on the embedded store opens its gateway's and its four
// subgraphs' ports, and the database none (it is reached in process). Read from Linux's own tables of this
// process's sockets, so a listener in any thread (the database's worker too) counts.
let region: TestRegion;

beforeAll(async () => {
  region = await startTestRegion('E12000003', { database: 'embedded', seedDemo: false });
}, 600_000);
afterAll(() => region?.stop());

/** The TCP ports this process listens on: its sockets' inodes, matched against the kernel's LISTEN rows. */
function listeningPorts(): number[] {
  const inodes = new Set(
    readdirSync('/proc/self/fd')
      .map((fd) => {
        try {
          return /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`))?.[1];
        } catch {
          return undefined;
        }
      })
      .filter(Boolean),
  );
  const rows = ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    readFileSync(table, 'utf8').trim().split('\n').slice(1),
  );
  return rows
    .map((row) => row.trim().split(/\s+/))
    .filter(([, local, , state, , , , , , inode]) => state === '0A' && local && inodes.has(inode))
    .map(([, local]) => parseInt(local.split(':')[1], 16))
    .sort((a, b) => a - b);
}

const portOf = (url: string) => Number(new URL(url).port);

describe('the ports a region opens', () => {
  it('are its gateway and its four subgraphs only: the embedded database listens on none', () => {
    const product = [region.gatewayUrl, ...Object.values(region.subgraphUrls)].map(portOf).sort((a, b) => a - b);
    expect(product).toHaveLength(5);
    expect(listeningPorts()).toEqual(product);
  });
});

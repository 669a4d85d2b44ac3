// Acknowledged writes survive SIGKILL of the node that holds them. Replication factor 1,
// so no other replica can mask a loss: every node is killed right after the last
// acknowledgement, restarted from its data directory, and every row is read at ONE.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from '../src/cluster.js';

const ROWS = 600;
const CONCURRENCY = 64;

describe('durability of acknowledged writes', () => {
  let cluster: LocalCluster;

  beforeAll(async () => {
    cluster = await LocalCluster.start({ nodes: 3 });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('keeps every acknowledged row across kill -9 of every node', async () => {
    await cluster.ok({ query: "CREATE KEYSPACE one WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}" });
    await cluster.ok({ query: 'CREATE TABLE one.kv (k int, c int, v text, PRIMARY KEY (k, c))' });
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < ROWS) {
          const i = next++;
          await cluster.ok({ query: 'INSERT INTO one.kv (k, c, v) VALUES (?, ?, ?)', params: [i % 60, i, `v${i}`], consistency: 'ONE' });
        }
      }),
    );
    // Every write above was acknowledged; kill every node at once, no time to flush anything.
    await Promise.all(cluster.nodes.map((n) => n.proc.kill()));
    for (const n of [...cluster.nodes]) await cluster.startNode(n.name, n.dataDir);
    await cluster.waitForLiveNodes(3);

    let found = 0;
    for (let k = 0; k < 60; k++) {
      const body = await cluster.ok({ query: 'SELECT c, v FROM one.kv WHERE k = ?', params: [k], consistency: 'ONE' });
      for (const row of body.rows as { c: number; v: string }[]) {
        expect(row.v).toBe(`v${row.c}`);
        expect(row.c % 60).toBe(k);
        found++;
      }
    }
    expect(found).toBe(ROWS);
  });
});

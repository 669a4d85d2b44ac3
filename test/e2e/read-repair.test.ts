// Read repair end to end: with hinted handoff off, node3 misses every write made while it
// was down. Reading each key once at QUORUM finds the disagreement (digests) and writes the
// reconciled rows back; afterwards node3 alone (a gateway pinned to it, consistency ONE)
// returns them all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, LocalCluster } from '../src/cluster.js';

const ROWS = 1_000;
const CONCURRENCY = 32;

async function inParallel(count: number, limit: number, f: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < count) await f(next++);
  }));
}

describe('read repair', () => {
  let cluster: LocalCluster;

  beforeAll(async () => {
    cluster = await LocalCluster.start({ nodes: 3, gatewayArgs: ['--no-hinted-handoff'] });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('fixes a replica that missed writes, through QUORUM reads alone', async () => {
    await cluster.ok({ query: "CREATE KEYSPACE rr WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}" });
    await cluster.ok({ query: 'CREATE TABLE rr.kv (k int PRIMARY KEY, v text)' });

    await cluster.node('node3').proc.kill();
    await inParallel(ROWS, CONCURRENCY, async (k) => {
      await cluster.ok({ query: 'INSERT INTO rr.kv (k, v) VALUES (?, ?)', params: [k, `v${k}`], consistency: 'QUORUM' });
    });
    for (const n of cluster.nodes.filter((x) => x.name !== 'node3')) expect(await cluster.metricSum(n, 'cassia_hints_stored_total')).toBe(0);
    await cluster.startNode('node3', cluster.node('node3').dataDir);
    await cluster.waitForLiveNodes(3);

    const pinned = await cluster.startGateway(['--pin-replica', 'node3']);
    await eventually('the pinned gateway sees node3', async () => ((await (await fetch(`${pinned.url}/healthz`)).json()) as { liveNodes: number }).liveNodes === 3);
    const onNode3 = async () => {
      let found = 0;
      await inParallel(ROWS, CONCURRENCY, async (k) => {
        const body = await cluster.ok({ query: 'SELECT v FROM rr.kv WHERE k = ?', params: [k], consistency: 'ONE' }, pinned);
        if (body.rows.length === 1 && body.rows[0].v === `v${k}`) found++;
      });
      return found;
    };
    expect(await onNode3()).toBe(0); // it really missed them

    await inParallel(ROWS, CONCURRENCY, async (k) => {
      const body = await cluster.ok({ query: 'SELECT v FROM rr.kv WHERE k = ?', params: [k], consistency: 'QUORUM' });
      expect(body.rows).toEqual([{ v: `v${k}` }]);
    });
    const repairs = await cluster.metricSum(cluster.gateway, 'cassia_coordinator_read_repairs_total');
    console.log(`read repairs after one QUORUM read per key: ${repairs}`);
    expect(repairs).toBeGreaterThan(0);
    // Every write went to node1 and node2, every read to all three: at least 5 calls per key,
    // carried by fewer NATS requests when calls to a node were coalesced.
    const calls = await cluster.metricSum(cluster.gateway, 'cassia_coordinator_replica_calls_total');
    const messages = await cluster.metricSum(cluster.gateway, 'cassia_coordinator_replica_messages_total');
    console.log(`replica calls ${calls}, carried by ${messages} NATS requests`);
    expect(calls).toBeGreaterThanOrEqual(5 * ROWS);
    expect(messages).toBeGreaterThan(0);
    expect(messages).toBeLessThanOrEqual(calls);
    // Background repairs (a late digest) finish shortly after their read: allow them a moment.
    let found = 0;
    await eventually('node3 holds every row', async () => (found = await onNode3()) === ROWS, 30_000).catch(() => undefined);
    expect(found).toBe(ROWS);
  });
});

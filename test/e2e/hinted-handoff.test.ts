// Hinted handoff end to end: 3 nodes, RF 3. node3 is SIGKILLed; 10,000 rows are written at
// QUORUM (the writes meant for node3 become hints on the live nodes); node3 restarts; once
// every node reports no hints pending, node3 alone — read through a gateway pinned to it at
// consistency ONE — returns all 10,000 rows, without any repair.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, LocalCluster } from '../src/cluster.js';

const ROWS = Number(process.env['E2E_HINT_ROWS'] ?? 10_000);
const CONCURRENCY = 64;

async function inParallel(count: number, limit: number, f: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < count) await f(next++);
  }));
}

describe('hinted handoff', () => {
  let cluster: LocalCluster;

  beforeAll(async () => {
    cluster = await LocalCluster.start({ nodes: 3 });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it(`replays ${ROWS} rows written at QUORUM while a replica was down`, async () => {
    await cluster.ok({ query: "CREATE KEYSPACE hh WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}" });
    await cluster.ok({ query: 'CREATE TABLE hh.kv (k int PRIMARY KEY, v text)' });

    await cluster.node('node3').proc.kill(); // SIGKILL
    await inParallel(ROWS, CONCURRENCY, async (k) => {
      await cluster.ok({ query: 'INSERT INTO hh.kv (k, v) VALUES (?, ?)', params: [k, `v${k}`], consistency: 'QUORUM' });
    });
    const stored = (await cluster.metricSum(cluster.node('node1'), 'cassia_hints_stored_total')) + (await cluster.metricSum(cluster.node('node2'), 'cassia_hints_stored_total'));
    console.log(`hints stored while node3 was down: ${stored}`);
    expect(stored).toBeGreaterThanOrEqual(ROWS);

    await cluster.startNode('node3', cluster.node('node3').dataDir);
    await cluster.waitForLiveNodes(3);
    const drainStart = Date.now();
    await eventually('hints drained', async () => {
      const pending = await Promise.all(cluster.nodes.map((n) => cluster.metricSum(n, 'cassia_hints_pending')));
      return pending.every((p) => p === 0);
    }, 120_000);
    const replayed = (await cluster.metricSum(cluster.node('node1'), 'cassia_hints_replayed_total')) + (await cluster.metricSum(cluster.node('node2'), 'cassia_hints_replayed_total'));
    console.log(`hints replayed: ${replayed}, drained ${Date.now() - drainStart} ms after node3 was up`);

    const pinned = await cluster.startGateway(['--pin-replica', 'node3']);
    await eventually('the pinned gateway sees node3', async () => ((await (await fetch(`${pinned.url}/healthz`)).json()) as { liveNodes: number }).liveNodes === 3);
    const missing: number[] = [];
    await inParallel(ROWS, CONCURRENCY, async (k) => {
      const body = await cluster.ok({ query: 'SELECT v FROM hh.kv WHERE k = ?', params: [k], consistency: 'ONE' }, pinned);
      if (body.rows.length !== 1 || body.rows[0].v !== `v${k}`) missing.push(k);
    });
    expect(missing).toEqual([]);
    // No repair ran anywhere: the data came from the hints alone.
    for (const g of cluster.gateways) expect(await cluster.metricSum(g, 'cassia_coordinator_read_repairs_total')).toBe(0);
  });
});

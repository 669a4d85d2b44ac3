// Gossip with real processes: a SIGKILLed node is seen down by every other member (nodes
// and the gateway, each through its own /metrics) within 10 s, and up again within 5 s of
// restarting from its data directory (a new generation).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, LocalCluster, type GatewayProcess, type NodeProcess } from '../src/cluster.js';

const DOWN_WITHIN_MS = 10_000;
const UP_WITHIN_MS = 5_000;

describe('failure detection over gossip, with real processes', () => {
  let cluster: LocalCluster;

  beforeAll(async () => {
    cluster = await LocalCluster.start({ nodes: 3 });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  /** Waits until every observer reports `state` for member `name`; returns the ms it took. */
  async function seenByAll(observers: (NodeProcess | GatewayProcess)[], name: string, state: 0 | 1, limitMs: number): Promise<number> {
    const started = Date.now();
    await eventually(
      `${name} ${state === 1 ? 'up' : 'down'} at every member`,
      async () => (await Promise.all(observers.map((o) => cluster.memberUp(o, name)))).every((v) => v === state),
      limitMs + 5_000, // wait a little longer, so a miss reports the time it took, not a timeout
    );
    return Date.now() - started;
  }

  it('sees a SIGKILLed node down within 10 s and its restart up within 5 s', async () => {
    const observers = () => [cluster.node('node1'), cluster.node('node2'), cluster.gateway];
    await seenByAll([...observers(), cluster.node('node3')], 'node1', 1, 30_000);
    await seenByAll(observers(), 'node3', 1, 30_000);

    await cluster.node('node3').proc.kill(); // SIGKILL: no farewell, phi must convict it
    const downMs = await seenByAll(observers(), 'node3', 0, DOWN_WITHIN_MS);
    console.log(`node3 seen down by every member ${downMs} ms after SIGKILL`);
    expect(downMs).toBeLessThan(DOWN_WITHIN_MS);

    const restartedAt = Date.now();
    await cluster.startNode('node3', cluster.node('node3').dataDir);
    const upMs = Date.now() - restartedAt + (await seenByAll(observers(), 'node3', 1, UP_WITHIN_MS));
    console.log(`node3 seen up by every member ${upMs} ms after its restart began (process start included)`);
    expect(upMs).toBeLessThan(UP_WITHIN_MS);
  });

  it('marks a node that stops cleanly down at once (it announces SHUTDOWN)', async () => {
    await cluster.node('node2').proc.stop(); // SIGTERM
    const downMs = await seenByAll([cluster.node('node1'), cluster.gateway], 'node2', 0, 2_000);
    expect(downMs).toBeLessThan(2_000);
    await cluster.startNode('node2', cluster.node('node2').dataDir);
    await cluster.waitForLiveNodes(3);
  });
});

// Every consistency level, for success and for Unavailable with Cassandra's counts, in a
// two-data-center cluster: dc1 with 3 nodes on 3 racks, dc2 with 2 nodes on 2 racks,
// keyspace NetworkTopologyStrategy {dc1: 3, dc2: 2}, the gateway in dc1. Nodes are stopped
// (they announce SHUTDOWN, so the gateway knows at once) to take the alive counts down:
// all 5 up, dc2 gone (3 alive, all in dc1), only node1 left (1 alive), none left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from '../src/cluster.js';

type Level = 'ANY' | 'ONE' | 'TWO' | 'THREE' | 'QUORUM' | 'ALL' | 'LOCAL_ONE' | 'LOCAL_QUORUM' | 'EACH_QUORUM';
const LEVELS: Level[] = ['ANY', 'ONE', 'TWO', 'THREE', 'QUORUM', 'ALL', 'LOCAL_ONE', 'LOCAL_QUORUM', 'EACH_QUORUM'];

/** For each phase: the levels' expected outcome, `ok` or Unavailable's [required, alive]. */
type Expect = Record<Level, 'ok' | [number, number]>;

const PLACEMENT = (i: number) => (i <= 3 ? { dc: 'dc1', rack: `r${i}` } : { dc: 'dc2', rack: `r${i - 3}` });

describe('consistency levels across two data centers', () => {
  let cluster: LocalCluster;
  let seq = 0;

  beforeAll(async () => {
    cluster = await LocalCluster.start({ nodes: 5, placement: PLACEMENT, gatewayArgs: ['--dc', 'dc1'] });
    await cluster.ok({ query: "CREATE KEYSPACE mdc WITH replication = {'class': 'NetworkTopologyStrategy', 'dc1': 3, 'dc2': 2}" });
    await cluster.ok({ query: 'CREATE TABLE mdc.kv (k int PRIMARY KEY, v text)' });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  async function check(phase: string, expected: Expect): Promise<void> {
    for (const level of LEVELS) {
      const k = seq++;
      const write = await cluster.query({ query: 'INSERT INTO mdc.kv (k, v) VALUES (?, ?)', params: [k, `${phase}-${level}`], consistency: level });
      // A write is sent to every live replica but acknowledged after as many as the level
      // needs: below R + W > N a read may run ahead of the rest, so wait for it briefly.
      const readOnce = () => cluster.query({ query: 'SELECT v FROM mdc.kv WHERE k = ?', params: [k], consistency: level });
      let read = await readOnce();
      for (let i = 0; i < 20 && read.status === 200 && read.body.rows.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        read = await readOnce();
      }
      const want = expected[level];
      if (want === 'ok') {
        expect(write.status, `${phase}: write at ${level} → ${JSON.stringify(write.body)}`).toBe(200);
        if (level === 'ANY') {
          // ANY is for writes only, as in Cassandra.
          expect(read.body.error).toMatchObject({ name: 'Invalid' });
        } else {
          expect(read.status, `${phase}: read at ${level} → ${JSON.stringify(read.body)}`).toBe(200);
          expect(read.body.rows, `${phase}: read at ${level}`).toEqual([{ v: `${phase}-${level}` }]);
        }
      } else {
        const [required, alive] = want;
        expect(write.status, `${phase}: write at ${level} → ${JSON.stringify(write.body)}`).toBe(503);
        expect(write.body.error, `${phase}: write at ${level}`).toMatchObject({ name: 'Unavailable', code: 0x1000, consistency: level, required, alive });
        if (level !== 'ANY') {
          expect(read.body.error, `${phase}: read at ${level}`).toMatchObject({ name: 'Unavailable', consistency: level, required, alive });
        }
      }
    }
  }

  const stopped = new Set<string>();
  async function stop(...names: string[]): Promise<void> {
    for (const n of names) {
      await cluster.node(n).proc.stop();
      stopped.add(n);
    }
    await cluster.waitForLiveNodes(cluster.nodes.length - stopped.size);
  }

  it('all 5 nodes up: every level succeeds', async () => {
    await check('all-up', {
      ANY: 'ok', ONE: 'ok', TWO: 'ok', THREE: 'ok', QUORUM: 'ok', ALL: 'ok', LOCAL_ONE: 'ok', LOCAL_QUORUM: 'ok', EACH_QUORUM: 'ok',
    });
  });

  it('dc2 down (3 alive, all in dc1): ALL and EACH_QUORUM are Unavailable', async () => {
    await stop('node4', 'node5');
    await check('dc2-down', {
      ANY: 'ok', ONE: 'ok', TWO: 'ok', THREE: 'ok', QUORUM: 'ok', LOCAL_ONE: 'ok', LOCAL_QUORUM: 'ok',
      ALL: [5, 3],
      EACH_QUORUM: [2, 0], // dc2's quorum of 2, none alive there
    });
  });

  it('only node1 (1 alive): TWO, THREE, QUORUM and LOCAL_QUORUM are Unavailable too', async () => {
    await stop('node2', 'node3');
    await check('one-left', {
      ANY: 'ok', ONE: 'ok', LOCAL_ONE: 'ok',
      TWO: [2, 1], THREE: [3, 1], QUORUM: [3, 1], ALL: [5, 1], LOCAL_QUORUM: [2, 1], EACH_QUORUM: [2, 1],
    });
  });

  it('no node alive: every level is Unavailable, ANY included (no node can hold a hint)', async () => {
    await stop('node1');
    await check('none-left', {
      ANY: [1, 0], ONE: [1, 0], LOCAL_ONE: [1, 0],
      TWO: [2, 0], THREE: [3, 0], QUORUM: [3, 0], ALL: [5, 0], LOCAL_QUORUM: [2, 0], EACH_QUORUM: [2, 0],
    });
  });
});

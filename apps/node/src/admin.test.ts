// The admin verb over a real nats-server, served by a real node: stats, flush, compact and
// gossip info, typed refusals, and per-table read/write counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/nats-core';
import { MetadataStore } from '@cassia/cluster';
import { startNatsServer, tempDir, type NatsServer } from '@cassia/testkit';
import { createLogger } from '@cassia/telemetry';
import {
  AdminErrorCode,
  AdminRefusedError,
  RpcNoRespondersError,
  admin,
  adminSubject,
  connectNats,
  encode,
  mutationToMessage,
  replica,
  replicaSubject,
  request,
  requestAdmin,
  toBigInt,
  toLong,
  toNumber,
} from '@cassia/wire';
import { startNode, type RunningNode } from './node.js';

const log = createLogger('admin-test', {}, 'silent');
const TIMEOUT_MS = 5_000;
const CLUSTER = 'adm';

describe('admin verb of a node over a real nats-server', () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let store: MetadataStore;
  let node: RunningNode;
  let dir: { path: string; remove(): Promise<void> };

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connectNats({ servers: server.url, name: 'admin-test' });
    store = await MetadataStore.open(nc, CLUSTER);
    await store.update((doc) => {
      doc.keyspaces!['ks'] = {
        name: 'ks', replication: {}, durableWrites: true,
        tables: { a: { id: 'table-a', name: 'a' }, b: { id: 'table-b', name: 'b' } },
      };
      return true;
    });
    dir = await tempDir('admin');
    node = await startNode(
      { nats: server.url, dataDir: dir.path, name: 'n1', dc: 'dc1', rack: 'r1', metricsPort: 0, metricsHost: '127.0.0.1', cluster: CLUSTER, numTokens: 8 },
      log,
    );
  });
  afterAll(async () => {
    await node?.stop();
    await dir?.remove();
    await store?.close();
    await nc?.close();
    await server?.stop();
  });

  const write = async (tableId: string, key: number) => {
    const mutation = {
      tableId, token: BigInt(key), partitionKey: Uint8Array.of(key),
      rows: [{ clustering: Uint8Array.of(1), cells: [{ column: 'v', cell: { value: Uint8Array.of(key), timestamp: 10n, ttlSeconds: 0, localDeletionTime: 0 } }] }],
    };
    const ack = replica.MutateResponse.decode(
      await request(nc, replicaSubject(CLUSTER, node.hostId, 'mutate'), encode(replica.MutateRequest, { mutations: [mutationToMessage(mutation)] }), TIMEOUT_MS),
    );
    expect(ack.error).toBeFalsy();
  };
  const read = async (tableId: string, key: number) => {
    const r = replica.ReadResponse.decode(
      await request(nc, replicaSubject(CLUSTER, node.hostId, 'read'), encode(replica.ReadRequest, { tableId, token: toLong(BigInt(key)), partitionKey: Uint8Array.of(key) }), TIMEOUT_MS),
    );
    expect(r.error).toBeFalsy();
  };
  const stats = () => requestAdmin(nc, CLUSTER, node.hostId, 'stats', TIMEOUT_MS);
  const table = async (id: string) => (await stats()).tables!.find((t) => t.tableId === id);
  const sstables = async (id: string) => ((await table(id))?.levels ?? []).reduce((n, l) => n + (l.count ?? 0), 0);
  /** One unlabelled sample from the node's /metrics (its role and server labels aside). */
  const metricValue = async (name: string) => {
    const text = await (await fetch(`http://127.0.0.1:${node.metricsPort}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
    return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
  };

  it('answers stats: identity, tokens, generation, uptime, heap, metadata epoch', async () => {
    const s = await stats();
    const member = (await store.read()).doc.members![node.hostId]!;
    expect(s.hostId).toBe(node.hostId);
    expect(s.name).toBe('n1');
    expect([s.dc, s.rack]).toEqual(['dc1', 'r1']);
    expect(s.tokens!.map(toBigInt)).toEqual(member.tokens!.map(toBigInt));
    expect(toNumber(s.generation)).toBeGreaterThan(Date.now() - 60_000);
    expect(toNumber(s.uptimeMs)).toBeGreaterThanOrEqual(0);
    expect(toNumber(s.heapUsedBytes)).toBeGreaterThan(0);
    expect(toNumber(s.metadataEpoch)).toBe(store.current().epoch);
    expect(s.gossipActive).toBe(true);
    expect(s.metricsPort).toBe(node.metricsPort);
    expect(s.address).toBe('127.0.0.1');
  });

  it('counts reads and writes per table, and flush turns memtables into SSTables', async () => {
    await write('table-a', 1);
    await write('table-a', 2);
    await write('table-b', 3);
    await read('table-a', 1);
    const a = await table('table-a');
    expect([toNumber(a!.writes), toNumber(a!.reads)]).toEqual([2, 1]);
    expect(toNumber((await table('table-b'))!.writes)).toBe(1);
    expect(toNumber((await stats()).memtableBytes)).toBeGreaterThan(0);

    const flushed = await requestAdmin(nc, CLUSTER, node.hostId, 'flush', TIMEOUT_MS, ['table-a']);
    expect(flushed.tableIds).toEqual(['table-a']);
    expect(await sstables('table-a')).toBe(1);
    expect(await sstables('table-b')).toBe(1); // memtables are shared: every table is flushed
    expect(toNumber((await stats()).loadBytes)).toBeGreaterThan(0);
    expect(await metricValue('cassia_memtable_flush_duration_seconds_count')).toBe(1);
  });

  it('compacts a table down to one SSTable on request', async () => {
    await write('table-a', 4);
    await requestAdmin(nc, CLUSTER, node.hostId, 'flush', TIMEOUT_MS);
    expect(await sstables('table-a')).toBe(2);
    const before = toNumber((await stats()).compaction!.completed);
    const done = await requestAdmin(nc, CLUSTER, node.hostId, 'compact', TIMEOUT_MS, ['table-a']);
    expect(done.tableIds).toEqual(['table-a']);
    expect(await sstables('table-a')).toBe(1);
    const after = await stats();
    expect(toNumber(after.compaction!.completed)).toBe(before + 1);
    expect(await metricValue('cassia_memtable_flush_duration_seconds_count')).toBe(2);
    expect(await metricValue('cassia_compaction_duration_seconds_count')).toBe(before + 1);
    expect(after.compaction!.major).toEqual([]);
  });

  it('answers its gossip view, itself alive with its generation and states', async () => {
    const g = await requestAdmin(nc, CLUSTER, node.hostId, 'gossipInfo', TIMEOUT_MS);
    expect(g.observer).toBe(node.hostId);
    const self = g.endpoints!.find((e) => e.endpoint === node.hostId)!;
    expect(self.alive).toBe(true);
    expect(toNumber(self.generation)).toBe(toNumber((await stats()).generation));
    expect(Object.fromEntries(self.states!.map((s) => [s.key, s.value]))).toMatchObject({ DC: 'dc1', RACK: 'r1', HOST_NAME: 'n1', STATUS: 'NORMAL' });
  });

  it('refuses unknown tables and garbage with typed errors, and keeps serving', async () => {
    const refused = await requestAdmin(nc, CLUSTER, node.hostId, 'compact', TIMEOUT_MS, ['nope']).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AdminRefusedError);
    expect((refused as AdminRefusedError).code).toBe(AdminErrorCode.UnknownTable);
    const garbage = admin.AdminResponse.decode(await request(nc, adminSubject(CLUSTER, node.hostId), Uint8Array.of(0xff, 0xff, 0xff, 0x0f), TIMEOUT_MS));
    expect(garbage.error?.code).toBe(AdminErrorCode.BadRequest);
    const empty = admin.AdminResponse.decode(await request(nc, adminSubject(CLUSTER, node.hostId), new Uint8Array(0), TIMEOUT_MS));
    expect(empty.error?.code).toBe(AdminErrorCode.BadRequest);
    expect((await stats()).hostId).toBe(node.hostId);
  });

  it('a host nobody serves is "no responders" at once, not a timeout', async () => {
    const started = Date.now();
    await expect(requestAdmin(nc, CLUSTER, 'not-a-node', 'stats', TIMEOUT_MS)).rejects.toBeInstanceOf(RpcNoRespondersError);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/nats-core';
import { MetadataStore } from '@cassia/cluster';
import { startNatsServer, tempDir, type NatsServer } from '@cassia/testkit';
import { createLogger } from '@cassia/telemetry';
import {
  connectNats,
  encode,
  mutationToMessage,
  partitionFromMessage,
  replica,
  replicaSubject,
  request,
  toBigInt,
  toLong,
  ReplicaErrorCode,
} from '@cassia/wire';
import { startNode } from './node.js';
import { loadIdentity } from './identity.js';

const log = createLogger('node-test', {}, 'silent');

describe('storage node over a real nats-server', () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let store: MetadataStore;

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connectNats({ servers: server.url, name: 'node-test' });
    store = await MetadataStore.open(nc, 'nt');
    await store.update((doc) => {
      doc.keyspaces!['ks'] = { name: 'ks', replication: {}, durableWrites: true, tables: { t: { id: 'table-1', name: 't' } } };
      return true;
    });
  });
  afterAll(async () => {
    await store?.close();
    await nc?.close();
    await server?.stop();
  });

  const options = (dataDir: string) => ({
    nats: server.url, dataDir, name: 'n1', dc: 'dc1', rack: 'r1', metricsPort: 0, metricsHost: '127.0.0.1', cluster: 'nt', numTokens: 16,
  });

  it('joins with 16 tokens, applies and reads mutations, keeps identity and data across restart', async () => {
    const dir = await tempDir('node');
    let node = await startNode(options(dir.path), log);
    const member = (await store.read()).doc.members![node.hostId]!;
    expect(member.tokens).toHaveLength(16);
    expect(member.status).toBe('NORMAL');

    const mutation = {
      tableId: 'table-1', token: 7n, partitionKey: Uint8Array.of(1),
      rows: [{ clustering: Uint8Array.of(2), cells: [{ column: 'v', cell: { value: Uint8Array.of(3), timestamp: 10n, ttlSeconds: 0, localDeletionTime: 0 } }] }],
    };
    const subject = (verb: 'mutate' | 'read') => replicaSubject('nt', node.hostId, verb);
    const ack = replica.MutateResponse.decode(
      await request(nc, subject('mutate'), encode(replica.MutateRequest, { mutations: [mutationToMessage(mutation)] }), 2000),
    );
    expect(ack.error).toBeFalsy();
    const readOnce = async () => {
      const r = replica.ReadResponse.decode(
        await request(nc, subject('read'), encode(replica.ReadRequest, { tableId: 'table-1', token: toLong(7n), partitionKey: Uint8Array.of(1) }), 2000),
      );
      expect(r.error).toBeFalsy();
      return partitionFromMessage(r.partition!);
    };
    const before = await readOnce();
    expect([...before.rows[0]!.cells.get('v')!.value!]).toEqual([3]);

    const hostId = node.hostId;
    const tokens = (await loadIdentity(dir.path))!.tokens;
    await node.stop();
    node = await startNode(options(dir.path), log);
    expect(node.hostId).toBe(hostId);
    expect((await store.read()).doc.members![hostId]!.tokens!.map(toBigInt)).toEqual(tokens);
    expect(await readOnce()).toEqual(before);

    const health = await fetch(`http://127.0.0.1:${node.metricsPort}/healthz`);
    expect(health.status).toBe(200);
    const metrics = await (await fetch(`http://127.0.0.1:${node.metricsPort}/metrics`)).text();
    expect(metrics).toMatch(/cassia_replica_requests_total\{verb="read",outcome="ok",role="node",server="n1"\} 1/);
    expect(metrics).toContain('cassia_commitlog_syncs_total');
    await node.stop();
    await dir.remove();
  });

  it('drops, on restart, a table dropped from the metadata while the node was down', async () => {
    await store.update((doc) => {
      doc.keyspaces!['ks']!.tables!['gone'] = { id: 'table-gone', name: 'gone' };
      return true;
    });
    const dir = await tempDir('node');
    let node = await startNode(options(dir.path), log);
    const subject = (verb: 'mutate' | 'read') => replicaSubject('nt', node.hostId, verb);
    const mutation = { tableId: 'table-gone', token: 1n, partitionKey: Uint8Array.of(1), rows: [{ clustering: Uint8Array.of(), liveness: { timestamp: 1n, ttlSeconds: 0, localExpirationTime: 0 }, cells: [] }] };
    const ack = replica.MutateResponse.decode(await request(nc, subject('mutate'), encode(replica.MutateRequest, { mutations: [mutationToMessage(mutation)] }), 2000));
    expect(ack.error).toBeFalsy();
    await node.stop();
    await store.update((doc) => {
      delete doc.keyspaces!['ks']!.tables!['gone'];
      return true;
    });
    node = await startNode(options(dir.path), log);
    const read = replica.ReadResponse.decode(
      await request(nc, subject('read'), encode(replica.ReadRequest, { tableId: 'table-gone', token: toLong(1n), partitionKey: Uint8Array.of(1) }), 2000),
    );
    expect(read.error?.code).toBe(ReplicaErrorCode.UnknownTable);
    await node.stop();
    // The drop is durable: even with the table back in the metadata, its old data is gone.
    await store.update((doc) => {
      doc.keyspaces!['ks']!.tables!['gone'] = { id: 'table-gone', name: 'gone' };
      return true;
    });
    node = await startNode(options(dir.path), log);
    const again = replica.ReadResponse.decode(
      await request(nc, subject('read'), encode(replica.ReadRequest, { tableId: 'table-gone', token: toLong(1n), partitionKey: Uint8Array.of(1) }), 2000),
    );
    expect(again.error?.code).toBe(ReplicaErrorCode.UnknownTable);
    await node.stop();
    await dir.remove();
  });

  it('refuses unknown tables and garbage with typed replica errors, and keeps serving', async () => {
    const dir = await tempDir('node');
    const node = await startNode(options(dir.path), log);
    const subject = replicaSubject('nt', node.hostId, 'mutate');
    const unknown = replica.MutateResponse.decode(
      await request(nc, subject, encode(replica.MutateRequest, { mutations: [{ tableId: 'nope', token: toLong(1n), partitionKey: Uint8Array.of(1) }] }), 2000),
    );
    expect(unknown.error?.code).toBe(ReplicaErrorCode.UnknownTable);
    const garbage = replica.MutateResponse.decode(await request(nc, subject, Uint8Array.of(0xff, 0xff, 0xff, 0x0f), 2000));
    expect(garbage.error?.code).toBe(ReplicaErrorCode.BadRequest);
    const health = await fetch(`http://127.0.0.1:${node.metricsPort}/healthz`);
    expect(health.status).toBe(200);
    await node.stop();
    await dir.remove();
  });
});

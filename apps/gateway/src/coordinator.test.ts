import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import { ReadTimeout, Unavailable, WriteFailure, WriteTimeout } from '@cassia/cql-lite';
import type { Mutation, PartitionData } from '@cassia/lsm';
import { createLogger } from '@cassia/telemetry';
import { startNatsServer, type NatsServer } from '@cassia/testkit';
import { connectNats, encode, partitionToMessage, replica, replicaSubject, serve } from '@cassia/wire';
import { Coordinator } from './coordinator.js';

// Replicas here are real NATS subscribers whose behaviour each test chooses (ack, refuse,
// stall, or be absent), to drive the coordinator through every outcome.
type Behaviour = 'ack' | 'refuse' | 'stall' | 'absent';

const log = createLogger('coordinator-test', {}, 'silent');
const mutation: Mutation = { tableId: 't', token: 1n, partitionKey: Uint8Array.of(1), rows: [] };

describe('Coordinator over a real nats-server', () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let subs: Subscription[] = [];
  const received = new Map<string, number>();
  const down = new Set<string>();

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connectNats({ servers: server.url, name: 'coordinator-test' });
  });
  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  async function replicas(cluster: string, behaviours: Record<string, Behaviour>, data: Record<string, PartitionData | undefined> = {}) {
    for (const s of subs) s.unsubscribe();
    subs = [];
    received.clear();
    down.clear();
    for (const [host, behaviour] of Object.entries(behaviours)) {
      if (behaviour === 'absent') continue;
      for (const verb of ['mutate', 'read'] as const) {
        subs.push(
          serve(
            nc,
            replicaSubject(cluster, host, verb),
            async () => {
              received.set(host, (received.get(host) ?? 0) + 1);
              if (behaviour === 'stall') await new Promise(() => undefined); // never answers
              if (behaviour === 'refuse') {
                return verb === 'mutate'
                  ? encode(replica.MutateResponse, { error: { code: 'STORAGE', message: 'disk full' } })
                  : encode(replica.ReadResponse, { error: { code: 'STORAGE', message: 'disk full' } });
              }
              if (verb === 'mutate') return encode(replica.MutateResponse, {});
              const p = data[host];
              return encode(replica.ReadResponse, p === undefined ? {} : { partition: partitionToMessage(p) });
            },
            { maxInFlight: 100, overloaded: () => new Uint8Array(), failed: () => new Uint8Array() },
          ),
        );
      }
    }
    await nc.flush();
    return new Coordinator({
      nc,
      cluster,
      isAlive: (h) => !down.has(h) && (behaviours[h] !== undefined),
      markDown: (h) => down.add(h),
      log,
      writeTimeoutMs: 1_000,
      readTimeoutMs: 1_000,
    });
  }

  const placement = { replicas: ['a', 'b', 'c'], replicationFactor: 3 };

  it('acknowledges once enough replicas have', async () => {
    const c = await replicas('c1', { a: 'ack', b: 'ack', c: 'ack' });
    await c.write('ALL', placement, [mutation]);
    expect([...received.values()]).toEqual([1, 1, 1]);
  });

  it('succeeds at QUORUM with a dead replica and marks it down', async () => {
    const c = await replicas('c2', { a: 'ack', b: 'absent', c: 'ack' });
    await c.write('QUORUM', placement, [mutation]);
    expect(down.has('b')).toBe(true);
    // Now known down: ALL is Unavailable before anything is sent.
    received.clear();
    await expect(c.write('ALL', placement, [mutation])).rejects.toMatchObject({ errorName: 'Unavailable', required: 3, alive: 2 });
    expect(received.size).toBe(0);
  });

  it('fails fast with WriteFailure when a replica believed alive has no responders', async () => {
    const c = await replicas('c3', { a: 'ack', b: 'absent', c: 'ack' });
    // A failure, not a timeout: the coordinator did not wait for the deadline.
    await expect(c.write('ALL', placement, [mutation])).rejects.toBeInstanceOf(WriteFailure);
  });

  it('times out with WriteTimeout (received and blockFor) when replicas stall', async () => {
    const c = await replicas('c4', { a: 'ack', b: 'stall', c: 'stall' });
    const err = await c.write('QUORUM', placement, [mutation]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WriteTimeout);
    expect(err).toMatchObject({ received: 1, blockFor: 2, consistency: 'QUORUM' });
  });

  it('is Unavailable when too few replicas are alive, without sending', async () => {
    const c = await replicas('c5', { a: 'ack' });
    await expect(c.write('QUORUM', placement, [mutation])).rejects.toBeInstanceOf(Unavailable);
    expect(received.size).toBe(0);
  });

  it('reconciles replica answers on read (newest cell wins) and times out with ReadTimeout', async () => {
    const cell = (v: number, ts: bigint) => ({ value: Uint8Array.of(v), timestamp: ts, ttlSeconds: 0, localDeletionTime: 0 });
    const row = (v: number, ts: bigint) => ({ clustering: Uint8Array.of(1), cells: new Map([['x', cell(v, ts)]]) });
    const p = (v: number, ts: bigint): PartitionData => ({ token: 1n, partitionKey: Uint8Array.of(1), rows: [row(v, ts)] });
    const c = await replicas('c6', { a: 'ack', b: 'ack', c: 'ack' }, { a: p(1, 10n), b: p(2, 20n), c: p(2, 20n) });
    const merged = await c.read('ALL', placement, { tableId: 't', token: 1n, partitionKey: Uint8Array.of(1), slice: { startInclusive: true, endInclusive: true } });
    expect([...merged.data!.rows[0]!.cells.get('x')!.value!]).toEqual([2]);
    expect(merged.resumeAfter).toBeUndefined();

    const slow = await replicas('c7', { a: 'stall', b: 'stall', c: 'ack' });
    await expect(
      slow.read('QUORUM', placement, { tableId: 't', token: 1n, partitionKey: Uint8Array.of(1), slice: { startInclusive: true, endInclusive: true } }),
    ).rejects.toBeInstanceOf(ReadTimeout);
  });

  it('is Unavailable, not hung, when the keyspace has no replicas (RF 0) at ALL', async () => {
    const c = await replicas('c9', { a: 'ack' });
    await expect(c.write('ALL', { replicas: [], replicationFactor: 0 }, [mutation])).rejects.toMatchObject({ errorName: 'Unavailable', required: 1, alive: 0 });
  });

  it('answers Overloaded when the replicas say they are', async () => {
    const c = await replicas('c10', { a: 'ack', b: 'absent', c: 'absent' }, {});
    for (const host of ['b', 'c']) {
      subs.push(serve(nc, replicaSubject('c10', host, 'mutate'), async () => encode(replica.MutateResponse, { error: { code: 'OVERLOADED', message: 'busy' } }), {
        maxInFlight: 10, overloaded: () => new Uint8Array(), failed: () => new Uint8Array(),
      }));
    }
    await nc.flush();
    await expect(c.write('QUORUM', placement, [mutation])).rejects.toMatchObject({ errorName: 'Overloaded' });
  });

  it('refuses ANY for reads', async () => {
    const c = await replicas('c8', { a: 'ack', b: 'ack', c: 'ack' });
    await expect(
      c.read('ANY', placement, { tableId: 't', token: 1n, partitionKey: Uint8Array.of(1), slice: { startInclusive: true, endInclusive: true } }),
    ).rejects.toMatchObject({ errorName: 'Invalid' });
  });
});


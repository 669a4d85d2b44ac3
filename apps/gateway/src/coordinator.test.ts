import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import { ReadTimeout, Unavailable, WriteFailure, WriteTimeout } from '@cassia/cql-lite';
import type { Mutation, PartitionData } from '@cassia/lsm';
import { createLogger } from '@cassia/telemetry';
import { startNatsServer, type NatsServer } from '@cassia/testkit';
import { createHash } from 'node:crypto';
import { connectNats, encode, partitionToMessage, replica, replicaSubject, ReplicaClient, serve } from '@cassia/wire';
import { Coordinator, type CoordinatorOptions } from './coordinator.js';

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
  /** The current coordinator's down set: each coordinator gets its own, so a late reply to an
   *  earlier test's coordinator (its subjects are gone by then) cannot mark a later one's hosts. */
  let down = new Set<string>();

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connectNats({ servers: server.url, name: 'coordinator-test' });
  });
  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  /** What each host received, by verb (batches unpacked). */
  const log_ = new Map<string, { verb: string; data: Uint8Array }[]>();

  async function replicas(cluster: string, behaviours: Record<string, Behaviour>, data: Record<string, PartitionData | undefined> = {}, extra: Partial<CoordinatorOptions> = {}) {
    for (const s of subs) s.unsubscribe();
    subs = [];
    received.clear();
    log_.clear();
    const mine = new Set<string>();
    down = mine;
    const handle = async (host: string, behaviour: Behaviour, verb: string, body: Uint8Array): Promise<Uint8Array> => {
      received.set(host, (received.get(host) ?? 0) + 1);
      log_.set(host, [...(log_.get(host) ?? []), { verb, data: body }]);
      if (behaviour === 'stall') await new Promise(() => undefined); // never answers
      const error = { code: 'STORAGE', message: 'disk full' };
      if (verb === 'mutate') return encode(replica.MutateResponse, behaviour === 'refuse' ? { error } : {});
      if (verb === 'hint') return encode(replica.StoreHintResponse, behaviour === 'refuse' ? { error } : {});
      if (verb === 'range') {
        // The host's one partition (when it lies in the range), the whole range covered.
        if (behaviour === 'refuse') return encode(replica.RangeReadResponse, { error });
        const q = data[host];
        return encode(replica.RangeReadResponse, { partitions: q === undefined ? [] : [{ partition: partitionToMessage(q), truncated: false }], more: false });
      }
      if (behaviour === 'refuse') return encode(replica.ReadResponse, { error });
      const p = data[host];
      const reply = encode(replica.ReadResponse, p === undefined ? {} : { partition: partitionToMessage(p) });
      if (replica.ReadRequest.decode(body).digestOnly) return encode(replica.ReadResponse, { digest: createHash('md5').update(reply).digest() });
      return reply;
    };
    for (const [host, behaviour] of Object.entries(behaviours)) {
      if (behaviour === 'absent') continue;
      for (const verb of ['mutate', 'read', 'range', 'hint', 'batch'] as const) {
        subs.push(
          serve(
            nc,
            replicaSubject(cluster, host, verb),
            async (body) => {
              if (verb !== 'batch') return handle(host, behaviour, verb, body);
              const entries = replica.BatchRequest.decode(body).entries ?? [];
              const replies = await Promise.all(entries.map((e) => handle(host, behaviour, e.verb ?? '', e.payload ?? new Uint8Array(0))));
              return encode(replica.BatchResponse, { replies });
            },
            { maxInFlight: 100, overloaded: () => new Uint8Array(), failed: () => new Uint8Array() },
          ),
        );
      }
    }
    await nc.flush();
    return new Coordinator({
      client: new ReplicaClient(nc, cluster),
      isAlive: (h) => !mine.has(h) && (behaviours[h] !== undefined),
      markDown: (h) => mine.add(h),
      liveNodes: () => Object.keys(behaviours).filter((h) => !mine.has(h) && behaviours[h] !== 'absent'),
      log,
      writeTimeoutMs: 1_000,
      readTimeoutMs: 1_000,
      localDc: 'dc1',
      ...extra,
    });
  }

  const placement = { replicas: ['a', 'b', 'c'], replicationFactor: 3 };

  it('acknowledges once enough replicas have', async () => {
    const c = await replicas('c1', { a: 'ack', b: 'ack', c: 'ack' });
    await c.write('ALL', placement, [mutation]);
    expect([...received.values()]).toEqual([1, 1, 1]);
  });

  it('succeeds at QUORUM with a dead replica and marks it down', async () => {
    const c = await replicas('c2', { a: 'ack', b: 'absent', c: 'ack' }, {}, { hintedHandoff: false });
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
    // a answered stale data: it was sent the newer row before the read returned.
    const repair = log_.get('a')!.filter((e) => e.verb === 'mutate');
    expect(repair).toHaveLength(1);
    const sent = replica.MutateRequest.decode(repair[0]!.data).mutations![0]!;
    expect([...sent.rows![0]!.cells![0]!.value!]).toEqual([2]);
    expect(log_.get('b')!.filter((e) => e.verb === 'mutate')).toHaveLength(0);

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

  it('stores a hint on a live replica for a replica known down, and for one that vanishes', async () => {
    const c = await replicas('c11', { a: 'ack', b: 'ack', c: 'ack' });
    down.add('c');
    await c.write('QUORUM', placement, [mutation]);
    expect(log_.get('c')).toBeUndefined();
    const hints = [...log_.values()].flat().filter((e) => e.verb === 'hint').map((e) => replica.StoreHintRequest.decode(e.data));
    expect(hints.map((h) => h.targetHostId)).toEqual(['c']);
    expect(hints[0]!.mutate!.mutations).toHaveLength(1);

    const gone = await replicas('c12', { a: 'ack', b: 'absent', c: 'ack' });
    await gone.write('ALL', placement, [mutation]).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 200));
    const stored = [...log_.values()].flat().filter((e) => e.verb === 'hint').map((e) => replica.StoreHintRequest.decode(e.data).targetHostId);
    expect(stored).toEqual(['b']);
  });

  it('succeeds at ANY with every replica down once a hint is stored elsewhere, Unavailable with nowhere to store it', async () => {
    const c = await replicas('c13', { a: 'ack', b: 'ack', c: 'ack', d: 'ack' });
    for (const h of ['a', 'b', 'c']) down.add(h);
    await c.write('ANY', placement, [mutation]);
    const hints = (log_.get('d') ?? []).filter((e) => e.verb === 'hint').map((e) => replica.StoreHintRequest.decode(e.data).targetHostId);
    expect(hints.sort()).toEqual(['a', 'b', 'c']);

    const none = await replicas('c14', { a: 'ack', b: 'ack', c: 'ack' });
    for (const h of ['a', 'b', 'c']) down.add(h);
    await expect(none.write('ANY', placement, [mutation])).rejects.toMatchObject({ errorName: 'Unavailable', required: 1, alive: 0 });
  });

  it('asks one replica for data and the others for digests, and reads only the pinned replica when pinned', async () => {
    const p: PartitionData = { token: 1n, partitionKey: Uint8Array.of(1), rows: [] };
    const c = await replicas('c15', { a: 'ack', b: 'ack', c: 'ack' }, { a: p, b: p, c: p });
    const command = { tableId: 't', token: 1n, partitionKey: Uint8Array.of(1), slice: { startInclusive: true, endInclusive: true } };
    await c.read('QUORUM', placement, command);
    await new Promise((r) => setTimeout(r, 100));
    const digestOnly = (h: string) => (log_.get(h) ?? []).map((e) => replica.ReadRequest.decode(e.data).digestOnly === true);
    expect([digestOnly('a'), digestOnly('b'), digestOnly('c')]).toEqual([[false], [true], [true]]);

    const pinned = await replicas('c16', { a: 'ack', b: 'ack', c: 'ack' }, { a: p, b: p, c: p }, { pinnedReplica: 'b' });
    await pinned.read('ONE', placement, command);
    expect([...received.keys()]).toEqual(['b']);
    await expect(pinned.read('ONE', { replicas: ['a', 'c'], replicationFactor: 2 }, command)).rejects.toMatchObject({ errorName: 'Unavailable' });
  });

  it('writes no hint for a replica down longer than max_hint_window', async () => {
    const c = await replicas('c17', { a: 'ack', b: 'ack', c: 'ack' }, {}, { maxHintWindowMs: 1_000, downForMs: (h) => (h === 'c' ? 5_000 : 0) });
    down.add('c');
    await c.write('QUORUM', placement, [mutation]);
    expect([...log_.values()].flat().filter((e) => e.verb === 'hint')).toEqual([]);
  });

  describe('range reads', () => {
    const cell = (v: number, ts: bigint) => ({ value: Uint8Array.of(v), timestamp: ts, ttlSeconds: 0, localDeletionTime: 0 });
    const p = (v: number, ts: bigint): PartitionData => ({ token: 1n, partitionKey: Uint8Array.of(1), rows: [{ clustering: Uint8Array.of(1), cells: new Map([['x', cell(v, ts)]]) }] });
    const command = { tableId: 't', startToken: 0n, endToken: 10n, slices: [], limitRows: 100, perPartitionLimitRows: 0 };

    it('asks only as many replicas as the level needs, and others in place of one that refuses', async () => {
      const c = await replicas('r0', { a: 'refuse', b: 'ack', c: 'ack' }, { b: p(1, 1n), c: p(1, 1n) });
      const r = await c.rangeRead('ONE', placement, command);
      expect(r.partitions).toHaveLength(1);
      const asked = (h: string) => (log_.get(h) ?? []).filter((e) => e.verb === 'range').length;
      expect(asked('a')).toBe(1);
      expect(asked('b') + asked('c')).toBeGreaterThanOrEqual(1);
      const quiet = await replicas('r00', { a: 'ack', b: 'ack', c: 'ack' }, { a: p(1, 1n), b: p(1, 1n), c: p(1, 1n) });
      await quiet.rangeRead('QUORUM', placement, command);
      expect(['a', 'b', 'c'].map(asked)).toEqual([1, 1, 0]);
    });

    it('asks every replica at ALL, reconciles (newest cell wins) and repairs a stale one before answering', async () => {
      const c = await replicas('r1', { a: 'ack', b: 'ack', c: 'ack' }, { a: p(1, 10n), b: p(2, 20n), c: undefined });
      const r = await c.rangeRead('ALL', placement, command);
      expect(r.resume).toBeUndefined();
      expect(r.partitions).toHaveLength(1);
      expect([...r.partitions[0]!.rows[0]!.cells.get('x')!.value!]).toEqual([2]);
      const request = replica.RangeReadRequest.decode(log_.get('a')!.find((e) => e.verb === 'range')!.data);
      expect([String(request.startToken), String(request.endToken), request.limitRows]).toEqual(['0', '10', 100]);
      // a had the older cell, c nothing: both were sent the reconciled row; b agreed.
      for (const host of ['a', 'c']) {
        const sent = (log_.get(host) ?? []).filter((e) => e.verb === 'mutate').map((e) => replica.MutateRequest.decode(e.data).mutations![0]!);
        expect(sent.map((m) => [...m.rows![0]!.cells![0]!.value!])).toEqual([[2]]);
      }
      expect((log_.get('b') ?? []).filter((e) => e.verb === 'mutate')).toHaveLength(0);
    });

    it('is Unavailable without sending, ReadTimeout when replicas stall, Invalid at ANY', async () => {
      const few = await replicas('r2', { a: 'ack' });
      await expect(few.rangeRead('QUORUM', placement, command)).rejects.toMatchObject({ errorName: 'Unavailable', required: 2, alive: 1 });
      expect(received.size).toBe(0);
      const slow = await replicas('r3', { a: 'stall', b: 'stall', c: 'ack' }, { c: p(1, 1n) });
      await expect(slow.rangeRead('QUORUM', placement, command)).rejects.toBeInstanceOf(ReadTimeout);
      await expect(slow.rangeRead('ANY', placement, command)).rejects.toMatchObject({ errorName: 'Invalid' });
    });
  });
});


import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/nats-core';
import { Registry } from 'prom-client';
import { createLogger } from '@cassia/telemetry';
import { startNatsServer, tempDir, type NatsServer } from '@cassia/testkit';
import { connectNats, encode, replica, replicaSubject, ReplicaErrorCode, serve } from '@cassia/wire';
import { HintStore } from './hints/index.js';
import { HintDelivery } from './hint-delivery.js';
import { createNodeMetrics } from './metrics.js';

const log = createLogger('hint-delivery-test', {}, 'silent');
const WINDOW_MS = 60_000;
const hint = (n: number) => encode(replica.MutateRequest, { mutations: [{ tableId: `t${n}` }] });

describe('HintDelivery over a real nats-server', () => {
  let server: NatsServer;
  let nc: NatsConnection;

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connectNats({ servers: server.url, name: 'hint-delivery-test' });
  });
  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  async function setup(now: { ms: number }) {
    const dir = await tempDir('hint-delivery');
    const store = await HintStore.open({ dir: dir.path, clock: { nowMs: () => now.ms }, maxHintWindowMs: WINDOW_MS });
    const metrics = createNodeMetrics(new Registry());
    return { dir, store, metrics };
  }

  it('replays in order to a target that is up, dropping what it refuses as unknown', async () => {
    const now = { ms: 1_000_000 };
    const { dir, store, metrics } = await setup(now);
    for (let i = 0; i < 5; i++) await store.append('b', hint(i));
    const got: string[] = [];
    const sub = serve(nc, replicaSubject('hd1', 'b', 'mutate'), async (data) => {
      const table = replica.MutateRequest.decode(data).mutations![0]!.tableId!;
      got.push(table);
      return encode(replica.MutateResponse, table === 't2' ? { error: { code: ReplicaErrorCode.UnknownTable, message: 'dropped' } } : {});
    }, { maxInFlight: 10, overloaded: () => new Uint8Array(), failed: () => new Uint8Array() });
    await nc.flush();
    const delivery = new HintDelivery({ store, nc, cluster: 'hd1', isAlive: () => true, log, metrics, intervalMs: 60_000 });
    delivery.start();
    for (let i = 0; i < 100 && store.pendingCount('b') > 0; i++) await new Promise((r) => setTimeout(r, 20));
    await delivery.stop();
    expect(got).toEqual(['t0', 't1', 't2', 't3', 't4']);
    expect(store.pendingCount('b')).toBe(0);
    expect((await metrics.hintsDropped.get()).values[0]?.value).toBe(1);
    sub.unsubscribe();
    await store.close();
    await dir.remove();
  });

  it('drops only the expired hints of a target that stays down', async () => {
    const now = { ms: 1_000_000 };
    const { dir, store, metrics } = await setup(now);
    for (let i = 0; i < 3; i++) await store.append('c', hint(i));
    now.ms += WINDOW_MS + 1; // those three are now expired
    for (let i = 3; i < 5; i++) await store.append('c', hint(i));
    const delivery = new HintDelivery({ store, nc, cluster: 'hd2', isAlive: () => false, log, metrics, intervalMs: 60_000 });
    delivery.start();
    for (let i = 0; i < 100 && store.pendingCount('c') > 2; i++) await new Promise((r) => setTimeout(r, 20));
    await delivery.stop();
    expect(store.pendingCount('c')).toBe(2);
    expect((await metrics.hintsDropped.get()).values[0]?.value).toBe(3);
    await store.close();
    await dir.remove();
  });
});

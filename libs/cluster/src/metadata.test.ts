import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/nats-core';
import { startNatsServer, type NatsServer } from '@cassia/testkit';
import { connectNats } from '@cassia/wire';
import { MetadataStore } from './metadata.js';

class AlreadyThere extends Error {}

describe('MetadataStore over real JetStream KV', () => {
  let server: NatsServer;
  const conns: NatsConnection[] = [];

  beforeAll(async () => {
    server = await startNatsServer();
  });
  afterAll(async () => {
    for (const nc of conns) await nc.close();
    await server?.stop();
  });

  async function openStore(clusterName: string): Promise<MetadataStore> {
    const nc = await connectNats({ servers: server.url, name: 'meta-test' });
    conns.push(nc);
    return MetadataStore.open(nc, clusterName);
  }

  it('starts empty, applies updates and tells every watcher', async () => {
    const a = await openStore('c1');
    const b = await openStore('c1');
    expect(a.current().epoch).toBe(0);
    const seen: number[] = [];
    b.onChange((s) => seen.push(s.epoch));
    const snap = await a.update((doc) => {
      doc.keyspaces!['ks'] = { name: 'ks', replication: { class: 'SimpleStrategy' }, durableWrites: true, tables: {} };
      return true;
    });
    expect(snap.epoch).toBeGreaterThan(0);
    const atB = await b.waitForEpoch(snap.epoch);
    expect(Object.keys(atB.doc.keyspaces ?? {})).toEqual(['ks']);
    expect(seen).toContain(snap.epoch);
    await a.close();
    await b.close();
  });

  it('lets exactly one of many concurrent conflicting changes win', async () => {
    const stores = await Promise.all([1, 2, 3, 4, 5].map(() => openStore('c2')));
    const results = await Promise.allSettled(
      stores.map((s, i) =>
        s.update((doc) => {
          if (doc.keyspaces!['t'] !== undefined) throw new AlreadyThere(`writer ${i}`);
          doc.keyspaces!['t'] = { name: 't', replication: {}, durableWrites: true, tables: {}, };
          return true;
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected).toHaveLength(4);
    for (const r of rejected) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(AlreadyThere);
    for (const s of stores) await s.close();
  });

  it('never loses one of many concurrent non-conflicting changes', async () => {
    const stores = await Promise.all([1, 2, 3, 4].map(() => openStore('c3')));
    await Promise.all(
      stores.map((s, i) =>
        s.update((doc) => {
          doc.keyspaces![`k${i}`] = { name: `k${i}`, replication: {}, durableWrites: true, tables: {} };
          return true;
        }),
      ),
    );
    const latest = await stores[0]!.read();
    expect(Object.keys(latest.doc.keyspaces ?? {}).sort()).toEqual(['k0', 'k1', 'k2', 'k3']);
    for (const s of stores) await s.close();
  });
});

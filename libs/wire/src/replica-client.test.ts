import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/nats-core';
import { startNatsServer, type NatsServer } from '@cassia/testkit';
import { connectNats } from './connect.js';
import { encode, replica } from './messages.js';
import { COALESCING_WINDOW_MS_MAX, ReplicaClient } from './replica-client.js';
import { serve } from './rpc.js';
import { replicaSubject } from './subjects.js';

const CLUSTER = 'rc-test';
const HOST = 'host-1';

/** One turn of the event loop later. */
const nextTurn = () => new Promise<void>((r) => setImmediate(r));

describe('ReplicaClient over a real nats-server', () => {
  let server: NatsServer;
  let nc: NatsConnection;
  /** Entries of each batch the fake replica received, in order. */
  const batches: number[] = [];

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connectNats({ servers: server.url, name: 'replica-client-test' });
    const options = { maxInFlight: 64, overloaded: () => new Uint8Array(0), failed: () => new Uint8Array(0) };
    // A replica whose verbs answer with the request's bytes followed by 0xff.
    serve(nc, replicaSubject(CLUSTER, HOST, 'read'), async (data) => Uint8Array.from([...data, 0xff]), options);
    serve(
      nc,
      replicaSubject(CLUSTER, HOST, 'batch'),
      async (data) => {
        const entries = replica.BatchRequest.decode(data).entries ?? [];
        batches.push(entries.length);
        return encode(replica.BatchResponse, { replies: entries.map((e) => Uint8Array.from([...(e.payload ?? []), 0xff])) });
      },
      options,
    );
    await nc.flush();
  });

  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  it('without a window, calls of separate turns go out separately; calls of one turn as one batch', async () => {
    const client = new ReplicaClient(nc, CLUSTER);
    batches.length = 0;
    const separate: Promise<Uint8Array>[] = [];
    for (let i = 0; i < 3; i++) {
      separate.push(client.call(HOST, 'read', Uint8Array.of(i), 5_000));
      await nextTurn();
    }
    expect((await Promise.all(separate)).map((r) => [...r])).toEqual([[0, 0xff], [1, 0xff], [2, 0xff]]);
    expect(client.stats).toEqual({ calls: 3, requests: 3 });
    expect(batches).toEqual([]);
    const together = await Promise.all([0, 1, 2].map((i) => client.call(HOST, 'read', Uint8Array.of(10 + i), 5_000)));
    expect(together.map((r) => [...r])).toEqual([[10, 0xff], [11, 0xff], [12, 0xff]]);
    expect(client.stats).toEqual({ calls: 6, requests: 4 });
    expect(batches).toEqual([3]);
  });

  it('with a coalescing window, calls of later turns join the first one in a single batch', async () => {
    const client = new ReplicaClient(nc, CLUSTER, { coalescingWindowMs: 50 });
    batches.length = 0;
    const replies: Promise<Uint8Array>[] = [];
    for (let i = 0; i < 3; i++) {
      replies.push(client.call(HOST, 'read', Uint8Array.of(i), 5_000));
      await nextTurn();
    }
    expect((await Promise.all(replies)).map((r) => [...r])).toEqual([[0, 0xff], [1, 0xff], [2, 0xff]]);
    expect(client.stats).toEqual({ calls: 3, requests: 1 });
    expect(batches).toEqual([3]);
  });

  it('send calls back once with the reply, and once with the error when nothing answers', async () => {
    const client = new ReplicaClient(nc, CLUSTER);
    const outcomes: [string, number[]][] = [];
    await new Promise<void>((done) => {
      client.send(HOST, 'read', Uint8Array.of(7), 5_000, (err, reply) => {
        outcomes.push([err?.name ?? 'ok', [...(reply ?? [])]]);
        client.send('nobody', 'read', Uint8Array.of(8), 5_000, (err2, reply2) => {
          outcomes.push([err2?.name ?? 'ok', [...(reply2 ?? [])]]);
          done();
        });
      });
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(outcomes).toEqual([
      ['ok', [7, 0xff]],
      ['RpcNoRespondersError', []],
    ]);
  });

  it('refuses a coalescing window that is negative, fractional or over the maximum', () => {
    for (const coalescingWindowMs of [-1, 0.5, COALESCING_WINDOW_MS_MAX + 1]) {
      expect(() => new ReplicaClient(nc, CLUSTER, { coalescingWindowMs })).toThrow(RangeError);
    }
  });
});

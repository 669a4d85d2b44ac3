import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/nats-core';
import { startNatsServer, type NatsServer } from '@cassia/testkit';
import { connectNats } from './connect.js';
import { RpcNoRespondersError, RpcTimeoutError } from './errors.js';
import { request, serve } from './rpc.js';

describe('request/reply over a real nats-server', () => {
  let server: NatsServer;
  let nc: NatsConnection;

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connectNats({ servers: server.url, name: 'rpc-test' });
  });

  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  it('returns the handler reply', async () => {
    const sub = serve(nc, 'echo', async (d) => Uint8Array.from([...d, 9]), {
      maxInFlight: 10,
      overloaded: () => Uint8Array.of(0),
      failed: () => Uint8Array.of(1),
    });
    expect([...(await request(nc, 'echo', Uint8Array.of(7), 1000))]).toEqual([7, 9]);
    sub.unsubscribe();
  });

  it('fails fast with RpcNoRespondersError when nobody serves the subject', async () => {
    // No responders, not a timeout: NATS answered without waiting for the deadline.
    await expect(request(nc, 'nobody.home', Uint8Array.of(1), 60_000)).rejects.toBeInstanceOf(RpcNoRespondersError);
  });

  it('fails with RpcTimeoutError after the deadline', async () => {
    const sub = nc.subscribe('silent', { callback: () => undefined });
    await nc.flush();
    await expect(request(nc, 'silent', Uint8Array.of(1), 100)).rejects.toBeInstanceOf(RpcTimeoutError);
    sub.unsubscribe();
  });

  it('answers `failed` when the handler throws, and `overloaded` past maxInFlight', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    let entered: () => void = () => undefined;
    const inHandler = new Promise<void>((r) => (entered = r));
    const sub = serve(
      nc,
      'busy',
      async (d) => {
        if (d[0] === 2) throw new Error('boom');
        entered();
        await gate;
        return Uint8Array.of(5);
      },
      { maxInFlight: 1, overloaded: () => Uint8Array.of(0), failed: () => Uint8Array.of(1) },
    );
    expect([...(await request(nc, 'busy', Uint8Array.of(2), 1000))]).toEqual([1]);
    const first = request(nc, 'busy', Uint8Array.of(3), 10_000);
    await inHandler; // the one slot is taken
    expect([...(await request(nc, 'busy', Uint8Array.of(3), 1000))]).toEqual([0]);
    release();
    expect([...(await first)]).toEqual([5]);
    sub.unsubscribe();
  });
});

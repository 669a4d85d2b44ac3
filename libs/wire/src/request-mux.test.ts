import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/nats-core';
import { startNatsServer, type NatsServer } from '@cassia/testkit';
import { connectNats } from './connect.js';
import { RpcConnectionError, RpcNoRespondersError, RpcTimeoutError } from './errors.js';
import { RequestMux } from './request-mux.js';

describe('RequestMux over a real nats-server', () => {
  let server: NatsServer;
  let nc: NatsConnection;
  let mux: RequestMux;

  beforeAll(async () => {
    server = await startNatsServer();
    nc = await connectNats({ servers: server.url, name: 'mux-test' });
    mux = new RequestMux(nc);
  });

  afterAll(async () => {
    await nc?.close();
    await server?.stop();
  });

  it('matches each reply to its request, hundreds in flight, answered out of order', async () => {
    const sub = nc.subscribe('shuffle', {
      callback: (_err, msg) => {
        // Answer in reverse arrival order within each turn, some after a delay.
        const d = msg.data;
        setTimeout(() => msg.respond(Uint8Array.from([...d, 0xff])), d[0]! % 7);
      },
    });
    await nc.flush();
    const replies = await Promise.all(Array.from({ length: 500 }, (_, i) => mux.request('shuffle', Uint8Array.of(i % 256, i >> 8), 5_000)));
    replies.forEach((r, i) => expect([...r]).toEqual([i % 256, i >> 8, 0xff]));
    expect(mux.inFlight).toBe(0);
    sub.unsubscribe();
  });

  it('fails fast with RpcNoRespondersError when nobody serves the subject', async () => {
    await expect(mux.request('nobody.home', Uint8Array.of(1), 60_000)).rejects.toBeInstanceOf(RpcNoRespondersError);
    expect(mux.inFlight).toBe(0);
  });

  it('fails with RpcTimeoutError after the deadline, and drops a reply that comes later', async () => {
    let late: (() => void) | undefined;
    const sub = nc.subscribe('slow', {
      callback: (_err, msg) => {
        late = () => void msg.respond(Uint8Array.of(1));
      },
    });
    await nc.flush();
    const err = await mux.request('slow', Uint8Array.of(1), 100).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RpcTimeoutError);
    expect((err as RpcTimeoutError).timeoutMs).toBe(100);
    late?.();
    await nc.flush();
    expect(mux.inFlight).toBe(0);
    // The mux still works after the stray reply.
    const echo = nc.subscribe('echo', {
      callback: (_e, m) => {
        m.respond(m.data);
      },
    });
    await nc.flush();
    expect([...(await mux.request('echo', Uint8Array.of(4, 2), 1_000))]).toEqual([4, 2]);
    sub.unsubscribe();
    echo.unsubscribe();
  });

  it('rejects a publish the server would refuse (larger than max_payload) with RpcConnectionError', async () => {
    const tooBig = new Uint8Array((nc.info?.max_payload ?? 1024 * 1024) + 1);
    await expect(mux.request('echo', tooBig, 1_000)).rejects.toBeInstanceOf(RpcConnectionError);
    expect(mux.inFlight).toBe(0);
  });

  it('rejects what is in flight, and every later request, with RpcConnectionError once the connection closes', async () => {
    const own = await connectNats({ servers: server.url, name: 'mux-close-test' });
    const m = new RequestMux(own);
    const sub = nc.subscribe('never', { callback: () => undefined });
    await nc.flush();
    const inFlight = m.request('never', Uint8Array.of(1), 60_000);
    await own.close();
    await expect(inFlight).rejects.toBeInstanceOf(RpcConnectionError);
    await expect(m.request('never', Uint8Array.of(1), 60_000)).rejects.toBeInstanceOf(RpcConnectionError);
    sub.unsubscribe();
  });
});

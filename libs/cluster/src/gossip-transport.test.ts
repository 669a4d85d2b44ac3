import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/nats-core';
import {
  ApplicationState,
  GOSSIP_ENDPOINTS_MAX,
  GossipMessageError,
  Gossiper,
  MemberStatus,
  systemClock,
  systemRandomSource,
  timerScheduler,
  type GossipEvent,
  type GossipMessage,
} from '@cassia/gossip';
import { startNatsServer, type NatsServer } from '@cassia/testkit';
import { connectNats, gossipAnySubject, gossipSubject } from '@cassia/wire';
import { NatsGossipTransport, decodeGossipEnvelope, encodeGossipEnvelope } from './gossip-transport.js';

/** Fast rounds so the test takes seconds; the detector scales with the interval (convicts ~1 s after the last heartbeat). */
const INTERVAL_MS = 200;
const WAIT_MS = 10_000;
const POLL_MS = 20;

async function waitFor(what: string, done: () => boolean, timeoutMs = WAIT_MS): Promise<number> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return Date.now() - start;
}

describe('gossip envelope codec', () => {
  const messages: GossipMessage[] = [
    { kind: 'syn', clusterName: 'c1', digests: [{ endpoint: 'a', generation: 1_732_000_000_123, maxVersion: 42 }] },
    {
      kind: 'ack',
      digests: [{ endpoint: 'b', generation: 0, maxVersion: 0 }],
      states: [
        {
          endpoint: 'a',
          generation: 1_732_000_000_123,
          heartbeatVersion: 40,
          applicationStates: [
            { key: 'DC', value: 'dc1', version: 1 },
            { key: 'EMPTY', value: '', version: 41 },
          ],
        },
      ],
    },
    { kind: 'ack2', states: [{ endpoint: 'z-9_x', generation: 7, heartbeatVersion: 0, applicationStates: [] }] },
  ];

  it('round-trips every message kind with its sender', () => {
    for (const m of messages) expect(decodeGossipEnvelope(encodeGossipEnvelope('sender-1', m))).toEqual({ sender: 'sender-1', message: m });
  });

  it('rejects garbage and over-limit messages with GossipMessageError', () => {
    const garbage = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]);
    expect(() => decodeGossipEnvelope(garbage)).toThrow(GossipMessageError);
    expect(() => decodeGossipEnvelope(new Uint8Array(0))).toThrow(/sender/);
    expect(() => decodeGossipEnvelope(encodeGossipEnvelope('bad id!', messages[0]!))).toThrow(GossipMessageError);
    const huge: GossipMessage = {
      kind: 'syn',
      clusterName: 'c1',
      digests: Array.from({ length: GOSSIP_ENDPOINTS_MAX + 1 }, (_, i) => ({ endpoint: `e${i}`, generation: 1, maxVersion: 1 })),
    };
    expect(() => decodeGossipEnvelope(encodeGossipEnvelope('a', huge))).toThrow(/at most 1024/);
    const unsafe = encodeGossipEnvelope('a', { kind: 'syn', clusterName: 'c1', digests: [{ endpoint: 'x', generation: 2 ** 53 - 1, maxVersion: 1 }] });
    expect(decodeGossipEnvelope(unsafe).message.kind).toBe('syn');
  });
});

describe('Gossiper over real NATS', () => {
  let server: NatsServer;
  const conns: NatsConnection[] = [];
  const running = new Map<string, { gossiper: Gossiper; transport: NatsGossipTransport; nc: NatsConnection; events: GossipEvent[] }>();
  const CLUSTER = 'gossip1';

  beforeAll(async () => {
    server = await startNatsServer();
  });
  afterAll(async () => {
    for (const m of running.values()) {
      m.gossiper.stop();
      m.transport.close();
    }
    for (const nc of conns) if (!nc.isClosed()) await nc.close();
    await server?.stop();
  });

  async function startMember(id: string, states: Record<string, string> = {}) {
    const nc = await connectNats({ servers: server.url, name: `gossip-test-${id}` });
    conns.push(nc);
    const transport = new NatsGossipTransport(nc, CLUSTER, id);
    const gossiper = new Gossiper({
      id,
      clusterName: CLUSTER,
      generation: Math.max(Date.now(), (running.get(id)?.gossiper.generation ?? 0) + 1),
      transport,
      clock: systemClock,
      scheduler: timerScheduler,
      random: systemRandomSource,
      applicationStates: { [ApplicationState.STATUS]: MemberStatus.NORMAL, [ApplicationState.DC]: 'dc1', ...states },
      options: { intervalMs: INTERVAL_MS },
    });
    const member = { gossiper, transport, nc, events: [] as GossipEvent[] };
    gossiper.subscribe((e) => member.events.push(e));
    running.set(id, member);
    await transport.ready();
    gossiper.start();
    return member;
  }

  /** Like SIGKILL: rounds stop and the connection drops without a word. */
  async function crash(id: string): Promise<void> {
    const m = running.get(id)!;
    m.gossiper.stop();
    m.transport.close();
    await m.nc.close();
  }

  const g = (id: string) => running.get(id)!.gossiper;

  it('converges, sees a crashed member down and its restart up, and survives garbage', async () => {
    await startMember('a', { [ApplicationState.RACK]: 'r1' });
    await startMember('b');
    await startMember('c', { [ApplicationState.LOAD]: 'first' });
    const all = ['a', 'b', 'c'];
    const converged = await waitFor('every member sees all three up', () =>
      all.every((id) => g(id).liveMembers().join(',') === 'a,b,c'),
    );
    expect(g('c').state('a')?.applicationStates.get(ApplicationState.RACK)?.value).toBe('r1');
    expect(g('a').state('c')?.applicationStates.get(ApplicationState.LOAD)?.value).toBe('first');

    // Garbage on a member's subject and on the queue group is counted and dropped.
    const spoiler = await connectNats({ servers: server.url, name: 'gossip-test-spoiler' });
    conns.push(spoiler);
    for (let i = 0; i < 5; i++) {
      spoiler.publish(gossipSubject(CLUSTER, 'a'), new Uint8Array([0xff, 0x01, 0x02, i]));
      spoiler.publish(gossipAnySubject(CLUSTER), new Uint8Array([0x0a, 0xff, 0xff]));
    }
    await spoiler.flush();
    const garbageSeen = () => all.reduce((n, id) => n + running.get(id)!.transport.stats().decodeErrors, 0);
    await waitFor('the garbage is counted', () => garbageSeen() >= 10);
    expect(running.get('a')!.transport.stats().decodeErrors).toBeGreaterThanOrEqual(5);

    const oldGeneration = g('c').generation;
    await crash('c');
    const down = await waitFor('a and b see c down', () => !g('a').isAlive('c') && !g('b').isAlive('c'));
    for (const id of ['a', 'b']) {
      const event = running.get(id)!.events.find((e) => e.kind === 'down' && e.endpoint === 'c');
      expect(event?.state.phi, `${id} convicted c`).toBeGreaterThan(8);
    }

    const restarted = await startMember('c', { [ApplicationState.LOAD]: 'second' });
    expect(restarted.gossiper.generation).toBeGreaterThan(oldGeneration);
    const up = await waitFor('a and b see the restarted c up', () =>
      ['a', 'b'].every((id) => g(id).isAlive('c') && g(id).state('c')?.generation === restarted.gossiper.generation),
    );
    expect(g('a').state('c')?.applicationStates.get(ApplicationState.LOAD)?.value).toBe('second');
    for (const id of ['a', 'b']) expect(running.get(id)!.events.some((e) => e.kind === 'restart' && e.endpoint === 'c')).toBe(true);

    // A graceful shutdown is seen at once, not after phi convicts.
    const b = running.get('b')!;
    b.gossiper.shutdown();
    await b.transport.flush();
    const shutdownSeen = await waitFor('a and c see b shut down', () => !g('a').isAlive('b') && !g('c').isAlive('b'), 1_000);
    expect(g('a').state('b')?.applicationStates.get(ApplicationState.STATUS)?.value).toBe(MemberStatus.SHUTDOWN);
    console.log(
      `gossip over NATS (interval ${INTERVAL_MS} ms): converged ${converged} ms, crash seen ${down} ms, ` +
        `restart seen ${up} ms, shutdown seen ${shutdownSeen} ms`,
    );
  });
});

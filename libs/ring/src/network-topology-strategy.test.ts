// NetworkTopologyStrategy on random multi-data-center vnode rings, against an independent
// reference: Cassandra 1.2's two-pass placement per data center (first one host per rack, then
// hosts from repeated racks in ring order), which picks the same hosts as the one-pass walk.
// The one-pass walk takes each host the first time it meets it or never, so the order is fixed
// too: chosen hosts in order of first appearance on the walk. Hand-made cases with exact
// output are in testdata/network_topology_strategy.txt.

import { describe, expect, it } from 'vitest';
import { allocateRandomTokens } from './allocation.js';
import { NetworkTopologyStrategy } from './network-topology-strategy.js';
import { seededRandomSource, type RandomSource } from './random.js';
import { TokenRing, type RingMember } from './ring.js';
import type { Token } from './token.js';

const SEEDS = process.env['SEED'] !== undefined ? [Number(process.env['SEED'])] : [1, 2, Date.now() % 1_000_000];
const RINGS_PER_SEED = 60;
const TOKENS_PER_RING = 40;

function below(random: RandomSource, n: number): number {
  return random.nextUint32() % n;
}

function randomToken(random: RandomSource): Token {
  return BigInt.asIntN(64, (BigInt(random.nextUint32()) << 32n) | BigInt(random.nextUint32()));
}

function randomRing(random: RandomSource): TokenRing {
  const taken = new Set<bigint>();
  const members: RingMember[] = [];
  const dcs = 1 + below(random, 3);
  for (let d = 1; d <= dcs; d++) {
    const hosts = 1 + below(random, 6);
    const racks = 1 + below(random, 4);
    for (let h = 0; h < hosts; h++) {
      // One host in ten owns no token (joining): it must not count as a host or a rack. The
      // first host always owns some, so the ring is never empty.
      const tokenless = members.length > 0 && below(random, 10) === 0;
      const vnodes = tokenless ? 0 : 1 + below(random, 6);
      const tokens = allocateRandomTokens(vnodes, random, taken);
      tokens.forEach((t) => taken.add(t));
      members.push({ hostId: `d${d}h${h}`, tokens, dc: `dc${d}`, rack: `r${below(random, racks)}` });
    }
  }
  return TokenRing.build(members);
}

/** Hosts in the order the clockwise walk from `token` first meets them. */
function walk(ring: TokenRing, token: Token): string[] {
  const order: string[] = [];
  const start = ring.firstIndexAtOrAfter(token);
  for (let s = 0; s < ring.tokenCount; s++) {
    const h = ring.hostIdAt((start + s) % ring.tokenCount);
    if (!order.includes(h)) order.push(h);
  }
  return order;
}

/** Cassandra 1.2's NetworkTopologyStrategy for one data center: two passes over its hosts. */
function referenceDc(ring: TokenRing, order: readonly string[], dc: string, rf: number): Set<string> {
  const hosts = order.filter((h) => ring.member(h)!.dc === dc);
  const chosen = new Set<string>();
  const racks = new Set<string>();
  for (const h of hosts) {
    if (chosen.size === rf) break;
    const rack = ring.member(h)!.rack;
    if (!racks.has(rack)) {
      racks.add(rack);
      chosen.add(h);
    }
  }
  for (const h of hosts) {
    if (chosen.size === rf) break;
    chosen.add(h);
  }
  return chosen;
}

describe('NetworkTopologyStrategy', () => {
  it('matches the two-pass reference on random multi-data-center rings', () => {
    for (const seed of SEEDS) {
      const random = seededRandomSource(seed);
      for (let r = 0; r < RINGS_PER_SEED; r++) {
        const ring = randomRing(random);
        // Factors for the ring's data centers plus one data center without hosts.
        const factors = new Map<string, number>();
        for (const dc of new Set(ring.members.map((m) => m.dc))) factors.set(dc, below(random, 6));
        factors.set('dc9', 1 + below(random, 3));
        const strategy = new NetworkTopologyStrategy(factors);
        for (let t = 0; t < TOKENS_PER_RING; t++) {
          const token = randomToken(random);
          const got = strategy.replicasFor(token, ring);
          const order = walk(ring, token);
          const expected = new Set<string>();
          for (const [dc, rf] of factors) for (const h of referenceDc(ring, order, dc, rf)) expected.add(h);
          const context = `seed ${seed} ring ${r} token ${token} factors ${JSON.stringify([...factors])}`;
          expect(new Set(got), context).toEqual(expected);
          expect(got, context).toEqual(order.filter((h) => expected.has(h)));
        }
      }
    }
  });

  it('spreads replicas over racks: distinct racks when there are enough, every rack otherwise', () => {
    const random = seededRandomSource(77);
    for (let r = 0; r < 30; r++) {
      const ring = randomRing(random);
      const dcs = [...new Set(ring.members.filter((m) => m.tokens.length > 0).map((m) => m.dc))];
      const strategy = new NetworkTopologyStrategy(new Map(dcs.map((dc) => [dc, 3])));
      for (let t = 0; t < 20; t++) {
        const replicas = strategy.replicasFor(randomToken(random), ring);
        for (const dc of dcs) {
          const owners = ring.members.filter((m) => m.dc === dc && m.tokens.length > 0);
          const racks = new Set(owners.map((m) => m.rack));
          const mine = replicas.filter((h) => ring.member(h)!.dc === dc);
          const myRacks = new Set(mine.map((h) => ring.member(h)!.rack));
          expect(mine.length).toBe(Math.min(3, owners.length));
          expect(myRacks.size).toBe(Math.min(3, racks.size));
        }
      }
    }
  });

  it('reports factors: total, per data center in the order given, zeros dropped', () => {
    const s = new NetworkTopologyStrategy(new Map([['dc2', 2], ['dc0', 0], ['dc1', 3]]));
    expect(s.replicationFactor).toBe(5);
    expect([...s.replicationFactorByDc]).toEqual([['dc2', 2], ['dc1', 3]]);
  });

  it('asserts on invalid factors and empty data center names', () => {
    expect(() => new NetworkTopologyStrategy(new Map([['dc1', -1]]))).toThrow();
    expect(() => new NetworkTopologyStrategy(new Map([['dc1', 1.5]]))).toThrow();
    expect(() => new NetworkTopologyStrategy(new Map([['', 1]]))).toThrow();
  });

  it('places nothing on an empty ring', () => {
    expect(new NetworkTopologyStrategy(new Map([['dc1', 3]])).replicasFor(0n, TokenRing.build([]))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { NetworkTopologyStrategy, SimpleStrategy, TokenRing, type RingMember } from '@cassia/ring';
import { effectiveOwnership, rawOwnership } from './ownership.js';

const Q = 1n << 62n; // a quarter of the token space

const member = (hostId: string, tokens: bigint[], dc = 'dc1', rack = 'r1'): RingMember => ({ hostId, tokens, dc, rack });
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

describe('raw ownership', () => {
  it('is the primary range share of each node', () => {
    // a owns (-Q, 0] (a quarter); b owns the rest, wrapping past the last token.
    const ring = TokenRing.build([member('a', [0n]), member('b', [-Q])]);
    expect(Object.fromEntries(rawOwnership(ring))).toEqual({ a: 0.25, b: 0.75 });
  });

  it('gives a lone token the whole ring and members without tokens nothing', () => {
    const ring = TokenRing.build([member('a', [5n]), member('b', [])]);
    expect(Object.fromEntries(rawOwnership(ring))).toEqual({ a: 1, b: 0 });
  });
});

describe('effective ownership', () => {
  const ring = TokenRing.build([member('a', [-2n * Q]), member('b', [-Q, Q]), member('c', [0n])]);

  it('equals raw ownership with one replica', () => {
    expect(effectiveOwnership(ring, new SimpleStrategy(1))).toEqual(rawOwnership(ring));
  });

  it('adds each range to every replica: sums to the replication factor', () => {
    const two = effectiveOwnership(ring, new SimpleStrategy(2));
    // Four quarter ranges: (Q, -2Q] (wrapping) → a,b; (-2Q, -Q] → b,c; (-Q, 0] → c,b; (0, Q] → b,a.
    expect(Object.fromEntries(two)).toEqual({ a: 0.5, b: 1, c: 0.5 });
    expect(sum(two)).toBeCloseTo(2, 12);
  });

  it('caps at 100% per node when the factor reaches the node count', () => {
    expect(Object.fromEntries(effectiveOwnership(ring, new SimpleStrategy(5)))).toEqual({ a: 1, b: 1, c: 1 });
  });

  it('places replicas per data center under NetworkTopologyStrategy', () => {
    const dcs = TokenRing.build([member('a', [-2n * Q], 'dc1'), member('b', [0n], 'dc1'), member('c', [-Q], 'dc2'), member('d', [Q], 'dc2')]);
    const owns = effectiveOwnership(dcs, new NetworkTopologyStrategy(new Map([['dc1', 1], ['dc2', 1]])));
    expect((owns.get('a') ?? 0) + (owns.get('b') ?? 0)).toBeCloseTo(1, 12);
    expect((owns.get('c') ?? 0) + (owns.get('d') ?? 0)).toBeCloseTo(1, 12);
    const only = effectiveOwnership(dcs, new NetworkTopologyStrategy(new Map([['dc2', 2]])));
    expect(Object.fromEntries(only)).toEqual({ a: 0, b: 0, c: 1, d: 1 });
  });

  it('is zero for everyone on an empty ring', () => {
    expect(Object.fromEntries(effectiveOwnership(TokenRing.build([member('a', [])]), new SimpleStrategy(3)))).toEqual({ a: 0 });
  });
});

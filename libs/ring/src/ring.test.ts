import { describe, expect, it } from 'vitest';
import { allocateRandomTokens } from './allocation.js';
import { RingError } from './errors.js';
import { seededRandomSource } from './random.js';
import { TokenRing, type RingMember } from './ring.js';
import { MAX_TOKEN, MIN_TOKEN, type Token } from './token.js';

const member = (hostId: string, tokens: Token[]): RingMember => ({ hostId, tokens, dc: 'dc1', rack: 'rack1' });

/** A ring of `hosts` hosts with `vnodes` random tokens each, from `seed`. */
function randomRing(seed: number, hosts: number, vnodes: number): TokenRing {
  const random = seededRandomSource(seed);
  const taken = new Set<bigint>();
  const members: RingMember[] = [];
  for (let h = 0; h < hosts; h++) {
    const tokens = allocateRandomTokens(vnodes, random, taken);
    tokens.forEach((t) => taken.add(t));
    members.push(member(`host${h}`, tokens));
  }
  return TokenRing.build(members);
}

describe('TokenRing', () => {
  it('ownership sums to 1 on random vnode rings', () => {
    for (const [seed, hosts, vnodes] of [
      [1, 1, 1],
      [2, 3, 1],
      [3, 5, 16],
      [4, 12, 256],
    ] as const) {
      const shares = [...randomRing(seed, hosts, vnodes).ownership().values()];
      expect(shares.length).toBe(hosts);
      expect(shares.reduce((a, b) => a + b, 0), `seed ${seed}`).toBeCloseTo(1, 9);
      expect(shares.every((s) => s > 0 && s <= 1)).toBe(true);
    }
  });

  it('firstIndexAtOrAfter agrees with a linear scan', () => {
    const ring = randomRing(5, 4, 8);
    const random = seededRandomSource(6);
    const probes: Token[] = [MIN_TOKEN, MAX_TOKEN, ring.tokenAt(0), ring.tokenAt(ring.tokenCount - 1)];
    for (let i = 0; i < 200; i++) probes.push(BigInt.asIntN(64, (BigInt(random.nextUint32()) << 32n) | BigInt(random.nextUint32())));
    for (let i = 0; i < ring.tokenCount; i++) probes.push(ring.tokenAt(i) - 1n, ring.tokenAt(i) + 1n);
    for (const t of probes.filter((p) => p >= MIN_TOKEN && p <= MAX_TOKEN)) {
      let expected = 0;
      while (expected < ring.tokenCount && ring.tokenAt(expected) < t) expected++;
      expect(ring.firstIndexAtOrAfter(t), `token ${t}`).toBe(expected === ring.tokenCount ? 0 : expected);
    }
  });

  it('exposes members, token count and owners', () => {
    const ring = TokenRing.build([member('a', [30n, 10n]), member('b', [20n]), member('idle', [])]);
    expect(ring.tokenCount).toBe(3);
    expect(ring.ownerCount).toBe(2);
    expect(ring.members.map((m) => m.hostId)).toEqual(['a', 'b', 'idle']);
    expect([0, 1, 2].map((i) => `${ring.tokenAt(i)}:${ring.hostIdAt(i)}`)).toEqual(['10:a', '20:b', '30:a']);
    expect(ring.member('b')?.tokens).toEqual([20n]);
    expect(ring.member('nobody')).toBeUndefined();
    expect(ring.primaryHostId(25n)).toBe('a');
  });

  it('is not affected by later changes to the input', () => {
    const tokens = [1n, 2n];
    const ring = TokenRing.build([member('a', tokens)]);
    tokens.push(3n);
    expect(ring.tokenCount).toBe(2);
    expect(Object.isFrozen(ring.members[0]!.tokens)).toBe(true);
  });

  it('rejects duplicate tokens, duplicate hosts, empty host ids and out-of-range tokens', () => {
    expect(() => TokenRing.build([member('a', [1n]), member('b', [1n])])).toThrow(RingError);
    expect(() => TokenRing.build([member('a', [1n]), member('a', [2n])])).toThrow(RingError);
    expect(() => TokenRing.build([member('', [1n])])).toThrow(RingError);
    expect(() => TokenRing.build([member('a', [MAX_TOKEN + 1n])])).toThrow(RingError);
  });
});

// The token ring: every member's vnode tokens in one sorted array with the owner of each.
// A vnode token t owns the range (previous token, t]; the ring wraps, so the first token also
// owns everything after the last one. TokenRing is immutable: rebuild it when membership changes.

import assert from 'node:assert/strict';
import { RingError } from './errors.js';
import { isToken, type Token } from './token.js';

/** One host's place on the ring, as learned from gossip or configuration. */
export interface RingMember {
  readonly hostId: string;
  /** This host's vnode tokens, in any order. May be empty (the host owns nothing). */
  readonly tokens: readonly Token[];
  readonly dc: string;
  readonly rack: string;
}

/** Most tokens a ring may hold (e.g. 4096 hosts x 256 vnodes). */
export const RING_TOKENS_MAX = 1 << 20;
/** Size of the token space: 2^64 positions. */
const TOKEN_SPACE = 1n << 64n;

export class TokenRing {
  /** Members in the order given to build(), tokens frozen. */
  readonly members: readonly RingMember[];
  /** Ascending vnode tokens. */
  private readonly tokens: BigInt64Array;
  /** owners[i] is the index in `members` of the host owning tokens[i]. */
  private readonly owners: Uint32Array;
  private readonly byHostId: ReadonlyMap<string, RingMember>;
  /** Number of members that own at least one token. */
  readonly ownerCount: number;

  private constructor(members: readonly RingMember[], tokens: BigInt64Array, owners: Uint32Array, ownerCount: number) {
    this.members = members;
    this.tokens = tokens;
    this.owners = owners;
    this.ownerCount = ownerCount;
    this.byHostId = new Map(members.map((m) => [m.hostId, m]));
  }

  /**
   * Builds a ring. Throws RingError when a host id is empty or repeated, a token is outside
   * the signed 64-bit range, a token is claimed twice (by one host or two), or the ring would
   * hold more than RING_TOKENS_MAX tokens.
   */
  static build(members: readonly RingMember[]): TokenRing {
    const frozen: RingMember[] = [];
    const seenHosts = new Set<string>();
    let total = 0;
    for (const m of members) {
      if (m.hostId === '') throw new RingError('ring member with an empty host id');
      if (seenHosts.has(m.hostId)) throw new RingError(`host ${m.hostId} appears twice in the ring`);
      seenHosts.add(m.hostId);
      for (const t of m.tokens) {
        if (!isToken(t)) throw new RingError(`host ${m.hostId} has a token outside the signed 64-bit range: ${String(t)}`);
      }
      total += m.tokens.length;
      if (total > RING_TOKENS_MAX) throw new RingError(`ring would hold more than ${RING_TOKENS_MAX} tokens`);
      frozen.push(Object.freeze({ hostId: m.hostId, tokens: Object.freeze([...m.tokens]), dc: m.dc, rack: m.rack }));
    }

    const entries: { token: Token; owner: number }[] = [];
    frozen.forEach((m, owner) => {
      for (const token of m.tokens) entries.push({ token, owner });
    });
    entries.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));

    const tokens = new BigInt64Array(entries.length);
    const owners = new Uint32Array(entries.length);
    const owning = new Set<number>();
    entries.forEach((e, i) => {
      const prev = entries[i - 1];
      if (prev !== undefined && prev.token === e.token) {
        const a = frozen[prev.owner]!.hostId;
        const b = frozen[e.owner]!.hostId;
        throw new RingError(a === b ? `host ${a} lists token ${e.token} twice` : `token ${e.token} is claimed by both ${a} and ${b}`);
      }
      tokens[i] = e.token;
      owners[i] = e.owner;
      owning.add(e.owner);
    });
    return new TokenRing(Object.freeze(frozen), tokens, owners, owning.size);
  }

  /** Number of vnode tokens on the ring. */
  get tokenCount(): number {
    return this.tokens.length;
  }

  /** The token at `index` (0 <= index < tokenCount), ascending order. */
  tokenAt(index: number): Token {
    assert(Number.isInteger(index) && index >= 0 && index < this.tokens.length, 'ring index out of range');
    return this.tokens[index]!;
  }

  /** Host id owning the token at `index` (0 <= index < tokenCount). */
  hostIdAt(index: number): string {
    assert(Number.isInteger(index) && index >= 0 && index < this.tokens.length, 'ring index out of range');
    return this.members[this.owners[index]!]!.hostId;
  }

  /** The member with this host id, or undefined. */
  member(hostId: string): RingMember | undefined {
    return this.byHostId.get(hostId);
  }

  /**
   * Index of the vnode owning `token`: the first ring token >= token, wrapping to 0 past the
   * last. Throws RingError on an empty ring.
   */
  firstIndexAtOrAfter(token: Token): number {
    assert(isToken(token), 'token outside the signed 64-bit range');
    const n = this.tokens.length;
    if (n === 0) throw new RingError('the ring has no tokens');
    let lo = 0;
    let hi = n; // invariant: tokens[lo-1] < token <= tokens[hi]
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid]! < token) lo = mid + 1;
      else hi = mid;
    }
    return lo === n ? 0 : lo;
  }

  /** Host id of the primary owner of `token`. Throws RingError on an empty ring. */
  primaryHostId(token: Token): string {
    return this.hostIdAt(this.firstIndexAtOrAfter(token));
  }

  /**
   * Fraction of the 2^64-token space each member owns as primary replica, keyed by host id in
   * member order (0 for members without tokens). Fractions of a non-empty ring sum to 1
   * (up to floating-point rounding); an empty ring gives every member 0.
   */
  ownership(): Map<string, number> {
    const owned = this.members.map(() => 0n);
    const n = this.tokens.length;
    for (let i = 0; i < n; i++) {
      const prev = this.tokens[i === 0 ? n - 1 : i - 1]!;
      const span = n === 1 ? TOKEN_SPACE : BigInt.asUintN(64, this.tokens[i]! - prev);
      const owner = this.owners[i]!;
      owned[owner] = owned[owner]! + span;
    }
    return new Map(this.members.map((m, i) => [m.hostId, Number(owned[i]!) / Number(TOKEN_SPACE)]));
  }
}

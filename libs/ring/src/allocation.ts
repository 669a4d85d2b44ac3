// Random vnode token allocation, as Cassandra's BootStrapper.getRandomTokens (the pre-4.0
// default): draw random tokens until `count` distinct ones not already on the ring are found.

import assert from 'node:assert/strict';
import { TokenAllocationError } from './errors.js';
import type { RandomSource } from './random.js';
import { MAX_TOKEN, MIN_TOKEN, type Token } from './token.js';

/** Most tokens one call may allocate (Cassandra's num_tokens is 16 or 256 in practice). */
export const ALLOCATION_TOKENS_MAX = 1 << 16;
/** Draws allowed per requested token before giving up (collisions are ~never with real randomness). */
export const ALLOCATION_DRAWS_PER_TOKEN_MAX = 64;

const UINT32_LIMIT = 0x1_0000_0000;

/**
 * Returns `count` distinct random tokens, sorted ascending, none in `taken` and none equal to
 * MIN_TOKEN (a drawn MIN_TOKEN becomes MAX_TOKEN, as Murmur3Partitioner.getRandomToken does).
 * Each token consumes two `random.nextUint32()` values (high half first). Throws
 * TokenAllocationError if the source keeps producing taken tokens.
 */
export function allocateRandomTokens(count: number, random: RandomSource, taken: ReadonlySet<bigint>): Token[] {
  assert(Number.isInteger(count) && count >= 0, 'count must be a non-negative integer');
  assert(count <= ALLOCATION_TOKENS_MAX, `count must be at most ${ALLOCATION_TOKENS_MAX}`);
  const chosen = new Set<Token>();
  const drawsMax = count * ALLOCATION_DRAWS_PER_TOKEN_MAX;
  let draws = 0;
  while (chosen.size < count) {
    if (draws === drawsMax) {
      throw new TokenAllocationError(`gave up after ${draws} draws with ${chosen.size} of ${count} tokens allocated`);
    }
    draws++;
    const hi = random.nextUint32();
    const lo = random.nextUint32();
    assert(isUint32(hi) && isUint32(lo), 'RandomSource.nextUint32 must return an integer in [0, 2^32)');
    let token = BigInt.asIntN(64, (BigInt(hi) << 32n) | BigInt(lo));
    if (token === MIN_TOKEN) token = MAX_TOKEN;
    if (!taken.has(token)) chosen.add(token);
  }
  return [...chosen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isUint32(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < UINT32_LIMIT;
}

// Randomness is passed in (a RandomSource) so peer selection and the simulation are
// deterministic under test. The interface has the same shape as @cassia/ring's.

import assert from 'node:assert/strict';
import { randomFillSync } from 'node:crypto';

/** A source of uniformly distributed unsigned 32-bit integers. */
export interface RandomSource {
  /** An integer in [0, 2^32). */
  nextUint32(): number;
}

/** How many uint32 values systemRandomSource fetches from the OS per refill. */
const SYSTEM_BATCH_UINT32S = 256;

function makeSystemRandomSource(): RandomSource {
  const batch = new Uint32Array(SYSTEM_BATCH_UINT32S);
  let next = SYSTEM_BATCH_UINT32S;
  return {
    nextUint32(): number {
      if (next === SYSTEM_BATCH_UINT32S) {
        randomFillSync(batch);
        next = 0;
      }
      return batch[next++]!;
    },
  };
}

/** Randomness from node:crypto, for production gossipers. */
export const systemRandomSource: RandomSource = makeSystemRandomSource();

/** One step of SplitMix32: advances `state` by the golden gamma and returns the mixed word. */
function splitMix32(state: number): [next: number, out: number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return [next, (z ^ (z >>> 15)) >>> 0];
}

/**
 * A deterministic xoshiro128** generator (Blackman, Vigna 2018) for tests and simulation,
 * its 128-bit state filled by SplitMix32 from `seed` (any safe integer; both 32-bit halves
 * of it count).
 */
export function seededRandomSource(seed: number): RandomSource {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  let mix = (seed | 0) ^ Math.imul(Math.floor(seed / 2 ** 32) | 0, 0x85ebca6b);
  let s0: number, s1: number, s2: number, s3: number;
  [mix, s0] = splitMix32(mix);
  [mix, s1] = splitMix32(mix);
  [mix, s2] = splitMix32(mix);
  [, s3] = splitMix32(mix);
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is a fixed point
  const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));
  return {
    nextUint32(): number {
      const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = rotl(s3, 11);
      return result;
    },
  };
}

/** A uniform number in [0, 1) with 32 bits of precision. */
export function randomFraction(random: RandomSource): number {
  return random.nextUint32() / 2 ** 32;
}

/** A uniform integer in [0, bound); `bound` is a positive safe integer below 2^32. */
export function randomIndex(random: RandomSource, bound: number): number {
  assert.ok(Number.isSafeInteger(bound) && bound > 0 && bound <= 2 ** 32, `bad bound ${bound}`);
  return Math.floor(randomFraction(random) * bound);
}

/** Shuffles `items` in place (Fisher–Yates) and returns it. */
export function shuffleInPlace<T>(random: RandomSource, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomIndex(random, i + 1);
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}

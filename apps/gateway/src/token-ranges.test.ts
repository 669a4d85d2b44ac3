import { describe, expect, it } from 'vitest';
import { MAX_TOKEN, MIN_TOKEN } from '@cassia/ring';
import { inclusiveBounds, scanSegments } from './token-ranges.js';

const ring = (tokens: bigint[]) => ({ tokenCount: tokens.length, tokenAt: (i: number) => tokens[i]! });

describe('scanSegments', () => {
  it('covers the whole token space in order, the wrap-around owned by the first token', () => {
    expect(scanSegments(ring([-10n, 5n, 100n]), MIN_TOKEN, MAX_TOKEN)).toEqual([
      { start: MIN_TOKEN, end: -10n, owner: -10n },
      { start: -9n, end: 5n, owner: 5n },
      { start: 6n, end: 100n, owner: 100n },
      { start: 101n, end: MAX_TOKEN, owner: -10n },
    ]);
  });

  it('clips to the bounds and skips the vnode ranges outside them', () => {
    expect(scanSegments(ring([-10n, 5n, 100n]), 0n, 50n)).toEqual([
      { start: 0n, end: 5n, owner: 5n },
      { start: 6n, end: 50n, owner: 100n },
    ]);
    expect(scanSegments(ring([-10n, 5n, 100n]), 5n, 5n)).toEqual([{ start: 5n, end: 5n, owner: 5n }]);
    expect(scanSegments(ring([-10n, 5n, 100n]), 200n, MAX_TOKEN)).toEqual([{ start: 200n, end: MAX_TOKEN, owner: -10n }]);
  });

  it('has no wrap-around segment when MAX_TOKEN is a ring token, and nothing for an empty ring', () => {
    expect(scanSegments(ring([0n, MAX_TOKEN]), MIN_TOKEN, MAX_TOKEN)).toEqual([
      { start: MIN_TOKEN, end: 0n, owner: 0n },
      { start: 1n, end: MAX_TOKEN, owner: MAX_TOKEN },
    ]);
    expect(scanSegments(ring([]), MIN_TOKEN, MAX_TOKEN)).toEqual([]);
  });
});

describe('inclusiveBounds', () => {
  it('turns exclusive bounds inclusive and reports empty ranges', () => {
    expect(inclusiveBounds(undefined)).toEqual({ lo: MIN_TOKEN, hi: MAX_TOKEN });
    expect(inclusiveBounds({ start: { token: 3n, inclusive: false }, end: { token: 9n, inclusive: false } })).toEqual({ lo: 4n, hi: 8n });
    expect(inclusiveBounds({ start: { token: 3n, inclusive: true }, end: { token: 3n, inclusive: true } })).toEqual({ lo: 3n, hi: 3n });
    expect(inclusiveBounds({ start: { token: 3n, inclusive: false }, end: { token: 3n, inclusive: true } })).toBeUndefined();
    expect(inclusiveBounds({ start: { token: 9n, inclusive: true }, end: { token: 3n, inclusive: true } })).toBeUndefined();
    expect(inclusiveBounds({ start: { token: MAX_TOKEN, inclusive: false } })).toBeUndefined();
    expect(inclusiveBounds({ end: { token: MIN_TOKEN, inclusive: false } })).toBeUndefined();
  });
});

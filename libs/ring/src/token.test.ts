import { describe, expect, it } from 'vitest';
import { isToken, MAX_TOKEN, MIN_TOKEN, parseToken, tokenToString } from './token.js';

describe('token bounds', () => {
  it('are Long.MIN_VALUE and Long.MAX_VALUE', () => {
    expect(MIN_TOKEN).toBe(-9223372036854775808n);
    expect(MAX_TOKEN).toBe(9223372036854775807n);
    expect(isToken(MIN_TOKEN) && isToken(MAX_TOKEN)).toBe(true);
    expect(isToken(MAX_TOKEN + 1n) || isToken(MIN_TOKEN - 1n) || isToken(1)).toBe(false);
  });
});

describe('tokenToString / parseToken', () => {
  it('round-trip', () => {
    for (const t of [MIN_TOKEN, -1n, 0n, 1n, 78142285821850151n, MAX_TOKEN]) {
      expect(parseToken(tokenToString(t))).toBe(t);
    }
  });

  it('reject text that is not a bare decimal', () => {
    for (const s of ['', ' 1', '1 ', '-', '+', '1e3', '١٢', '1_000', '0'.repeat(100)]) {
      expect(() => parseToken(s), JSON.stringify(s)).toThrow(RangeError);
    }
  });

  it('tokenToString rejects values outside the token range', () => {
    expect(() => tokenToString(MAX_TOKEN + 1n)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { CqlError } from '@cassia/cql-lite';
import { PARSE_CACHE_ENTRIES_MAX, PARSE_CACHE_QUERY_CHARS_MAX, ParseCache } from './statements.js';

describe('ParseCache', () => {
  it('returns the same frozen statement for the same text', () => {
    const cache = new ParseCache();
    const a = cache.parse('SELECT v FROM ks.t WHERE k = ?');
    const b = cache.parse('SELECT v FROM ks.t WHERE k = ?');
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (a as { kind: string }).kind = 'insert';
    }).toThrow(TypeError);
  });

  it('keeps blob literals usable (typed arrays are not frozen)', () => {
    const cache = new ParseCache();
    expect(() => cache.parse("INSERT INTO ks.t (k, b) VALUES (1, 0xcafe)")).not.toThrow();
    expect(() => cache.parse("INSERT INTO ks.t (k, b) VALUES (1, 0xcafe)")).not.toThrow();
  });

  it('does not keep texts that fail to parse, and refuses them every time', () => {
    const cache = new ParseCache();
    expect(() => cache.parse('SELEC v FROM t')).toThrow(CqlError);
    expect(() => cache.parse('SELEC v FROM t')).toThrow(CqlError);
    expect(cache.size).toBe(0);
  });

  it(`holds at most ${PARSE_CACHE_ENTRIES_MAX} statements, and none longer than ${PARSE_CACHE_QUERY_CHARS_MAX} characters`, () => {
    const cache = new ParseCache();
    for (let i = 0; i < PARSE_CACHE_ENTRIES_MAX + 10; i++) cache.parse(`SELECT v FROM ks.t WHERE k = ${i}`);
    expect(cache.size).toBe(PARSE_CACHE_ENTRIES_MAX);
    const first = cache.parse('SELECT v FROM ks.t WHERE k = 0');
    expect(cache.parse('SELECT v FROM ks.t WHERE k = 0')).toBe(first);
    const long = `SELECT v FROM ks.t WHERE k = 1 ${' '.repeat(PARSE_CACHE_QUERY_CHARS_MAX)}`;
    expect(cache.parse(long)).not.toBe(cache.parse(long));
  });
});

import { describe, expect, it } from 'vitest';
import { CqlError, Overloaded } from '@cassia/cql-lite';
import { Registry } from '@cassia/telemetry';
import type { Executor } from './executor.js';
import { createGatewayMetrics } from './metrics.js';
import type { ExecResult } from './results.js';
import { PARSE_CACHE_ENTRIES_MAX, PARSE_CACHE_QUERY_CHARS_MAX, ParseCache, REQUESTS_IN_FLIGHT_MAX, StatementService } from './statements.js';

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

describe('StatementService', () => {
  /** An executor whose statements finish when the test says (the service's bookkeeping is under test, not execution). */
  function heldExecutor() {
    const waiting: ((r: ExecResult) => void)[] = [];
    const executor = { execute: () => new Promise<ExecResult>((resolve) => waiting.push(resolve)) } as unknown as Executor;
    return { executor, releaseAll: () => waiting.splice(0).forEach((r) => r({ kind: 'void' } as ExecResult)) };
  }

  it(`answers Overloaded past ${REQUESTS_IN_FLIGHT_MAX} requests in flight, counts it, and serves again once they finish`, async () => {
    const registry = new Registry();
    const { executor, releaseAll } = heldExecutor();
    const service = new StatementService(executor, createGatewayMetrics(registry));
    const query = 'SELECT v FROM ks.t WHERE k = 1';
    const held = Array.from({ length: REQUESTS_IN_FLIGHT_MAX }, () => service.query(query, 'ONE', { params: [] } as never));
    await expect(service.query(query, 'ONE', { params: [] } as never)).rejects.toBeInstanceOf(Overloaded);
    releaseAll();
    await Promise.all(held);
    // The refused request was counted out again: the full bound is available once more.
    const again = Array.from({ length: REQUESTS_IN_FLIGHT_MAX }, () => service.query(query, 'ONE', { params: [] } as never));
    releaseAll();
    expect(await Promise.all(again)).toHaveLength(REQUESTS_IN_FLIGHT_MAX);
    const text = await registry.metrics();
    expect(text).toContain('cassia_coordinator_errors_total{operation="unparsed",consistency="ONE",error="Overloaded"} 1');
    expect(text).toContain(`cassia_coordinator_requests_total{operation="select",consistency="ONE",outcome="ok"} ${2 * REQUESTS_IN_FLIGHT_MAX}`);
  });
});

import { describe, expect, it } from 'vitest';
import { AlreadyExists, CqlSyntaxError, InvalidRequest, ReadTimeout, ServerError, Unavailable, WriteTimeout } from '@cassia/cql-lite';
import { createLogger, createRegistry } from '@cassia/telemetry';
import { buildHttpServer, parseQueryRequest } from './http.js';
import type { QueryRequest } from './executor.js';

const log = createLogger('http-test', {}, 'silent');

async function server(execute: (r: QueryRequest) => Promise<never> | Promise<{ columns: []; rows: []; pagingState: null }>) {
  return buildHttpServer({ execute, registry: createRegistry('test', 't'), health: () => ({ ok: true }), log });
}

describe('parseQueryRequest', () => {
  it('accepts the contract fields', () => {
    expect(parseQueryRequest('{"query":"SELECT 1","params":[1],"consistency":"QUORUM","keyspace":"ks","pageSize":10,"pagingState":"x"}')).toEqual({
      query: 'SELECT 1', params: [1], consistency: 'QUORUM', keyspace: 'ks', pageSize: 10, pagingState: 'x',
    });
  });

  it.each([
    ['{', /not valid JSON/],
    ['[]', /JSON object/],
    ['{"query": 1}', /"query" must be a string/],
    ['{"query": "x", "pageSize": 0}', /pageSize/],
    ['{"query": "x", "params": 3}', /params/],
    ['{"query": "x", "consistency": 1}', /consistency/],
    ['{"query": "x", "extra": 1}', /unknown request field/],
  ])('refuses %s with ProtocolError', (body, message) => {
    expect(() => parseQueryRequest(body)).toThrow(message);
    try {
      parseQueryRequest(body);
    } catch (err) {
      expect((err as { errorName: string }).errorName).toBe('ProtocolError');
    }
  });
});

describe('HTTP error mapping', () => {
  it.each([
    [new CqlSyntaxError("line 1:0 no viable alternative at input 'x'", 1, 0, 'x'), 400, 'Syntax', 8192],
    [new InvalidRequest('bad'), 400, 'Invalid', 8704],
    [new AlreadyExists('ks', 't'), 409, 'AlreadyExists', 9216],
    [new Unavailable('ALL', 3, 2), 503, 'Unavailable', 4096],
    [new WriteTimeout('QUORUM', 1, 2, 'SIMPLE'), 504, 'WriteTimeout', 4352],
    [new ReadTimeout('QUORUM', 1, 2, false), 504, 'ReadTimeout', 4608],
    [new ServerError('boom'), 500, 'Server', 0],
  ])('%s → HTTP %i', async (error, status, name, code) => {
    const app = await server(async () => {
      throw error;
    });
    const res = await app.inject({ method: 'POST', url: '/v1/cql', payload: '{"query":"x"}' });
    expect(res.statusCode).toBe(status);
    const body = res.json() as { error: Record<string, unknown> };
    expect(body.error['name']).toBe(name);
    expect(body.error['code']).toBe(code);
    expect(body.error['message']).toBe(error.message);
    await app.close();
  });

  it('reports details: Unavailable counts, Syntax position', async () => {
    const app = await server(async () => {
      throw new Unavailable('ALL', 3, 2);
    });
    const res = await app.inject({ method: 'POST', url: '/v1/cql', payload: '{"query":"x"}' });
    expect(res.json()).toMatchObject({ error: { consistency: 'ALL', required: 3, alive: 2 } });
    await app.close();
  });

  it('answers malformed JSON, unknown routes and oversized bodies with typed errors', async () => {
    const app = await server(async () => ({ columns: [], rows: [], pagingState: null }));
    const bad = await app.inject({ method: 'POST', url: '/v1/cql', payload: '{"query":', headers: { 'content-type': 'application/json' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { name: 'ProtocolError', code: 10 } });
    const missing = await app.inject({ method: 'GET', url: '/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { name: 'ProtocolError' } });
    const huge = await app.inject({ method: 'POST', url: '/v1/cql', payload: 'x'.repeat(17 * 1024 * 1024) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ error: { name: 'ProtocolError' } });
    const ok = await app.inject({ method: 'POST', url: '/v1/cql', payload: '{"query":"x"}' });
    expect(ok.json()).toEqual({ columns: [], rows: [], pagingState: null });
    await app.close();
  });

  it('turns unexpected exceptions into Server errors without details', async () => {
    const app = await server(async () => {
      throw new TypeError('secret internals');
    });
    const res = await app.inject({ method: 'POST', url: '/v1/cql', payload: '{"query":"x"}' });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ error: { code: 0, name: 'Server', message: 'internal error' } });
    await app.close();
  });
});

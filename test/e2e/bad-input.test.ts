// Bad input gets Cassandra's typed errors over HTTP, and no process crashes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster, postRaw } from '../src/cluster.js';

describe('bad input', () => {
  let cluster: LocalCluster;

  beforeAll(async () => {
    cluster = await LocalCluster.start({ nodes: 3 });
    await cluster.ok({ query: "CREATE KEYSPACE ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}" });
    await cluster.ok({ query: 'CREATE TABLE ks.t (a int, b text, c bigint, d blob, e uuid, PRIMARY KEY ((a, b), c))' });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  const cases: [string, () => Promise<{ status: number; body: any }>, number, string, RegExp][] = [ // eslint-disable-line @typescript-eslint/no-explicit-any
    ['malformed JSON', () => postRaw(cluster.gateway.url, '{"query": "SELECT'), 400, 'ProtocolError', /not valid JSON/],
    ['a body that is not an object', () => postRaw(cluster.gateway.url, '[1,2]'), 400, 'ProtocolError', /JSON object/],
    ['an unknown consistency level', () => cluster.query({ query: 'SELECT * FROM ks.t WHERE a = 1 AND b = \'x\'', consistency: 'MOST' }), 400, 'ProtocolError', /Unknown consistency level: MOST/],
    ['an unknown keyspace', () => cluster.query({ query: 'SELECT * FROM nope.t WHERE a = 1' }), 400, 'Invalid', /Keyspace nope does not exist/],
    ['an unknown table', () => cluster.query({ query: 'SELECT * FROM ks.nope WHERE a = 1' }), 400, 'Invalid', /unconfigured table nope/],
    ['USE of an unknown keyspace', () => cluster.query({ query: 'USE nope' }), 400, 'Invalid', /Keyspace 'nope' does not exist/],
    ['no keyspace at all', () => cluster.query({ query: 'SELECT * FROM t WHERE a = 1' }), 400, 'Invalid', /No keyspace has been specified/],
    ['a syntax error', () => cluster.query({ query: 'SELECT * FRM ks.t' }), 400, 'Syntax', /^line 1:9 .*'FRM'/],
    ['a syntax error on line 2', () => cluster.query({ query: 'SELECT *\n  FROM ks.t WHERE a = = 1' }), 400, 'Syntax', /^line 2:\d+ /],
    ['a literal of the wrong type', () => cluster.query({ query: "INSERT INTO ks.t (a, b, c) VALUES ('one', 'x', 1)" }), 400, 'Invalid', /Invalid STRING constant \(one\) for "a" of type int/],
    ['a parameter of the wrong type', () => cluster.query({ query: 'INSERT INTO ks.t (a, b, c) VALUES (?, ?, ?)', params: [1, 'x', 'not a number'] }), 400, 'Invalid', /"c" of type bigint/],
    ['a blob that is not hex', () => cluster.query({ query: 'INSERT INTO ks.t (a, b, c, d) VALUES (?, ?, ?, ?)', params: [1, 'x', '1', 'zz'] }), 400, 'Invalid', /"d" of type blob/],
    ['a missing partition key part on INSERT', () => cluster.query({ query: 'INSERT INTO ks.t (a, c) VALUES (1, 2)' }), 400, 'Invalid', /Some partition key parts are missing: b/],
    ['a missing partition key part on SELECT', () => cluster.query({ query: 'SELECT * FROM ks.t WHERE a = 1' }), 400, 'Invalid', /partition key parts are missing: b|ALLOW FILTERING/],
    ['a missing clustering column on INSERT', () => cluster.query({ query: "INSERT INTO ks.t (a, b) VALUES (1, 'x')" }), 400, 'Invalid', /Some clustering keys are missing: c/],
    ['too few bound values', () => cluster.query({ query: 'INSERT INTO ks.t (a, b, c) VALUES (?, ?, ?)', params: [1] }), 400, 'Invalid', /3 markers\(\?\) in CQL but 1 bound variables/],
    ['an unknown column', () => cluster.query({ query: "INSERT INTO ks.t (a, b, c, zz) VALUES (1, 'x', 2, 3)" }), 400, 'Invalid', /Undefined column name zz/],
    ['IF NOT EXISTS, not silently ignored', () => cluster.query({ query: "INSERT INTO ks.t (a, b, c) VALUES (1, 'x', 2) IF NOT EXISTS" }), 400, 'Invalid', /not supported yet/],
    ['a duplicate keyspace', () => cluster.query({ query: "CREATE KEYSPACE ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}" }), 409, 'AlreadyExists', /Cannot add existing keyspace "ks"/],
    ['an unknown replication strategy', () => cluster.query({ query: "CREATE KEYSPACE k2 WITH replication = {'class': 'FancyStrategy'}" }), 400, 'ConfigurationException', /Unable to find replication strategy class/],
    ['an int out of range', () => cluster.query({ query: 'SELECT * FROM ks.t WHERE a = ? AND b = ?', params: [2 ** 31, 'x'] }), 400, 'Invalid', /of type int/],
    ['a mutation larger than a NATS message', () => cluster.query({ query: 'INSERT INTO ks.t (a, b, c, d) VALUES (?, ?, ?, ?)', params: [1, 'x', '1', '0x' + 'ab'.repeat(2 * 1024 * 1024)] }), 400, 'Invalid', /Mutation of \d+ bytes is too large/],
    ['a bad paging state', () => cluster.query({ query: "SELECT * FROM ks.t WHERE a = 1 AND b = 'x'", pagingState: 'garbage' }), 400, 'ProtocolError', /Invalid paging state/],
  ];

  it.each(cases)('%s → typed error', async (_what, send, status, name, message) => {
    const answer = await send();
    expect(answer.status).toBe(status);
    expect(answer.body.error.name).toBe(name);
    expect(answer.body.error.message).toMatch(message);
    expect(typeof answer.body.error.code).toBe('number');
  });

  it('reports the syntax error position as fields too', async () => {
    const answer = await cluster.query({ query: 'SELECT *\n  FROM ks.t WHERE a = = 1' });
    expect(answer.body.error).toMatchObject({ name: 'Syntax', code: 8192, line: 2 });
    expect(typeof answer.body.error.column).toBe('number');
  });

  it('leaves every process running and serving afterwards', async () => {
    expect(cluster.liveness()).toEqual([
      ['node1', true],
      ['node2', true],
      ['node3', true],
      ['gateway0', true],
    ]);
    await cluster.ok({ query: "INSERT INTO ks.t (a, b, c, d, e) VALUES (1, 'x', 2, 0x00ff, 5f8e1a2c-1111-4a2b-8c3d-0123456789ab)", consistency: 'ALL' });
    const body = await cluster.ok({ query: "SELECT * FROM ks.t WHERE a = 1 AND b = 'x'", consistency: 'ALL' });
    expect(body.rows).toEqual([{ a: 1, b: 'x', c: '2', d: '0x00ff', e: '5f8e1a2c-1111-4a2b-8c3d-0123456789ab' }]);
    for (const node of cluster.nodes) {
      expect((await fetch(`http://127.0.0.1:${node.metricsPort}/healthz`)).status).toBe(200);
    }
  });
});

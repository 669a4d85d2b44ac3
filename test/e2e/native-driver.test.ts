// The DataStax Node.js driver (cassandra-driver 4.x), unchanged and with its default options,
// against a real cluster: nats-server, 3 nodes, a gateway; keyspaces at RF 3. It connects
// (negotiating down to protocol v4, reading system.local/system.peers/system_schema), runs
// DDL, round-trips every value type prepared and unprepared, pages through 10,000 rows, runs
// logged and unlogged batches, uses a session keyspace, re-prepares after an UNPREPARED,
// and sees Cassandra's errors as its own ResponseError codes — timeouts included (a replica
// SIGSTOPped behind a second gateway with short timeouts). Data is written and read at QUORUM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, errors, policies, types } from 'cassandra-driver';
import { eventually, LocalCluster } from '../src/cluster.js';

const DC = 'datacenter1';
/** Reads and writes at QUORUM (the driver's default, LOCAL_ONE, would not read its own writes at RF 3). */
const QUORUM = { consistency: types.consistencies.quorum };

/** Runs `task` over `items`, `concurrency` at a time. */
async function inParallel<T>(items: readonly T[], concurrency: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** A value as comparable text: driver types by their toString, buffers as hex, dates as ISO. */
function norm(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (Buffer.isBuffer(v)) return `0x${v.toString('hex')}`;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(norm);
  if (typeof v === 'object' && v.constructor === Object) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]));
  if (typeof v === 'object') return String(v);
  return v;
}

/**
 * The value types, one line each: the CQL type and values that must come back as they went in.
 * Types the value layer does not handle yet are left out (see the report in the native
 * protocol doc, apps/gateway/doc/native_protocol.md).
 */
const TYPES: { type: string; values: unknown[]; /** The driver's type hint when it cannot read `type` (frozen<>). */ hint?: string }[] = [
  { type: 'text', values: ['', 'héllo ☃', 'x'.repeat(10_000)] },
  { type: 'ascii', values: ['plain ascii'] },
  { type: 'int', values: [0, -2147483648, 2147483647] },
  { type: 'bigint', values: [types.Long.fromString('-9223372036854775808'), types.Long.fromString('9223372036854775807'), types.Long.fromNumber(42)] },
  { type: 'boolean', values: [true, false] },
  { type: 'double', values: [0.5, -1.5e300, 3.141592653589793] },
  { type: 'timestamp', values: [new Date('2026-11-22T10:00:00.123Z'), new Date(0), new Date('1900-01-01T00:00:00.000Z')] },
  { type: 'uuid', values: [types.Uuid.fromString('3f2b0a1c-9d4e-4f5a-8b6c-7d8e9f0a1b2c'), types.Uuid.random()] },
  { type: 'blob', values: [Buffer.from([0, 1, 255]), Buffer.alloc(0)] },
  { type: 'smallint', values: [-32768, 32767] },
  { type: 'tinyint', values: [-128, 127] },
  { type: 'float', values: [0.5, -2.25] },
  { type: 'varint', values: [types.Integer.fromString('-123456789012345678901234567890'), types.Integer.fromNumber(0)] },
  { type: 'decimal', values: [types.BigDecimal.fromString('-1234567890.0987654321'), types.BigDecimal.fromString('0.001')] },
  { type: 'date', values: [types.LocalDate.fromString('2026-11-22'), types.LocalDate.fromString('1969-12-31')] },
  { type: 'time', values: [types.LocalTime.fromString('10:11:12.123456789'), types.LocalTime.fromString('00:00:00')] },
  { type: 'timeuuid', values: [types.TimeUuid.fromString('5c6f4e60-6a57-11f0-8000-000000000001')] },
  { type: 'inet', values: [types.InetAddress.fromString('10.1.2.3'), types.InetAddress.fromString('2001:db8::1')] },
  { type: 'list<int>', values: [[3, 1, 2]] },
  { type: 'set<text>', values: [['a', 'b', 'c']] },
  { type: 'map<text, int>', values: [{ a: 1, b: 2 }] },
  { type: 'frozen<list<text>>', values: [['x', 'y']], hint: 'list<text>' },
];

/** The driver's ResponseError of a failed request (unwrapped when it went through NoHostAvailable). */
async function responseError(request: Promise<unknown>): Promise<errors.ResponseError & Record<string, unknown>> {
  let failure: unknown;
  try {
    await request;
  } catch (err) {
    failure = err;
  }
  if (failure === undefined) throw new Error('the request succeeded');
  if (failure instanceof errors.NoHostAvailableError) {
    const inner = Object.values(failure.innerErrors);
    if (inner.length === 1) failure = inner[0];
  }
  expect(failure).toBeInstanceOf(errors.ResponseError);
  return failure as errors.ResponseError & Record<string, unknown>;
}

describe('cassandra-driver (Node) against Cassia', () => {
  let cluster: LocalCluster;
  let client: Client;
  const clients: Client[] = [];
  const connect = async (extra: Record<string, unknown> = {}, gateway = 0): Promise<Client> => {
    const c = new Client({ contactPoints: cluster.contactPoints(gateway), localDataCenter: DC, protocolOptions: { port: cluster.nativePort() }, ...extra });
    clients.push(c);
    await c.connect();
    return c;
  };

  beforeAll(async () => {
    cluster = await LocalCluster.start({ nodes: 3 });
    client = await connect();
  });
  afterAll(async () => {
    for (const c of clients) await c.shutdown().catch(() => undefined);
    await cluster?.stop();
  });

  it('connects with default options, negotiating protocol v4', () => {
    const hosts = client.hosts.values();
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.datacenter).toBe(DC);
    expect(client.getState().getConnectedHosts()).toHaveLength(1);
    const control = (client as unknown as { controlConnection: { protocolVersion: number } }).controlConnection; // not in the typings
    expect(control.protocolVersion).toBe(types.protocolVersion.v4);
  });

  it('runs DDL and sees it in the driver metadata', async () => {
    await client.execute("CREATE KEYSPACE drv WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}");
    await client.execute('CREATE TABLE drv.kv (k int PRIMARY KEY, v text)');
    const table = await client.metadata.getTable('drv', 'kv');
    expect(table?.columns.map((c) => c.name).sort()).toEqual(['k', 'v']);
  });

  describe('round-trips every value type', () => {
    for (const [i, { type, values, hint }] of TYPES.entries()) {
      it(type, async () => {
        const table = `drv.types_${i}`;
        await client.execute(`CREATE TABLE ${table} (k int PRIMARY KEY, v ${type})`);
        const insert = `INSERT INTO ${table} (k, v) VALUES (?, ?)`;
        const select = `SELECT v FROM ${table} WHERE k = ?`;
        for (const [j, value] of values.entries()) {
          await client.execute(insert, [2 * j, value], { prepare: true, ...QUORUM });
          await client.execute(insert, [2 * j + 1, value], { hints: ['int', hint ?? type], ...QUORUM }); // unprepared: the hint says how to encode
          for (const k of [2 * j, 2 * j + 1]) {
            const prepared = await client.execute(select, [k], { prepare: true, ...QUORUM });
            const unprepared = await client.execute(`SELECT v FROM ${table} WHERE k = ${k}`, [], QUORUM);
            expect([k, norm(prepared.first()!['v'])]).toEqual([k, norm(value)]);
            expect([k, norm(unprepared.first()!['v'])]).toEqual([k, norm(value)]);
          }
        }
        await client.execute(insert, [100, null], { prepare: true, ...QUORUM });
        expect((await client.execute(select, [100], { prepare: true, ...QUORUM })).first()!['v']).toBeNull();
        expect((await client.execute(select, [101], { prepare: true, ...QUORUM })).rowLength).toBe(0);
        const columns = (await client.execute(select, [0], { prepare: true, ...QUORUM })).columns;
        expect(columns.map((c) => c.name)).toEqual(['v']);
      });
    }
  });

  it('pages through 10,000 rows with fetchSize and pageState, and with eachRow autoPage', async () => {
    await client.execute('CREATE TABLE drv.pg (p int, c int, v text, PRIMARY KEY (p, c))');
    const rows = Array.from({ length: 10_000 }, (_, c) => [1, c, `v${c}`]);
    await inParallel(rows, 64, (row) => client.execute('INSERT INTO drv.pg (p, c, v) VALUES (?, ?, ?)', row, { prepare: true, ...QUORUM }));
    const seen: number[] = [];
    let pageState: string | undefined;
    let pages = 0;
    do {
      const rs = await client.execute('SELECT c FROM drv.pg WHERE p = ?', [1], { prepare: true, fetchSize: 1_000, pageState, ...QUORUM });
      expect(rs.rowLength).toBeLessThanOrEqual(1_000);
      seen.push(...rs.rows.map((r) => r['c'] as number));
      pageState = rs.pageState ?? undefined;
      pages++;
    } while (pageState !== undefined && pages <= 10); // stops a paging state that never ends
    expect(pages).toBe(10);
    expect(seen).toEqual(rows.map((r) => r[1]));

    let count = 0;
    let last = -1;
    await new Promise<void>((resolve, reject) =>
      client.eachRow(
        'SELECT c FROM drv.pg WHERE p = 1',
        [],
        { fetchSize: 700, autoPage: true, ...QUORUM },
        (_n, row) => {
          expect(row['c']).toBe(last + 1);
          last = row['c'] as number;
          count++;
        },
        (err) => (err ? reject(err) : resolve()),
      ),
    );
    expect(count).toBe(10_000);
    // Without fetchSize the driver asks for pages of 5,000.
    const first = await client.execute('SELECT c FROM drv.pg WHERE p = 1', [], QUORUM);
    expect(first.rowLength).toBe(5_000);
    expect(first.pageState).toBeTruthy();
  });

  it('runs logged and unlogged batches', async () => {
    await client.execute('CREATE TABLE drv.b (k int, c int, v text, PRIMARY KEY (k, c))');
    const insert = 'INSERT INTO drv.b (k, c, v) VALUES (?, ?, ?)';
    await client.batch([{ query: insert, params: [1, 1, 'a'] }, { query: insert, params: [2, 1, 'b'] }], { prepare: true, ...QUORUM });
    await client.batch([{ query: insert, params: [1, 2, 'c'] }, { query: 'DELETE FROM drv.b WHERE k = ? AND c = ?', params: [2, 1] }], { prepare: true, logged: false, ...QUORUM });
    await client.batch(["INSERT INTO drv.b (k, c, v) VALUES (3, 1, 'literal')", { query: insert, params: [3, 2, 'hinted'] }], { hints: [[], ['int', 'int', 'text']], ...QUORUM });
    const all = async (k: number) => (await client.execute('SELECT c, v FROM drv.b WHERE k = ?', [k], { prepare: true, ...QUORUM })).rows.map((r) => [r['c'], r['v']]);
    expect(await all(1)).toEqual([[1, 'a'], [2, 'c']]);
    expect(await all(2)).toEqual([]);
    expect(await all(3)).toEqual([[1, 'literal'], [2, 'hinted']]);
  });

  it('uses the client keyspace for unqualified tables', async () => {
    const scoped = await connect({ keyspace: 'drv' });
    await scoped.execute('INSERT INTO kv (k, v) VALUES (?, ?)', [7, 'seven'], { prepare: true, ...QUORUM });
    expect((await scoped.execute('SELECT v FROM kv WHERE k = ?', [7], { prepare: true, ...QUORUM })).first()!['v']).toBe('seven');
    expect((await client.execute('SELECT v FROM drv.kv WHERE k = 7', [], QUORUM)).first()!['v']).toBe('seven');
  });

  it('prepares again when a statement was evicted (UNPREPARED)', async () => {
    await client.execute('CREATE TABLE drv.re (k int PRIMARY KEY, v int)');
    await client.execute('INSERT INTO drv.re (k, v) VALUES (?, ?)', [1, 1], { prepare: true, ...QUORUM });
    await client.execute('DROP TABLE drv.re'); // evicts the statements prepared on it
    await client.execute('CREATE TABLE drv.re (k int PRIMARY KEY, v int)');
    await client.execute('INSERT INTO drv.re (k, v) VALUES (?, ?)', [1, 2], { prepare: true, ...QUORUM });
    expect((await client.execute('SELECT v FROM drv.re WHERE k = 1', [], QUORUM)).first()!['v']).toBe(2);
  });

  it('reports syntax, invalid, already-exists and unavailable errors with their details', async () => {
    const syntax = await responseError(client.execute('SELEKT * FROM drv.kv'));
    expect(syntax.code).toBe(types.responseErrorCodes.syntaxError);
    expect(syntax.message).toMatch(/^line 1:0/);
    const invalid = await responseError(client.execute('SELECT * FROM drv.nope'));
    expect(invalid.code).toBe(types.responseErrorCodes.invalid);
    expect(invalid.message).toBe('unconfigured table nope');
    const wrongType = await responseError(client.execute('INSERT INTO drv.kv (k, v) VALUES (?, ?)', [1.5, 'x'])); // a JS number unprepared is a double
    expect(wrongType.code).toBe(types.responseErrorCodes.invalid);
    const exists = await responseError(client.execute('CREATE TABLE drv.kv (k int PRIMARY KEY)'));
    expect([exists.code, exists['keyspace'], exists['table']]).toEqual([types.responseErrorCodes.alreadyExists, 'drv', 'kv']);
    // RF 5 on 3 nodes: ALL needs 5 replicas alive.
    await client.execute("CREATE KEYSPACE rf5 WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 5}");
    await client.execute('CREATE TABLE rf5.t (k int PRIMARY KEY, v int)');
    const unavailable = await responseError(client.execute('INSERT INTO rf5.t (k, v) VALUES (1, 1)', [], { consistency: types.consistencies.all }));
    expect(unavailable.code).toBe(types.responseErrorCodes.unavailableException);
    expect([unavailable['consistencies'], unavailable['required'], unavailable['alive']]).toEqual([types.consistencies.all, 5, 3]);
  });

  it('reports write and read timeouts when a replica stops answering', async () => {
    const second = await cluster.startGateway(['--write-timeout-ms', '500', '--read-timeout-ms', '500']);
    // The first client learns of the second gateway from its events and system.peers.
    await eventually('the driver to see the second gateway up', async () => client.hosts.length === 2 && client.hosts.values().every((h) => h.isUp()));
    const onlySecond = new policies.loadBalancing.AllowListPolicy(new policies.loadBalancing.DCAwareRoundRobinPolicy(DC), [`${second.nativeHost}:${second.nativePort}`]);
    const viaSecond = await connect({ policies: { loadBalancing: onlySecond } }, 1);
    await viaSecond.execute('INSERT INTO drv.kv (k, v) VALUES (?, ?)', [50, 'before'], { prepare: true, consistency: types.consistencies.all });
    const pid = cluster.node('node3').proc.child.pid!;
    process.kill(pid, 'SIGSTOP');
    try {
      const write = await responseError(viaSecond.execute('INSERT INTO drv.kv (k, v) VALUES (?, ?)', [50, 'during'], { prepare: true, consistency: types.consistencies.all }));
      expect(write.code).toBe(types.responseErrorCodes.writeTimeout);
      expect([write['consistencies'], write['received'], write['blockFor'], write['writeType']]).toEqual([types.consistencies.all, 2, 3, 'SIMPLE']);
      const read = await responseError(viaSecond.execute('SELECT v FROM drv.kv WHERE k = ?', [50], { prepare: true, consistency: types.consistencies.all }));
      expect(read.code).toBe(types.responseErrorCodes.readTimeout);
      expect([read['consistencies'], read['received'], read['blockFor']]).toEqual([types.consistencies.all, 2, 3]);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
  });
});

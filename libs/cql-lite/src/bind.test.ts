import { describe, expect, it } from 'vitest';
import type { CreateTableStatement, DeleteStatement, InsertStatement, SelectStatement, UpdateStatement } from './ast.js';
import { bindInsert, decodeRowKey } from './bind.js';
import { bindDelete } from './bind-delete.js';
import { bindSelect, PARTITION_KEYS_IN_SELECT_MAX } from './bind-select.js';
import { bindUpdate } from './bind-update.js';
import { CLUSTERING_SLICES_MAX } from './clustering-slices.js';
import { compareBytes, toHex } from './bytes.js';
import { encodeClustering } from './clustering.js';
import { InvalidRequest } from './errors.js';
import { jsonParams, NO_PARAMS, type ParamResolver } from './params.js';
import { parse } from './parser.js';
import { tableFromCreate, type TableSchema } from './schema.js';
import { clusteringInSlice } from './slice.js';
import { serializeValue } from './values.js';

const mk = (cql: string): TableSchema => tableFromCreate(parse(cql) as CreateTableStatement, 'ks', 'id');
const USERS = mk('CREATE TABLE users (id int PRIMARY KEY, name text, age int)');
const EVENTS = mk(
  `CREATE TABLE events (tenant text, day int, at timestamp, seq int, kind text STATIC, payload blob,
   PRIMARY KEY ((tenant, day), at, seq)) WITH CLUSTERING ORDER BY (at DESC, seq ASC)`,
);
const T2 = mk('CREATE TABLE t2 (a int, c int, d text, v text, s int STATIC, PRIMARY KEY (a, c, d))');

const int = (n: number): string => toHex(serializeValue({ kind: 'native', name: 'int' }, n));
const hexes = (xs: Uint8Array[]): string[] => xs.map(toHex);

function insert(cql: string, table: TableSchema, params?: unknown[] | Record<string, unknown>) {
  return bindInsert(parse(cql) as InsertStatement, table, params === undefined ? NO_PARAMS : jsonParams(params));
}
function select(cql: string, table: TableSchema, params?: unknown[] | Record<string, unknown>) {
  return bindSelect(parse(cql) as SelectStatement, table, params === undefined ? NO_PARAMS : jsonParams(params));
}
function update(cql: string, table: TableSchema, params?: unknown[] | Record<string, unknown>) {
  return bindUpdate(parse(cql) as UpdateStatement, table, params === undefined ? NO_PARAMS : jsonParams(params));
}
function del(cql: string, table: TableSchema, params?: unknown[] | Record<string, unknown>) {
  return bindDelete(parse(cql) as DeleteStatement, table, params === undefined ? NO_PARAMS : jsonParams(params));
}
function rejects(fn: () => unknown, message: string): void {
  expect(fn).toThrow(InvalidRequest);
  expect(fn).toThrow(message);
}

describe('bindInsert', () => {
  it('binds keys, cells, TTL and timestamp', () => {
    const b = insert("INSERT INTO users (name, id, age) VALUES ('ann', 7, null) USING TTL 60 AND TIMESTAMP 1700000000000000", USERS);
    expect(hexes(b.partitionKey)).toEqual([int(7)]);
    expect(toHex(b.clustering)).toBe('');
    expect(b.cells.map((c) => [c.column, c.value === null ? null : toHex(c.value)])).toEqual([
      ['name', '616e6e'],
      ['age', null],
    ]);
    expect(b.ttlSeconds).toBe(60);
    expect(b.timestamp).toBe(1700000000000000n);
  });

  it('binds markers by position and by name', () => {
    const t = '2024-01-02T03:04:05.000Z';
    const b = insert('INSERT INTO events (tenant, day, at, seq, payload) VALUES (?, ?, ?, ?, ?) USING TTL ?', EVENTS, ['x', 1, t, 2, '0x00', 5]);
    const types = EVENTS.clustering.map((n) => EVENTS.columns.find((c) => c.name === n)!.type);
    const ck = [serializeValue(types[0]!, new Date(t)), serializeValue(types[1]!, 2)];
    expect(toHex(b.clustering)).toBe(toHex(encodeClustering(types, EVENTS.clusteringOrder, ck)));
    expect(hexes(b.partitionKey)).toEqual(['78', int(1)]);
    expect(b.ttlSeconds).toBe(5);
    const named = insert('INSERT INTO users (id, name) VALUES (:id, :n) USING TIMESTAMP :ts', USERS, { id: 1, n: 'x', ts: '42' });
    expect([hexes(named.partitionKey), named.timestamp]).toEqual([[int(1)], 42n]);
  });

  it('lets an INSERT of static columns only omit the clustering key', () => {
    const b = insert("INSERT INTO events (tenant, day, kind) VALUES ('x', 1, 'k')", EVENTS);
    expect(toHex(b.clustering)).toBe('');
    expect(b.cells.map((c) => c.column)).toEqual(['kind']);
  });

  const errors: [string, TableSchema, string, unknown[]?][] = [
    ['INSERT INTO users (id, nope) VALUES (1, 2)', USERS, 'Undefined column name nope'],
    ['INSERT INTO users (name) VALUES (\'x\')', USERS, 'Some partition key parts are missing: id'],
    ["INSERT INTO events (tenant, at, seq) VALUES ('x', 0, 1)", EVENTS, 'Some partition key parts are missing: day'],
    ["INSERT INTO events (tenant, day, payload) VALUES ('x', 1, 0x00)", EVENTS, 'Some clustering keys are missing: at, seq'],
    ["INSERT INTO events (tenant, day, at, payload) VALUES ('x', 1, 0, 0x00)", EVENTS, 'Some clustering keys are missing: seq'],
    [
      "INSERT INTO events (tenant, day, seq, payload) VALUES ('x', 1, 0, 0x00)",
      EVENTS,
      'PRIMARY KEY column "seq" cannot be restricted as preceding column "at" is not restricted',
    ],
    ["INSERT INTO events (tenant, day) VALUES ('x', 1)", EVENTS, 'Some clustering keys are missing: at, seq'],
    ['INSERT INTO users (id, name) VALUES (null, \'x\')', USERS, 'Invalid null value in condition for column id'],
    ["INSERT INTO events (tenant, day, at, seq) VALUES ('x', 1, 0, ?)", EVENTS, 'Invalid null value in condition for column seq', [null]],
    ['INSERT INTO users (id, name) VALUES (1)', USERS, 'Unmatched column names/values'],
    ['INSERT INTO users (id, id) VALUES (1, 1)', USERS, 'The column names contains duplicates'],
    ['INSERT INTO users (id) VALUES (1) IF NOT EXISTS', USERS, 'Lightweight transactions (IF NOT EXISTS) are not supported yet'],
    ["INSERT INTO users (id) VALUES ('1')", USERS, 'Invalid STRING constant (1) for "id" of type int'],
    ['INSERT INTO users (id, age) VALUES (1, 2147483648)', USERS, "Unable to make int from '2147483648'"],
    ['INSERT INTO users (id) VALUES (1) USING TTL -1', USERS, 'A TTL must be greater or equal to 0, but was -1'],
    ['INSERT INTO users (id) VALUES (1) USING TTL 630720001', USERS, 'ttl is too large. requested (630720001) maximum (630720000)'],
    ['INSERT INTO users (id) VALUES (1) USING TTL ?', USERS, 'Invalid null value of TTL', [null]],
    ['INSERT INTO users (id) VALUES (1) USING TIMESTAMP ?', USERS, 'Invalid null value of timestamp', [null]],
    ["INSERT INTO t2 (a, c, d) VALUES (1, 2, '')", T2, ''],
  ];
  for (const [cql, table, message, params] of errors) {
    if (message === '') continue;
    it(`rejects: ${message}`, () => rejects(() => insert(cql, table, params), message));
  }

  it('rejects an empty partition key and oversized keys', () => {
    const t = mk('CREATE TABLE k (k text PRIMARY KEY)');
    rejects(() => insert("INSERT INTO k (k) VALUES ('')", t), 'Key may not be empty');
    rejects(() => insert('INSERT INTO k (k) VALUES (?)', t, ['x'.repeat(65536)]), 'Key length of 65536 is longer than maximum of 65535');
    expect(toHex(insert("INSERT INTO t2 (a, c, d) VALUES (1, 2, '')", T2).clustering)).toBe('80000002' + '0001');
  });

  it('checks bind values like Cassandra', () => {
    rejects(() => insert('INSERT INTO users (id, name) VALUES (?, ?)', USERS, [1]), 'There were 2 markers(?) in CQL but 1 bound variables');
    rejects(() => insert('INSERT INTO users (id) VALUES (?)', USERS, [1, 2]), 'There were 1 markers(?) in CQL but 2 bound variables');
    rejects(() => insert('INSERT INTO users (id) VALUES (1)', USERS, [1]), 'There were 0 markers(?) in CQL but 1 bound variables');
    rejects(() => insert('INSERT INTO users (id) VALUES (?)', USERS, ['1']), 'Invalid JSON value for column "id" of type int');
    rejects(() => insert('INSERT INTO users (id) VALUES (:id)', USERS, { x: 1 }), 'No value bound for marker :id');
    rejects(() => insert('INSERT INTO users (id) VALUES (:id)', USERS, { id: 1, x: 2 }), 'Bound variable x does not match any marker in CQL');
    rejects(() => insert('INSERT INTO users (id) VALUES (?)', USERS, { id: 1 }), 'Positional marker ? at index 0 cannot be bound by name');
    rejects(() => insert('INSERT INTO users (id) VALUES (?)', USERS), 'There were 1 markers(?) in CQL but 0 bound variables');
  });

  it('validates the bytes a raw resolver returns', () => {
    const raw: ParamResolver = () => Uint8Array.of(1, 2);
    rejects(() => bindInsert(parse('INSERT INTO users (id) VALUES (?)') as InsertStatement, USERS, raw), 'Expected 4 byte int (2)');
  });
});

describe('bindSelect', () => {
  it('expands * to partition key, clustering, static, then regular columns by name', () => {
    expect(select("SELECT * FROM events WHERE tenant = 'x' AND day = 1", EVENTS).selection.map((s) => s.column)).toEqual([
      'tenant', 'day', 'at', 'seq', 'kind', 'payload',
    ]);
    expect(select('SELECT name AS n, id FROM users WHERE id = 1', USERS).selection).toEqual([
      { kind: 'column', column: 'name', alias: 'n', type: { kind: 'native', name: 'text' } },
      { kind: 'column', column: 'id', alias: 'id', type: { kind: 'native', name: 'int' } },
    ]);
  });

  it('reads every combination of IN values, without duplicates', () => {
    const b = select("SELECT * FROM events WHERE tenant IN ('a', 'b', 'a') AND day IN ?", EVENTS, [[1, 2]]);
    expect(b.partitionKeys?.map(hexes)).toEqual([
      ['61', int(1)],
      ['61', int(2)],
      ['62', int(1)],
      ['62', int(2)],
    ]);
    expect(select('SELECT * FROM users WHERE id IN ()', USERS).partitionKeys).toEqual([]);
  });

  it('scans the ring without a partition key restriction, or a token range of it', () => {
    const all = select('SELECT * FROM users', USERS);
    expect([all.partitionKeys, all.tokenRange]).toEqual([undefined, undefined]);
    const range = select('SELECT * FROM users WHERE token(id) > ? AND token(id) <= 9', USERS, ['-3']);
    expect(range.tokenRange).toEqual({ start: { token: -3n, inclusive: false }, end: { token: 9n, inclusive: true } });
  });

  it('expresses prefix bounds over ASC columns', () => {
    // t2: clustering (c int ASC, d text ASC)
    const s = (where: string) => select(`SELECT * FROM t2 WHERE a = 1 ${where}`, T2).slice;
    const c = (n: number): string => ((n ^ 0x80000000) >>> 0).toString(16).padStart(8, '0');
    const show = (sl: ReturnType<typeof s>) => [sl.start && toHex(sl.start), sl.startInclusive, sl.end && toHex(sl.end), sl.endInclusive];
    expect(show(s(''))).toEqual([undefined, true, undefined, true]);
    expect(show(s('AND c = 5'))).toEqual([c(5), true, c(5), true]);
    expect(show(s("AND c = 5 AND d = 'a'"))).toEqual([c(5) + '610001', true, c(5) + '610001', true]);
    expect(show(s('AND c > 5'))).toEqual([c(5), false, undefined, true]);
    expect(show(s('AND c >= 5 AND c < 9'))).toEqual([c(5), true, c(9), false]);
    expect(show(s("AND c = 5 AND d <= 'm'"))).toEqual([c(5), true, c(5) + '6d0001', true]);
    expect(show(s("AND c = 5 AND d > 'a' AND d < 'm'"))).toEqual([c(5) + '610001', false, c(5) + '6d0001', false]);
  });

  it('swaps bounds for DESC columns and includes every row under an inclusive prefix', () => {
    // events: clustering (at timestamp DESC, seq int ASC)
    const key = (ms: number, seq: number) =>
      encodeClustering(
        [{ kind: 'native', name: 'timestamp' }, { kind: 'native', name: 'int' }],
        EVENTS.clusteringOrder,
        [serializeValue({ kind: 'native', name: 'timestamp' }, new Date(ms)), serializeValue({ kind: 'native', name: 'int' }, seq)],
      );
    const rows = [0, 10, 20]
      .flatMap((ms) => [1, 2, 3].map((seq) => ({ ms, seq, key: key(ms, seq) })))
      .sort((x, y) => compareBytes(x.key, y.key));
    const pick = (where: string) => {
      const { slices } = select(`SELECT * FROM events WHERE tenant = 'x' AND day = 1 AND ${where}`, EVENTS);
      return rows.filter((r) => slices.some((sl) => clusteringInSlice(r.key, sl))).map((r) => `${r.ms}/${r.seq}`);
    };
    // Stored order is at DESC, seq ASC: 20/1 20/2 20/3 10/1 ... 0/3.
    expect(pick('at > 0')).toEqual(['20/1', '20/2', '20/3', '10/1', '10/2', '10/3']);
    expect(pick('at >= 10')).toEqual(['20/1', '20/2', '20/3', '10/1', '10/2', '10/3']);
    expect(pick('at < 20')).toEqual(['10/1', '10/2', '10/3', '0/1', '0/2', '0/3']);
    expect(pick('at <= 10 AND at > 0')).toEqual(['10/1', '10/2', '10/3']);
    expect(pick('at = 10')).toEqual(['10/1', '10/2', '10/3']);
    expect(pick('at = 10 AND seq > 1')).toEqual(['10/2', '10/3']);
    expect(pick('at = 10 AND seq <= 2')).toEqual(['10/1', '10/2']);
    expect(pick('at IN (20, 0) AND seq IN (3, 1)')).toEqual(['20/1', '20/3', '0/1', '0/3']);
    expect(pick('(at, seq) IN ((0, 2), (20, 3))')).toEqual(['20/3', '0/2']);
    const { slice } = select("SELECT * FROM events WHERE tenant = 'x' AND day = 1 AND at > 0", EVENTS);
    expect([slice.start, slice.endInclusive, slice.end && toHex(slice.end)]).toEqual([undefined, false, toHex(key(0, 0).slice(0, 8))]);
  });

  it('selects exactly the rows its relations admit, in every clustering order', () => {
    // Every row of a 3x3x3 grid against single-column, IN and tuple relations, compared
    // with evaluating the relations on the values; mixed-order tuple slices are refused.
    const fragments = [
      'a = 1', 'a IN (2, 0)', 'a > 0', 'a <= 1', 'a >= 1 AND a < 2', '(a, b) > (1, 1)', '(a, b) <= (1, 0)',
      '(a, b) >= (0, 2) AND (a) < (2)', '(a, b, c) > (1, 1, 1) AND (a, b, c) < (2, 1, 0)', '(a, b) IN ((2, 0), (0, 1))',
      'a = 1 AND b > 0', 'a = 1 AND b IN (2, 0) AND c >= 1', 'a = 2 AND (b, c) < (1, 2)', 'a IN (0, 2) AND b = 1 AND c < 2',
    ];
    const grid = [0, 1, 2].flatMap((a) => [0, 1, 2].flatMap((b) => [0, 1, 2].map((c) => [a, b, c])));
    const cmp = (x: number[], y: number[]): number => {
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
      return 0;
    };
    const holds = (row: number[], fragment: string): boolean =>
      fragment.split(' AND ').every((rel) => {
        const m = /^\(?([a-c, ]+)\)? (=|<|<=|>|>=|IN) \(?(.*?)\)?$/.exec(rel) as RegExpExecArray;
        const cols = (m[1] as string).split(', ').map((n) => 'abc'.indexOf(n));
        const lhs = cols.map((i) => row[i] as number);
        const op = m[2] as string;
        if (op === 'IN') {
          const tuples = [...(m[3] as string).matchAll(/\(([^()]*)\)/g)].map((x) => (x[1] as string).split(', ').map(Number));
          const list = tuples.length > 0 ? tuples : (m[3] as string).split(', ').map((v) => [Number(v)]);
          return list.some((t) => t.length === lhs.length && cmp(lhs, t) === 0);
        }
        const c = cmp(lhs, (m[3] as string).split(', ').map(Number));
        return op === '=' ? c === 0 : op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
      });
    const orders: ('ASC' | 'DESC')[][] = [['ASC', 'ASC', 'ASC'], ['DESC', 'DESC', 'DESC'], ['ASC', 'DESC', 'ASC'], ['DESC', 'ASC', 'DESC']];
    for (const o of orders) {
      const t = mk(`CREATE TABLE g (k int, a int, b int, c int, PRIMARY KEY (k, a, b, c)) WITH CLUSTERING ORDER BY (a ${o[0]}, b ${o[1]}, c ${o[2]})`);
      const INT = { kind: 'native', name: 'int' } as const;
      const types = t.clustering.map(() => INT);
      const keyOf = (row: number[]) => encodeClustering(types, t.clusteringOrder, row.map((v) => serializeValue(INT, v)));
      for (const fragment of fragments) {
        const label = `${o.join('/')} WHERE ${fragment}`;
        let slices;
        try {
          ({ slices } = select(`SELECT * FROM g WHERE k = 0 AND ${fragment}`, t));
        } catch (e) {
          expect(String(e), label).toContain('mixed ASC and DESC clustering order are not supported yet');
          continue;
        }
        const got = grid.filter((row) => slices.some((sl) => clusteringInSlice(keyOf(row), sl)));
        expect(got.map((r) => r.join('')).sort(), label).toEqual(grid.filter((r) => holds(r, fragment)).map((r) => r.join('')).sort());
        const starts = slices.map((sl) => sl.start ?? new Uint8Array(0));
        expect([...starts].sort(compareBytes), `${label}: slices in stored order`).toEqual(starts);
      }
    }
  });

  it('reverses for ORDER BY against the clustering order', () => {
    const base = "SELECT * FROM events WHERE tenant = 'x' AND day = 1";
    expect(select(base, EVENTS).reversed).toBe(false);
    expect(select(`${base} ORDER BY at DESC`, EVENTS).reversed).toBe(false);
    expect(select(`${base} ORDER BY at ASC`, EVENTS).reversed).toBe(true);
    expect(select(`${base} ORDER BY at ASC, seq DESC`, EVENTS).reversed).toBe(true);
    expect(select(`${base} AND at = 0 ORDER BY seq DESC`, EVENTS).reversed).toBe(true);
    expect(select(`${base} LIMIT 3`, EVENTS).limit).toBe(3);
    expect(select(`${base} LIMIT ?`, EVENTS, [4]).limit).toBe(4);
  });

  it('limits how many partitions and clustering combinations one query reads', () => {
    const ids = Array.from({ length: PARTITION_KEYS_IN_SELECT_MAX + 1 }, (_, i) => i);
    rejects(
      () => select('SELECT * FROM users WHERE id IN ?', USERS, [ids]),
      `Select query cannot be completed because it selects ${ids.length} partitions keys - more than the maximum allowed 100`,
    );
    const cs = Array.from({ length: 40 }, (_, i) => i);
    rejects(
      () => select('SELECT * FROM t2 WHERE a = 1 AND c IN ? AND d IN ?', T2, [cs, cs.map(String)]),
      `Query cannot be completed because it selects 1600 clustering key combinations - more than the maximum allowed ${CLUSTERING_SLICES_MAX}`,
    );
  });
});

describe('bindUpdate', () => {
  it('binds the row, the operations in statement order, TTL and timestamp', () => {
    const b = update("UPDATE t2 USING TTL 5 SET v = 'x', s = 2 WHERE a = 1 AND c = 2 AND d = 'z'", T2);
    expect([hexes(b.partitionKey), toHex(b.clustering), b.operations.map((o) => o.kind + ':' + o.column), b.ttlSeconds]).toEqual([
      [int(1)], '80000002' + '7a0001', ['set:v', 'set:s'], 5,
    ]);
    expect(toHex(update('UPDATE t2 SET s = 2 WHERE a = 1', T2).clustering)).toBe('');
  });
});

describe('counters', () => {
  // CREATE TABLE refuses counter columns for now; a schema built by hand still binds safely.
  const counters: TableSchema = {
    ...USERS,
    columns: [...USERS.columns, { name: 'n', type: { kind: 'native', name: 'counter' }, kind: 'regular', position: -1 }],
  };
  it('are not supported yet, never mis-handled', () => {
    rejects(() => update('UPDATE users SET n = n + 1 WHERE id = 1', counters), 'counters are not supported yet');
    rejects(
      () => update('UPDATE users SET n = 1 WHERE id = 1', counters),
      'Cannot set the value of counter column n (counters can only be incremented/decremented, not set)',
    );
    rejects(() => insert('INSERT INTO users (id) VALUES (1)', counters), 'INSERT statements are not allowed on counter tables, use UPDATE instead');
  });
});

describe('bindDelete', () => {
  it('deletes a row, columns of a row, a partition, a range, or static columns', () => {
    const row = del("DELETE FROM t2 WHERE a = 1 AND c = 2 AND d = 'x'", T2);
    expect([row.scope, hexes(row.partitionKey), row.clustering && toHex(row.clustering), row.columns]).toEqual([
      'row', [int(1)], '80000002' + '780001', [],
    ]);
    const cols = del("DELETE v, v FROM t2 USING TIMESTAMP 9 WHERE a = 1 AND c = 2 AND d = 'x'", T2);
    expect([cols.columns, cols.timestamp]).toEqual([['v'], 9n]);
    const partition = del('DELETE FROM t2 WHERE a = ?', T2, [1]);
    expect([partition.scope, partition.clustering, partition.columns]).toEqual(['partition', undefined, []]);
    const statics = del('DELETE s FROM t2 WHERE a = 1', T2);
    expect([statics.scope, statics.clustering && toHex(statics.clustering), statics.columns]).toEqual(['row', '', ['s']]);
    const single = del('DELETE name FROM users WHERE id = 1', USERS);
    expect([single.clustering && toHex(single.clustering), single.columns]).toEqual(['', ['name']]);
    expect(del('DELETE FROM users WHERE id = 1', USERS).scope).toBe('partition');
    const range = del('DELETE FROM t2 WHERE a = 1 AND c >= 2', T2);
    expect([range.scope, range.clustering, range.slices?.length]).toEqual(['range', undefined, 1]);
  });
});

describe('decodeRowKey', () => {
  it('gives every key column its serialized value', () => {
    const b = insert("INSERT INTO t2 (a, c, d, v) VALUES (1, -2, 'z', 'v')", T2);
    const m = decodeRowKey(T2, b.partitionKey, b.clustering);
    expect([...m].map(([k, v]) => [k, toHex(v)])).toEqual([
      ['a', int(1)],
      ['c', int(-2)],
      ['d', '7a'],
    ]);
    expect([...decodeRowKey(T2, b.partitionKey, new Uint8Array(0)).keys()]).toEqual(['a']);
  });
});

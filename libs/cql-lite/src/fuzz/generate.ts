// Grammar-based CQL statement generator for the fuzzer: every statement form the parser
// accepts (parser*.ts), written against the fuzz schema's tables (schema.ts) so that most
// statements get past the parser into binding, with deliberate slips (unknown names, wrong
// types, restrictions Cassandra refuses, forms not supported yet) at a small rate.
//
// Contract: generate(kind?) returns CQL text, a pure function of the Prng state. It makes no
// promise that the text is valid: the fuzzer's oracle only requires typed errors.

import type { ColumnSchema, TableSchema } from '../schema.js';
import type { CqlType } from '../types.js';
import { LiteralGen } from './literals.js';
import type { Prng } from './prng.js';
import { FUZZ_KEYSPACE } from './schema.js';

export const STATEMENT_KINDS = [
  'create_keyspace', 'alter_keyspace', 'drop_keyspace', 'use', 'create_table', 'alter_table', 'drop_table',
  'truncate', 'insert', 'update', 'delete', 'select', 'batch', 'later',
] as const;
export type GeneratedKind = (typeof STATEMENT_KINDS)[number];

/** How often each kind is generated: DML and SELECT, where binding is richest, most. */
const KIND_WEIGHTS: readonly (readonly [number, GeneratedKind])[] = [
  [3, 'create_keyspace'], [2, 'alter_keyspace'], [1, 'drop_keyspace'], [1, 'use'], [6, 'create_table'], [4, 'alter_table'],
  [1, 'drop_table'], [1, 'truncate'], [14, 'insert'], [12, 'update'], [10, 'delete'], [22, 'select'], [6, 'batch'], [2, 'later'],
];

const NATIVE_TYPES = ['ascii', 'bigint', 'blob', 'boolean', 'counter', 'date', 'decimal', 'double', 'duration', 'float', 'inet', 'int',
  'smallint', 'text', 'time', 'timestamp', 'timeuuid', 'tinyint', 'uuid', 'varchar', 'varint'];
const TABLE_OPTIONS: readonly (readonly [string, () => string])[] = [
  ['comment', () => "'fuzz'"],
  ['default_time_to_live', () => '3600'],
  ['gc_grace_seconds', () => '864000'],
  ['bloom_filter_fp_chance', () => '0.01'],
  ['compaction', () => "{'class': 'SizeTieredCompactionStrategy', 'min_threshold': 4}"],
  ['compression', () => "{'class': 'LZ4Compressor'}"],
  ['caching', () => "{'keys': 'ALL', 'rows_per_partition': 'NONE'}"],
  ['speculative_retry', () => "'99PERCENTILE'"],
  ['read_repair', () => "'BLOCKING'"],
  ['cdc', () => 'false'],
  ['nonsense_option', () => '1'],
];
const LATER_FORMS = [
  'CREATE INDEX ON users (name)', 'CREATE TYPE addr (street text)', 'GRANT SELECT ON ks.t TO bob', 'LIST ROLES',
  'DESCRIBE TABLES', 'SELECT JSON * FROM users', 'INSERT INTO users JSON \'{"id": 1}\'', 'SELECT name FROM users GROUP BY id',
  'SELECT * FROM users WHERE tags CONTAINS \'x\' ALLOW FILTERING', "SELECT * FROM users WHERE name LIKE 'a%'",
  'UPDATE users SET age = age + 1 WHERE id = 1 IF age = 3', 'SELECT max(age) FROM users', 'CREATE MATERIALIZED VIEW v AS SELECT * FROM users',
  'ALTER TABLE users RENAME id TO uid', 'ALTER TABLE users ALTER age TYPE bigint', 'CREATE TABLE c (k int PRIMARY KEY, n counter)',
  'SELECT CAST(age AS text) FROM users', 'SELECT (int) age FROM users', 'DELETE attrs.x FROM users WHERE id = 1',
  'CREATE TABLE t (k int PRIMARY KEY) WITH COMPACT STORAGE', 'SELECT * FROM users WHERE id IS NOT NULL',
];

export class StatementGen {
  private readonly lit: LiteralGen;
  private markerNames = 0;

  constructor(
    private readonly rng: Prng,
    private readonly tables: readonly TableSchema[],
  ) {
    this.lit = new LiteralGen(rng);
  }

  generate(kind: GeneratedKind = this.rng.weighted(KIND_WEIGHTS)): string {
    this.markerNames = 0;
    const text = this.statement(kind);
    return this.rng.chance(0.1) ? `${text};` : text;
  }

  private statement(kind: GeneratedKind): string {
    const r = this.rng;
    switch (kind) {
      case 'create_keyspace':
        return `CREATE ${r.pick(['KEYSPACE', 'SCHEMA'])} ${this.opt('IF NOT EXISTS ')}${this.keyspace()} WITH ${this.keyspaceProps(true)}`;
      case 'alter_keyspace':
        return `ALTER KEYSPACE ${this.opt('IF EXISTS ')}${this.keyspace()} WITH ${this.keyspaceProps(false)}`;
      case 'drop_keyspace':
        return `DROP ${r.pick(['KEYSPACE', 'SCHEMA'])} ${this.opt('IF EXISTS ')}${this.keyspace()}`;
      case 'use':
        return `USE ${this.keyspace()}`;
      case 'create_table':
        return this.createTable();
      case 'alter_table':
        return this.alterTable();
      case 'drop_table':
        return `DROP ${r.pick(['TABLE', 'COLUMNFAMILY'])} ${this.opt('IF EXISTS ')}${this.tableName(this.table())}`;
      case 'truncate':
        return `TRUNCATE ${r.pick(['', 'TABLE ', 'COLUMNFAMILY '])}${this.tableName(this.table())}`;
      case 'insert':
        return this.insert(this.table());
      case 'update':
        return this.update(this.table());
      case 'delete':
        return this.delete(this.table());
      case 'select':
        return this.select(this.table());
      case 'batch':
        return this.batch();
      case 'later':
        return r.pick(LATER_FORMS);
    }
  }

  // ---- names ---------------------------------------------------------------------------

  private opt(text: string, p = 0.3): string {
    return this.rng.chance(p) ? text : '';
  }

  private table(): TableSchema {
    return this.rng.pick(this.tables);
  }

  private keyspace(): string {
    return this.rng.weighted([[6, FUZZ_KEYSPACE], [2, 'other_ks'], [1, '"Quoted KS"'], [1, 'system']]);
  }

  private tableName(t: TableSchema): string {
    const r = this.rng;
    const name = r.chance(0.03) ? r.pick(['nope', '"Users"', 'system.local']) : t.name;
    return r.chance(0.4) ? `${r.chance(0.95) ? FUZZ_KEYSPACE : 'nowhere'}.${name}` : name;
  }

  /** A column name of `t`, occasionally quoted, occasionally unknown. */
  private columnName(c: ColumnSchema): string {
    const r = this.rng;
    if (r.chance(0.005)) return r.pick(['zz', '"ID"', 'select', '"select"']);
    return r.chance(0.05) ? `"${c.name}"` : c.name;
  }

  private columns(t: TableSchema, kinds: readonly ColumnSchema['kind'][]): ColumnSchema[] {
    return t.columns.filter((c) => kinds.includes(c.kind));
  }

  private subset<T>(items: readonly T[], min = 1): T[] {
    const out = items.filter(() => this.rng.chance(0.5));
    while (out.length < Math.min(min, items.length)) out.push(this.rng.pick(items));
    return this.rng.chance(0.2) ? out.sort(() => this.rng.float() - 0.5) : out;
  }

  // ---- terms ---------------------------------------------------------------------------

  /** A value for a column of `type`: a literal, or a bind marker. */
  private term(type: CqlType): string {
    const r = this.rng;
    if (r.chance(0.2)) return r.chance(0.7) ? '?' : `:m${this.markerNames++ % 4}`;
    return this.lit.of(type);
  }

  private intTerm(lo: number, hi: number): string {
    const r = this.rng;
    if (r.chance(0.15)) return '?';
    return r.chance(0.9) ? String(r.range(lo, hi)) : r.pick(['-1', '0', '2147483648', '1.5', "'x'", 'null']);
  }

  // ---- DDL -----------------------------------------------------------------------------

  private keyspaceProps(create: boolean): string {
    const r = this.rng;
    const rf = (): string => r.pick(["'1'", "'3'", '2', "'0'", "'-1'", "'x'"]);
    const replication = r.weighted<() => string>([
      [4, () => `{'class': 'SimpleStrategy', 'replication_factor': ${rf()}}`],
      [3, () => `{'class': 'NetworkTopologyStrategy', 'dc1': ${rf()}${r.chance(0.5) ? `, 'dc2': ${rf()}` : ''}}`],
      [1, () => `{'class': 'org.apache.cassandra.locator.SimpleStrategy', 'replication_factor': 1, 'extra': 2}`],
      [1, () => `{'class': 'FancyStrategy'}`],
      [1, () => `{'replication_factor': 1}`],
      [1, () => `{}`],
    ])();
    const parts: string[] = [];
    if (create || r.chance(0.8)) parts.push(`replication = ${replication}`);
    if (r.chance(0.3) || parts.length === 0) parts.push(`durable_writes = ${r.pick(['true', 'false', "'true'", '1'])}`);
    if (r.chance(0.05)) parts.push('replication = {}');
    return parts.join(' AND ');
  }

  /** A type name: mostly native, sometimes a collection (nested under frozen), rarely odd. */
  private typeText(depth = 0): string {
    const r = this.rng;
    if (depth > 2 || r.chance(0.6)) return r.chance(0.97) ? r.pick(NATIVE_TYPES) : r.pick(['udt_thing', 'ks.addr', 'tuple<int, text>', 'vector<float, 3>']);
    return r.weighted<() => string>([
      [2, () => `list<${this.typeText(depth + 1)}>`],
      [2, () => `set<${this.typeText(depth + 1)}>`],
      [2, () => `map<${this.typeText(depth + 1)}, ${this.typeText(depth + 1)}>`],
      [3, () => `frozen<${this.typeText(depth + 1)}>`],
    ])();
  }

  private createTable(): string {
    const r = this.rng;
    const n = r.range(1, 6);
    const names = Array.from({ length: n }, (_, i) => (r.chance(0.03) ? 'c0' : `c${i}`));
    const defs = names.map((name) => `${name} ${this.typeText()}${this.opt(' STATIC', 0.1)}`);
    let keyClause = '';
    const shape = r.int(4);
    if (shape === 0) {
      defs[0] = `${defs[0]} PRIMARY KEY`;
    } else if (shape === 1 || shape === 2) {
      const pk = this.subset(names);
      const ck = this.subset(names, 0).filter(() => r.chance(0.7));
      const pkText = pk.length > 1 || r.chance(0.3) ? `(${pk.join(', ')})` : pk.join('');
      keyClause = `, PRIMARY KEY (${[pkText, ...ck].join(', ')})`;
      if (r.chance(0.05)) keyClause += `, PRIMARY KEY (${names[0]})`;
    } // shape 3: no primary key at all
    let text = `CREATE ${r.pick(['TABLE', 'COLUMNFAMILY'])} ${this.opt('IF NOT EXISTS ')}${this.opt(`${FUZZ_KEYSPACE}.`)}t_${r.int(1000)} (${defs.join(', ')}${keyClause})`;
    const options: string[] = [];
    if (r.chance(0.3)) options.push(`CLUSTERING ORDER BY (${this.subset(names).map((c) => `${c} ${r.pick(['ASC', 'DESC'])}`).join(', ')})`);
    for (const [name, value] of TABLE_OPTIONS) if (r.chance(0.08)) options.push(`${name} = ${value()}`);
    if (options.length > 0) text += ` WITH ${options.join(' AND ')}`;
    return text;
  }

  private alterTable(): string {
    const r = this.rng;
    const t = this.table();
    const head = `ALTER TABLE ${this.opt('IF EXISTS ')}${this.tableName(t)}`;
    const action = r.int(4);
    if (action === 0) return `${head} ADD ${r.chance(0.7) ? `n${r.int(9)}` : this.columnName(r.pick(t.columns))} ${this.typeText()}${this.opt(' STATIC', 0.2)}`;
    if (action === 1) return `${head} ADD (${Array.from({ length: r.range(1, 3) }, (_, i) => `a${i} ${this.typeText()}`).join(', ')})`;
    if (action === 2) {
      const cols = this.subset(t.columns).map((c) => this.columnName(c));
      return `${head} DROP ${cols.length === 1 && r.chance(0.5) ? cols[0] : `(${cols.join(', ')})`}`;
    }
    const opts = TABLE_OPTIONS.filter(() => r.chance(0.2)).map(([name, value]) => `${name} = ${value()}`);
    return `${head} WITH ${(opts.length > 0 ? opts : ['comment = \'x\'']).join(' AND ')}`;
  }

  // ---- DML -----------------------------------------------------------------------------

  private using(ttl: boolean): string {
    const r = this.rng;
    if (!r.chance(0.3)) return '';
    const parts: string[] = [];
    if (ttl && r.chance(0.6)) parts.push(`TTL ${this.intTerm(0, 100_000)}`);
    if (r.chance(0.6) || parts.length === 0) parts.push(`TIMESTAMP ${r.chance(0.8) ? this.lit.native('bigint') : '?'}`);
    if (r.chance(0.5)) parts.reverse();
    return ` USING ${parts.join(' AND ')}`;
  }

  private insert(t: TableSchema): string {
    const r = this.rng;
    const keys = this.columns(t, ['partition_key', 'clustering']);
    const others = this.subset(this.columns(t, ['regular', 'static']), 0);
    let cols = [...keys.filter(() => r.chance(0.95)), ...others];
    if (cols.length === 0) cols = [r.pick(t.columns)];
    if (r.chance(0.2)) cols = cols.sort(() => r.float() - 0.5);
    const values = cols.map((c) => this.term(c.type));
    if (r.chance(0.03)) values.push(this.lit.any(0));
    const ifNotExists = this.opt(' IF NOT EXISTS', 0.05);
    return `INSERT INTO ${this.tableName(t)} (${cols.map((c) => this.columnName(c)).join(', ')}) VALUES (${values.join(', ')})${ifNotExists}${this.using(true)}`;
  }

  /** WHERE for a modification: the full primary key, mostly by `=`. */
  private keyWhere(t: TableSchema, clusteringPrefix: boolean): string {
    const r = this.rng;
    const rels: string[] = [];
    for (const c of this.columns(t, ['partition_key'])) {
      if (r.chance(0.97)) rels.push(r.chance(0.9) ? `${this.columnName(c)} = ${this.term(c.type)}` : `${this.columnName(c)} IN (${this.term(c.type)}, ${this.term(c.type)})`);
    }
    const clustering = this.columns(t, ['clustering']);
    const upTo = clusteringPrefix ? r.int(clustering.length + 1) : clustering.length;
    for (const c of clustering.slice(0, upTo)) {
      if (r.chance(0.97)) rels.push(`${this.columnName(c)} ${r.chance(0.9) ? '=' : r.pick(['<', '>=', 'IN'])} ${this.term(c.type)}`);
    }
    if (rels.length === 0 || r.chance(0.03)) rels.push(`${this.columnName(r.pick(t.columns))} = ${this.lit.any(0)}`);
    return rels.join(' AND ');
  }

  private ifClause(t: TableSchema): string {
    const r = this.rng;
    if (!r.chance(0.05)) return '';
    if (r.chance(0.4)) return ' IF EXISTS';
    const c = r.pick(t.columns);
    return ` IF ${this.columnName(c)} ${r.pick(['=', '!=', '<', 'IN'])} ${this.term(c.type)}`;
  }

  private assignment(c: ColumnSchema): string {
    const r = this.rng;
    const name = this.columnName(c);
    const type = c.type.kind === 'frozen' ? c.type.inner : c.type;
    if (type.kind === 'list' || type.kind === 'set' || type.kind === 'map') {
      const elementType = type.kind === 'map' ? type.key : { kind: 'native', name: 'int' } as const;
      return r.weighted<() => string>([
        [3, () => `${name} = ${this.term(c.type)}`],
        [2, () => `${name} = ${name} + ${this.term(c.type)}`],
        [1, () => `${name} = ${this.term(c.type)} + ${name}`],
        [2, () => `${name} = ${name} - ${this.term(type.kind === 'map' ? { kind: 'set', element: type.key } : c.type)}`],
        [1, () => `${name} += ${this.term(c.type)}`],
        [1, () => `${name} -= ${this.term(c.type)}`],
        [2, () => `${name}[${this.term(elementType)}] = ${this.term(type.kind === 'map' ? type.value : type.kind === 'list' ? type.element : c.type)}`],
      ])();
    }
    if (r.chance(0.05)) return `${name} = ${name} + ${this.term(c.type)}`;
    return `${name} = ${this.term(c.type)}`;
  }

  private update(t: TableSchema): string {
    const r = this.rng;
    const settable = this.columns(t, ['regular', 'static']);
    const targets = this.subset(r.chance(0.03) ? t.columns : settable);
    return `UPDATE ${this.tableName(t)}${this.using(true)} SET ${targets.map((c) => this.assignment(c)).join(', ')} WHERE ${this.keyWhere(t, r.chance(0.1))}${this.ifClause(t)}`;
  }

  private delete(t: TableSchema): string {
    const r = this.rng;
    let targets = '';
    if (r.chance(0.5)) {
      const cols = this.subset(this.columns(t, ['regular', 'static']));
      targets = `${cols
        .map((c) => {
          const type = c.type;
          if ((type.kind === 'map' || type.kind === 'list') && r.chance(0.4)) {
            return `${this.columnName(c)}[${this.term(type.kind === 'map' ? type.key : { kind: 'native', name: 'int' })}]`;
          }
          return this.columnName(c);
        })
        .join(', ')} `;
    }
    return `DELETE ${targets}FROM ${this.tableName(t)}${r.chance(0.2) ? ` USING TIMESTAMP ${this.lit.native('bigint')}` : ''} WHERE ${this.keyWhere(t, true)}${this.ifClause(t)}`;
  }

  private selector(t: TableSchema): string {
    const r = this.rng;
    const c = r.pick(t.columns);
    const pk = this.columns(t, ['partition_key']).map((x) => this.columnName(x));
    const sel = r.weighted<() => string>([
      [6, () => this.columnName(c)],
      [1, () => `WRITETIME(${this.columnName(c)})`],
      [1, () => `TTL(${this.columnName(c)})`],
      [1, () => `COUNT(${r.pick(['*', '1', '2', 'age'])})`],
      [1, () => `token(${(r.chance(0.9) ? pk : [this.columnName(c)]).join(', ')})`],
    ])();
    return r.chance(0.15) ? `${sel} AS ${r.pick(['x', 'y', '"Alias"', 'count'])}` : sel;
  }

  /** WHERE of a SELECT: partition key restrictions or a token range, then clustering ones. */
  private selectWhere(t: TableSchema): string {
    const r = this.rng;
    const rels: string[] = [];
    const pk = this.columns(t, ['partition_key']);
    const mode = r.weighted([[6, 'key'], [2, 'token'], [2, 'none']] as const);
    if (mode === 'key') {
      for (const c of pk) {
        if (!r.chance(0.97)) continue;
        rels.push(
          r.weighted<() => string>([
            [6, () => `${this.columnName(c)} = ${this.term(c.type)}`],
            [2, () => `${this.columnName(c)} IN (${Array.from({ length: r.small(4) }, () => this.term(c.type)).join(', ')})`],
            [1, () => `${this.columnName(c)} IN ?`],
            [1, () => `${this.columnName(c)} ${r.pick(['<', '>'])} ${this.term(c.type)}`],
          ])(),
        );
      }
    } else if (mode === 'token') {
      const names = pk.map((c) => this.columnName(c)).join(', ');
      rels.push(`token(${names}) ${r.pick(['>', '>=', '<', '<=', '='])} ${r.chance(0.8) ? this.lit.native('bigint') : '?'}`);
      if (r.chance(0.5)) rels.push(`token(${names}) ${r.pick(['<', '<='])} ${this.lit.native('bigint')}`);
    }
    const clustering = this.columns(t, ['clustering']);
    if (clustering.length > 0 && r.chance(0.6)) {
      const n = r.range(1, clustering.length);
      const prefix = clustering.slice(0, n);
      const last = prefix[prefix.length - 1] as ColumnSchema;
      for (const c of prefix.slice(0, -1)) rels.push(`${this.columnName(c)} = ${this.term(c.type)}`);
      rels.push(
        r.weighted<() => string>([
          [3, () => `${this.columnName(last)} ${r.pick(['=', '<', '<=', '>', '>='])} ${this.term(last.type)}`],
          [1, () => `${this.columnName(last)} > ${this.term(last.type)} AND ${this.columnName(last)} < ${this.term(last.type)}`],
          [1, () => `${this.columnName(last)} IN (${Array.from({ length: r.small(4) }, () => this.term(last.type)).join(', ')})`],
          [1, () => {
            const cols = clustering.slice(prefix.length - 1);
            const tuple = (): string => (r.chance(0.2) ? '?' : `(${cols.map((c) => this.term(c.type)).join(', ')})`);
            const op = r.pick(['=', '<', '<=', '>', '>=', 'IN']);
            return `(${cols.map((c) => this.columnName(c)).join(', ')}) ${op} ${op === 'IN' ? `(${tuple()}, ${tuple()})` : tuple()}`;
          }],
        ])(),
      );
    }
    if (r.chance(0.05)) {
      const c = r.pick(this.columns(t, ['regular', 'static']));
      rels.push(`${this.columnName(c)} = ${this.term(c.type)}`);
    }
    if (r.chance(0.03) && rels.length > 0) rels[0] = `(${rels[0]})`;
    return rels.join(' AND ');
  }

  private select(t: TableSchema): string {
    const r = this.rng;
    const distinct = this.opt('DISTINCT ', 0.05);
    const selection = r.chance(0.4) ? '*' : Array.from({ length: r.range(1, 4) }, () => this.selector(t)).join(', ');
    let text = `SELECT ${distinct}${selection} FROM ${this.tableName(t)}`;
    const where = this.selectWhere(t);
    if (where !== '') text += ` WHERE ${where}`;
    const clustering = this.columns(t, ['clustering']);
    if (clustering.length > 0 && r.chance(0.15)) {
      const dir = r.pick(['ASC', 'DESC', '']);
      text += ` ORDER BY ${clustering.slice(0, r.range(1, clustering.length)).map((c) => `${this.columnName(c)} ${dir}`.trim()).join(', ')}`;
    }
    if (r.chance(0.1)) text += ` PER PARTITION LIMIT ${this.intTerm(0, 100)}`;
    if (r.chance(0.2)) text += ` LIMIT ${this.intTerm(0, 10_000)}`;
    if (r.chance(0.15)) text += ' ALLOW FILTERING';
    return text;
  }

  private batch(): string {
    const r = this.rng;
    const type = r.weighted([[3, ''], [2, 'UNLOGGED '], [1, 'LOGGED '], [1, 'COUNTER ']] as const);
    const n = r.range(r.chance(0.05) ? 0 : 1, 5);
    const inner = Array.from({ length: n }, () => {
      const t = this.table();
      const s = r.weighted<() => string>([
        [3, () => this.insert(t)],
        [2, () => this.update(t)],
        [2, () => this.delete(t)],
        [r.chance(0.02) ? 1 : 0, () => this.select(t)],
      ])();
      return r.chance(0.8) ? `${s};` : s;
    });
    const using = r.chance(0.2) ? ` USING ${r.chance(0.8) ? `TIMESTAMP ${this.lit.native('bigint')}` : 'TTL 10'}` : '';
    return `BEGIN ${type}BATCH${using} ${inner.join(' ')} APPLY BATCH`;
  }
}

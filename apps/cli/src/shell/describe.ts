// DESCRIBE: the text cqlsh prints for Cassandra 4.0's DESCRIBE statements, built here from
// the schema tables (Cassia's gateway has no server-side DESCRIBE).
//
// Contract: describe(schema, target, currentKeyspace) returns the lines to print, or throws
// DescribeError with Cassandra's message ("'x' not found in keyspaces", "Table 't' not found
// in keyspace 'ks'", "'x' not found in keyspace 'ks'", "No keyspace specified and no current
// keyspace"). The statements are Cassandra 4.0's (KeyspaceMetadata/TableMetadata
// toCqlString): names quoted when needed, columns in CREATE order, PRIMARY KEY, WITH
// CLUSTERING ORDER BY, then every table option in alphabetical order, one per line, so that
// running the output recreates the same keyspaces and tables. Virtual keyspaces and tables
// come inside a /* Warning ... */ comment, as Cassandra prints them.
//   KEYSPACES   '', the keyspace names columnized, ''
//   TABLES      per keyspace (under a 'Keyspace ks' title when there is no current keyspace)
//               '' and the table names columnized; a final ''
//   the others  for each statement: '', the statement
import { RESERVED_KEYWORDS } from '@cassia/cql-lite';
import type { DescribeTarget } from './commands.js';
import { columnize } from './format.js';
import type { KeyspaceDef, Row, Schema, TableDef } from './schema.js';

export class DescribeError extends Error {
  override readonly name = 'DescribeError';
}

/** Keyspaces DESCRIBE SCHEMA leaves out (Cassandra's SchemaConstants.isSystemKeyspace). */
export const SYSTEM_KEYSPACE_NAMES: ReadonlySet<string> = new Set([
  'system', 'system_schema', 'system_auth', 'system_distributed', 'system_traces', 'system_views', 'system_virtual_schema',
]);

/** Cassandra 4.0 reserves these too (ReservedKeywords); quoting them is always safe. */
const MORE_RESERVED = new Set(['is', 'materialized', 'mbean', 'mbeans', 'unset']);

/** Cassandra's ColumnIdentifier.maybeQuote. */
export function quoteName(name: string): string {
  if (/^[a-z][a-z0-9_]*$/.test(name) && !RESERVED_KEYWORDS.has(name) && !MORE_RESERVED.has(name)) return name;
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** Java's Double.toString: 1.0, 0.01, 1.0E-5, 1.0E7. */
export function javaDouble(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (!Number.isFinite(d)) return d > 0 ? 'Infinity' : '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const a = Math.abs(d);
  if (a >= 1e-3 && a < 1e7) {
    const s = String(d);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mantissa, exponent] = d.toExponential().split('e') as [string, string];
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${Number(exponent)}`;
}

/** CqlBuilder.append(Map): `{'k': 'v', ...}` by key; values quoted unless `raw`. */
function cqlMap(value: unknown, raw = false): string {
  const entries = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : [];
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${quoteString(k)}: ${raw ? String(v) : quoteString(String(v))}`).join(', ')}}`;
}

function tableName(t: { keyspace: string; name: string }): string {
  return `${quoteName(t.keyspace)}.${quoteName(t.name)}`;
}

export function createKeyspace(ks: KeyspaceDef): string {
  if (ks.virtual) {
    return [
      '/*',
      `Warning: Keyspace ${quoteName(ks.name)} is a virtual keyspace and cannot be recreated with CQL.`,
      'Structure, for reference:',
      `VIRTUAL KEYSPACE ${quoteName(ks.name)};`,
      '*/',
    ].join('\n');
  }
  return `CREATE KEYSPACE ${quoteName(ks.name)} WITH replication = ${cqlMap(ks.replication)}  AND durable_writes = ${ks.durableWrites};`;
}

const INDENT = '    ';

export function createTable(t: TableDef): string {
  const lines: string[] = [];
  if (t.virtual) lines.push('/*', `Warning: Table ${tableName(t)} is a virtual table and cannot be recreated with CQL.`, 'Structure, for reference:');
  lines.push(`${t.virtual ? 'VIRTUAL' : 'CREATE'} TABLE ${tableName(t)} (`);
  const partitionKey = t.columns.filter((c) => c.kind === 'partition_key');
  const clustering = t.columns.filter((c) => c.kind === 'clustering');
  const singleKey = partitionKey.length === 1 && clustering.length === 0;
  t.columns.forEach((c, i) => {
    const last = i === t.columns.length - 1;
    const key = singleKey && c.kind === 'partition_key' ? ' PRIMARY KEY' : '';
    lines.push(`${INDENT}${quoteName(c.name)} ${c.type}${c.kind === 'static' ? ' static' : ''}${key}${!singleKey || !last ? ',' : ''}`);
  });
  if (!singleKey) {
    const pk = partitionKey.map((c) => quoteName(c.name));
    const head = pk.length > 1 ? `(${pk.join(', ')})` : (pk[0] ?? '');
    lines.push(`${INDENT}PRIMARY KEY (${[head, ...clustering.map((c) => quoteName(c.name))].join(', ')})`);
  }
  const options: string[] = [];
  if (clustering.length > 0) options.push(`CLUSTERING ORDER BY (${clustering.map((c) => `${quoteName(c.name)} ${c.order}`).join(', ')})`);
  options.push(...(t.virtual ? [`comment = ${quoteString(String(t.options['comment'] ?? ''))}`] : tableOptions(t.options)));
  lines.push(`) WITH ${options[0]}`);
  for (const o of options.slice(1)) lines.push(`${INDENT}AND ${o}`);
  lines[lines.length - 1] += ';';
  if (t.virtual) lines.push('*/');
  return lines.join('\n');
}

/** TableParams.appendCqlTo of Cassandra 4.0, from a system_schema.tables row. */
function tableOptions(o: Row): string[] {
  const num = (k: string, fallback: number): number => (typeof o[k] === 'number' ? (o[k] as number) : fallback);
  const str = (k: string, fallback: string): string => (typeof o[k] === 'string' ? (o[k] as string) : fallback);
  return [
    `additional_write_policy = ${quoteString(str('additional_write_policy', '99p'))}`,
    `bloom_filter_fp_chance = ${javaDouble(num('bloom_filter_fp_chance', 0.01))}`,
    `caching = ${cqlMap(o['caching'])}`,
    `cdc = ${o['cdc'] === true}`,
    `comment = ${quoteString(str('comment', ''))}`,
    `compaction = ${cqlMap(o['compaction'])}`,
    `compression = ${cqlMap(o['compression'])}`,
    `crc_check_chance = ${javaDouble(num('crc_check_chance', 1))}`,
    `default_time_to_live = ${num('default_time_to_live', 0)}`,
    `extensions = ${cqlMap(o['extensions'], true)}`,
    `gc_grace_seconds = ${num('gc_grace_seconds', 864_000)}`,
    `max_index_interval = ${num('max_index_interval', 2048)}`,
    `memtable_flush_period_in_ms = ${num('memtable_flush_period_in_ms', 0)}`,
    `min_index_interval = ${num('min_index_interval', 128)}`,
    `read_repair = ${quoteString(str('read_repair', 'BLOCKING'))}`,
    `speculative_retry = ${quoteString(str('speculative_retry', '99p'))}`,
  ];
}

function findKeyspace(schema: Schema, name: string): KeyspaceDef {
  const ks = schema.keyspaces.find((k) => k.name === name);
  if (ks === undefined) throw new DescribeError(`'${name}' not found in keyspaces`);
  return ks;
}

function keyspaceStatements(ks: KeyspaceDef, only: boolean): string[] {
  return [createKeyspace(ks), ...(only ? [] : ks.tables.map(createTable))];
}

/** cqlsh's describe_element: each statement after a blank line. */
function elements(statements: string[]): string[] {
  return statements.flatMap((s) => ['', s]);
}

export function describe(schema: Schema, target: DescribeTarget, current: string | undefined): string[] {
  const keyspaceOr = (name: string | undefined): string => {
    const ks = name ?? current;
    if (ks === undefined) throw new DescribeError('No keyspace specified and no current keyspace');
    return ks;
  };
  switch (target.kind) {
    case 'keyspaces':
      return ['', ...columnize(schema.keyspaces.map((k) => quoteName(k.name))), ''];
    case 'tables': {
      const keyspaces = current === undefined ? schema.keyspaces : [findKeyspace(schema, current)];
      const lines: string[] = [];
      for (const ks of keyspaces) {
        if (ks.tables.length === 0) continue;
        lines.push('');
        if (current === undefined) lines.push(`Keyspace ${quoteName(ks.name)}`, '-'.repeat('Keyspace '.length + quoteName(ks.name).length));
        lines.push(...columnize(ks.tables.map((t) => quoteName(t.name))));
      }
      if (lines.length > 0) lines.push('');
      return lines;
    }
    case 'none':
      return [];
    case 'keyspace':
      return elements(keyspaceStatements(findKeyspace(schema, keyspaceOr(target.name)), target.only));
    case 'schema':
      return elements(schema.keyspaces.filter((k) => target.full || !SYSTEM_KEYSPACE_NAMES.has(k.name)).flatMap((k) => keyspaceStatements(k, false)));
    case 'table': {
      const ks = findKeyspace(schema, keyspaceOr(target.keyspace));
      const table = ks.tables.find((t) => t.name === target.name);
      if (table === undefined) throw new DescribeError(`Table '${target.name}' not found in keyspace '${ks.name}'`);
      return elements([createTable(table)]);
    }
    case 'name': {
      // A keyspace, else a table of the keyspace given, or of the current one (Cassandra's generic DESCRIBE).
      if (target.keyspace === undefined) {
        const ks = schema.keyspaces.find((k) => k.name === target.name);
        if (ks !== undefined) return elements(keyspaceStatements(ks, false));
      }
      const ks = findKeyspace(schema, target.keyspace ?? current ?? target.name);
      const table = ks.tables.find((t) => t.name === target.name);
      if (table === undefined) throw new DescribeError(`'${target.name}' not found in keyspace '${ks.name}'`);
      return elements([createTable(table)]);
    }
  }
}

// Grammar of the schema statements: CREATE/ALTER/DROP KEYSPACE, CREATE/ALTER/DROP TABLE,
// TRUNCATE, USE. Each function starts after the statement's leading keyword(s).
//
//   ALTER KEYSPACE [IF EXISTS] ks WITH replication = {...} [AND durable_writes = b]
//   ALTER TABLE [IF EXISTS] t ADD c type [STATIC] | ADD (c type [STATIC], ...)
//                           | DROP c | DROP (c, ...) | WITH option = value [AND ...]
//   TRUNCATE [TABLE] t

import type {
  AddedColumn,
  AlterKeyspaceStatement,
  AlterTableStatement,
  ColumnDefinition,
  CreateKeyspaceStatement,
  CreateTableStatement,
  DropKeyspaceStatement,
  DropTableStatement,
  Literal,
  OptionValue,
  PrimaryKeyClause,
  Statement,
  TruncateStatement,
  UseStatement,
} from './ast.js';
import { syntaxError, type Cursor } from './cursor.js';
import { InvalidRequest } from './errors.js';
import type { Token } from './lexer.js';

/** Keyspace options Cassandra knows. */
export const KEYSPACE_OPTIONS: ReadonlySet<string> = new Set(['replication', 'durable_writes']);

/** Table options Cassandra knows (`WITH name = value`); CLUSTERING ORDER is separate. */
export const TABLE_OPTIONS: ReadonlySet<string> = new Set([
  'additional_write_policy',
  'bloom_filter_fp_chance',
  'caching',
  'cdc',
  'comment',
  'compaction',
  'compression',
  'crc_check_chance',
  'default_time_to_live',
  'extensions',
  'gc_grace_seconds',
  'max_index_interval',
  'memtable',
  'memtable_flush_period_in_ms',
  'min_index_interval',
  'read_repair',
  'speculative_retry',
]);

/** Most columns a CREATE TABLE may define, a guard against runaway statements. */
export const TABLE_COLUMNS_MAX = 1000;

/** After CREATE. */
export function parseCreate(c: Cursor): Statement {
  if (c.acceptKeyword('keyspace') || c.acceptKeyword('schema')) return createKeyspace(c);
  if (c.acceptKeyword('table') || c.acceptKeyword('columnfamily')) return createTable(c);
  return laterObject(c, 'CREATE');
}

/** Schema objects Cassandra has and Cassia does not support yet, by keyword. */
const LATER_OBJECTS: Readonly<Record<string, string>> = {
  index: 'INDEX',
  custom: 'CUSTOM INDEX',
  type: 'TYPE',
  function: 'FUNCTION',
  aggregate: 'AGGREGATE',
  materialized: 'MATERIALIZED VIEW',
  role: 'ROLE',
  user: 'USER',
  trigger: 'TRIGGER',
};

/** The syntax error after CREATE/ALTER/DROP: naming an object not supported yet, if it is one. */
function laterObject(c: Cursor, verb: string): never {
  const tok = c.peek();
  const what = tok.kind === 'word' && Object.hasOwn(LATER_OBJECTS, tok.value) ? LATER_OBJECTS[tok.value] : undefined;
  if (what !== undefined) c.noViable(tok, `${verb} ${what} is not supported yet`);
  return c.noViable(tok);
}

/** After DROP. */
export function parseDrop(c: Cursor): DropKeyspaceStatement | DropTableStatement {
  if (c.acceptKeyword('keyspace') || c.acceptKeyword('schema')) {
    const ifExists = c.ifExists();
    return { kind: 'drop_keyspace', keyspace: c.identifier(), ifExists };
  }
  if (c.acceptKeyword('table') || c.acceptKeyword('columnfamily')) {
    const ifExists = c.ifExists();
    return { kind: 'drop_table', table: c.qualifiedName(), ifExists };
  }
  return laterObject(c, 'DROP');
}

/** After USE. */
export function parseUse(c: Cursor): UseStatement {
  return { kind: 'use', keyspace: c.identifier() };
}

/** After TRUNCATE. */
export function parseTruncate(c: Cursor): TruncateStatement {
  if (!c.acceptKeyword('table')) c.acceptKeyword('columnfamily');
  return { kind: 'truncate', table: c.qualifiedName() };
}

/** After ALTER. */
export function parseAlter(c: Cursor): Statement {
  if (c.acceptKeyword('keyspace') || c.acceptKeyword('schema')) return alterKeyspace(c);
  if (c.acceptKeyword('table') || c.acceptKeyword('columnfamily')) return alterTable(c);
  return laterObject(c, 'ALTER');
}

function createKeyspace(c: Cursor): CreateKeyspaceStatement {
  const ifNotExists = c.ifNotExists();
  const keyspace = c.identifier();
  c.expectKeyword('with');
  const props = keyspaceProperties(c);
  const stmt: CreateKeyspaceStatement = { kind: 'create_keyspace', keyspace, ifNotExists, replication: props.replication ?? {} };
  if (props.durableWrites !== undefined) stmt.durableWrites = props.durableWrites;
  return stmt;
}

function alterKeyspace(c: Cursor): AlterKeyspaceStatement {
  const ifExists = c.ifExists();
  const keyspace = c.identifier();
  c.expectKeyword('with');
  return { kind: 'alter_keyspace', keyspace, ifExists, ...keyspaceProperties(c) };
}

/** After WITH: `name = value (AND name = value)*` for keyspace options. */
function keyspaceProperties(c: Cursor): { replication?: Record<string, string>; durableWrites?: boolean } {
  const stmt: { replication?: Record<string, string>; durableWrites?: boolean } = {};
  const seen = new Set<string>();
  do {
    const nameTok = c.peek();
    const name = c.identifier();
    if (!KEYSPACE_OPTIONS.has(name)) throw syntaxError(nameTok, `Unknown property '${name}'`);
    if (seen.has(name)) throw syntaxError(nameTok, `Multiple definition for property ${name}`);
    seen.add(name);
    c.expectPunct('=');
    const valueTok = c.peek();
    const value = optionValue(c);
    if (name === 'replication') {
      if (value.kind !== 'map') throw syntaxError(valueTok, `Invalid value for property 'replication'. It should be a map.`);
      stmt.replication = mapToStrings(value.entries);
    } else {
      stmt.durableWrites = booleanOption(name, value, valueTok);
    }
  } while (c.acceptKeyword('and'));
  return stmt;
}

function alterTable(c: Cursor): AlterTableStatement {
  const ifExists = c.ifExists();
  const table = c.qualifiedName();
  const alter = (action: AlterTableStatement['action']): AlterTableStatement => ({ kind: 'alter_table', table, ifExists, action });
  const tok = c.peek();
  if (c.acceptKeyword('add')) {
    if (c.isKeyword('if')) c.noViable(c.peek(), 'ADD IF NOT EXISTS is not supported yet');
    if (!c.acceptPunct('(')) return alter({ kind: 'add', columns: [addedColumn(c)] });
    const columns = c.commaList(() => addedColumn(c));
    c.expectPunct(')');
    return alter({ kind: 'add', columns });
  }
  if (c.acceptKeyword('drop')) {
    if (c.isKeyword('if')) c.noViable(c.peek(), 'DROP IF EXISTS is not supported yet');
    let columns: string[];
    if (c.acceptPunct('(')) {
      columns = c.commaList(() => c.identifier());
      c.expectPunct(')');
    } else {
      columns = [c.identifier()];
    }
    if (c.isKeyword('using')) c.noViable(c.peek(), 'DROP ... USING TIMESTAMP is not supported yet');
    return alter({ kind: 'drop', columns });
  }
  if (c.acceptKeyword('with')) return alter({ kind: 'options', options: alterOptions(c) });
  if (c.acceptKeyword('alter')) {
    c.identifier();
    if (c.acceptKeyword('type')) {
      c.type();
      throw new InvalidRequest('Altering column types is no longer supported');
    }
    return c.noViable(c.peek(), 'ALTER TABLE ... ALTER is not supported yet');
  }
  if (tok.kind === 'word' && tok.value === 'rename') c.noViable(tok, 'ALTER TABLE ... RENAME is not supported yet');
  return c.noViable(tok);
}

/** `name type [STATIC]` of ALTER TABLE ADD. */
function addedColumn(c: Cursor): AddedColumn {
  const name = c.identifier();
  const type = c.type();
  return { name, type, static: c.acceptKeyword('static') };
}

/** After ALTER TABLE t WITH: `name = value (AND name = value)*`, table options only. */
function alterOptions(c: Cursor): Record<string, OptionValue> {
  const options: Record<string, OptionValue> = {};
  do {
    const tok = c.peek();
    const name = c.identifier();
    c.expectPunct('=');
    const value = optionValue(c);
    if (!TABLE_OPTIONS.has(name)) throw syntaxError(tok, `Unknown property '${name}'`);
    if (Object.hasOwn(options, name)) throw syntaxError(tok, `Multiple definition for property ${name}`);
    options[name] = value;
  } while (c.acceptKeyword('and'));
  return options;
}

function createTable(c: Cursor): CreateTableStatement {
  const ifNotExists = c.ifNotExists();
  const table = c.qualifiedName();
  const stmt: CreateTableStatement = { kind: 'create_table', table, ifNotExists, columns: [], clusteringOrder: [], options: {} };
  let primaryKey: PrimaryKeyClause | undefined;
  c.expectPunct('(');
  do {
    if (c.isKeyword('primary')) {
      c.next();
      c.expectKeyword('key');
      const clause = primaryKeyClause(c);
      if (primaryKey !== undefined) throw new InvalidRequest('Multiple PRIMARY KEYs specifed (exactly one required)');
      primaryKey = clause;
    } else {
      if (stmt.columns.length >= TABLE_COLUMNS_MAX) c.noViable(c.peek(), `a table has at most ${TABLE_COLUMNS_MAX} columns`);
      stmt.columns.push(columnDefinition(c));
    }
  } while (c.acceptPunct(','));
  c.expectPunct(')');
  if (c.acceptKeyword('with')) tableOptions(c, stmt);
  const { columns, clusteringOrder, options } = stmt;
  return { kind: 'create_table', table, ifNotExists, columns, ...(primaryKey ? { primaryKey } : {}), clusteringOrder, options };
}

function columnDefinition(c: Cursor): ColumnDefinition {
  const name = c.identifier();
  const type = c.type();
  const isStatic = c.acceptKeyword('static');
  let primaryKey = false;
  if (c.acceptKeyword('primary')) {
    c.expectKeyword('key');
    primaryKey = true;
  }
  return { name, type, static: isStatic, primaryKey };
}

/** `( pk | (pk, ...) [, ck ...] )`, after PRIMARY KEY. */
function primaryKeyClause(c: Cursor): PrimaryKeyClause {
  c.expectPunct('(');
  const partitionKey: string[] = [];
  if (c.acceptPunct('(')) {
    do partitionKey.push(c.identifier());
    while (c.acceptPunct(','));
    c.expectPunct(')');
  } else {
    partitionKey.push(c.identifier());
  }
  const clustering: string[] = [];
  while (c.acceptPunct(',')) clustering.push(c.identifier());
  c.expectPunct(')');
  return { partitionKey, clustering };
}

/** After WITH: `CLUSTERING ORDER BY (...)`, `COMPACT STORAGE`, or `name = value`, joined by AND. */
function tableOptions(c: Cursor, stmt: CreateTableStatement): void {
  do {
    const tok = c.peek();
    if (c.isKeyword('clustering') && c.isKeyword('order', 1)) {
      c.next();
      c.next();
      c.expectKeyword('by');
      if (stmt.clusteringOrder.length > 0) throw syntaxError(tok, 'Multiple definition for property clustering order');
      c.expectPunct('(');
      do {
        const column = c.identifier();
        let order: 'ASC' | 'DESC';
        if (c.acceptKeyword('asc')) order = 'ASC';
        else if (c.acceptKeyword('desc')) order = 'DESC';
        else return c.noViable();
        stmt.clusteringOrder.push({ column, order });
      } while (c.acceptPunct(','));
      c.expectPunct(')');
      continue;
    }
    if (c.isKeyword('compact') && c.isKeyword('storage', 1)) {
      throw new InvalidRequest('Compact tables are not allowed in Cassandra starting with 4.0 version.');
    }
    const name = c.identifier();
    if (!TABLE_OPTIONS.has(name)) throw syntaxError(tok, `Unknown property '${name}'`);
    if (Object.hasOwn(stmt.options, name)) throw syntaxError(tok, `Multiple definition for property ${name}`);
    c.expectPunct('=');
    stmt.options[name] = optionValue(c);
  } while (c.acceptKeyword('and'));
}

/** A constant or `{constant: constant, ...}`. */
function optionValue(c: Cursor): OptionValue {
  if (!c.acceptPunct('{')) return optionConstant(c);
  const entries: [Literal, Literal][] = [];
  if (!c.acceptPunct('}')) {
    do {
      const key = optionConstant(c);
      c.expectPunct(':');
      entries.push([key, optionConstant(c)]);
    } while (c.acceptPunct(','));
    c.expectPunct('}');
  }
  return { kind: 'map', entries };
}

function optionConstant(c: Cursor): Literal {
  if (c.isPunct('?') || c.isPunct(':')) c.noViable(c.peek(), 'bind variables are not supported in DDL queries');
  return c.literal();
}

function mapToStrings(entries: [Literal, Literal][]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of entries) out[k.text] = v.text;
  return out;
}

function booleanOption(name: string, value: OptionValue, tok: Token): boolean {
  if (value.kind === 'literal' && (value.type === 'boolean' || value.type === 'string')) {
    const text = value.text.toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  const shown = value.kind === 'literal' ? value.text : 'a map';
  throw syntaxError(tok, `Invalid boolean value ${shown} for '${name}'. Only 'true' and 'false' are supported.`);
}

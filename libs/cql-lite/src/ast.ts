// The AST the parser produces: one discriminated union on `kind` per grammar category.
//
// Contract: plain JSON-serializable data with no source positions (errors carry those).
// Identifiers are already folded (unquoted → lower case, "Quoted" keeps case). A field that
// CQL lets the user omit is optional (`keyspace` in a table name) or has a stated default.
// Consumers should `switch` on `kind` with an exhaustive default: the unions grow.

import type { CqlType } from './types.js';

/** `[ks.]name`; keyspace absent when the statement relies on the session's USE. */
export interface TableName {
  keyspace?: string;
  name: string;
}

/** The lexical class of a literal, as Cassandra names constants in error messages. */
export type LiteralType = 'string' | 'integer' | 'float' | 'boolean' | 'uuid' | 'blob' | 'null';

/**
 * A constant as written. `text` is the string's content for 'string', the source text
 * otherwise ('42', '-1.5e3', 'NaN', '0xcafe', 'true', 'null', a uuid as written).
 */
export interface Literal {
  kind: 'literal';
  type: LiteralType;
  text: string;
}

/**
 * `?` or `:name`. `index` numbers every marker of a statement from 0 in order of
 * appearance (named ones too, as the native protocol does; across a whole BATCH); `name`
 * is folded like an identifier.
 */
export interface BindMarker {
  kind: 'bind';
  index: number;
  name?: string;
}

/**
 * A collection or tuple literal: `[a, b]`, `{a, b}`, `{k: v, ...}`, `(a, b)`. `{}` parses
 * as an empty map (the value conversion accepts it for a set type too). Tuples appear in
 * multi-column relations.
 */
export type CollectionTerm =
  | { kind: 'list'; items: Term[] }
  | { kind: 'set'; items: Term[] }
  | { kind: 'map'; entries: [Term, Term][] }
  | { kind: 'tuple'; items: Term[] };

export type Term = Literal | BindMarker | CollectionTerm;

/** A keyspace or table option value: a constant or a `{k: v, ...}` map of constants. */
export type OptionValue = Literal | { kind: 'map'; entries: [Literal, Literal][] };

export interface CreateKeyspaceStatement {
  kind: 'create_keyspace';
  keyspace: string;
  ifNotExists: boolean;
  /** The replication map with every key and value as a string ('3', not 3). */
  replication: Record<string, string>;
  /** Absent when not given (Cassandra's default is true). */
  durableWrites?: boolean;
}

/** `ALTER KEYSPACE [IF EXISTS] ks WITH replication = {...} [AND durable_writes = b]`. */
export interface AlterKeyspaceStatement {
  kind: 'alter_keyspace';
  keyspace: string;
  ifExists: boolean;
  /** The new replication map (strings, as in CREATE); absent to keep the current one. */
  replication?: Record<string, string>;
  /** Absent to keep the current value. */
  durableWrites?: boolean;
}

export interface ColumnDefinition {
  name: string;
  type: CqlType;
  static: boolean;
  /** Declared inline: `id int PRIMARY KEY`. */
  primaryKey: boolean;
}

/** `PRIMARY KEY ((a, b), c, d)`: partitionKey [a, b], clustering [c, d]. */
export interface PrimaryKeyClause {
  partitionKey: string[];
  clustering: string[];
}

export interface CreateTableStatement {
  kind: 'create_table';
  table: TableName;
  ifNotExists: boolean;
  columns: ColumnDefinition[];
  /** The `PRIMARY KEY (...)` clause, absent when the key is declared inline (or missing). */
  primaryKey?: PrimaryKeyClause;
  /** `WITH CLUSTERING ORDER BY (c DESC, d ASC)` as written; empty when not given. */
  clusteringOrder: { column: string; order: 'ASC' | 'DESC' }[];
  /** Every other `WITH name = value` option, keyed by lower-case name. */
  options: Record<string, OptionValue>;
}

/** A column added by ALTER TABLE ... ADD. */
export interface AddedColumn {
  name: string;
  type: CqlType;
  static: boolean;
}

/** What an ALTER TABLE does. */
export type AlterTableAction =
  /** `ADD c type [STATIC]` or `ADD (c1 t1, c2 t2 STATIC, ...)`. */
  | { kind: 'add'; columns: AddedColumn[] }
  /** `DROP c` or `DROP (c1, c2)`. */
  | { kind: 'drop'; columns: string[] }
  /** `WITH name = value [AND ...]`: the options to change, keyed by lower-case name. */
  | { kind: 'options'; options: Record<string, OptionValue> };

export interface AlterTableStatement {
  kind: 'alter_table';
  table: TableName;
  ifExists: boolean;
  action: AlterTableAction;
}

export interface DropKeyspaceStatement {
  kind: 'drop_keyspace';
  keyspace: string;
  ifExists: boolean;
}

export interface DropTableStatement {
  kind: 'drop_table';
  table: TableName;
  ifExists: boolean;
}

/** `TRUNCATE [TABLE] [ks.]t`. */
export interface TruncateStatement {
  kind: 'truncate';
  table: TableName;
}

export interface UseStatement {
  kind: 'use';
  keyspace: string;
}

export interface InsertStatement {
  kind: 'insert';
  table: TableName;
  columns: string[];
  values: Term[];
  ifNotExists: boolean;
  ttl?: Term;
  timestamp?: Term;
  /** Every bind marker of the statement in index order. */
  markers: BindMarker[];
}

/**
 * One `SET` assignment of an UPDATE:
 *   set          c = t
 *   add          c = c + t   (list append, set union, map put-all; a counter increment)
 *   prepend      c = t + c   (lists)
 *   subtract     c = c - t   (list/set removal; for a map, t is a set of keys)
 *   set_element  c[k] = t    (map put, list set by index)
 */
export type Assignment =
  | { kind: 'set'; column: string; term: Term }
  | { kind: 'add'; column: string; term: Term }
  | { kind: 'prepend'; column: string; term: Term }
  | { kind: 'subtract'; column: string; term: Term }
  | { kind: 'set_element'; column: string; key: Term; term: Term };

/** Operators of IF conditions (`!=` is allowed there, not in WHERE). */
export type ConditionOp = CompareOp | '!=';

/** One `IF` condition of an UPDATE or DELETE; `element` for `c[k] op t`. */
export type Condition =
  | { kind: 'compare'; column: string; element?: Term; op: ConditionOp; term: Term }
  | { kind: 'in'; column: string; element?: Term; terms: Term[] }
  | { kind: 'in_marker'; column: string; element?: Term; marker: BindMarker };

export interface UpdateStatement {
  kind: 'update';
  table: TableName;
  ttl?: Term;
  timestamp?: Term;
  assignments: Assignment[];
  where: Relation[];
  /** `IF EXISTS`. */
  ifExists: boolean;
  /** `IF cond AND ...`; empty when none. */
  conditions: Condition[];
  markers: BindMarker[];
}

/**
 * A selected expression. COUNT(*) and COUNT(1) are the same aggregate; `token` lists the
 * columns given to token(), checked against the partition key by the binder.
 */
export type Selector =
  | { kind: 'column'; column: string; alias?: string }
  | { kind: 'writetime'; column: string; alias?: string }
  | { kind: 'ttl'; column: string; alias?: string }
  | { kind: 'count'; alias?: string }
  | { kind: 'token'; columns: string[]; alias?: string };

export type CompareOp = '=' | '<' | '<=' | '>' | '>=';

/**
 * A WHERE relation:
 *   compare / in / in_marker   one column: `c op t`, `c IN (t, ...)`, `c IN ?`
 *   tuple_compare              `(c1, c2) op (t1, t2)` or `(c1, c2) op ?` (term: tuple or marker)
 *   tuple_in                   `(c1, c2) IN ((t1, t2), ...)` or `IN (?, ...)` (tuples or markers)
 *   tuple_in_marker            `(c1, c2) IN ?`
 *   token                      `token(c1, c2) op t`
 */
export type Relation =
  | { kind: 'compare'; column: string; op: CompareOp; term: Term }
  | { kind: 'in'; column: string; terms: Term[] }
  | { kind: 'in_marker'; column: string; marker: BindMarker }
  | { kind: 'tuple_compare'; columns: string[]; op: CompareOp; term: Term }
  | { kind: 'tuple_in'; columns: string[]; terms: Term[] }
  | { kind: 'tuple_in_marker'; columns: string[]; marker: BindMarker }
  | { kind: 'token'; columns: string[]; op: CompareOp; term: Term };

export interface Ordering {
  column: string;
  order: 'ASC' | 'DESC';
}

export interface SelectStatement {
  kind: 'select';
  table: TableName;
  distinct: boolean;
  /** 'all' for `SELECT *`. */
  selection: { kind: 'all' } | { kind: 'selectors'; selectors: Selector[] };
  where: Relation[];
  orderBy: Ordering[];
  perPartitionLimit?: Term;
  limit?: Term;
  allowFiltering: boolean;
  markers: BindMarker[];
}

/** What a DELETE removes from each row: a whole column, or `col[key]` of a collection. */
export type DeleteTarget = { kind: 'column'; column: string } | { kind: 'element'; column: string; key: Term };

export interface DeleteStatement {
  kind: 'delete';
  table: TableName;
  /** Empty: the whole row, partition or clustering range. */
  targets: DeleteTarget[];
  timestamp?: Term;
  where: Relation[];
  ifExists: boolean;
  /** `IF cond AND ...`; empty when none. */
  conditions: Condition[];
  markers: BindMarker[];
}

/** The statements a BATCH may hold. */
export type ModificationStatement = InsertStatement | UpdateStatement | DeleteStatement;

/**
 * `BEGIN [UNLOGGED | COUNTER] BATCH [USING TIMESTAMP t] stmt; ... APPLY BATCH`. Markers
 * are numbered over the whole batch; each statement's `markers` lists its own. A batch
 * TTL and a timestamp on both the batch and a statement are rejected by the parser.
 */
export interface BatchStatement {
  kind: 'batch';
  type: 'logged' | 'unlogged' | 'counter';
  timestamp?: Term;
  statements: ModificationStatement[];
  markers: BindMarker[];
}

export type Statement =
  | CreateKeyspaceStatement
  | AlterKeyspaceStatement
  | CreateTableStatement
  | AlterTableStatement
  | DropKeyspaceStatement
  | DropTableStatement
  | TruncateStatement
  | UseStatement
  | InsertStatement
  | UpdateStatement
  | SelectStatement
  | DeleteStatement
  | BatchStatement;

export type StatementKind = Statement['kind'];

/** Statements that may hold bind markers. */
export type DmlStatement = InsertStatement | UpdateStatement | SelectStatement | DeleteStatement | BatchStatement;

/** The bind markers of any statement (none for DDL), in index order. */
export function statementMarkers(stmt: Statement): BindMarker[] {
  switch (stmt.kind) {
    case 'insert':
    case 'update':
    case 'select':
    case 'delete':
    case 'batch':
      return stmt.markers;
    default:
      return [];
  }
}

/** CQL text of a term as Cassandra prints it in messages: `'a''b'`, `[1, 2]`, `{k: v}`, `?`. */
export function formatTerm(t: Term): string {
  switch (t.kind) {
    case 'literal':
      return t.type === 'string' ? `'${t.text.replaceAll("'", "''")}'` : t.text;
    case 'bind':
      return t.name === undefined ? '?' : `:${t.name}`;
    case 'list':
      return `[${t.items.map(formatTerm).join(', ')}]`;
    case 'set':
      return `{${t.items.map(formatTerm).join(', ')}}`;
    case 'map':
      return `{${t.entries.map(([k, v]) => `${formatTerm(k)}: ${formatTerm(v)}`).join(', ')}}`;
    case 'tuple':
      return `(${t.items.map(formatTerm).join(', ')})`;
  }
}

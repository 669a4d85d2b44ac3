// The AST the parser produces: one discriminated union on `kind` per grammar category.
//
// Contract: plain JSON-serializable data with no source positions (errors carry those).
// Identifiers are already folded (unquoted → lower case, "Quoted" keeps case). A field that
// CQL lets the user omit is optional (`keyspace` in a table name) or has a stated default.
// Later milestones grow the unions (UPDATE, BATCH, collection terms, functions); consumers
// should `switch` on `kind` with an exhaustive default.

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
 * appearance (named ones too, as the native protocol does); `name` is folded like an
 * identifier.
 */
export interface BindMarker {
  kind: 'bind';
  index: number;
  name?: string;
}

export type Term = Literal | BindMarker;

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

/** A selected expression; later milestones add functions (writetime, ttl, count, ...). */
export interface Selector {
  kind: 'column';
  column: string;
  alias?: string;
}

export type CompareOp = '=' | '<' | '<=' | '>' | '>=';

export type Relation =
  | { kind: 'compare'; column: string; op: CompareOp; term: Term }
  | { kind: 'in'; column: string; terms: Term[] }
  /** `col IN ?`: one marker bound to a list of values. */
  | { kind: 'in_marker'; column: string; marker: BindMarker };

export interface Ordering {
  column: string;
  order: 'ASC' | 'DESC';
}

export interface SelectStatement {
  kind: 'select';
  table: TableName;
  /** 'all' for `SELECT *`. */
  selection: { kind: 'all' } | { kind: 'selectors'; selectors: Selector[] };
  where: Relation[];
  orderBy: Ordering[];
  limit?: Term;
  allowFiltering: boolean;
  markers: BindMarker[];
}

/** What a DELETE removes from each row; later milestones add `col[key]`, `col.field`. */
export interface DeleteTarget {
  kind: 'column';
  column: string;
}

export interface DeleteStatement {
  kind: 'delete';
  table: TableName;
  /** Empty: the whole row (or partition). */
  targets: DeleteTarget[];
  timestamp?: Term;
  where: Relation[];
  ifExists: boolean;
  markers: BindMarker[];
}

export type Statement =
  | CreateKeyspaceStatement
  | CreateTableStatement
  | DropKeyspaceStatement
  | DropTableStatement
  | UseStatement
  | InsertStatement
  | SelectStatement
  | DeleteStatement;

export type StatementKind = Statement['kind'];

/** Statements that may hold bind markers. */
export type DmlStatement = InsertStatement | SelectStatement | DeleteStatement;

/** The bind markers of any statement (none for DDL), in index order. */
export function statementMarkers(stmt: Statement): BindMarker[] {
  switch (stmt.kind) {
    case 'insert':
    case 'select':
    case 'delete':
      return stmt.markers;
    default:
      return [];
  }
}

// WHERE clauses → restrictions with resolved, validated values, grouped as Cassandra's
// StatementRestrictions does: partition key (single columns, or one token() restriction),
// clustering columns (single-column or tuple relations), and other columns. Shared by the
// SELECT, UPDATE and DELETE binders, which then decide which shapes they accept.
//
// Contract: collectRestrictions resolves every term and throws InvalidRequest with
// Cassandra's messages for unknown columns, null values, malformed token() and tuple
// relations, and conflicting relations on one column, checking relations in WHERE order
// like Cassandra (so the first conflict reported is Cassandra's). It does not judge whether
// the combination is executable; see checkClusteringPrefix and the binders.

import { formatTerm, type Relation, type Term } from './ast.js';
import { bytesEqual } from './bytes.js';
import { InvalidRequest } from './errors.js';
import { termValue, type ParamResolver } from './params.js';
import { findColumn, type ColumnSchema, type TableSchema } from './schema.js';
import type { CqlType } from './types.js';
import { splitList } from './values.js';

export interface Bound {
  value: Uint8Array;
  inclusive: boolean;
}

/** A restriction on one partition-key or non-key column. */
export interface ColumnRestriction {
  column: ColumnSchema;
  /** `=` (one value) or IN (the distinct values, in order of appearance; maybe none). */
  values?: Uint8Array[];
  isIn: boolean;
  /** Lower (`>`, `>=`) and upper (`<`, `<=`) bounds, in the type's own order. */
  lower?: Bound;
  upper?: Bound;
}

/** A bound on a tuple of consecutive clustering columns (one value for a single column). */
export interface TupleBound {
  values: Uint8Array[];
  inclusive: boolean;
}

/**
 * A restriction on consecutive clustering columns: one column, or several when written
 * as a tuple. Either equality (`tuples`: one for =, the distinct ones for IN, maybe none)
 * or a slice (bounds over a prefix of `columns`, in the types' own order).
 */
export interface ClusteringRestriction {
  columns: ColumnSchema[];
  /** Written as a tuple: `(a, b) > (1, 2)`. */
  multi: boolean;
  tuples?: Uint8Array[][];
  isIn: boolean;
  lower?: TupleBound;
  upper?: TupleBound;
}

export interface TokenBound {
  token: bigint;
  inclusive: boolean;
}

/** `token(pk...) op t` relations, merged; `eq` when restricted by `=`. */
export interface TokenRestriction {
  columns: string[];
  eq: boolean;
  lower?: TokenBound;
  upper?: TokenBound;
}

export interface WhereRestrictions {
  /** Single-column restrictions on partition key columns, by name. */
  partitionKey: Map<string, ColumnRestriction>;
  token?: TokenRestriction;
  /** In order of their first column's position. */
  clustering: ClusteringRestriction[];
  /** Restrictions on regular and static columns, by name. */
  nonKey: Map<string, ColumnRestriction>;
}

export const REQUIRES_ALLOW_FILTERING_MESSAGE =
  'Cannot execute this query as it might involve data filtering and thus may have unpredictable performance. ' +
  'If you want to execute this query despite the performance unpredictability, use ALLOW FILTERING';

/** The ColumnSpecification name Cassandra gives token() bounds. */
export const TOKEN_SPEC_NAME = 'partition key token';

const BIGINT: CqlType = { kind: 'native', name: 'bigint' };

export function undefinedColumn(name: string): InvalidRequest {
  return new InvalidRequest(`Undefined column name ${name}`);
}

export function nullInCondition(column: string): InvalidRequest {
  return new InvalidRequest(`Invalid null value in condition for column ${column}`);
}

/** Bind markers standing for a whole tuple would need a tuple type, which CqlType lacks. */
export function wholeTupleMarker(columns: readonly string[]): InvalidRequest {
  const names = columns.join(', ');
  return new InvalidRequest(`Bind markers for whole tuples are not supported yet: bind each column of (${names}) with its own marker`);
}

function nonNull(value: Uint8Array | null, column: string): Uint8Array {
  if (value === null) throw nullInCondition(column);
  return value;
}

export function findExistingColumn(table: TableSchema, name: string): ColumnSchema {
  const column = findColumn(table, name);
  if (column === undefined) throw undefinedColumn(name);
  return column;
}

/** Drops repeated values (tuples), keeping the first occurrence of each. */
function distinct<T extends Uint8Array | Uint8Array[]>(values: T[]): T[] {
  const same = (a: T, b: T): boolean =>
    a instanceof Uint8Array
      ? bytesEqual(a, b as Uint8Array)
      : a.length === (b as Uint8Array[]).length && a.every((v, i) => bytesEqual(v, (b as Uint8Array[])[i] as Uint8Array));
  const out: T[] = [];
  for (const v of values) if (!out.some((o) => same(o, v))) out.push(v);
  return out;
}

function isSliceOp(op: string): boolean {
  return op !== '=';
}

export function collectRestrictions(
  where: readonly Relation[],
  table: TableSchema,
  resolve: ParamResolver,
  allowFiltering: boolean,
): WhereRestrictions {
  const out: WhereRestrictions = { partitionKey: new Map(), clustering: [], nonKey: new Map() };
  for (const rel of where) {
    switch (rel.kind) {
      case 'compare':
      case 'in':
      case 'in_marker': {
        const column = findExistingColumn(table, rel.column);
        if (column.kind === 'clustering') {
          addClustering(out, singleClustering(rel, column, resolve), rel, allowFiltering);
        } else if (column.kind === 'partition_key') {
          if (out.token !== undefined) throw mixedToken(out.token.columns);
          addSingle(out.partitionKey, rel, column, resolve);
        } else {
          addSingle(out.nonKey, rel, column, resolve);
        }
        break;
      }
      case 'token':
        addToken(out, table, rel, resolve);
        break;
      default:
        addClustering(out, multiClustering(rel, table, resolve), rel, allowFiltering);
    }
  }
  return out;
}

function mixedToken(columns: readonly string[]): InvalidRequest {
  return new InvalidRequest(`Columns "${columns.join(', ')}" cannot be restricted by both a normal relation and a token relation`);
}

type SingleRelation = Extract<Relation, { kind: 'compare' | 'in' | 'in_marker' }>;

/** The IN values of `c IN (...)` or `c IN ?`, distinct and non-null. */
function inValues(rel: Extract<Relation, { kind: 'in' | 'in_marker' }>, column: ColumnSchema, resolve: ParamResolver): Uint8Array[] {
  const name = column.name;
  if (rel.kind === 'in') return distinct(rel.terms.map((t) => nonNull(termValue(t, column.type, name, resolve), name)));
  const listType: CqlType = { kind: 'list', element: column.type };
  const list = nonNull(termValue(rel.marker, listType, `in(${name})`, resolve), name);
  return distinct(splitList(listType, list));
}

/** Merges a single-column relation on a partition key or non-key column. */
function addSingle(into: Map<string, ColumnRestriction>, rel: SingleRelation, column: ColumnSchema, resolve: ParamResolver): void {
  const name = column.name;
  const existing = into.get(name);
  const isSlice = rel.kind === 'compare' && isSliceOp(rel.op);
  if (existing !== undefined) {
    if (existing.values !== undefined && !existing.isIn) {
      throw new InvalidRequest(`${name} cannot be restricted by more than one relation if it includes an Equal`);
    }
    if (existing.isIn) throw new InvalidRequest(`${name} cannot be restricted by more than one relation if it includes a IN`);
    if (!isSlice) throw new InvalidRequest(`Column "${name}" cannot be restricted by both an equality and an inequality relation`);
  }
  const r: ColumnRestriction = existing ?? { column, isIn: false };
  into.set(name, r);
  if (rel.kind !== 'compare') {
    r.isIn = true;
    r.values = inValues(rel, column, resolve);
    return;
  }
  const value = nonNull(termValue(rel.term, column.type, name, resolve), name);
  if (rel.op === '=') {
    r.values = [value];
  } else if (rel.op === '>' || rel.op === '>=') {
    if (r.lower !== undefined) throw new InvalidRequest(`More than one restriction was found for the start bound on ${name}`);
    r.lower = { value, inclusive: rel.op === '>=' };
  } else {
    if (r.upper !== undefined) throw new InvalidRequest(`More than one restriction was found for the end bound on ${name}`);
    r.upper = { value, inclusive: rel.op === '<=' };
  }
}

function singleClustering(rel: SingleRelation, column: ColumnSchema, resolve: ParamResolver): ClusteringRestriction {
  const r: ClusteringRestriction = { columns: [column], multi: false, isIn: false };
  if (rel.kind !== 'compare') {
    r.isIn = true;
    r.tuples = inValues(rel, column, resolve).map((v) => [v]);
    return r;
  }
  const value = nonNull(termValue(rel.term, column.type, column.name, resolve), column.name);
  if (rel.op === '=') r.tuples = [[value]];
  else if (rel.op === '>' || rel.op === '>=') r.lower = { values: [value], inclusive: rel.op === '>=' };
  else r.upper = { values: [value], inclusive: rel.op === '<=' };
  return r;
}

type MultiRelation = Extract<Relation, { kind: 'tuple_compare' | 'tuple_in' | 'tuple_in_marker' }>;

/** Cassandra's text of a tuple relation, for messages: `(a, b) > (1, 2)`. */
function relationText(rel: MultiRelation): string {
  const columns = `(${rel.columns.join(', ')})`;
  if (rel.kind === 'tuple_compare') return `${columns} ${rel.op} ${formatTerm(rel.term)}`;
  if (rel.kind === 'tuple_in_marker') return `${columns} IN ${formatTerm(rel.marker)}`;
  return `${columns} IN (${rel.terms.map(formatTerm).join(', ')})`;
}

/** The clustering columns of a tuple relation, checked as Cassandra's MultiColumnRelation does. */
function tupleColumns(rel: MultiRelation, table: TableSchema): ColumnSchema[] {
  const out: ColumnSchema[] = [];
  rel.columns.forEach((name, i) => {
    const column = findExistingColumn(table, name);
    if (column.kind !== 'clustering') {
      throw new InvalidRequest(`Multi-column relations can only be applied to clustering columns but was applied to: ${column.name}`);
    }
    if (rel.columns.indexOf(name) !== i) throw new InvalidRequest(`Column "${name}" appeared twice in a relation: ${relationText(rel)}`);
    const previous = out[out.length - 1];
    if (previous !== undefined && column.position !== previous.position + 1) {
      throw new InvalidRequest(`Clustering columns must appear in the PRIMARY KEY order in multi-column relations: (${rel.columns.join(', ')})`);
    }
    out.push(column);
  });
  return out;
}

/** The values of a tuple literal for `columns`; markers for whole tuples are refused. */
function tupleValues(term: Term, columns: ColumnSchema[], resolve: ParamResolver): Uint8Array[] {
  if (term.kind === 'bind') throw wholeTupleMarker(columns.map((c) => c.name));
  if (term.kind !== 'tuple') throw new InvalidRequest(`Invalid tuple literal ${formatTerm(term)}`);
  if (term.items.length !== columns.length) {
    throw new InvalidRequest(`Expected ${columns.length} elements in value tuple, but got ${term.items.length}: ${formatTerm(term)}`);
  }
  return term.items.map((item, i) => {
    const column = columns[i] as ColumnSchema;
    return nonNull(termValue(item, column.type, column.name, resolve), column.name);
  });
}

function multiClustering(rel: MultiRelation, table: TableSchema, resolve: ParamResolver): ClusteringRestriction {
  const columns = tupleColumns(rel, table);
  const r: ClusteringRestriction = { columns, multi: true, isIn: false };
  if (rel.kind === 'tuple_in_marker') throw wholeTupleMarker(rel.columns);
  if (rel.kind === 'tuple_in') {
    r.isIn = true;
    r.tuples = distinct(rel.terms.map((t) => tupleValues(t, columns, resolve)));
    return r;
  }
  const values = tupleValues(rel.term, columns, resolve);
  if (rel.op === '=') r.tuples = [values];
  else if (rel.op === '>' || rel.op === '>=') r.lower = { values, inclusive: rel.op === '>=' };
  else r.upper = { values, inclusive: rel.op === '<=' };
  return r;
}

function isSlice(r: ClusteringRestriction): boolean {
  return r.tuples === undefined;
}

function first(r: ClusteringRestriction): ColumnSchema {
  return r.columns[0] as ColumnSchema;
}

function last(r: ClusteringRestriction): ColumnSchema {
  return r.columns[r.columns.length - 1] as ColumnSchema;
}

/**
 * Adds a clustering restriction, merging it with one on the same columns the way
 * Cassandra's restriction merging does, and (without ALLOW FILTERING) applying Cassandra's
 * order checks against the restrictions already there.
 */
function addClustering(out: WhereRestrictions, r: ClusteringRestriction, rel: Relation, allowFiltering: boolean): void {
  const overlapping = out.clustering.find((e) => e.columns.some((c) => r.columns.includes(c)));
  if (overlapping !== undefined) {
    mergeClustering(overlapping, r, rel);
    return;
  }
  if (!allowFiltering && out.clustering.length > 0) {
    const latest = out.clustering[out.clustering.length - 1] as ClusteringRestriction;
    if (isSlice(latest) && first(r).position > first(latest).position) {
      throw new InvalidRequest(
        `Clustering column "${first(r).name}" cannot be restricted (preceding column "${first(latest).name}" is restricted by a non-EQ relation)`,
      );
    }
    if (first(r).position < first(latest).position && isSlice(r)) {
      const next = out.clustering.find((e) => first(e).position > last(r).position) as ClusteringRestriction;
      throw new InvalidRequest(
        `PRIMARY KEY column "${first(next).name}" cannot be restricted (preceding column "${first(r).name}" is restricted by a non-EQ relation)`,
      );
    }
  }
  out.clustering.push(r);
  out.clustering.sort((a, b) => first(a).position - first(b).position);
}

/** Cassandra's merge of two restrictions sharing clustering columns: only slices merge. */
function mergeClustering(existing: ClusteringRestriction, r: ClusteringRestriction, rel: Relation): void {
  const common = existing.columns.filter((c) => r.columns.includes(c)).map((c) => c.name).join(', ');
  if (!isSlice(existing)) {
    const what = existing.isIn ? 'a IN' : 'an Equal';
    throw new InvalidRequest(`${common} cannot be restricted by more than one relation if it includes ${what}`);
  }
  if (!isSlice(r)) throw new InvalidRequest(`Column "${common}" cannot be restricted by both an equality and an inequality relation`);
  if (first(existing) !== first(r)) {
    const later = first(existing).position > first(r).position ? first(existing) : first(r);
    throw new InvalidRequest(`Column "${later.name}" cannot be restricted by two inequalities not starting with the same column`);
  }
  if (!existing.multi && r.multi) {
    const text = rel.kind === 'tuple_compare' ? relationText(rel) : common;
    throw new InvalidRequest(`Column "${common}" cannot be restricted by both a tuple notation inequality and a single column inequality (${text})`);
  }
  if (existing.lower !== undefined && r.lower !== undefined) {
    throw new InvalidRequest(`More than one restriction was found for the start bound on ${common}`);
  }
  if (existing.upper !== undefined && r.upper !== undefined) {
    throw new InvalidRequest(`More than one restriction was found for the end bound on ${common}`);
  }
  if (r.lower !== undefined) existing.lower = r.lower;
  if (r.upper !== undefined) existing.upper = r.upper;
  if (r.columns.length > existing.columns.length) existing.columns = r.columns;
  existing.multi = existing.multi || r.multi;
}

/** Checks a token() relation's columns (Cassandra's TokenRelation) and merges its bound. */
function addToken(out: WhereRestrictions, table: TableSchema, rel: Extract<Relation, { kind: 'token' }>, resolve: ParamResolver): void {
  const columns = rel.columns.map((n) => findExistingColumn(table, n).name);
  const pk = table.partitionKey;
  if (columns.length !== pk.length || columns.some((c, i) => c !== pk[i])) {
    if (!pk.every((c) => columns.includes(c))) {
      throw new InvalidRequest('The token() function must be applied to all partition key components or none of them');
    }
    if (new Set(columns).size !== columns.length) throw new InvalidRequest('The token() function contains duplicate partition key components');
    if (!columns.every((c) => pk.includes(c))) throw new InvalidRequest('The token() function must contains only partition key components');
    throw new InvalidRequest(`The token function arguments must be in the partition key order: ${pk.join(', ')}`);
  }
  if (out.partitionKey.size > 0) throw mixedToken(columns);
  const bytes = termValue(rel.term, BIGINT, TOKEN_SPEC_NAME, resolve);
  if (bytes === null) throw new InvalidRequest('Invalid null token value');
  const token = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigInt64(0);
  const names = columns.join(', ');
  const t = out.token ?? { columns, eq: false };
  if (out.token !== undefined) {
    if (t.eq) throw new InvalidRequest(`${names} cannot be restricted by more than one relation if it includes an Equal`);
    if (rel.op === '=') throw new InvalidRequest(`Columns "${names}" cannot be restricted by both an equality and an inequality relation`);
  }
  out.token = t;
  if (rel.op === '=') {
    t.eq = true;
    t.lower = { token, inclusive: true };
    t.upper = { token, inclusive: true };
  } else if (rel.op === '>' || rel.op === '>=') {
    if (t.lower !== undefined) throw new InvalidRequest(`More than one restriction was found for the start bound on ${names}`);
    t.lower = { token, inclusive: rel.op === '>=' };
  } else {
    if (t.upper !== undefined) throw new InvalidRequest(`More than one restriction was found for the end bound on ${names}`);
    t.upper = { token, inclusive: rel.op === '<=' };
  }
}

export function isSliceRestriction(r: ColumnRestriction): boolean {
  return r.lower !== undefined || r.upper !== undefined;
}

export function isClusteringSlice(r: ClusteringRestriction): boolean {
  return isSlice(r);
}

/** The clustering columns restricted by some relation, in key order. */
function restrictedClustering(restrictions: WhereRestrictions): ColumnSchema[] {
  return restrictions.clustering.flatMap((r) => r.columns);
}

/**
 * True unless the clustering restrictions form a prefix of the clustering columns (with at
 * most one slice, last): Cassandra's ClusteringColumnRestrictions.needFiltering.
 */
export function clusteringNeedsFiltering(restrictions: WhereRestrictions): boolean {
  let position = 0;
  for (const r of restrictions.clustering) {
    if (first(r).position !== position) return true;
    if (!isSlice(r)) position = last(r).position + 1;
  }
  return false;
}

/**
 * Throws Cassandra's message when clustering restrictions skip a column (used where
 * filtering is not allowed): `PRIMARY KEY column "b" cannot be restricted as preceding
 * column "a" is not restricted`.
 */
export function checkClusteringPrefix(table: TableSchema, restrictions: WhereRestrictions): void {
  const restricted = restrictedClustering(restrictions);
  restricted.forEach((column, i) => {
    const expected = table.clustering[i] as string;
    if (column.name !== expected) {
      throw new InvalidRequest(`PRIMARY KEY column "${column.name}" cannot be restricted as preceding column "${expected}" is not restricted`);
    }
  });
}

/** True when `column` is restricted by `=` (alone or in a tuple), as ORDER BY checks. */
export function isRestrictedByEq(restrictions: WhereRestrictions, column: string): boolean {
  const r = restrictions.clustering.find((e) => e.columns.some((c) => c.name === column));
  return r !== undefined && !r.isIn && r.tuples?.length === 1;
}

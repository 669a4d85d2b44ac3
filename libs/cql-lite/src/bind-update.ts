// Binding UPDATE to a table: one row (or the static row) and an operation per assignment.
//
// Contract: bindUpdate returns a BoundUpdate or throws InvalidRequest with Cassandra's
// message ("Invalid operation (l = l + 1) for non counter column l", "PRIMARY KEY part k
// found in SET part", ...). IF conditions, counters and IN are rejected as not supported
// yet. An UPDATE does not write a row marker: a row whose cells are all deleted is gone.

import { formatTerm, type Assignment, type UpdateStatement } from './ast.js';
import {
  bindUsing,
  clusteringTypes,
  countersNotSupported,
  equalityPrefix,
  isCounterColumn,
  keyValue,
  lwtNotSupported,
  modificationWhere,
} from './bind.js';
import { encodeClustering } from './clustering.js';
import { InvalidRequest } from './errors.js';
import { termValue, type ParamResolver } from './params.js';
import { findExistingColumn } from './restrictions.js';
import type { ColumnSchema, TableSchema } from './schema.js';
import { isCollectionType, isNonFrozenCollection, unfrozen, type CqlType } from './types.js';

/**
 * One operation on one column, values serialized (collections in native-protocol form):
 *   set             replace the value (a non-frozen collection: drop its elements, then
 *                   write these); null deletes the column
 *   append          list: append the elements; set: add them; map: put the entries
 *   prepend         list: prepend the elements
 *   remove          list: remove every occurrence of each element; set: remove the
 *                   elements; map: remove the keys (value is a set of keys)
 *   put_element     map: key → value; list: replace the element at index `key` (an int)
 *   delete_element  map: remove `key`; list: remove the element at index `key`
 * Appending, prepending or removing null does nothing, so those operations are left out.
 */
export type BoundOperation =
  | { kind: 'set'; column: string; value: Uint8Array | null }
  | { kind: 'append'; column: string; value: Uint8Array }
  | { kind: 'prepend'; column: string; value: Uint8Array }
  | { kind: 'remove'; column: string; value: Uint8Array }
  | { kind: 'put_element'; column: string; key: Uint8Array; value: Uint8Array }
  | { kind: 'delete_element'; column: string; key: Uint8Array };

export interface BoundUpdate {
  /** Serialized values in partition-key order. */
  partitionKey: Uint8Array[];
  /** The row's full clustering key; empty for the static row or a table without clustering. */
  clustering: Uint8Array;
  /** In statement order. Static columns belong to the partition's static row. */
  operations: BoundOperation[];
  /** USING TIMESTAMP, microseconds since the epoch. */
  timestamp?: bigint;
  /** USING TTL in seconds; 0 means "no TTL". */
  ttlSeconds?: number;
}

const INT: CqlType = { kind: 'native', name: 'int' };

/** Binds an UPDATE (calling resolve.checkMarkers first). */
export function bindUpdate(stmt: UpdateStatement, table: TableSchema, resolve: ParamResolver): BoundUpdate {
  resolve.checkMarkers?.(stmt.markers);
  return bindUpdateUnchecked(stmt, table, resolve);
}

/** bindUpdate without the marker-count check (a BATCH checks all its markers at once). */
export function bindUpdateUnchecked(stmt: UpdateStatement, table: TableSchema, resolve: ParamResolver): BoundUpdate {
  if (stmt.ifExists) throw lwtNotSupported('IF EXISTS');
  if (stmt.conditions.length > 0) throw lwtNotSupported('IF conditions');
  const columns: ColumnSchema[] = [];
  const operations: BoundOperation[] = [];
  for (const a of stmt.assignments) {
    const column = findExistingColumn(table, a.column);
    if (column.kind === 'partition_key' || column.kind === 'clustering') {
      throw new InvalidRequest(`PRIMARY KEY part ${column.name} found in SET part`);
    }
    columns.push(column);
    const op = operation(a, column, resolve);
    if (op !== undefined) operations.push(op);
  }
  const onlyStatic = columns.every((c) => c.kind === 'static');
  const { partitionKey, restrictions } = modificationWhere('UPDATE', stmt.where, table, resolve, onlyStatic);
  const prefix = equalityPrefix(restrictions);
  const clustering =
    prefix.length === 0 ? new Uint8Array(0) : encodeClustering(clusteringTypes(table), table.clusteringOrder, prefix);
  return { partitionKey, clustering, operations, ...bindUsing(stmt, resolve) };
}

/** Cassandra's text of an assignment, for messages: `l = l + [1]`, `m['k'] = 2`. */
function assignmentText(a: Assignment): string {
  switch (a.kind) {
    case 'set':
      return `${a.column} = ${formatTerm(a.term)}`;
    case 'add':
      return `${a.column} = ${a.column} + ${formatTerm(a.term)}`;
    case 'subtract':
      return `${a.column} = ${a.column} - ${formatTerm(a.term)}`;
    case 'prepend':
      return `${a.column} = ${formatTerm(a.term)} + ${a.column}`;
    case 'set_element':
      return `${a.column}[${formatTerm(a.key)}] = ${formatTerm(a.term)}`;
  }
}

function invalidOperation(a: Assignment, what: string): InvalidRequest {
  return new InvalidRequest(`Invalid operation (${assignmentText(a)}) for ${what} ${a.column}`);
}

/** The bound operation of one assignment; undefined when it does nothing (adding null). */
function operation(a: Assignment, column: ColumnSchema, resolve: ParamResolver): BoundOperation | undefined {
  const name = column.name;
  const type = column.type;
  const counter = isCounterColumn(column);
  if (a.kind === 'set') {
    if (counter) throw new InvalidRequest(`Cannot set the value of counter column ${name} (counters can only be incremented/decremented, not set)`);
    return { kind: 'set', column: name, value: termValue(a.term, type, name, resolve) };
  }
  if (a.kind === 'set_element') return elementOperation(a, column, resolve);
  const t = unfrozen(type);
  if (a.kind === 'prepend') {
    if (t.kind !== 'list') throw invalidOperation(a, 'non list column');
    if (!isNonFrozenCollection(type)) throw invalidOperation(a, 'frozen list column');
  } else if (!isCollectionType(type)) {
    if (!counter) throw invalidOperation(a, 'non counter column');
    throw countersNotSupported();
  } else if (!isNonFrozenCollection(type)) {
    throw invalidOperation(a, 'frozen collection column');
  }
  // The value of a map subtraction is the set of keys to remove.
  const valueType: CqlType = a.kind === 'subtract' && t.kind === 'map' ? { kind: 'set', element: t.key } : type;
  const value = termValue(a.term, valueType, name, resolve);
  if (value === null) return undefined;
  const kind = a.kind === 'add' ? 'append' : a.kind === 'subtract' ? 'remove' : 'prepend';
  return { kind, column: name, value };
}

/** `c[k] = v`: a map put or a list replacement by index; null deletes the element. */
function elementOperation(a: Extract<Assignment, { kind: 'set_element' }>, column: ColumnSchema, resolve: ParamResolver): BoundOperation {
  const name = column.name;
  if (!isCollectionType(column.type)) throw invalidOperation(a, 'non collection column');
  if (!isNonFrozenCollection(column.type)) throw invalidOperation(a, 'frozen collection column');
  const t = unfrozen(column.type);
  let key: Uint8Array | null;
  let value: Uint8Array | null;
  if (t.kind === 'list') {
    key = termValue(a.key, INT, `idx(${name})`, resolve);
    if (key === null) throw new InvalidRequest('Invalid null value for list index');
    value = termValue(a.term, t.element, `value(${name})`, resolve);
  } else if (t.kind === 'map') {
    key = termValue(a.key, t.key, `key(${name})`, resolve);
    if (key === null) throw new InvalidRequest('Invalid null map key');
    value = termValue(a.term, t.value, `value(${name})`, resolve);
  } else {
    throw invalidOperation(a, 'set column');
  }
  key = keyValue(key, name);
  return value === null ? { kind: 'delete_element', column: name, key } : { kind: 'put_element', column: name, key, value };
}

// Binding DELETE to a table: which partition, which rows (one row, a clustering range, or
// the whole partition), and which columns or collection elements.
//
// Contract: bindDelete returns a BoundDelete or throws InvalidRequest with Cassandra's
// message (Cassandra 4 semantics: a clustering prefix or slice deletes a range of rows;
// specific columns need one row). IF conditions and IN are rejected as not supported yet.

import type { DeleteStatement, Term } from './ast.js';
import { clusteringTypes, bindUsing, equalityPrefix, keyValue, lwtNotSupported, modificationWhere } from './bind.js';
import { encodeClustering } from './clustering.js';
import { clusteringSlices } from './clustering-slices.js';
import { InvalidRequest } from './errors.js';
import { termValue, type ParamResolver } from './params.js';
import { checkClusteringPrefix, clusteringNeedsFiltering, findExistingColumn } from './restrictions.js';
import type { ColumnSchema, TableSchema } from './schema.js';
import type { ClusteringSlice } from './slice.js';
import { isCollectionType, isNonFrozenCollection, unfrozen, type CqlType } from './types.js';

export interface BoundDelete {
  /**
   * What is deleted: the whole partition; one row (`clustering`: its full key, or the empty
   * key for a table without clustering columns or for the static row); or the rows in
   * `slices` (a range tombstone per slice).
   */
  scope: 'partition' | 'row' | 'range';
  partitionKey: Uint8Array[];
  /** The row's clustering key, present exactly when scope is 'row'. */
  clustering?: Uint8Array;
  /** Present exactly when scope is 'range': non-empty slices in stored order (maybe none). */
  slices?: ClusteringSlice[];
  /** Whole columns to delete from the row; with `elements` empty too, the whole scope goes. */
  columns: string[];
  /** Collection elements to delete from the row: a map key, a set element, a list index (int). */
  elements: { column: string; key: Uint8Array }[];
  timestamp?: bigint;
}

const INT: CqlType = { kind: 'native', name: 'int' };

/** Binds a DELETE (calling resolve.checkMarkers first). */
export function bindDelete(stmt: DeleteStatement, table: TableSchema, resolve: ParamResolver): BoundDelete {
  resolve.checkMarkers?.(stmt.markers);
  return bindDeleteUnchecked(stmt, table, resolve);
}

/** bindDelete without the marker-count check (a BATCH checks all its markers at once). */
export function bindDeleteUnchecked(stmt: DeleteStatement, table: TableSchema, resolve: ParamResolver): BoundDelete {
  if (stmt.ifExists) throw lwtNotSupported('IF EXISTS');
  if (stmt.conditions.length > 0) throw lwtNotSupported('IF conditions');
  const columns: string[] = [];
  const elements: BoundDelete['elements'] = [];
  const targeted: ColumnSchema[] = [];
  for (const target of stmt.targets) {
    const column = findExistingColumn(table, target.column);
    if (column.kind === 'partition_key' || column.kind === 'clustering') {
      throw new InvalidRequest(`Invalid identifier ${column.name} for deletion (should not be a PRIMARY KEY part)`);
    }
    targeted.push(column);
    if (target.kind === 'column') {
      if (!columns.includes(column.name)) columns.push(column.name);
      continue;
    }
    elements.push({ column: column.name, key: elementKey(column, target.key, resolve) });
  }

  const onlyStatic = targeted.length > 0 && targeted.every((c) => c.kind === 'static');
  const { partitionKey, restrictions } = modificationWhere('DELETE', stmt.where, table, resolve, onlyStatic);
  if (clusteringNeedsFiltering(restrictions)) checkClusteringPrefix(table, restrictions);
  const out: BoundDelete = { scope: 'row', partitionKey, columns, elements, ...bindUsing(stmt, resolve) };
  const specific = targeted.length > 0;
  const prefix = equalityPrefix(restrictions);
  if (restrictions.clustering.length === 0) {
    if (!specific) return { ...out, scope: 'partition' };
    if (table.clustering.length > 0 && !onlyStatic) throw new InvalidRequest('Range deletions are not supported for specific columns');
    return { ...out, clustering: new Uint8Array(0) };
  }
  if (prefix.length === table.clustering.length) {
    return { ...out, clustering: encodeClustering(clusteringTypes(table), table.clusteringOrder, prefix) };
  }
  if (specific) throw new InvalidRequest('Range deletions are not supported for specific columns');
  return { ...out, scope: 'range', slices: clusteringSlices(table, restrictions).slices };
}

/** The key of `column[key]` in a DELETE: a list index, a set element or a map key. */
function elementKey(column: ColumnSchema, key: Term, resolve: ParamResolver): Uint8Array {
  if (!isCollectionType(column.type)) throw new InvalidRequest(`Invalid deletion operation for non collection column ${column.name}`);
  if (!isNonFrozenCollection(column.type)) throw new InvalidRequest(`Invalid deletion operation for frozen collection column ${column.name}`);
  const t = unfrozen(column.type);
  let bytes: Uint8Array | null;
  let nullMessage: string;
  if (t.kind === 'list') {
    bytes = termValue(key, INT, `idx(${column.name})`, resolve);
    nullMessage = 'Invalid null value for list index';
  } else if (t.kind === 'set') {
    bytes = termValue(key, t.element, `value(${column.name})`, resolve);
    nullMessage = 'Invalid null set element';
  } else if (t.kind === 'map') {
    bytes = termValue(key, t.key, `key(${column.name})`, resolve);
    nullMessage = 'Invalid null map key';
  } else {
    throw new Error(`elementKey: ${column.name} is not a collection`);
  }
  if (bytes === null) throw new InvalidRequest(nullMessage);
  return keyValue(bytes, column.name);
}

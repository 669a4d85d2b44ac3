// Binding BATCH: every statement against its own table, with the batch's markers checked
// once (they are numbered over the whole batch).
//
// Contract: bindBatch returns each statement bound as its own binder would, in order, with
// the batch's USING TIMESTAMP copied onto every statement (the parser already refused a
// timestamp on both); or throws InvalidRequest. COUNTER batches are not supported yet.

import type { BatchStatement, TableName } from './ast.js';
import { bindInsertUnchecked, bindTimestamp, countersNotSupported, type BoundInsert } from './bind.js';
import { bindDeleteUnchecked, type BoundDelete } from './bind-delete.js';
import { bindUpdateUnchecked, type BoundUpdate } from './bind-update.js';
import type { ParamResolver } from './params.js';
import type { TableSchema } from './schema.js';

/** Finds the schema of a table a statement names, throwing InvalidRequest if there is none. */
export type TableLookup = (name: TableName) => TableSchema;

export type BoundBatchStatement =
  | { kind: 'insert'; table: TableSchema; bound: BoundInsert }
  | { kind: 'update'; table: TableSchema; bound: BoundUpdate }
  | { kind: 'delete'; table: TableSchema; bound: BoundDelete };

export interface BoundBatch {
  /** LOGGED batches are applied atomically (through a batch log); UNLOGGED ones need not be. */
  type: 'logged' | 'unlogged';
  statements: BoundBatchStatement[];
  /** The batch's USING TIMESTAMP (also set on every statement). */
  timestamp?: bigint;
}

export function bindBatch(stmt: BatchStatement, tables: TableLookup, resolve: ParamResolver): BoundBatch {
  resolve.checkMarkers?.(stmt.markers);
  if (stmt.type === 'counter') throw countersNotSupported();
  const timestamp = stmt.timestamp === undefined ? undefined : bindTimestamp(stmt.timestamp, resolve);
  const at = timestamp === undefined ? {} : { timestamp };
  const statements = stmt.statements.map((s): BoundBatchStatement => {
    const table = tables(s.table);
    switch (s.kind) {
      case 'insert':
        return { kind: 'insert', table, bound: { ...bindInsertUnchecked(s, table, resolve), ...at } };
      case 'update':
        return { kind: 'update', table, bound: { ...bindUpdateUnchecked(s, table, resolve), ...at } };
      case 'delete':
        return { kind: 'delete', table, bound: { ...bindDeleteUnchecked(s, table, resolve), ...at } };
    }
  });
  return { type: stmt.type, statements, ...at };
}

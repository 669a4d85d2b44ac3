// The storage mutations INSERT, UPDATE and DELETE make, from their bound forms.
//
// Collections are stored as one cell holding the whole serialized value (as a frozen
// collection is), so whole-value writes are plain cell writes. Element operations (append,
// prepend, remove, put or delete an element) need the current value: the caller reads the row
// first (`needsCurrentRow`) and passes its cells; the new whole value is then written. Unlike
// Cassandra's per-element cells, two concurrent element updates of one collection may lose one
// of them (the later timestamp wins the whole value).
import {
  InvalidRequest,
  findColumn,
  joinList,
  joinSet,
  joinSortedMap,
  splitList,
  splitMap,
  unfrozen,
  type BoundDelete,
  type BoundInsert,
  type BoundOperation,
  type BoundUpdate,
  type CqlType,
  type TableSchema,
} from '@cassia/cql-lite';
import type { Cell, DeletionTime, Mutation, RangeTombstone, RowUpdate } from '@cassia/lsm';
import { murmur3Token, serializePartitionKey } from '@cassia/ring';

/** When and how long what a statement writes lives. */
export interface WriteTime {
  /** Microseconds since the epoch. */
  readonly timestamp: bigint;
  readonly nowSeconds: number;
  /** 0: no TTL. */
  readonly ttlSeconds: number;
}

/** The current cells of the row an element operation changes (column → value). */
export type CurrentRow = ReadonlyMap<string, Uint8Array>;

export function mutationFor(
  table: TableSchema,
  partitionKeyValues: readonly Uint8Array[],
  rows: RowUpdate[],
  deletion?: { partitionDeletion?: DeletionTime; rangeTombstones?: RangeTombstone[] },
): Mutation {
  const partitionKey = serializePartitionKey([...partitionKeyValues]);
  return {
    tableId: table.id,
    token: murmur3Token(partitionKey),
    partitionKey,
    ...(deletion?.partitionDeletion === undefined ? {} : { partitionDeletion: deletion.partitionDeletion }),
    ...(deletion?.rangeTombstones === undefined || deletion.rangeTombstones.length === 0 ? {} : { rangeTombstones: deletion.rangeTombstones }),
    rows,
  };
}

function cellOf(value: Uint8Array | null, t: WriteTime): Cell {
  if (value === null) return { value: null, timestamp: t.timestamp, ttlSeconds: 0, localDeletionTime: t.nowSeconds };
  return { value, timestamp: t.timestamp, ttlSeconds: t.ttlSeconds, localDeletionTime: t.ttlSeconds > 0 ? t.nowSeconds + t.ttlSeconds : 0 };
}

/** INSERT: the row's liveness (the primary key exists) and its cells. */
export function insertMutation(table: TableSchema, bound: BoundInsert, t: WriteTime): Mutation {
  const expiresAt = t.ttlSeconds > 0 ? t.nowSeconds + t.ttlSeconds : 0;
  const row: RowUpdate = {
    clustering: bound.clustering,
    liveness: { timestamp: t.timestamp, ttlSeconds: t.ttlSeconds, localExpirationTime: expiresAt },
    cells: bound.cells.map((c) => ({ column: c.column, cell: cellOf(c.value, t) })),
  };
  return mutationFor(table, bound.partitionKey, [row]);
}

/** Whether an UPDATE or DELETE changes collection elements (so the current row must be read). */
export function needsCurrentRow(bound: BoundUpdate | BoundDelete): boolean {
  if ('operations' in bound) return bound.operations.some((op) => op.kind !== 'set');
  return bound.elements.length > 0;
}

/** UPDATE: cells only (no row liveness: a row only updated disappears once its cells do). */
export function updateMutation(table: TableSchema, bound: BoundUpdate, t: WriteTime, current: CurrentRow): Mutation {
  const values = new Map<string, Uint8Array | null>(current);
  for (const op of bound.operations) values.set(op.column, applyOperation(table, op, values.get(op.column) ?? null));
  const cells = [...new Set(bound.operations.map((op) => op.column))].map((column) => ({ column, cell: cellOf(values.get(column) ?? null, t) }));
  return mutationFor(table, bound.partitionKey, [{ clustering: bound.clustering, cells }]);
}

/** DELETE: the partition, a row, ranges of rows, columns of a row, or collection elements. */
export function deleteMutation(table: TableSchema, bound: BoundDelete, t: WriteTime, current: CurrentRow): Mutation {
  const deletion: DeletionTime = { timestamp: t.timestamp, localDeletionTime: t.nowSeconds };
  const wholeScope = bound.columns.length === 0 && bound.elements.length === 0;
  if (bound.scope === 'partition') {
    if (!wholeScope) throw new InvalidRequest('Deleting columns of a whole partition is not supported yet');
    return mutationFor(table, bound.partitionKey, [], { partitionDeletion: deletion });
  }
  if (bound.scope === 'range') {
    const rangeTombstones = (bound.slices ?? []).map((s) => ({ ...s, deletion }));
    return mutationFor(table, bound.partitionKey, [], { rangeTombstones });
  }
  const clustering = bound.clustering ?? new Uint8Array(0);
  if (wholeScope) return mutationFor(table, bound.partitionKey, [{ clustering, deletion, cells: [] }]);
  const values = new Map<string, Uint8Array | null>(current);
  for (const e of bound.elements) values.set(e.column, applyOperation(table, { kind: 'delete_element', column: e.column, key: e.key }, values.get(e.column) ?? null));
  const cells = [
    ...bound.columns.map((column) => ({ column, cell: cellOf(null, t) })),
    ...[...new Set(bound.elements.map((e) => e.column))].filter((c) => !bound.columns.includes(c)).map((column) => ({ column, cell: cellOf(values.get(column) ?? null, t) })),
  ];
  return mutationFor(table, bound.partitionKey, [{ clustering, cells }]);
}

/** The column's new whole value after `op`, from its current one (null: absent or empty). */
function applyOperation(table: TableSchema, op: BoundOperation, current: Uint8Array | null): Uint8Array | null {
  if (op.kind === 'set') return op.value;
  const type = unfrozen(findColumn(table, op.column)!.type);
  switch (type.kind) {
    case 'list': {
      const items = current === null ? [] : splitList(type, current);
      switch (op.kind) {
        case 'append':
          return emptyAsNull(joinList([...items, ...splitList(type, op.value)]));
        case 'prepend':
          return emptyAsNull(joinList([...splitList(type, op.value), ...items]));
        case 'remove': {
          const removed = splitList(type, op.value).map((b) => Buffer.from(b).toString('hex'));
          return emptyAsNull(joinList(items.filter((b) => !removed.includes(Buffer.from(b).toString('hex')))));
        }
        case 'put_element':
        case 'delete_element': {
          const index = listIndex(op.key);
          if (index < 0 || index >= items.length) throw new InvalidRequest(`List index ${index} out of bound, list has size ${items.length}`);
          const next = [...items];
          if (op.kind === 'put_element') next[index] = op.value;
          else next.splice(index, 1);
          return emptyAsNull(joinList(next));
        }
      }
      break;
    }
    case 'set': {
      const items = current === null ? [] : splitList(type, current);
      if (op.kind === 'append') return emptyAsNull(joinSet(type.element, [...items, ...splitList(type, op.value)]));
      if (op.kind === 'remove' || op.kind === 'delete_element') {
        const gone = (op.kind === 'remove' ? splitList(type, op.value) : [op.key]).map((b) => Buffer.from(b).toString('hex'));
        return emptyAsNull(joinSet(type.element, items.filter((b) => !gone.includes(Buffer.from(b).toString('hex')))));
      }
      break;
    }
    case 'map': {
      const entries = current === null ? [] : splitMap(type, current);
      const keyHex = (b: Uint8Array) => Buffer.from(b).toString('hex');
      if (op.kind === 'append') return emptyAsNull(joinSortedMap(type.key, [...entries, ...splitMap(type, op.value)]));
      if (op.kind === 'put_element') return emptyAsNull(joinSortedMap(type.key, [...entries, [op.key, op.value]]));
      if (op.kind === 'delete_element' || op.kind === 'remove') {
        const gone = (op.kind === 'remove' ? splitList({ kind: 'set', element: type.key }, op.value) : [op.key]).map(keyHex);
        return emptyAsNull(joinSortedMap(type.key, entries.filter(([k]) => !gone.includes(keyHex(k)))));
      }
      break;
    }
    default:
      break;
  }
  throw new InvalidRequest(`Invalid operation (${op.kind}) for column ${op.column} of type ${describe(type)}`);
}

/** Cassandra reads an empty collection back as null: an emptied one is deleted. */
function emptyAsNull(bytes: Uint8Array): Uint8Array | null {
  return bytes.length === 4 && bytes.every((b) => b === 0) ? null : bytes;
}

function listIndex(key: Uint8Array): number {
  if (key.length !== 4) throw new InvalidRequest('Invalid list index');
  return new DataView(key.buffer, key.byteOffset, 4).getInt32(0);
}

function describe(type: CqlType): string {
  return type.kind;
}

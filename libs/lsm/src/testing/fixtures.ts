/** Builders and random generators of data-model values for tests. */
import type { Cell, DeletionTime, Liveness, Mutation, PartitionData, RowData, RowUpdate } from '../types.js';
import { makePartition, makeRow } from '../reconcile.js';
import { compareBytes } from '../bytes.js';
import type { Random } from './random.js';

const utf8 = new TextEncoder();

export function b(s: string): Uint8Array {
  return utf8.encode(s);
}

export function live(value: string | Uint8Array, timestamp: bigint): Cell {
  return { value: typeof value === 'string' ? b(value) : value, timestamp, ttlSeconds: 0, localDeletionTime: 0 };
}

export function expiring(value: string, timestamp: bigint, ttlSeconds: number, expiresAt: number): Cell {
  return { value: b(value), timestamp, ttlSeconds, localDeletionTime: expiresAt };
}

export function tombstone(timestamp: bigint, deletedAt: number): Cell {
  return { value: null, timestamp, ttlSeconds: 0, localDeletionTime: deletedAt };
}

export function del(timestamp: bigint, localDeletionTime = 1000): DeletionTime {
  return { timestamp, localDeletionTime };
}

export function row(clustering: string, cells: Record<string, Cell>, extra: { liveness?: Liveness; deletion?: DeletionTime } = {}): RowData {
  return makeRow(b(clustering), extra.liveness, extra.deletion, new Map(Object.entries(cells)));
}

export function partition(rows: RowData[], partitionDeletion?: DeletionTime, token = 7n, key = 'pk'): PartitionData {
  return makePartition(token, b(key), partitionDeletion, [...rows].sort((x, y) => compareBytes(x.clustering, y.clustering)));
}

export function rowUpdate(clustering: string, cells: Record<string, Cell>, extra: { liveness?: Liveness; deletion?: DeletionTime } = {}): RowUpdate {
  return { clustering: b(clustering), cells: Object.entries(cells).map(([column, cell]) => ({ column, cell })), ...extra };
}

export function mutation(tableId: string, key: string, rows: RowUpdate[], partitionDeletion?: DeletionTime, token = 7n): Mutation {
  return partitionDeletion ? { tableId, token, partitionKey: b(key), partitionDeletion, rows } : { tableId, token, partitionKey: b(key), rows };
}

/** A random cell from a small space of timestamps and values, so ties are frequent. */
export function randomCell(r: Random): Cell {
  const timestamp = BigInt(r.int(4));
  switch (r.int(3)) {
    case 0:
      return { value: r.bytes(2), timestamp, ttlSeconds: 0, localDeletionTime: 0 };
    case 1:
      return { value: r.bytes(2), timestamp, ttlSeconds: 1 + r.int(3), localDeletionTime: 100 + r.int(3) };
    default:
      return { value: null, timestamp, ttlSeconds: 0, localDeletionTime: 100 + r.int(3) };
  }
}

function randomDeletion(r: Random): DeletionTime {
  return { timestamp: BigInt(r.int(4)), localDeletionTime: 100 + r.int(2) };
}

function randomLiveness(r: Random): Liveness {
  return r.bool() ? { timestamp: BigInt(r.int(4)), ttlSeconds: 0, localExpirationTime: 0 } : { timestamp: BigInt(r.int(4)), ttlSeconds: 1 + r.int(2), localExpirationTime: 100 + r.int(3) };
}

const CLUSTERINGS = ['', 'a', 'ab', 'b', 'c'];
const COLUMNS = ['x', 'y', 'z'];

export function randomRowUpdate(r: Random): RowUpdate {
  const cells: { column: string; cell: Cell }[] = [];
  for (const column of COLUMNS) if (r.bool(0.5)) cells.push({ column, cell: randomCell(r) });
  const u: { clustering: Uint8Array; liveness?: Liveness; deletion?: DeletionTime; cells: typeof cells } = { clustering: b(r.pick(CLUSTERINGS)), cells };
  if (r.bool(0.4)) u.liveness = randomLiveness(r);
  if (r.bool(0.15)) u.deletion = randomDeletion(r);
  return u;
}

/** A random (not yet normalized) partition with sorted, unique clustering keys. */
export function randomPartition(r: Random): PartitionData {
  const rows: RowData[] = [];
  for (const c of CLUSTERINGS) {
    if (!r.bool(0.5)) continue;
    const u = randomRowUpdate(r);
    rows.push(makeRow(b(c), u.liveness, u.deletion, new Map(u.cells.map(({ column, cell }) => [column, cell]))));
  }
  return makePartition(7n, b('pk'), r.bool(0.2) ? randomDeletion(r) : undefined, rows);
}

/** A random valid mutation with realistic timestamps, for codec and log tests. */
export function randomMutation(r: Random, tableId = 't1'): Mutation {
  const base = 1_700_000_000_000_000n + BigInt(r.int(1_000_000));
  const rows: RowUpdate[] = [];
  const rowCount = r.int(4);
  for (let i = 0; i < rowCount; i++) {
    const cells: { column: string; cell: Cell }[] = [];
    for (let c = 0; c < r.int(4); c++) {
      const timestamp = base + BigInt(r.int(1000));
      const kind = r.int(3);
      const cell: Cell =
        kind === 0
          ? { value: r.bytes(40), timestamp, ttlSeconds: 0, localDeletionTime: 0 }
          : kind === 1
            ? { value: r.bytes(10), timestamp, ttlSeconds: 60, localDeletionTime: 1_700_000_060 }
            : { value: null, timestamp, ttlSeconds: 0, localDeletionTime: 1_700_000_000 };
      cells.push({ column: `col${r.int(6)}`, cell });
    }
    const u: { clustering: Uint8Array; liveness?: Liveness; deletion?: DeletionTime; cells: typeof cells } = { clustering: r.bytes(12), cells };
    if (r.bool()) u.liveness = { timestamp: base, ttlSeconds: 0, localExpirationTime: 0 };
    if (r.bool(0.1)) u.deletion = { timestamp: base - 1n, localDeletionTime: 1_700_000_000 };
    rows.push(u);
  }
  const m: { -readonly [K in keyof Mutation]: Mutation[K] } = {
    tableId,
    token: BigInt.asIntN(64, BigInt(r.int(2 ** 31)) * 4_294_967_311n),
    partitionKey: r.bytes(16),
    rows,
  };
  if (r.bool(0.1)) m.partitionDeletion = { timestamp: base - 5n, localDeletionTime: 1_700_000_000 };
  return m;
}

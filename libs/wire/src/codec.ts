// Conversions between the replica protobuf messages and the storage engine's data model
// (@cassia/lsm), used by both ends of a replica verb: the gateway encodes mutations and
// decodes partitions, the node the reverse.
import type { Cell, DeletionTime, Liveness, Mutation, PartitionData, RangeTombstone, RowData, RowUpdate } from '@cassia/lsm';
import { toBigInt, toLong } from './int64.js';
import type {
  CellMessage,
  DeletionTimeMessage,
  LivenessMessage,
  MutationMessage,
  PartitionMessage,
  RangeTombstoneMessage,
  RowMessage,
} from './messages.js';

const EMPTY = new Uint8Array(0);

function deletionToMessage(d: DeletionTime | undefined): DeletionTimeMessage | undefined {
  return d === undefined ? undefined : { timestamp: toLong(d.timestamp), localDeletionTime: d.localDeletionTime };
}

function deletionFromMessage(m: DeletionTimeMessage | null | undefined): DeletionTime | undefined {
  if (m === null || m === undefined) return undefined;
  return { timestamp: toBigInt(m.timestamp), localDeletionTime: m.localDeletionTime ?? 0 };
}

function livenessToMessage(l: Liveness | undefined): LivenessMessage | undefined {
  return l === undefined
    ? undefined
    : { timestamp: toLong(l.timestamp), ttlSeconds: l.ttlSeconds, localExpirationTime: l.localExpirationTime };
}

function livenessFromMessage(m: LivenessMessage | null | undefined): Liveness | undefined {
  if (m === null || m === undefined) return undefined;
  return { timestamp: toBigInt(m.timestamp), ttlSeconds: m.ttlSeconds ?? 0, localExpirationTime: m.localExpirationTime ?? 0 };
}

function cellToMessage(column: string, c: Cell): CellMessage {
  const m: CellMessage = {
    column,
    timestamp: toLong(c.timestamp),
    ttlSeconds: c.ttlSeconds,
    localDeletionTime: c.localDeletionTime,
  };
  if (c.value !== null) m.value = c.value;
  return m;
}

function cellFromMessage(m: CellMessage): Cell {
  // proto3 `optional bytes`: absent (null/undefined) is a tombstone, empty bytes a value.
  return {
    value: m.value === null || m.value === undefined ? null : m.value,
    timestamp: toBigInt(m.timestamp),
    ttlSeconds: m.ttlSeconds ?? 0,
    localDeletionTime: m.localDeletionTime ?? 0,
  };
}

function rangeTombstoneToMessage(t: RangeTombstone): RangeTombstoneMessage {
  return {
    ...(t.start === undefined ? {} : { start: t.start }),
    startInclusive: t.startInclusive,
    ...(t.end === undefined ? {} : { end: t.end }),
    endInclusive: t.endInclusive,
    deletion: deletionToMessage(t.deletion),
  };
}

function rangeTombstonesFromMessages(ms: RangeTombstoneMessage[] | null | undefined): { rangeTombstones?: RangeTombstone[] } {
  if (ms === null || ms === undefined || ms.length === 0) return {};
  return {
    rangeTombstones: ms.map((m) => ({
      ...(m.start === null || m.start === undefined ? {} : { start: m.start }),
      startInclusive: m.startInclusive ?? false,
      ...(m.end === null || m.end === undefined ? {} : { end: m.end }),
      endInclusive: m.endInclusive ?? false,
      deletion: deletionFromMessage(m.deletion) ?? { timestamp: 0n, localDeletionTime: 0 },
    })),
  };
}

/** Cells in ascending column-name order: equal data encodes to equal bytes (digests). */
function sortedCells(cells: ReadonlyMap<string, Cell>): CellMessage[] {
  const out: CellMessage[] = [];
  for (const [column, cell] of cells) out.push(cellToMessage(column, cell));
  if (out.length > 1) out.sort((a, b) => (a.column! < b.column! ? -1 : a.column! > b.column! ? 1 : 0));
  return out;
}

/** A row's key, marker and deletion as a message, with `cells` already converted. */
function rowToMessage(
  r: { clustering: Uint8Array; liveness?: Liveness | undefined; deletion?: DeletionTime | undefined },
  cells: CellMessage[],
): RowMessage {
  return { clustering: r.clustering, liveness: livenessToMessage(r.liveness), deletion: deletionToMessage(r.deletion), cells };
}

/** A row message's key, marker and deletion (absent ones left out), for either row shape. */
function rowHeadFromMessage(r: RowMessage): { clustering: Uint8Array; liveness?: Liveness; deletion?: DeletionTime } {
  const liveness = livenessFromMessage(r.liveness);
  const deletion = deletionFromMessage(r.deletion);
  return {
    clustering: r.clustering ?? EMPTY,
    ...(liveness === undefined ? {} : { liveness }),
    ...(deletion === undefined ? {} : { deletion }),
  };
}

export function mutationToMessage(mutation: Mutation): MutationMessage {
  return {
    tableId: mutation.tableId,
    token: toLong(mutation.token),
    partitionKey: mutation.partitionKey,
    partitionDeletion: deletionToMessage(mutation.partitionDeletion),
    rows: mutation.rows.map((r) => rowToMessage(r, r.cells.map((c) => cellToMessage(c.column, c.cell)))),
    rangeTombstones: (mutation.rangeTombstones ?? []).map(rangeTombstoneToMessage),
  };
}

export function mutationFromMessage(m: MutationMessage): Mutation {
  const partitionDeletion = deletionFromMessage(m.partitionDeletion);
  return {
    tableId: m.tableId ?? '',
    token: toBigInt(m.token),
    partitionKey: m.partitionKey ?? EMPTY,
    ...(partitionDeletion === undefined ? {} : { partitionDeletion }),
    ...rangeTombstonesFromMessages(m.rangeTombstones),
    rows: (m.rows ?? []).map(
      (r): RowUpdate => ({
        ...rowHeadFromMessage(r),
        cells: (r.cells ?? []).map((c) => ({ column: c.column ?? '', cell: cellFromMessage(c) })),
      }),
    ),
  };
}

export function partitionToMessage(p: PartitionData): PartitionMessage {
  return {
    token: toLong(p.token),
    partitionKey: p.partitionKey,
    partitionDeletion: deletionToMessage(p.partitionDeletion),
    rows: p.rows.map((r) => rowToMessage(r, sortedCells(r.cells))),
    rangeTombstones: (p.rangeTombstones ?? []).map(rangeTombstoneToMessage),
  };
}

export function partitionFromMessage(m: PartitionMessage): PartitionData {
  const partitionDeletion = deletionFromMessage(m.partitionDeletion);
  return {
    token: toBigInt(m.token),
    partitionKey: m.partitionKey ?? EMPTY,
    ...(partitionDeletion === undefined ? {} : { partitionDeletion }),
    ...rangeTombstonesFromMessages(m.rangeTombstones),
    rows: (m.rows ?? []).map(
      (r): RowData => ({
        ...rowHeadFromMessage(r),
        cells: new Map((r.cells ?? []).map((c) => [c.column ?? '', cellFromMessage(c)])),
      }),
    ),
  };
}

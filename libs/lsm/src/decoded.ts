/**
 * The objects reads build by the million (cells, rows, partitions, their lists), made so that
 * V8 never allocates them straight into the old generation.
 *
 * Why: V8 tracks every object literal, array literal and `new Array` by its place in the source
 * (an "allocation site"). When most objects of a site are still alive at a scavenge, V8 decides
 * to allocate all later objects of that site in old space ("pretenuring"), and the decision is
 * sticky. A scan holds a page of partitions until it returns, so the first scavenge of a scan
 * can find nearly every row and cell decoded so far alive and pretenure their sites; from then
 * on every decoded object is garbage only a mark-compact collects, and scans ran at half speed
 * (37% of their time in GC, against 8% when the sites stayed young), depending on when that
 * first scavenge happened. Class instances and `slice` copies have no allocation site.
 *
 * Contract: each class has exactly the fields of its interface in `types.ts`; optional fields
 * are set only when present (never an own property holding `undefined`), as literals were.
 */
import type { Cell, DeletionTime, Liveness, PartitionData, RangeTombstone, RowData } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const EMPTY_LIST: readonly never[] = [];

/** A new empty array, without an allocation site (see above). */
export function newList<T>(): T[] {
  return EMPTY_LIST.slice() as T[];
}

export class DecodedCell implements Cell {
  constructor(
    readonly value: Uint8Array | null,
    readonly timestamp: bigint,
    readonly ttlSeconds: number,
    readonly localDeletionTime: number,
  ) {}
}

export class DecodedDeletion implements DeletionTime {
  constructor(
    readonly timestamp: bigint,
    readonly localDeletionTime: number,
  ) {}
}

export class DecodedLiveness implements Liveness {
  constructor(
    readonly timestamp: bigint,
    readonly ttlSeconds: number,
    readonly localExpirationTime: number,
  ) {}
}

export class DecodedRow implements RowData {
  declare readonly liveness?: Liveness;
  declare readonly deletion?: DeletionTime;
  declare readonly history?: ReadonlyMap<string, readonly Cell[]>;

  constructor(
    readonly clustering: Uint8Array,
    readonly cells: ReadonlyMap<string, Cell>,
  ) {}
}

export class DecodedPartition implements PartitionData {
  declare readonly partitionDeletion?: DeletionTime;
  declare readonly rangeTombstones?: readonly RangeTombstone[];

  constructor(
    readonly token: bigint,
    readonly partitionKey: Uint8Array,
    readonly rows: readonly RowData[],
  ) {}
}

/** A row; `history` is kept only when it holds a column. */
export function decodedRow(
  clustering: Uint8Array,
  liveness: Liveness | undefined,
  deletion: DeletionTime | undefined,
  cells: ReadonlyMap<string, Cell>,
  history?: ReadonlyMap<string, readonly Cell[]>,
): RowData {
  const row: Mutable<RowData> = new DecodedRow(clustering, cells);
  if (liveness !== undefined) row.liveness = liveness;
  if (deletion !== undefined) row.deletion = deletion;
  if (history !== undefined && history.size > 0) row.history = history;
  return row;
}

/** A partition; `rangeTombstones` is kept only when it holds one. */
export function decodedPartition(
  token: bigint,
  partitionKey: Uint8Array,
  partitionDeletion: DeletionTime | undefined,
  rows: readonly RowData[],
  rangeTombstones?: readonly RangeTombstone[],
): PartitionData {
  const p: Mutable<PartitionData> = new DecodedPartition(token, partitionKey, rows);
  if (partitionDeletion !== undefined) p.partitionDeletion = partitionDeletion;
  if (rangeTombstones !== undefined && rangeTombstones.length > 0) p.rangeTombstones = rangeTombstones;
  return p;
}

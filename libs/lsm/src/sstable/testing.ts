/**
 * Test support for the SSTable module (used by its *.test.ts only): random partitions of every
 * kind, random slices, and the in-memory oracle of `SSTableReader.get` (Memtable.read's rules).
 */
import { comparePartitionPositions, compareBytes } from '../bytes.js';
import { isRowLive } from '../purge.js';
import { clusteringInSlice } from '../slice.js';
import type { ClusteringSlice } from '../slice.js';
import type { Random } from '../testing/random.js';
import type { Cell, DeletionTime, Liveness, PartitionData, RangeTombstone, RowData } from '../types.js';
import { slicesOverlap } from './keys.js';

/** Clustering bytes drawn from this alphabet make prefix bounds and successors meet often. */
export const ALPHABET = [0x00, 0x01, 0x61, 0x62, 0x63, 0xff];
const COLUMNS = ['v', 'x', 'col_2', 'ü', 'a much longer column name'];
export const BASE_TS = 1_700_000_000_000_000n;
export const NOW_SECONDS = 1_700_000_000;

export function randomKey(r: Random, maxLength: number): Uint8Array {
  const n = r.int(maxLength + 1);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = r.pick(ALPHABET);
  return out;
}

function randomTimestamp(r: Random): bigint {
  const k = r.int(40);
  if (k === 0) return 2n ** 63n - 1n;
  if (k === 1) return -(2n ** 63n);
  if (k === 2) return 0n;
  if (k === 3) return -BigInt(r.int(1_000_000));
  if (k === 4) return BASE_TS * 3000n + BigInt(r.int(1000)); // beyond 2^53
  return BASE_TS + BigInt(r.int(10_000_000)) - 5_000_000n;
}

function randomDeletion(r: Random): DeletionTime {
  return { timestamp: randomTimestamp(r), localDeletionTime: r.bool(0.1) ? 0xffff_ffff : NOW_SECONDS - 100 + r.int(200) };
}

function randomValue(r: Random, large: boolean): Uint8Array {
  return r.bytes(large && r.bool(0.2) ? 3000 : 24);
}

export function randomCell(r: Random, large = false): Cell {
  const timestamp = randomTimestamp(r);
  switch (r.int(4)) {
    case 0:
      return { value: null, timestamp, ttlSeconds: 0, localDeletionTime: NOW_SECONDS - r.int(100) };
    case 1:
      return { value: randomValue(r, large), timestamp, ttlSeconds: 1 + r.int(100), localDeletionTime: NOW_SECONDS - 50 + r.int(100) };
    default:
      return { value: randomValue(r, large), timestamp, ttlSeconds: 0, localDeletionTime: 0 };
  }
}

function randomLiveness(r: Random): Liveness {
  return r.bool()
    ? { timestamp: randomTimestamp(r), ttlSeconds: 0, localExpirationTime: 0 }
    : { timestamp: randomTimestamp(r), ttlSeconds: 1 + r.int(100), localExpirationTime: NOW_SECONDS - 50 + r.int(100) };
}

export function randomRow(r: Random, clustering: Uint8Array, large = false): RowData {
  const cells = new Map<string, Cell>();
  for (const c of COLUMNS) if (r.bool(0.45)) cells.set(c, randomCell(r, large));
  const row: { -readonly [K in keyof RowData]: RowData[K] } = { clustering, cells };
  if (r.bool(0.4)) row.liveness = randomLiveness(r);
  if (r.bool(0.15)) row.deletion = randomDeletion(r);
  if (cells.size > 0 && r.bool(0.2)) {
    const history = new Map<string, Cell[]>();
    for (const column of cells.keys()) if (r.bool(0.6)) history.set(column, Array.from({ length: 1 + r.int(3) }, () => randomCell(r, large)));
    if (history.size > 0) row.history = history;
  }
  if (cells.size === 0 && row.liveness === undefined && row.deletion === undefined) row.liveness = randomLiveness(r);
  return row;
}

function sortedUnique(keys: Uint8Array[]): Uint8Array[] {
  keys.sort(compareBytes);
  return keys.filter((k, i) => i === 0 || compareBytes(keys[i - 1] as Uint8Array, k) !== 0);
}

export function randomRangeTombstone(r: Random): RangeTombstone {
  const rt: { -readonly [K in keyof RangeTombstone]: RangeTombstone[K] } = {
    startInclusive: r.bool(),
    endInclusive: r.bool(),
    deletion: randomDeletion(r),
  };
  if (r.bool(0.8)) rt.start = randomKey(r, 2);
  if (r.bool(0.8)) rt.end = randomKey(r, 2);
  return rt;
}

export function randomSlice(r: Random): ClusteringSlice {
  const s: { -readonly [K in keyof ClusteringSlice]: ClusteringSlice[K] } = { startInclusive: r.bool(), endInclusive: r.bool() };
  if (r.bool(0.6)) s.start = randomKey(r, 2);
  if (r.bool(0.6)) s.end = randomKey(r, 2);
  return s;
}

export interface PartitionShape {
  /** Rows (before dedup of clustering keys). */
  readonly rows: number;
  /** Clustering key length bound (alphabet letters). */
  readonly clusteringLength: number;
  readonly largeValues?: boolean;
}

/** A random partition of every kind of content. */
export function randomPartition(r: Random, token: bigint, partitionKey: Uint8Array, shape: PartitionShape): PartitionData {
  const clusterings = sortedUnique(Array.from({ length: shape.rows }, () => randomKey(r, shape.clusteringLength)));
  const rows = clusterings.map((c) => randomRow(r, c, shape.largeValues));
  const p: { -readonly [K in keyof PartitionData]: PartitionData[K] } = { token, partitionKey, rows };
  if (r.bool(0.15)) p.partitionDeletion = randomDeletion(r);
  if (r.bool(0.25)) p.rangeTombstones = Array.from({ length: 1 + r.int(3) }, () => randomRangeTombstone(r));
  if (rows.length === 0 && p.partitionDeletion === undefined && p.rangeTombstones === undefined) p.partitionDeletion = randomDeletion(r);
  return p;
}

/** Random partitions in partition order; a few share a token (ordered by key then). */
export function randomPartitions(r: Random, count: number, shape: (i: number) => PartitionShape): PartitionData[] {
  const positions: { token: bigint; partitionKey: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const token = i > 0 && r.bool(0.1) ? (positions[i - 1] as { token: bigint }).token : BigInt.asIntN(64, BigInt(r.int(2 ** 30)) * 8_589_934_583n + BigInt(r.int(2 ** 30)));
    positions.push({ token, partitionKey: r.bytes(12) });
  }
  if (r.bool(0.3)) positions.push({ token: -(2n ** 63n), partitionKey: new Uint8Array(0) }, { token: 2n ** 63n - 1n, partitionKey: new Uint8Array([0xff]) });
  positions.sort(comparePartitionPositions);
  const unique = positions.filter((p, i) => i === 0 || comparePartitionPositions(positions[i - 1] as typeof p, p) !== 0);
  return unique.map((pos, i) => randomPartition(r, pos.token, pos.partitionKey, shape(i)));
}

/** What `SSTableReader.get` must answer for partition `p` (Memtable.read's rules). */
export function expectedGet(
  p: PartitionData,
  slice: ClusteringSlice,
  options: { reversed?: boolean; limitRows?: number; nowSeconds: number },
): PartitionData | undefined {
  const inSlice = p.rows.filter((row) => clusteringInSlice(row.clustering, slice));
  let rows: RowData[] = inSlice;
  if (options.limitRows !== undefined) {
    rows = [];
    let live = 0;
    const order = options.reversed ? [...inSlice].reverse() : inSlice;
    for (const row of order) {
      if (live >= options.limitRows) break;
      rows.push(row);
      if (isRowLive(row, options.nowSeconds)) live++;
    }
    if (options.reversed) rows.reverse();
  }
  const rts = (p.rangeTombstones ?? []).filter((rt) => slicesOverlap(rt, slice));
  if (rows.length === 0 && p.partitionDeletion === undefined && rts.length === 0) return undefined;
  const out: { -readonly [K in keyof PartitionData]: PartitionData[K] } = { token: p.token, partitionKey: p.partitionKey, rows };
  if (p.partitionDeletion !== undefined) out.partitionDeletion = p.partitionDeletion;
  if (rts.length > 0) out.rangeTombstones = rts;
  return out;
}

/** A canonical text of a read result: comparing these is much cheaper than a deep equality per read. */
export function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_, v: unknown) => {
      if (typeof v === 'bigint') return `${v}n`;
      if (v instanceof Uint8Array) return `0x${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex')}`;
      if (v instanceof Map) return { map: [...v.entries()] };
      return v;
    }) ?? 'undefined'
  );
}

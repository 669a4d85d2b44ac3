// The replica side of a range read (verb "range", RangeReadRequest in replica.proto): the
// partitions of one table whose tokens lie in [startToken, endToken], in partition order
// (token, then key bytes), each with its rows within the clustering slices, tombstones
// included, so the coordinator can reconcile the answers of several replicas.
//
// Contract: scanRange never returns more than
//   - `limitRows` live rows in all (counted in scan order; tombstoned rows met on the way are
//     sent too, as single-partition reads do), and `perPartitionLimitRows` per partition;
//   - `budgetBytes` bytes of encoded reply (rows are cut from the end of the last partition);
//   - RANGE_SCAN_EXAMINED_MAX partitions examined (skipped ones included), so a reply comes
//     back in bounded time even when nothing matches for a long stretch.
// When it stops early it answers `more` and `last`: the last partition it examined, for
// which (and for every partition before it) it sent everything within the slices, except
// that a partition marked `truncated` is covered only up to its last row. Partitions with
// nothing within the slices (no row, no partition or range tombstone) are left out. A single
// row larger than the budget is refused (ReplicaRequestError BadRequest), as reads do.
import { FULL_SLICE, clusteringInSlice, isRowLive, sliceAfter, type ClusteringSlice, type PartitionData, type RowData, type StorageEngine } from '@cassia/lsm';
import { encode, partitionToMessage, replica, ReplicaErrorCode, toLong, type RangePartitionMessage } from '@cassia/wire';

/** Live rows one reply carries when the request does not say (limit_rows = 0). */
export const RANGE_SCAN_ROWS_DEFAULT = 1_000;
/** Partitions one request examines at most before answering with `more`. */
export const RANGE_SCAN_EXAMINED_MAX = 10_000;
/** Partitions asked of the engine per scan page. */
export const RANGE_SCAN_ENGINE_PAGE_PARTITIONS_MAX = 256;
/** Bytes a reply needs beyond its partitions: `more`, `last` (less its key) and field tags. */
const REPLY_OVERHEAD_BYTES = 64;
/** Bytes of framing one partition entry adds to the reply (field tag and length). */
const ENTRY_OVERHEAD_BYTES = 6;

export interface RangePosition {
  readonly token: bigint;
  readonly partitionKey: Uint8Array;
  /** Within the partition: after this clustering key. Absent: after the whole partition. */
  readonly clustering?: Uint8Array;
}

export interface RangeScanRequest {
  readonly tableId: string;
  readonly startToken: bigint;
  readonly endToken: bigint;
  readonly after?: RangePosition;
  /** Slices in stored order; empty: every row. */
  readonly slices: readonly ClusteringSlice[];
  /** 0: RANGE_SCAN_ROWS_DEFAULT. */
  readonly limitRows: number;
  /** 0: no limit. */
  readonly perPartitionLimitRows: number;
  readonly budgetBytes: number;
  readonly nowSeconds: number;
}

/** Thrown for a request the replica cannot answer (the verb's ReplicaError). */
export class RangeScanError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Engine = Pick<StorageEngine, 'read' | 'scan'>;

/** Runs the scan and returns the encoded RangeReadResponse. */
export async function scanRange(engine: Engine, req: RangeScanRequest): Promise<Uint8Array> {
  if (req.startToken > req.endToken) throw new RangeScanError(ReplicaErrorCode.BadRequest, 'range start token lies after its end token');
  const after = req.after;
  if (after !== undefined && (after.token < req.startToken || after.token > req.endToken)) {
    throw new RangeScanError(ReplicaErrorCode.BadRequest, 'range resume point lies outside the range');
  }
  const scan = new Collector(req);
  if (after?.clustering !== undefined) {
    const span = sliceAfter(spanOf(req.slices), after.clustering, false);
    const p = await engine.read(req.tableId, after.token, after.partitionKey, span, { reversed: false, nowSeconds: req.nowSeconds });
    if (p !== undefined && !scan.offer(p)) return scan.reply(true);
    scan.examined({ token: after.token, partitionKey: after.partitionKey });
  }
  let position = after ?? { token: req.startToken, partitionKey: new Uint8Array(0) };
  const pagePartitions = Math.min(RANGE_SCAN_ENGINE_PAGE_PARTITIONS_MAX, scan.rowsLeft() + 1);
  for (;;) {
    // `after` with an empty key: every partition of the start token (keys are never empty).
    const page = await engine.scan(req.tableId, { after: { token: position.token, partitionKey: position.partitionKey }, limit: pagePartitions });
    for (const p of page.partitions) {
      if (p.token > req.endToken) return scan.reply(false);
      if (!scan.offer(p)) return scan.reply(true);
      scan.examined(p);
      if (scan.examinedCount >= RANGE_SCAN_EXAMINED_MAX || scan.rowsLeft() === 0) return scan.reply(true);
    }
    if (page.next === undefined) return scan.reply(false);
    position = page.next;
  }
}

/** One slice from the start of the first of `slices` to the end of the last (all rows when none). */
function spanOf(slices: readonly ClusteringSlice[]): ClusteringSlice {
  const first = slices[0];
  const last = slices[slices.length - 1];
  if (first === undefined || last === undefined) return FULL_SLICE;
  return {
    ...(first.start === undefined ? {} : { start: first.start }),
    startInclusive: first.startInclusive,
    ...(last.end === undefined ? {} : { end: last.end }),
    endInclusive: last.endInclusive,
  };
}

/** What one reply collects, under its limits. */
class Collector {
  private readonly entries: Uint8Array[] = [];
  private bytes = REPLY_OVERHEAD_BYTES;
  private live = 0;
  private readonly limitRows: number;
  private last: { token: bigint; partitionKey: Uint8Array } | undefined;
  examinedCount = 0;

  constructor(private readonly req: RangeScanRequest) {
    this.limitRows = req.limitRows > 0 ? req.limitRows : RANGE_SCAN_ROWS_DEFAULT;
  }

  rowsLeft(): number {
    return Math.max(0, this.limitRows - this.live);
  }

  examined(p: { token: bigint; partitionKey: Uint8Array }): void {
    this.examinedCount++;
    this.last = { token: p.token, partitionKey: p.partitionKey };
  }

  /**
   * Adds what `p` holds within the slices, under the limits. False when the reply must end
   * before `p` (it does not fit, or nothing more may be sent) or inside it (then `p` was
   * added, truncated, and counts as examined).
   */
  offer(p: PartitionData): boolean {
    const selected = this.req.slices.length === 0 ? p.rows : p.rows.filter((r) => this.req.slices.some((s) => clusteringInSlice(r.clustering, s)));
    if (selected.length === 0 && p.partitionDeletion === undefined && p.rangeTombstones === undefined) return true;
    let rows = selected;
    let truncated = false;
    let stop = false;
    const perPartition = this.req.perPartitionLimitRows;
    let inPartition = 0;
    for (let i = 0; i < selected.length; i++) {
      if (!isRowLive(selected[i] as RowData, this.req.nowSeconds)) continue;
      inPartition++;
      const globalFull = this.live + inPartition >= this.limitRows;
      if (globalFull || (perPartition > 0 && inPartition >= perPartition)) {
        rows = selected.slice(0, i + 1);
        truncated = i + 1 < selected.length;
        stop = globalFull;
        break;
      }
    }
    const room = this.req.budgetBytes - this.bytes - p.partitionKey.length;
    let entry = this.encodeEntry(p, rows, truncated);
    while (entry.length + ENTRY_OVERHEAD_BYTES > room) {
      if (rows.length <= 1) {
        if (this.entries.length === 0 && this.last === undefined) {
          throw new RangeScanError(ReplicaErrorCode.BadRequest, `a single row is larger than the reply limit of ${this.req.budgetBytes} bytes`);
        }
        return false;
      }
      rows = rows.slice(0, Math.max(1, Math.floor(rows.length / 2)));
      truncated = true;
      stop = true;
      entry = this.encodeEntry(p, rows, truncated);
    }
    this.entries.push(entry);
    this.bytes += entry.length + ENTRY_OVERHEAD_BYTES;
    for (const r of rows) if (isRowLive(r, this.req.nowSeconds)) this.live++;
    if (stop) {
      this.examined(p);
      return false;
    }
    return true;
  }

  private encodeEntry(p: PartitionData, rows: readonly RowData[], truncated: boolean): Uint8Array {
    const message: RangePartitionMessage = { partition: partitionToMessage({ ...p, rows }), truncated };
    return encode(replica.RangePartition, message);
  }

  /** The reply: `more` and `last`, then each partition entry as field 1 (protobuf concatenates). */
  reply(more: boolean): Uint8Array {
    const last = more && this.last !== undefined ? { token: toLong(this.last.token), partitionKey: this.last.partitionKey } : undefined;
    const head = encode(replica.RangeReadResponse, { more, ...(last === undefined ? {} : { last }) });
    const parts: Uint8Array[] = [head];
    for (const e of this.entries) parts.push(lengthDelimitedField(1, e));
    return Buffer.concat(parts);
  }
}

/** A protobuf length-delimited field: tag, varint length, bytes. */
function lengthDelimitedField(field: number, bytes: Uint8Array): Uint8Array {
  const head: number[] = [(field << 3) | 2];
  let n = bytes.length;
  while (n >= 0x80) {
    head.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  head.push(n);
  const out = new Uint8Array(head.length + bytes.length);
  out.set(head);
  out.set(bytes, head.length);
  return out;
}

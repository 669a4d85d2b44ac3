/**
 * The sources a scan page merges, and the parking of a page's SSTable sources between pages.
 *
 * Contract:
 * - A `ScanSource` has a `head` (its current partition, undefined once exhausted); `advance`
 *   moves past it and says whether `head` is ready; when it is not, `fill` must be awaited
 *   first, so a merge awaits once per SSTable block, never per partition.
 * - `ParkedScans` keeps the SSTable sources of a page that ended with more to read, keyed by
 *   (table, versions, the page's `next`). The page that asks for `after = next` takes them and
 *   continues each file's stream where it stopped instead of seeking again: an SSTable never
 *   changes, so a parked source's head is exactly the first partition a new seek past `next`
 *   would find. Memtables change between pages, so they are never parked (each page seeks them).
 * - A parked scan holds references on its files (they are not deleted while parked) and each
 *   file's read-ahead buffer. It is closed when taken by a later page, after
 *   SCAN_PARKED_IDLE_MS without one, when more than SCAN_PARKED_MAX are parked (oldest first),
 *   or by `closeAll`.
 */
import { comparePartitionPositions } from './bytes.js';
import type { MemtableCursor } from './memtable.js';
import type { LiveSSTable } from './sstable-set.js';
import type { PartitionPosition } from './engine.js';
import type { PartitionData } from './types.js';

/** How long a page's SSTable sources wait for the next page before they are closed. */
export const SCAN_PARKED_IDLE_MS = 10_000;
/** Scans parked at once; parking one more closes the oldest. */
export const SCAN_PARKED_MAX = 8;

export interface ScanSource {
  readonly head: PartitionData | undefined;
  advance(): boolean;
  fill(): Promise<void>;
}

/** A memtable: synchronous, one partition at a time (decoded only when reached). */
export class MemtableScanSource implements ScanSource {
  head: PartitionData | undefined;

  constructor(private readonly cursor: MemtableCursor) {
    this.head = cursor.next();
  }

  advance(): boolean {
    this.head = this.cursor.next();
    return true;
  }

  fill(): Promise<void> {
    return Promise.resolve();
  }
}

/** An SSTable, a block's partitions at a time. `close` ends its stream (idempotent). */
export class BatchScanSource implements ScanSource {
  private batch: PartitionData[] = [];
  private index = 0;
  private exhausted = false;

  constructor(
    readonly file: LiveSSTable,
    private readonly it: AsyncIterator<PartitionData[]>,
  ) {}

  get head(): PartitionData | undefined {
    return this.batch[this.index];
  }

  advance(): boolean {
    this.index++;
    return this.index < this.batch.length || this.exhausted;
  }

  async fill(): Promise<void> {
    while (this.index >= this.batch.length && !this.exhausted) {
      const r = await this.it.next();
      if (r.done === true) this.exhausted = true;
      else {
        this.batch = r.value;
        this.index = 0;
      }
    }
  }

  async close(): Promise<void> {
    this.exhausted = true;
    this.batch = [];
    await this.it.return?.();
  }
}

/** The SSTable sources of one page that ended with more to read, and the references on their files. */
export interface ParkedScan {
  readonly tableId: string;
  readonly versions: number;
  readonly next: PartitionPosition;
  readonly sources: readonly BatchScanSource[];
  /** Releases the references on the sources' files (once). */
  readonly release: () => void;
}

interface Slot {
  readonly scan: ParkedScan;
  readonly timer: ReturnType<typeof setTimeout>;
}

export class ParkedScans {
  private readonly slots: Slot[] = [];

  /** Parks `scan` (it now belongs here); closes the oldest when more than SCAN_PARKED_MAX are parked. */
  park(scan: ParkedScan): void {
    const slot: Slot = { scan, timer: setTimeout(() => this.drop(slot), SCAN_PARKED_IDLE_MS) };
    slot.timer.unref();
    this.slots.push(slot);
    while (this.slots.length > SCAN_PARKED_MAX) this.drop(this.slots[0]!);
  }

  /** Takes the scan parked for a page of `tableId` after `after`, or undefined. The caller must `closeParked` it. */
  take(tableId: string, versions: number, after: PartitionPosition): ParkedScan | undefined {
    const i = this.slots.findIndex((s) => s.scan.tableId === tableId && s.scan.versions === versions && comparePartitionPositions(s.scan.next, after) === 0);
    if (i < 0) return undefined;
    const [slot] = this.slots.splice(i, 1);
    clearTimeout(slot!.timer);
    return slot!.scan;
  }

  get size(): number {
    return this.slots.length;
  }

  /** Closes every parked scan (the engine is closing). */
  async closeAll(): Promise<void> {
    const scans = this.slots.splice(0).map((s) => {
      clearTimeout(s.timer);
      return s.scan;
    });
    await Promise.all(scans.map((s) => closeParked(s, [])));
  }

  private drop(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    clearTimeout(slot.timer);
    void closeParked(slot.scan, []);
  }
}

/** Closes the sources of `scan` not in `kept`, then releases its file references. Never rejects. */
export async function closeParked(scan: ParkedScan, kept: readonly BatchScanSource[]): Promise<void> {
  try {
    await Promise.all(scan.sources.filter((s) => !kept.includes(s)).map((s) => s.close().catch(() => undefined)));
  } finally {
    scan.release();
  }
}

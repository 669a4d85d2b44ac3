/**
 * The Cassia adapter: a KV store on one table of `StorageEngine` (`@cassia/lsm`).
 * - A put is a Mutation on table `bench`: partition key = the 16-byte key, token = `tokenOf(key)`,
 *   one row with an empty clustering key, one cell `v` holding the value, timestamps from a
 *   counter. A batch is one `applyBatch` (one commit-log entry).
 * - get = `engine.read('bench', token, key)`.
 * - no-sync: `commitLog: { syncMode: 'periodic' }` (write-ahead log on, acknowledged after the
 *   write, fdatasync every second); sync: the default group commit (acknowledged after fdatasync;
 *   concurrent applies share one).
 * - Scans are in token order (Cassia's native order). When the engine has the cursor API
 *   `scan(tableId, { after?: { token, partitionKey }, limit })` (detected by behaviour in
 *   `prepare()`), scans page with it; otherwise they fall back to `scan(tableId)`, which
 *   materializes the whole table on every call — `scanNote()` says which one ran.
 */
import { FULL_SLICE, StorageEngine, comparePartitionPositions, nodeFileSystem, systemClock } from '@cassia/lsm';
import type { Mutation, PartitionData } from '@cassia/lsm';
import type { Durability, KvEntry, KvStore } from './kv-store.ts';
import { assertValueLength } from './kv-store.ts';
import { VALUE_BYTES, tokenOf } from './keys.ts';

export const BENCH_TABLE_ID = 'bench';
const VALUE_COLUMN = 'v';
const EMPTY_CLUSTERING = new Uint8Array(0);
/** Reads name the row (the table has no clustering columns) and its column. */
const NAMES_QUERY = { row: { clustering: EMPTY_CLUSTERING, columns: [VALUE_COLUMN] } } as const;
/** Partitions asked for per cursor page in `scanAll`. */
const CASSIA_SCAN_PAGE_PARTITIONS = 1000;
const MICROS_PER_MILLI = 1000n;

export const CASSIA_SETTINGS: Record<Durability, string> = {
  'no-sync': "cassia: commitLog.syncMode 'periodic' (write-ahead log on, fdatasync every 1000 ms, not per write)",
  sync: "cassia: commitLog.syncMode 'group' (default; every apply acknowledged after fdatasync, concurrent applies share one)",
};

export interface PartitionPosition {
  readonly token: bigint;
  readonly partitionKey: Uint8Array;
}

/** The cursor API the SSTable milestone adds to `StorageEngine.scan` (feature-detected). */
interface ScanCursorOptions {
  readonly after?: PartitionPosition;
  readonly limit: number;
}
/** `scan` seen loosely: today `scan(tableId): Promise<PartitionData[]>`, soon the cursor API. */
type LooseScan = (tableId: string, options?: ScanCursorOptions) => Promise<unknown>;

export type CassiaScanMode = 'cursor' | 'fallback';

export const CASSIA_SCAN_NOTES: Record<CassiaScanMode, string> = {
  cursor: 'cassia scans used the cursor API engine.scan(table, { after, limit })',
  fallback: 'cassia scans used the fallback engine.scan(table): no cursor API yet, every scan materializes the whole table',
};

export class CassiaStore implements KvStore {
  readonly name = 'cassia';
  private nextTimestamp = BigInt(Date.now()) * MICROS_PER_MILLI;
  private scanMode: CassiaScanMode | undefined;
  readonly engine: StorageEngine;

  private constructor(engine: StorageEngine) {
    this.engine = engine;
  }

  static async open(dir: string, durability: Durability): Promise<CassiaStore> {
    const engine = await StorageEngine.open({
      dataDir: dir,
      fs: nodeFileSystem,
      clock: systemClock,
      commitLog: durability === 'sync' ? {} : { syncMode: 'periodic' },
    });
    return new CassiaStore(engine);
  }

  mutation(key: Uint8Array, value: Uint8Array): Mutation {
    return {
      tableId: BENCH_TABLE_ID,
      token: tokenOf(key),
      partitionKey: key,
      rows: [
        {
          clustering: EMPTY_CLUSTERING,
          cells: [{ column: VALUE_COLUMN, cell: { value, timestamp: this.nextTimestamp++, ttlSeconds: 0, localDeletionTime: 0 } }],
        },
      ],
    };
  }

  put(key: Uint8Array, value: Uint8Array): Promise<void> {
    return this.engine.apply(this.mutation(key, value));
  }

  putBatch(entries: readonly KvEntry[]): Promise<void> {
    return this.engine.applyBatch(entries.map((e) => this.mutation(e.key, e.value)));
  }

  /** A names query — the row and its one column, as Cassandra runs `SELECT v FROM t WHERE k = ?`. */
  async get(key: Uint8Array): Promise<Uint8Array | undefined> {
    const partition = await this.engine.read(BENCH_TABLE_ID, tokenOf(key), key, FULL_SLICE, NAMES_QUERY);
    return valueOf(partition) ?? undefined;
  }

  /** Detects the cursor API by behaviour: a limit is honoured and `after` moves past a partition. */
  async prepare(): Promise<void> {
    const first = await this.cursorPage(undefined, 2);
    if (first.length > 2) {
      this.scanMode = 'fallback'; // options ignored: today's scan(tableId)
      return;
    }
    const [p0, p1] = first;
    if (p0 === undefined || p1 === undefined) {
      this.scanMode = undefined; // fewer than 2 partitions: undecidable, decide on the next prepare
      return;
    }
    const next = await this.cursorPage(p0, 1);
    this.scanMode = next.length === 1 && next[0] !== undefined && comparePartitionPositions(next[0], p1) === 0 ? 'cursor' : 'fallback';
  }

  scanNote(): string | undefined {
    return this.scanMode === undefined ? undefined : CASSIA_SCAN_NOTES[this.scanMode];
  }

  get detectedScanMode(): CassiaScanMode | undefined {
    return this.scanMode;
  }

  /** The `count` partitions after `key`'s position in token order (exclusive, as the cursor is). */
  async scanFrom(key: Uint8Array, count: number): Promise<number> {
    const position = { token: tokenOf(key), partitionKey: key };
    const page =
      this.scanMode === 'cursor' ? await this.cursorPage(position, count) : partitionsAfter(await this.wholeTable(), position, count);
    let visited = 0;
    for (const p of page.slice(0, count)) {
      assertValueLength(valueOf(p), VALUE_BYTES);
      visited++;
    }
    return visited;
  }

  async scanAll(): Promise<number> {
    let visited = 0;
    if (this.scanMode !== 'cursor') {
      for (const p of await this.wholeTable()) {
        assertValueLength(valueOf(p), VALUE_BYTES);
        visited++;
      }
      return visited;
    }
    let after: PartitionPosition | undefined;
    while (true) {
      const page = await this.cursorPage(after, CASSIA_SCAN_PAGE_PARTITIONS);
      if (page.length === 0) return visited;
      for (const p of page) {
        assertValueLength(valueOf(p), VALUE_BYTES);
        visited++;
      }
      const last = page[page.length - 1] as PartitionData;
      after = { token: last.token, partitionKey: last.partitionKey };
    }
  }

  stats(): unknown {
    return this.engine.stats();
  }

  close(): Promise<void> {
    return this.engine.close();
  }

  /** Today's `scan(tableId)`: every partition of the table, from memory. */
  private async wholeTable(): Promise<PartitionData[]> {
    const result = await (this.engine.scan as unknown as LooseScan).call(this.engine, BENCH_TABLE_ID);
    if (!Array.isArray(result)) throw new Error('engine.scan(tableId) did not return an array and the cursor API was not detected');
    return result as PartitionData[];
  }

  private async cursorPage(after: PartitionPosition | undefined, limit: number): Promise<PartitionData[]> {
    const scan = this.engine.scan as unknown as LooseScan;
    return normalizePage(await scan.call(this.engine, BENCH_TABLE_ID, after === undefined ? { limit } : { after, limit }), limit);
  }
}

function valueOf(partition: PartitionData | undefined): Uint8Array | null | undefined {
  return partition?.rows[0]?.cells.get(VALUE_COLUMN)?.value;
}

/** Accepts the page shapes a cursor API may return: `{ partitions, next }` (as planned), an array, or an async iterable. */
async function normalizePage(result: unknown, limit: number): Promise<PartitionData[]> {
  if (Array.isArray(result)) return result as PartitionData[];
  if (typeof result === 'object' && result !== null) {
    const partitions = (result as { partitions?: unknown }).partitions;
    if (Array.isArray(partitions)) return partitions as PartitionData[];
    if (Symbol.asyncIterator in result) {
      const out: PartitionData[] = [];
      for await (const p of result as AsyncIterable<PartitionData>) {
        out.push(p);
        if (out.length >= limit) break;
      }
      return out;
    }
  }
  throw new Error(`engine.scan returned an unrecognized shape: ${Object.prototype.toString.call(result)}`);
}

/** Fallback seek: binary search in a whole-table scan (token order). */
function partitionsAfter(all: readonly PartitionData[], position: PartitionPosition, count: number): readonly PartitionData[] {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (comparePartitionPositions(all[mid] as PartitionData, position) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return all.slice(lo, lo + count);
}

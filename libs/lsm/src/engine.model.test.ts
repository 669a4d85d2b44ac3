// Model-based test of the whole engine: random sequences of puts, deletes (cell, row, range,
// partition), TTLs, clock moves past TTLs and gc grace, flushes, compactions of both
// strategies (and major ones), clean reopens and simulated power loss, checked after every
// step against an in-memory model (every acknowledged mutation merged with the reconciliation
// rules) by point reads with random slices, directions and limits, and by full scans.
//
// Seeded: a failure names its seed; rerun one with LSM_TEST_SEEDS=<seed>. More seeds and
// longer runs: LSM_MODEL_SEEDS=<count> LSM_MODEL_STEPS=<steps> (npm run test:long).
import { describe, expect, it } from 'vitest';
import { ManualClock } from './clock.js';
import { comparePartitionPositions, compareBytes } from './bytes.js';
import { StorageEngine } from './engine.js';
import { FaultInjectingFileSystem } from './fault-fs.js';
import { liveRows } from './purge.js';
import { mergePartitions, partitionFromMutation } from './reconcile.js';
import { clusteringInSlice, FULL_SLICE, type ClusteringSlice } from './slice.js';
import { Random, seeds } from './testing/random.js';
import type { Cell, Mutation, PartitionData, RowData, RowUpdate } from './types.js';

const SEEDS = Number(process.env['LSM_MODEL_SEEDS'] ?? 12);
const STEPS = Number(process.env['LSM_MODEL_STEPS'] ?? 160);
const DATA = '/model';
const TABLES = { stcs: 'size-tiered', lcs: 'leveled' } as const;
const GC_GRACE_SECONDS = 50;
const KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const CLUSTERINGS = ['', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b'].map((c) => Uint8Array.from(Buffer.from(c)));
const COLUMNS = ['x', 'y'];
const VERSIONS = 2; // the lcs table keeps two versions of each cell

const tokenOf = (key: string) => BigInt(key.charCodeAt(0) % 3) - 1n; // few tokens: key order inside a token matters
type Model = Map<string, Map<string, PartitionData>>;

/** What a SELECT would show: live rows and their live cells (and live history). */
function view(p: PartitionData | undefined, now: number): unknown {
  if (p === undefined) return [];
  return liveRows(p, now).map((r: RowData) => ({
    c: Buffer.from(r.clustering).toString(),
    marker: r.liveness !== undefined,
    cells: [...r.cells].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, Buffer.from(c.value!).toString(), c.timestamp]),
    history: r.history === undefined ? [] : [...r.history].sort(([a], [b]) => a.localeCompare(b)).map(([k, cs]) => [k, cs.map((c) => c.timestamp)]),
  }));
}

function sliceRows(p: PartitionData | undefined, slice: ClusteringSlice, now: number, reversed: boolean, limit: number | undefined): unknown {
  if (p === undefined) return [];
  let rows = liveRows(p, now).filter((r) => clusteringInSlice(r.clustering, slice));
  if (reversed) rows = rows.reverse();
  if (limit !== undefined) rows = rows.slice(0, limit);
  return view({ ...p, rows: reversed ? rows.reverse() : rows, rangeTombstones: undefined, partitionDeletion: undefined } as PartitionData, now);
}

class Scenario {
  readonly r: Random;
  readonly clock = new ManualClock(1_800_000_000_000_000n);
  fs = new FaultInjectingFileSystem();
  engine!: StorageEngine;
  readonly model: Model = new Map(Object.keys(TABLES).map((t) => [t, new Map()]));
  private ts = 1_000n;
  readonly log: string[] = [];

  constructor(readonly seed: number) {
    this.r = new Random(seed);
  }

  async open(): Promise<void> {
    this.engine = await StorageEngine.open({
      dataDir: DATA,
      fs: this.fs,
      clock: this.clock,
      memtableBytesMax: 2_048 + this.r.int(4_096),
      compactionMode: 'manual',
      compactionBytesPerSecondMax: 0,
      tableOptions: {
        stcs: { gcGraceSeconds: GC_GRACE_SECONDS, compaction: { strategy: 'size-tiered', minSSTableSizeBytes: 0, minThreshold: 2 } },
        lcs: { gcGraceSeconds: GC_GRACE_SECONDS, versions: VERSIONS, compaction: { strategy: 'leveled', sstableSizeBytesTarget: 2_048, l0CompactionTrigger: 2 } },
      },
    });
  }

  /** Timestamps only go up (ties allowed): no write is older than a purged tombstone, as with real clocks. */
  private nextTs(): bigint {
    if (this.r.bool(0.8)) this.ts += BigInt(1 + this.r.int(3));
    return this.ts;
  }

  private cell(): Cell {
    const now = this.clock.nowSeconds();
    const timestamp = this.nextTs();
    const k = this.r.int(10);
    if (k < 2) return { value: null, timestamp, ttlSeconds: 0, localDeletionTime: now };
    const value = Uint8Array.from(Buffer.from(this.r.pick(['p', 'q', 'rr', 'sss'])));
    if (k < 4) {
      const ttl = 1 + this.r.int(30);
      return { value, timestamp, ttlSeconds: ttl, localDeletionTime: now + ttl };
    }
    return { value, timestamp, ttlSeconds: 0, localDeletionTime: 0 };
  }

  randomMutation(table: string): Mutation {
    const key = this.r.pick(KEYS);
    const now = this.clock.nowSeconds();
    const rows: RowUpdate[] = [];
    for (let i = 0; i < 1 + this.r.int(3); i++) {
      const cells: { column: string; cell: Cell }[] = [];
      for (const column of COLUMNS) if (this.r.bool(0.6)) cells.push({ column, cell: this.cell() });
      const u: { -readonly [K in keyof RowUpdate]: RowUpdate[K] } = { clustering: this.r.pick(CLUSTERINGS), cells };
      if (this.r.bool(0.4)) {
        const ttl = this.r.bool(0.3) ? 1 + this.r.int(30) : 0;
        u.liveness = { timestamp: this.nextTs(), ttlSeconds: ttl, localExpirationTime: ttl === 0 ? 0 : now + ttl };
      }
      if (this.r.bool(0.07)) u.deletion = { timestamp: this.nextTs(), localDeletionTime: now };
      rows.push(u);
    }
    const m: { -readonly [K in keyof Mutation]: Mutation[K] } = { tableId: table, token: tokenOf(key), partitionKey: Uint8Array.from(Buffer.from(key)), rows };
    if (this.r.bool(0.04)) m.partitionDeletion = { timestamp: this.nextTs(), localDeletionTime: now };
    if (this.r.bool(0.08)) {
      const [lo, hi] = [this.r.pick(CLUSTERINGS), this.r.pick(CLUSTERINGS)].sort(compareBytes);
      m.rangeTombstones = [{ start: lo!, startInclusive: this.r.bool(), end: hi!, endInclusive: this.r.bool(), deletion: { timestamp: this.nextTs(), localDeletionTime: now } }];
    }
    return m;
  }

  remember(m: Mutation): void {
    const versions = m.tableId === 'lcs' ? VERSIONS : 1;
    const t = this.model.get(m.tableId)!;
    const k = Buffer.from(m.partitionKey).toString();
    const p = partitionFromMutation(m, { versions });
    const old = t.get(k);
    t.set(k, old === undefined ? p : mergePartitions(old, p, { versions }));
  }

  async check(what: string): Promise<void> {
    const now = this.clock.nowSeconds();
    for (const table of Object.keys(TABLES)) {
      for (let i = 0; i < 3; i++) {
        const key = this.r.pick(KEYS);
        const expected = this.model.get(table)!.get(key);
        const [lo, hi] = [this.r.pick(CLUSTERINGS), this.r.pick(CLUSTERINGS)].sort(compareBytes);
        const slice: ClusteringSlice = this.r.bool(0.4) ? FULL_SLICE : { start: lo!, startInclusive: this.r.bool(), end: hi!, endInclusive: this.r.bool() };
        const reversed = this.r.bool();
        const limit = this.r.bool(0.5) ? 1 + this.r.int(3) : undefined;
        const got = await this.engine.read(table, tokenOf(key), Uint8Array.from(Buffer.from(key)), slice, {
          reversed,
          nowSeconds: now,
          ...(limit === undefined ? {} : { limitRows: limit }),
        });
        const where = `seed ${this.seed}, after ${what}: ${table}/${key} slice ${JSON.stringify(slice)} reversed=${reversed} limit=${limit}\n${this.log.slice(-12).join('\n')}`;
        expect(sliceRows(got, FULL_SLICE, now, false, undefined), where).toEqual(sliceRows(expected, slice, now, reversed, limit));
      }
      // A full scan in pages sees every partition the model has live data for, in order.
      const seen: string[] = [];
      let after: { token: bigint; partitionKey: Uint8Array } | undefined;
      for (;;) {
        const page = await this.engine.scan(table, { limit: 3, ...(after ? { after } : {}) });
        for (const p of page.partitions) {
          const key = Buffer.from(p.partitionKey).toString();
          expect(view(p, now), `seed ${this.seed}: scan ${table}/${key} after ${what}`).toEqual(view(this.model.get(table)!.get(key), now));
          if (liveRows(p, now).length > 0) seen.push(key);
        }
        if (page.next === undefined) break;
        after = page.next;
      }
      const expectedKeys = [...this.model.get(table)!.values()]
        .filter((p) => liveRows(p, now).length > 0)
        .sort(comparePartitionPositions)
        .map((p) => Buffer.from(p.partitionKey).toString());
      expect(seen, `seed ${this.seed}: scan of ${table} after ${what}`).toEqual(expectedKeys);
    }
  }

  async step(): Promise<void> {
    const k = this.r.int(100);
    const table = this.r.bool() ? 'stcs' : 'lcs';
    if (k < 55) {
      const batch = Array.from({ length: this.r.bool(0.2) ? 2 + this.r.int(3) : 1 }, () => this.randomMutation(table));
      await this.engine.applyBatch(batch);
      for (const m of batch) this.remember(m);
      this.log.push(`apply ${batch.length}`);
    } else if (k < 65) {
      await this.engine.flush();
      this.log.push('flush');
    } else if (k < 73) {
      await this.engine.compact(table);
      this.log.push(`compact ${table}`);
    } else if (k < 76) {
      await this.engine.majorCompact(table);
      this.log.push(`major ${table}`);
    } else if (k < 84) {
      const seconds = this.r.bool(0.7) ? 1 + this.r.int(20) : GC_GRACE_SECONDS + this.r.int(40);
      this.clock.advanceSeconds(seconds);
      this.log.push(`advance ${seconds}s`);
    } else if (k < 92) {
      await this.engine.close();
      await this.open();
      this.log.push('reopen');
    } else {
      // Power loss: everything not synced (file data and directory entries) is gone.
      // Group commit means every acknowledged write was synced, so the model is unchanged.
      this.fs = this.fs.crash();
      await this.open();
      this.log.push('crash');
    }
    await this.check(this.log.at(-1)!);
  }
}

describe('engine against an in-memory model (seeded)', () => {
  it.each(seeds(SEEDS))('seed %i', async (seed) => {
    const s = new Scenario(seed);
    await s.open();
    for (let i = 0; i < STEPS; i++) await s.step();
    await s.engine.close();
  });
});

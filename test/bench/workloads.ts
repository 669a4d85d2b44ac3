/**
 * The workloads (db_bench's names where one exists) and how each is timed. Every workload
 * draws its keys from a PRNG seeded the same way for every store, so both stores see the same
 * keys in the same order; every value read back is checked.
 *
 * Directories: `fillseq` and `fillrandom` each get a fresh store; `fillrandom-batch100` fills a
 * third fresh store, on which `overwrite` and then the read workloads run (when
 * `fillrandom-batch100` is not selected it still runs, untimed, to load that store).
 */
import { execFileSync } from 'node:child_process';
import type { KvEntry, KvStore } from './kv-store.ts';
import { assertValueLength } from './kv-store.ts';
import { KeyPermutation, SeededRandom, VALUE_BYTES, ValueSource, makeKey } from './keys.ts';

export const WORKLOAD_NAMES = [
  'fillseq',
  'fillrandom',
  'fillrandom-batch100',
  'overwrite',
  'readrandom',
  'readrandom-16',
  'readseq',
  'seekrandom-scan100',
] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

export const FILL_BATCH_ENTRIES = 100;
export const READS_IN_FLIGHT = 16;
export const SCAN_ENTRIES_PER_SEEK = 100;
/** Seeks in seekrandom: one per this many ops (10,000 seeks at the default 500,000 ops). */
export const OPS_PER_SEEK = 50;
/** Time limit of seekrandom per store: Cassia's fallback scan (no cursor yet) is O(table) per seek. */
export const SEEK_WORKLOAD_SECONDS_MAX = 30;

export const WORKLOAD_DESCRIPTIONS: Record<WorkloadName, string> = {
  fillseq: 'puts in key order, awaited one at a time, into an empty store',
  fillrandom: 'puts in random order (each key once), awaited one at a time, into an empty store',
  'fillrandom-batch100': `puts in random order (each key once) in batches of ${FILL_BATCH_ENTRIES}, one batch awaited at a time, into an empty store; ops = entries`,
  overwrite: 'puts of random existing keys (uniform, with repeats), awaited one at a time',
  readrandom: 'gets of random existing keys, awaited one at a time',
  'readrandom-16': `gets of random existing keys, ${READS_IN_FLIGHT} in flight`,
  readseq: "iterates every entry in the store's native order; ops = entries",
  'seekrandom-scan100': `seeks to a random existing key, then reads the next ${SCAN_ENTRIES_PER_SEEK} entries in native order; ops = seeks`,
};

/** Workloads that need their own fresh store, and the group that shares one (loaded by its first). */
export const WORKLOAD_GROUPS: readonly (readonly WorkloadName[])[] = [
  ['fillseq'],
  ['fillrandom'],
  ['fillrandom-batch100', 'overwrite', 'readrandom', 'readrandom-16', 'readseq', 'seekrandom-scan100'],
];

export interface Measurement {
  readonly ops: number;
  readonly seconds: number;
  readonly opsPerSec: number;
  /** Set when fewer ops ran than planned (time limit) or something else worth printing. */
  readonly note?: string;
}

export interface WorkloadContext {
  /** Keys in the store: indexes [0, keyCount). */
  readonly keyCount: number;
  readonly seeks: number;
  readonly seed: number;
  readonly values: ValueSource;
}

type WorkloadFn = (store: KvStore, ctx: WorkloadContext) => Promise<{ ops: number; note?: string }>;

const WORKLOADS: Record<WorkloadName, WorkloadFn> = {
  fillseq: async (store, ctx) => {
    for (let i = 0; i < ctx.keyCount; i++) await store.put(makeKey(i), ctx.values.value(i));
    return { ops: ctx.keyCount };
  },
  fillrandom: async (store, ctx) => {
    const order = new KeyPermutation(ctx.keyCount, ctx.seed);
    for (let i = 0; i < ctx.keyCount; i++) await store.put(makeKey(order.at(i)), ctx.values.value(i));
    return { ops: ctx.keyCount };
  },
  'fillrandom-batch100': async (store, ctx) => {
    const order = new KeyPermutation(ctx.keyCount, ctx.seed + 1);
    for (let start = 0; start < ctx.keyCount; start += FILL_BATCH_ENTRIES) {
      const batch: KvEntry[] = [];
      for (let i = start; i < Math.min(start + FILL_BATCH_ENTRIES, ctx.keyCount); i++) {
        batch.push({ key: makeKey(order.at(i)), value: ctx.values.value(i) });
      }
      await store.putBatch(batch);
    }
    return { ops: ctx.keyCount };
  },
  overwrite: async (store, ctx) => {
    const random = new SeededRandom(ctx.seed + 2);
    for (let i = 0; i < ctx.keyCount; i++) await store.put(makeKey(random.below(ctx.keyCount)), ctx.values.value(ctx.keyCount + i));
    return { ops: ctx.keyCount };
  },
  readrandom: async (store, ctx) => {
    const random = new SeededRandom(ctx.seed + 3);
    for (let i = 0; i < ctx.keyCount; i++) assertValueLength(await store.get(makeKey(random.below(ctx.keyCount))), VALUE_BYTES);
    return { ops: ctx.keyCount };
  },
  'readrandom-16': async (store, ctx) => {
    const random = new SeededRandom(ctx.seed + 4);
    let issued = 0;
    const worker = async (): Promise<void> => {
      while (issued < ctx.keyCount) {
        issued++;
        assertValueLength(await store.get(makeKey(random.below(ctx.keyCount))), VALUE_BYTES);
      }
    };
    await Promise.all(Array.from({ length: READS_IN_FLIGHT }, worker));
    return { ops: ctx.keyCount };
  },
  readseq: async (store, ctx) => {
    const visited = await store.scanAll();
    if (visited !== ctx.keyCount) throw new Error(`${store.name} readseq visited ${visited} entries, expected ${ctx.keyCount}`);
    return { ops: visited };
  },
  'seekrandom-scan100': async (store, ctx) => {
    const random = new SeededRandom(ctx.seed + 5);
    const deadline = performance.now() + SEEK_WORKLOAD_SECONDS_MAX * 1000;
    let seeks = 0;
    let entries = 0;
    while (seeks < ctx.seeks && performance.now() < deadline) {
      entries += await store.scanFrom(makeKey(random.below(ctx.keyCount)), SCAN_ENTRIES_PER_SEEK);
      seeks++;
    }
    const perSeek = (entries / Math.max(1, seeks)).toFixed(1);
    const limited = seeks < ctx.seeks ? `; stopped at ${seeks} of ${ctx.seeks} seeks (${SEEK_WORKLOAD_SECONDS_MAX} s limit)` : '';
    return { ops: seeks, note: `${perSeek} entries/seek${limited}` };
  },
};

/**
 * Runs one workload on `store` and times it, after writing back every dirty page (sync(1): a
 * store's fsyncs must not wait for the previous workload's, or the other store's, writeback) and a
 * full GC (when `--expose-gc` is on).
 */
export async function runWorkload(name: WorkloadName, store: KvStore, ctx: WorkloadContext): Promise<Measurement> {
  execFileSync('sync');
  (globalThis as { gc?: () => void }).gc?.();
  const started = performance.now();
  const { ops, note } = await WORKLOADS[name](store, ctx);
  const seconds = (performance.now() - started) / 1000;
  return { ops, seconds, opsPerSec: ops / seconds, ...(note === undefined ? {} : { note }) };
}

export function seeksFor(keyCount: number): number {
  return Math.max(1, Math.floor(keyCount / OPS_PER_SEEK));
}

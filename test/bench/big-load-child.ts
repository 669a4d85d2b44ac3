/**
 * One big load in its own process (see big-load.ts): argv[2] is a BigLoadConfig as JSON; the
 * result and progress go back over the IPC channel.
 */
import assert from 'node:assert/strict';
import type { StorageEngine } from '@cassia/lsm';
import type { BigLoadConfig, BigLoadMessage, BigLoadResult } from './big-load.ts';
import { BIG_LOAD_PROGRESS_INTERVAL_MS, BIG_LOAD_READ_SAMPLE, RSS_SAMPLE_INTERVAL_MS } from './big-load.ts';
import { BENCH_TABLE_ID, CassiaStore } from './cassia-store.ts';
import { directoryBytes, engineFigures, readPeakRss, readProcIo } from './engine-stats.ts';
import type { EngineFigures } from './engine-stats.ts';
import type { KvEntry } from './kv-store.ts';
import { assertValueLength } from './kv-store.ts';
import { KEY_BYTES, KeyPermutation, SeededRandom, VALUE_BYTES, ValueSource, makeKey } from './keys.ts';
import { FILL_BATCH_ENTRIES } from './workloads.ts';

/** Optional engine calls, feature-detected (the SSTable milestone may add them). */
interface FutureEngine {
  setTableOptions?(tableId: string, options: { compaction: { strategy: string } }): unknown;
  /** Resolves once everything written is in SSTables. */
  flush?(): unknown;
  /** Resolves once no compaction strategy wants to run. */
  compact?(): unknown;
}

/** Sends over IPC; resolves once the message is handed to the channel (so exiting cannot lose it). */
function send(message: BigLoadMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.send === undefined) throw new Error('big-load-child.ts must be started by big-load.ts (no IPC channel)');
    process.send(message, undefined, {}, (error) => (error ? reject(error) : resolve()));
  });
}

/** `BENCH_MEMORY_TRACE=1`: where the main thread's memory is, on stderr at each progress tick. */
const MEMORY_TRACE = process.env['BENCH_MEMORY_TRACE'] === '1';
const MIB = 2 ** 20;

function traceMemory(rows: number): void {
  const m = process.memoryUsage();
  const mib = (n: number) => (n / MIB).toFixed(0);
  process.stderr.write(`[memory] rows ${rows}: rss ${mib(m.rss)} heapTotal ${mib(m.heapTotal)} heapUsed ${mib(m.heapUsed)} external ${mib(m.external)} arrayBuffers ${mib(m.arrayBuffers)} MiB\n`);
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? '') as BigLoadConfig;
  assert.ok(Number.isInteger(config.rows) && config.rows > 0, 'rows must be a positive integer');
  const store = await CassiaStore.open(config.dir, 'no-sync');
  const engine = store.engine as StorageEngine & FutureEngine;

  let strategyApplied = false;
  if (typeof engine.setTableOptions === 'function') {
    await engine.setTableOptions(BENCH_TABLE_ID, { compaction: { strategy: config.strategy } });
    strategyApplied = true;
  }

  let peakRssSampled = process.memoryUsage.rss();
  let overCap = false;
  const sampler = setInterval(() => {
    const rss = process.memoryUsage.rss();
    peakRssSampled = Math.max(peakRssSampled, rss);
    if (rss > config.rssCapBytes) overCap = true;
  }, RSS_SAMPLE_INTERVAL_MS);

  const values = new ValueSource(config.seed);
  const order = new KeyPermutation(config.rows, config.seed + 6);
  const io0 = await readProcIo();
  const figures0 = engineFigures(store.stats());
  const started = performance.now();
  let lastProgress = started;
  let rowsLoaded = 0;
  let snapshotTaken = false;
  while (rowsLoaded < config.rows && !overCap) {
    const end = Math.min(rowsLoaded + FILL_BATCH_ENTRIES, config.rows);
    const batch: KvEntry[] = [];
    for (let i = rowsLoaded; i < end; i++) batch.push({ key: makeKey(order.at(i)), value: values.value(i) });
    await store.putBatch(batch);
    rowsLoaded = end;
    const now = performance.now();
    if (now - lastProgress >= BIG_LOAD_PROGRESS_INTERVAL_MS) {
      lastProgress = now;
      send({ type: 'progress', rows: rowsLoaded, rssBytes: process.memoryUsage.rss(), seconds: (now - started) / 1000 }).catch(() => undefined); // best effort
      if (MEMORY_TRACE) traceMemory(rowsLoaded);
      if (process.env['BENCH_HEAP_SNAPSHOT_AT'] !== undefined && rowsLoaded >= Number(process.env['BENCH_HEAP_SNAPSHOT_AT']) && !snapshotTaken) {
        snapshotTaken = true;
        process.stderr.write(`[memory] heap snapshot: ${(await import('node:v8')).writeHeapSnapshot()}\n`);
      }
    }
  }
  const loadSeconds = (performance.now() - started) / 1000;

  const settled: string[] = [];
  const settleStarted = performance.now();
  if (typeof engine.flush === 'function') {
    await engine.flush();
    settled.push('flush()');
  }
  if (typeof engine.compact === 'function') {
    await engine.compact();
    settled.push('compact()');
  }
  const settleSeconds = (performance.now() - settleStarted) / 1000;
  clearInterval(sampler);
  const io1 = await readProcIo();
  const figures1 = engineFigures(store.stats());

  // Read amplification: random point reads of loaded keys.
  const random = new SeededRandom(config.seed + 7);
  const reads = Math.min(BIG_LOAD_READ_SAMPLE, rowsLoaded);
  const readsStarted = performance.now();
  for (let i = 0; i < reads; i++) assertValueLength(await store.get(makeKey(order.at(random.below(rowsLoaded)))), VALUE_BYTES);
  const readSeconds = (performance.now() - readsStarted) / 1000;
  const io2 = await readProcIo();
  const figures2 = engineFigures(store.stats());

  const diskBytes = await directoryBytes(config.dir);
  const peakRssKernel = await readPeakRss();
  await store.close();

  const userBytes = rowsLoaded * (KEY_BYTES + VALUE_BYTES);
  const peakRssBytes = Math.max(peakRssSampled, peakRssKernel ?? 0);
  const result: BigLoadResult = {
    strategy: config.strategy,
    strategyApplied,
    rowsPlanned: config.rows,
    rowsLoaded,
    ...(overCap ? { stopReason: `RSS above the ${Math.round(config.rssCapBytes / 2 ** 20)} MiB cap (--rss-cap-mib)` } : {}),
    loadSeconds,
    rowsPerSec: rowsLoaded / loadSeconds,
    settled,
    settleSeconds,
    peakRssBytes,
    peakRssBytesSampled: peakRssSampled,
    userBytes,
    writeAmplification: writeAmplification(figures0, figures1, userBytes, io0 && io1 ? io1.wchar - io0.wchar : undefined),
    readAmplification: {
      reads,
      readsPerSec: reads / readSeconds,
      ...ratioField('sstablesPerRead', delta(figures1, figures2, 'sstablesTouched'), delta(figures1, figures2, 'pointReads')),
      ...ratioField('bytesReadPerRead', io1 && io2 ? io2.rchar - io1.rchar : undefined, reads),
    },
    spaceAmplification: { diskBytes, liveBytes: userBytes, ratio: diskBytes / userBytes },
    ...(figures2.sstableCount === undefined ? {} : { sstableCount: figures2.sstableCount }),
  };
  await send({ type: 'result', result });
}

function delta(before: EngineFigures, after: EngineFigures, name: keyof EngineFigures): number | undefined {
  const a = before[name];
  const b = after[name];
  return a === undefined || b === undefined ? undefined : b - a;
}

function ratioField<K extends string>(name: K, numerator: number | undefined, denominator: number | undefined): { [P in K]?: number } {
  if (numerator === undefined || denominator === undefined || denominator <= 0) return {};
  return { [name]: numerator / denominator } as { [P in K]?: number };
}

function writeAmplification(before: EngineFigures, after: EngineFigures, userBytes: number, osBytes: number | undefined): BigLoadResult['writeAmplification'] {
  const commitLog = delta(before, after, 'commitLogBytesWritten');
  const flush = delta(before, after, 'flushBytesWritten');
  const compaction = delta(before, after, 'compactionBytesWritten');
  const total = commitLog !== undefined && flush !== undefined && compaction !== undefined ? commitLog + flush + compaction : undefined;
  return {
    ...ratioField('engine', total, userBytes),
    ...ratioField('commitLog', commitLog, userBytes),
    ...ratioField('flush', flush, userBytes),
    ...ratioField('compaction', compaction, userBytes),
    ...ratioField('os', osBytes, userBytes),
  };
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    process.stderr.write(`[big load] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await send({ type: 'error', message: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
    process.exit(1);
  },
);

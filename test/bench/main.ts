/**
 * `npm run bench:lsm`: Cassia's storage engine against classic-level (LevelDB) — and RocksDB's
 * db_bench where installed — on db_bench's workloads, in one process, first without a sync per
 * write, then with one; then a big load per compaction strategy. Prints tables, and the same
 * rows as JSON with `--json FILE`. See README.md for what each figure means.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { RSS_TARGET_BYTES, runBigLoads } from './big-load.ts';
import { CASSIA_SETTINGS, CassiaStore } from './cassia-store.ts';
import type { Durability, KvStore } from './kv-store.ts';
import { KEY_BYTES, VALUE_BYTES, ValueSource } from './keys.ts';
import { LEVEL_SETTINGS, LevelStore } from './level-store.ts';
import type { BenchOptions } from './options.ts';
import { USAGE, UsageError, parseOptions } from './options.ts';
import type { BenchReport, ModeResult, ResultRow } from './report.ts';
import { REPORT_FORMAT_VERSION, formatBytes, formatCount, renderBigLoad, renderMode } from './report.ts';
import type { DbBench } from './rocksdb.ts';
import { DB_BENCH_NOTES, findDbBench, runDbBench } from './rocksdb.ts';
import type { Measurement, WorkloadContext, WorkloadName } from './workloads.ts';
import { FILL_BATCH_ENTRIES, WORKLOAD_DESCRIPTIONS, WORKLOAD_GROUPS, runWorkload, seeksFor } from './workloads.ts';

const run = promisify(execFile);
const READ_WORKLOADS: ReadonlySet<WorkloadName> = new Set(['readrandom', 'readrandom-16', 'readseq', 'seekrandom-scan100']);

interface StoreKind {
  readonly name: 'cassia' | 'classic-level';
  open(dir: string, durability: Durability): Promise<KvStore>;
}

const STORES: readonly StoreKind[] = [
  { name: 'cassia', open: (dir, durability) => CassiaStore.open(dir, durability) },
  { name: 'classic-level', open: (dir, durability) => LevelStore.open(dir, durability) },
];

const MODE_SETTINGS: Record<Durability, readonly string[]> = {
  'no-sync': [
    CASSIA_SETTINGS['no-sync'],
    'classic-level: sync: false on every put and batch (written to LevelDB\'s log, not fsynced)',
    'rocksdb db_bench: --sync=0 (WAL on)',
  ],
  sync: [
    CASSIA_SETTINGS.sync,
    'classic-level: sync: true on every put and batch (LevelDB fsyncs its log before acknowledging each write call)',
    'rocksdb db_bench: --sync=1 (WAL on)',
    'every write row here awaits one write (or one batch) at a time, so both stores do one fsync per op (per batch in fillrandom-batch100);' +
      ' Cassia\'s group commit shares one fsync among concurrent writes, which no row here exercises',
  ],
};

const CASSIA_LAYOUT = "cassia: one partition per key (table 'bench', token = 64-bit hash of the key, one row, one cell 'v')";

const GENERAL_NOTES = [
  'ratio = cassia ops/s ÷ classic-level ops/s: above 1.00x Cassia is ahead',
  'readseq and seekrandom-scan100 iterate in each store\'s native order: key order for LevelDB and RocksDB, token (hash) order for Cassia' +
    ' (as in Cassandra); visiting N entries in native order is the fair equivalent. A LevelDB seek lands on the key (inclusive), a Cassia' +
    ' cursor resumes after it (exclusive); both then read 100 entries',
  'one process, one store at a time, each in a fresh directory on the same disk; dirty pages are written back (sync) and a full GC runs before every timed workload',
  'Cassia does its data model\'s work on every op (a 64-bit token hash of the key, a Mutation with one row and one cell, a timestamp); LevelDB stores raw bytes',
  'cassia point reads are names queries (the row and its one column, as Cassandra runs SELECT v FROM t WHERE k = ?): SSTables are read newest data first and the read stops once the newest cell is found, as LevelDB stops at the newest version',
  `keys are db_bench's (${KEY_BYTES}-digit zero-padded decimals), values ${VALUE_BYTES} random (incompressible) bytes; compression is off in every store`,
];

async function main(): Promise<number> {
  let parsed: BenchOptions | 'help';
  try {
    parsed = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const options = parsed;
  const baseDir = await mkdtemp(join(options.dir, 'cassia-bench-'));
  const removeBaseDir = (): Promise<void> => rm(baseDir, { recursive: true, force: true });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void removeBaseDir().finally(() => process.exit(130));
    });
  }
  try {
    return await runAll(options, baseDir);
  } finally {
    await removeBaseDir();
  }
}

async function runAll(options: BenchOptions, baseDir: string): Promise<number> {
  const dbBench = await findDbBench();
  const report: BenchReport = {
    formatVersion: REPORT_FORMAT_VERSION,
    startedAt: new Date().toISOString(),
    environment: await environment(dbBench),
    settings: {
      ops: options.ops,
      keyBytes: KEY_BYTES,
      valueBytes: VALUE_BYTES,
      seeks: seeksFor(options.ops),
      seed: options.seed,
      workloads: options.only,
      modes: options.modes,
      storeDir: baseDir,
      stores: { cassia: CASSIA_LAYOUT, classicLevel: LEVEL_SETTINGS },
    },
    modes: [],
    notes: [...GENERAL_NOTES, ...(dbBench === undefined ? [] : DB_BENCH_NOTES)],
  };
  const env = report.environment;
  print(`Cassia storage-engine benchmark — ${report.startedAt}`);
  print(`node ${env['node']}, ${env['cpus']} x ${env['cpuModel']}, ${formatBytes(Number(env['memoryBytes']))} RAM; cassia ${env['cassia']}; classic-level ${env['classicLevel']}; rocksdb ${env['rocksdb']}`);
  print(
    `${formatCount(options.ops)} ops per workload (seekrandom: ${formatCount(seeksFor(options.ops))} seeks), ${KEY_BYTES}-byte keys, ${VALUE_BYTES}-byte values, write-ahead log on, seed ${options.seed}, stores under ${baseDir}`,
  );
  print(`${CASSIA_LAYOUT}; ${LEVEL_SETTINGS}`);
  for (const w of options.only) print(`  ${w.padEnd(20)} ${WORKLOAD_DESCRIPTIONS[w]}`);

  const values = new ValueSource(options.seed);
  for (const mode of options.modes) {
    print(`\n== ${mode === 'no-sync' ? 'no-sync: write-ahead log on, no sync per write' : 'sync: every acknowledged write is fsynced'} ==`);
    for (const s of MODE_SETTINGS[mode]) print(`  ${s}`);
    const result = await runMode(mode, options, baseDir, values, dbBench, report.notes);
    report.modes.push(result);
    print(renderMode(result));
    await writeReport(options, report);
  }

  if (!options.skipBig) {
    const settings = [
      `${formatCount(options.bigRows)} rows into cassia in batches of ${FILL_BATCH_ENTRIES}, random order (each key once), ${CASSIA_SETTINGS['no-sync']}`,
      `one fresh child process per strategy; RSS sampled every 100 ms, and the kernel's peak (VmHWM); stops above ${options.rssCapMib} MiB RSS`,
    ];
    print(`\n== big load: ${formatCount(options.bigRows)} rows per compaction strategy (${options.strategies.join(', ')}) ==`);
    for (const s of settings) print(`  ${s}`);
    const outcomes = await runBigLoads(baseDir, options.bigRows, options.strategies, options.seed, options.rssCapMib * 1024 * 1024);
    report.bigLoad = { rows: options.bigRows, settings, outcomes };
    print(renderBigLoad(outcomes, RSS_TARGET_BYTES));
  }

  print('\nNotes:');
  for (const note of report.notes) print(`  - ${note}`);
  report.finishedAt = new Date().toISOString();
  await writeReport(options, report);
  if (options.json !== undefined) print(`\nJSON written to ${options.json}`);
  return 0;
}

async function runMode(
  mode: Durability,
  options: BenchOptions,
  baseDir: string,
  values: ValueSource,
  dbBench: DbBench | undefined,
  notes: string[],
): Promise<ModeResult> {
  const selected = new Set(options.only);
  const ctx: WorkloadContext = { keyCount: options.ops, seeks: seeksFor(options.ops), seed: options.seed, values };
  const results = new Map<string, Measurement>(); // `${store}/${workload}`
  const errors = new Map<WorkloadName, string[]>();
  const fail = (workload: WorkloadName, message: string): void => {
    errors.set(workload, [...(errors.get(workload) ?? []), message]);
  };

  for (const group of WORKLOAD_GROUPS) {
    if (!group.some((w) => selected.has(w))) continue;
    for (const kind of STORES) {
      const dir = join(baseDir, `${mode}-${kind.name}-${group[0]}`);
      await runGroup(group, selected, `[${mode}] ${kind.name}`, () => kind.open(dir, mode), ctx, notes, (w, m) => results.set(`${kind.name}/${w}`, m), (w, e) =>
        fail(w, `${kind.name} failed: ${e}`),
      );
      await rm(dir, { recursive: true, force: true });
    }
    if (dbBench !== undefined) {
      const dir = join(baseDir, `${mode}-rocksdb-${group[0]}`);
      for (const w of group) {
        try {
          const m = await runDbBench(dbBench, w, { dir, keyCount: ctx.keyCount, seeks: ctx.seeks, durability: mode, seed: options.seed });
          if (selected.has(w)) {
            results.set(`rocksdb/${w}`, m);
            progress(`[${mode}] rocksdb ${w}: ${formatCount(m.opsPerSec)} ops/s`);
          }
        } catch (error) {
          results.delete(`rocksdb/${w}`);
          fail(w, `rocksdb failed: ${firstLine(error)}`);
          if (w === group[0]) break;
        }
      }
      await rm(dir, { recursive: true, force: true });
    }
  }

  const rows: ResultRow[] = options.only.map((w) => {
    const cassia = results.get(`cassia/${w}`);
    const classicLevel = results.get(`classic-level/${w}`);
    const rocksdb = results.get(`rocksdb/${w}`);
    const rowErrors = errors.get(w);
    return {
      workload: w,
      ops: w === 'seekrandom-scan100' ? ctx.seeks : ctx.keyCount,
      ...(cassia === undefined ? {} : { cassia }),
      ...(classicLevel === undefined ? {} : { classicLevel }),
      ...(cassia === undefined || classicLevel === undefined ? {} : { ratio: cassia.opsPerSec / classicLevel.opsPerSec }),
      ...(rocksdb === undefined ? { rocksdbStatus: dbBench === undefined ? 'not installed' : 'failed' } : { rocksdb }),
      ...(rowErrors === undefined ? {} : { errors: rowErrors }),
    };
  });
  return { mode, settings: MODE_SETTINGS[mode], rows };
}

/** Runs one group on a fresh store: its first workload loads the store (timed only if selected). */
async function runGroup(
  group: readonly WorkloadName[],
  selected: ReadonlySet<WorkloadName>,
  label: string,
  open: () => Promise<KvStore>,
  ctx: WorkloadContext,
  notes: string[],
  record: (w: WorkloadName, m: Measurement) => void,
  fail: (w: WorkloadName, message: string) => void,
): Promise<void> {
  let store: KvStore | undefined;
  let prepared = false;
  let current: WorkloadName = group[0] as WorkloadName;
  try {
    store = await open();
    for (const w of group) {
      current = w;
      if (w !== group[0] && !selected.has(w)) continue;
      if (READ_WORKLOADS.has(w) && !prepared) {
        await store.prepare();
        prepared = true;
      }
      const m = await runWorkload(w, store, ctx);
      if (selected.has(w)) {
        record(w, m);
        progress(`${label} ${w}: ${formatCount(m.opsPerSec)} ops/s (${m.seconds.toFixed(1)} s)`);
      }
    }
    const scanNote = store.scanNote?.();
    if (scanNote !== undefined && !notes.includes(scanNote)) notes.push(scanNote);
  } catch (error) {
    const message = firstLine(error);
    progress(`${label} ${current}: FAILED: ${message}`);
    for (const w of group.slice(group.indexOf(current))) if (selected.has(w)) fail(w, message);
  } finally {
    await store?.close().catch((error: unknown) => progress(`${label}: close failed: ${firstLine(error)}`));
  }
}

async function environment(dbBench: DbBench | undefined): Promise<Record<string, string | number>> {
  const require = createRequire(import.meta.url);
  const levelPkgPath = require.resolve('classic-level/package.json');
  const levelVersion = (JSON.parse(await readFile(levelPkgPath, 'utf8')) as { version: string }).version;
  const leveldbDir = (await readdir(join(dirname(levelPkgPath), 'deps', 'leveldb')).catch(() => [] as string[])).find((d) => d.startsWith('leveldb-'));
  const lsmPkgPath = join(dirname(fileURLToPath(import.meta.resolve('@cassia/lsm'))), '..', 'package.json');
  const lsmVersion = (JSON.parse(await readFile(lsmPkgPath, 'utf8')) as { version: string }).version;
  let commit = 'unknown commit';
  try {
    const { stdout } = await run('git', ['-C', import.meta.dirname, 'describe', '--always', '--dirty']);
    commit = stdout.trim();
  } catch {
    // not a git checkout
  }
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryBytes: totalmem(),
    cassia: `@cassia/lsm ${lsmVersion} (${commit})`,
    classicLevel: `${levelVersion} (${leveldbDir?.replace('leveldb-', 'LevelDB ') ?? 'LevelDB'})`,
    rocksdb: dbBench === undefined ? 'db_bench not installed (apt-get install rocksdb-tools)' : `db_bench ${dbBench.version} (${dbBench.path})`,
  };
}

async function writeReport(options: BenchOptions, report: BenchReport): Promise<void> {
  if (options.json !== undefined) await writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

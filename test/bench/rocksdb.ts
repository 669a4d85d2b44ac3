/**
 * RocksDB's own benchmark, `db_bench` (Debian: `apt-get install rocksdb-tools`), run for the
 * same workloads as a third column when it is installed. Never installed by the harness.
 * Each workload is one db_bench invocation on the same `--db` directory: the fills start fresh
 * (`--use_existing_db=0` destroys the directory first), the rest reuse the store the batch fill
 * loaded (`--use_existing_db=1`), as our stores do. Output parsed: db_bench's
 * `<name> : <x> micros/op <n> ops/sec ...` line.
 */
import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { Durability } from './kv-store.ts';
import { KEY_BYTES, VALUE_BYTES } from './keys.ts';
import type { Measurement, WorkloadName } from './workloads.ts';
import { FILL_BATCH_ENTRIES, READS_IN_FLIGHT, SCAN_ENTRIES_PER_SEEK } from './workloads.ts';

const run = promisify(execFile);
const DB_BENCH_NAMES = ['db_bench', 'rocksdb_db_bench'];
const DB_BENCH_EXTRA_DIRS = ['/usr/bin', '/usr/local/bin'];
const DB_BENCH_TIMEOUT_MS = 60 * 60 * 1000;
const DB_BENCH_OUTPUT_BYTES_MAX = 64 * 1024 * 1024;

export interface DbBench {
  readonly path: string;
  readonly version: string;
}

export interface DbBenchRunOptions {
  readonly dir: string;
  readonly keyCount: number;
  readonly seeks: number;
  readonly durability: Durability;
  readonly seed: number;
}

/** db_bench's benchmark name and flags for each of our workloads. */
const DB_BENCH_WORKLOADS: Record<WorkloadName, { readonly benchmark: string; readonly fresh: boolean; readonly flags: (o: DbBenchRunOptions) => string[] }> = {
  fillseq: { benchmark: 'fillseq', fresh: true, flags: () => [] },
  fillrandom: { benchmark: 'fillrandom', fresh: true, flags: () => [] },
  'fillrandom-batch100': { benchmark: 'fillrandom', fresh: true, flags: () => [`--batch_size=${FILL_BATCH_ENTRIES}`] },
  overwrite: { benchmark: 'overwrite', fresh: false, flags: () => [] },
  readrandom: { benchmark: 'readrandom', fresh: false, flags: (o) => [`--reads=${o.keyCount}`] },
  'readrandom-16': { benchmark: 'multireadrandom', fresh: false, flags: (o) => [`--reads=${o.keyCount}`, `--batch_size=${READS_IN_FLIGHT}`] },
  readseq: { benchmark: 'readseq', fresh: false, flags: (o) => [`--reads=${o.keyCount}`] },
  'seekrandom-scan100': { benchmark: 'seekrandom', fresh: false, flags: (o) => [`--reads=${o.seeks}`, `--seek_nexts=${SCAN_ENTRIES_PER_SEEK}`] },
};

export const DB_BENCH_NOTES = [
  `db_bench: one invocation per workload, single thread, --key_size=${KEY_BYTES} --value_size=${VALUE_BYTES} --compression_type=none, WAL on, --sync=0/1; other options are db_bench's defaults`,
  `db_bench: readrandom-16 is multireadrandom (MultiGet of ${READS_IN_FLIGHT} keys per call), its single-thread equivalent of ${READS_IN_FLIGHT} in flight`,
  "db_bench: fill keys come from its own generator (fillrandom draws with repeats, so fewer distinct keys and some reads miss): a reference figure, not an op-for-op replay",
  "db_bench: Debian's rocksdb-tools is built with assertions on (it warns that it is slower than a release build)",
];

/** Finds db_bench on PATH, in the usual bin directories, or in `dpkg -L rocksdb-tools`. */
export async function findDbBench(): Promise<DbBench | undefined> {
  const dirs = [...(process.env['PATH'] ?? '').split(delimiter).filter((d) => d !== ''), ...DB_BENCH_EXTRA_DIRS];
  const candidates = dirs.flatMap((d) => DB_BENCH_NAMES.map((n) => join(d, n)));
  try {
    const { stdout } = await run('dpkg', ['-L', 'rocksdb-tools']);
    candidates.push(...stdout.split('\n').filter((line) => DB_BENCH_NAMES.some((n) => line.endsWith(`/${n}`))));
  } catch {
    // no dpkg or package not installed
  }
  for (const path of candidates) {
    if (!(await isExecutable(path))) continue;
    try {
      const { stdout, stderr } = await run(path, ['--version']);
      const version = /version\s+(\S+)/.exec(stdout + stderr)?.[1] ?? 'unknown version';
      return { path, version };
    } catch {
      continue;
    }
  }
  return undefined;
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Runs one workload in db_bench; rejects with db_bench's output when it fails or prints no figure. */
export async function runDbBench(dbBench: DbBench, workload: WorkloadName, o: DbBenchRunOptions): Promise<Measurement> {
  const spec = DB_BENCH_WORKLOADS[workload];
  const args = [
    `--benchmarks=${spec.benchmark}`,
    `--db=${o.dir}`,
    `--use_existing_db=${spec.fresh ? 0 : 1}`,
    `--num=${o.keyCount}`,
    `--key_size=${KEY_BYTES}`,
    `--value_size=${VALUE_BYTES}`,
    '--compression_type=none',
    '--threads=1',
    '--disable_wal=0',
    `--sync=${o.durability === 'sync' ? 1 : 0}`,
    `--seed=${o.seed}`,
    ...spec.flags(o),
  ];
  const { stdout, stderr } = await run(dbBench.path, args, { timeout: DB_BENCH_TIMEOUT_MS, maxBuffer: DB_BENCH_OUTPUT_BYTES_MAX });
  return parseDbBenchOutput(spec.benchmark, stdout + '\n' + stderr);
}

/** Parses `fillseq      :       1.412 micros/op 706464 ops/sec 0.028 seconds 20000 operations; ...`. */
export function parseDbBenchOutput(benchmark: string, output: string): Measurement {
  const pattern = new RegExp(`^${benchmark}\\s*:\\s*([\\d.]+) micros/op (\\d+) ops/sec(?: ([\\d.]+) seconds (\\d+) operations)?(.*)$`, 'm');
  const m = pattern.exec(output);
  if (m === null) throw new Error(`no "${benchmark}" result in db_bench output:\n${output.slice(-2000)}`);
  const opsPerSec = Number(m[2]);
  const seconds = m[3] === undefined ? Number.NaN : Number(m[3]);
  const ops = m[4] === undefined ? Number.NaN : Number(m[4]);
  const found = /\((\d+) of (\d+) found\)/.exec(m[5] ?? '');
  return { ops, seconds, opsPerSec, ...(found ? { note: `${found[1]} of ${found[2]} found` } : {}) };
}

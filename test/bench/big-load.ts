/**
 * The big load: N rows (batches of 100, random order, each key once) into Cassia, once per
 * compaction strategy, each in a fresh child process (so its peak RSS is the load's alone, and
 * an out-of-memory crash of today's unbounded memtable costs only that row). The child
 * (`big-load-child.ts`) samples RSS every 100 ms and stops early above `--rss-cap-mib`.
 */
import { fork } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatBytes, formatCount } from './report.ts';

export const RSS_SAMPLE_INTERVAL_MS = 100;
export const BIG_LOAD_PROGRESS_INTERVAL_MS = 5000;
/** Random point reads after the load, for read amplification. */
export const BIG_LOAD_READ_SAMPLE = 10_000;
export const RSS_TARGET_BYTES = 512 * 1024 * 1024;

export interface BigLoadConfig {
  readonly dir: string;
  readonly rows: number;
  readonly strategy: string;
  readonly seed: number;
  readonly rssCapBytes: number;
}

export interface BigLoadResult {
  readonly strategy: string;
  /** False when the engine has no `setTableOptions` (the load ran with the engine's default). */
  readonly strategyApplied: boolean;
  readonly rowsPlanned: number;
  readonly rowsLoaded: number;
  readonly stopReason?: string;
  readonly loadSeconds: number;
  readonly rowsPerSec: number;
  /** Engine calls made after the load to let flushes/compactions finish, and their time. */
  readonly settled: readonly string[];
  readonly settleSeconds: number;
  readonly peakRssBytes: number;
  readonly peakRssBytesSampled: number;
  readonly userBytes: number;
  readonly writeAmplification: {
    /** (commit log + flush + compaction bytes) ÷ user bytes, when all three stats exist. */
    readonly engine?: number;
    readonly commitLog?: number;
    readonly flush?: number;
    readonly compaction?: number;
    /** Bytes this process passed to write() ÷ user bytes (/proc/self/io wchar). */
    readonly os?: number;
  };
  readonly readAmplification: {
    readonly reads: number;
    readonly readsPerSec: number;
    readonly sstablesPerRead?: number;
    /** Bytes passed to read() per point read (/proc/self/io rchar): block cache misses included, page cache hits too. */
    readonly bytesReadPerRead?: number;
  };
  readonly spaceAmplification: {
    readonly diskBytes: number;
    /** Live rows × (16 B key + 100 B value). */
    readonly liveBytes: number;
    readonly ratio: number;
  };
  readonly sstableCount?: number;
}

export type BigLoadMessage =
  | { readonly type: 'progress'; readonly rows: number; readonly rssBytes: number; readonly seconds: number }
  | { readonly type: 'result'; readonly result: BigLoadResult }
  | { readonly type: 'error'; readonly message: string };

export interface BigLoadOutcome {
  readonly strategy: string;
  readonly result?: BigLoadResult;
  readonly error?: string;
}

const CHILD_PATH = fileURLToPath(new URL('./big-load-child.ts', import.meta.url));

/** Runs the load once per strategy; stops after the first when the engine ignores strategies. */
export async function runBigLoads(baseDir: string, rows: number, strategies: readonly string[], seed: number, rssCapBytes: number): Promise<BigLoadOutcome[]> {
  const outcomes: BigLoadOutcome[] = [];
  for (const strategy of strategies) {
    const dir = join(baseDir, `big-${strategy}`);
    await mkdir(dir, { recursive: true });
    try {
      const outcome = await runChild({ dir, rows, strategy, seed, rssCapBytes });
      outcomes.push(outcome);
      if (outcome.result !== undefined && !outcome.result.strategyApplied) break;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return outcomes;
}

function runChild(config: BigLoadConfig): Promise<BigLoadOutcome> {
  return new Promise((resolve) => {
    const child = fork(CHILD_PATH, [JSON.stringify(config)], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: BigLoadResult | undefined;
    let failure: string | undefined;
    let last: { rows: number; rssBytes: number } | undefined;
    child.on('message', (message: BigLoadMessage) => {
      if (message.type === 'result') result = message.result;
      else if (message.type === 'error') failure = message.message;
      else {
        last = message;
        process.stderr.write(
          `[big load ${config.strategy}] ${formatCount(message.rows)} / ${formatCount(config.rows)} rows, ${message.seconds.toFixed(0)} s, RSS ${formatBytes(message.rssBytes)}\n`,
        );
      }
    });
    child.on('error', (error) => resolve({ strategy: config.strategy, error: error.message }));
    child.on('exit', (code, signal) => {
      if (result !== undefined) resolve({ strategy: config.strategy, result });
      else {
        const at = last === undefined ? '' : ` after ${formatCount(last.rows)} rows (RSS ${formatBytes(last.rssBytes)})`;
        resolve({ strategy: config.strategy, error: `${failure ?? 'load process died'} (${signal ?? `exit code ${code}`})${at}` });
      }
    });
  });
}

/**
 * The figures the big load reads, each feature-detected: an engine stat that is not there is
 * `undefined` (printed "n/a"), never an error. `ENGINE_STATS` is the one place that knows where
 * each figure sits in `StorageEngine.stats()`. OS-side figures (/proc/self/io, directory
 * sizes) need nothing from the engine.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Figure → where it is in `engine.stats()` (cumulative since open unless said otherwise). These
 * are the names of the SSTable milestone's `StorageEngineStats` as being written; a figure the
 * engine does not have is simply undefined.
 */
export const ENGINE_STATS = {
  /** Bytes appended to commit-log segments. */
  commitLogBytesWritten: (s: unknown) => numberAt(s, ['commitLog', 'bytesWritten']),
  /** SSTable bytes written by memtable flushes. */
  flushBytesWritten: (s: unknown) => numberAt(s, ['flushBytesWritten']),
  /** SSTable bytes written by compactions. */
  compactionBytesWritten: (s: unknown) => numberAt(s, ['compaction', 'bytesWritten']),
  /** Point reads served. */
  pointReads: (s: unknown) => numberAt(s, ['reads']),
  /** SSTables whose data point reads had to read, summed over reads. */
  sstablesTouched: (s: unknown) => numberAt(s, ['sstablesTouched']),
  /** Live SSTables now: the sum of `sstables[].count` (one entry per table and level). */
  sstableCount: (s: unknown) => sumAt(s, ['sstables'], 'count'),
  /** Bytes of live SSTables now. */
  sstableBytes: (s: unknown) => numberAt(s, ['sstableBytesTotal']),
} as const satisfies Record<string, (stats: unknown) => number | undefined>;

export type EngineFigures = { -readonly [K in keyof typeof ENGINE_STATS]?: number };

export function engineFigures(stats: unknown): EngineFigures {
  const out: EngineFigures = {};
  for (const [name, read] of Object.entries(ENGINE_STATS) as [keyof EngineFigures, (s: unknown) => number | undefined][]) {
    const value = read(stats);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function numberAt(root: unknown, path: readonly string[]): number | undefined {
  const at = valueAt(root, path);
  if (typeof at === 'number' && Number.isFinite(at)) return at;
  if (typeof at === 'bigint') return Number(at);
  return undefined;
}

function sumAt(root: unknown, path: readonly string[], field: string): number | undefined {
  const items = valueAt(root, path);
  if (!Array.isArray(items)) return undefined;
  let total = 0;
  for (const item of items) {
    const n = numberAt(item, [field]);
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}

/** Bytes this process passed to read()/write() system calls (Linux /proc/self/io); undefined elsewhere. */
export interface ProcIo {
  readonly rchar: number;
  readonly wchar: number;
}

export async function readProcIo(): Promise<ProcIo | undefined> {
  try {
    const text = await readFile('/proc/self/io', 'utf8');
    const field = (name: string): number | undefined => {
      const m = new RegExp(`^${name}:\\s*(\\d+)$`, 'm').exec(text);
      return m ? Number(m[1]) : undefined;
    };
    const rchar = field('rchar');
    const wchar = field('wchar');
    return rchar === undefined || wchar === undefined ? undefined : { rchar, wchar };
  } catch {
    return undefined;
  }
}

/**
 * This process's peak resident set (Linux /proc/self/status VmHWM). Not getrusage's maxrss: on
 * Linux that survives exec, so a child forked from a big parent would report the parent's RSS.
 */
export async function readPeakRss(): Promise<number | undefined> {
  try {
    const m = /^VmHWM:\s*(\d+)\s*kB$/m.exec(await readFile('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Apparent size of every file under `dir`, recursively. */
export async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += await directoryBytes(path);
    else if (entry.isFile()) total += (await stat(path)).size;
  }
  return total;
}

/** Command-line options of `npm run bench:lsm -- [options]`, with their named defaults. */
import { tmpdir } from 'node:os';
import type { Durability } from './kv-store.ts';
import { KEY_COUNT_MAX } from './keys.ts';
import { WORKLOAD_NAMES } from './workloads.ts';
import type { WorkloadName } from './workloads.ts';

export const OPS_DEFAULT = 500_000;
export const BIG_ROWS_DEFAULT = 10_000_000;
export const STRATEGIES_DEFAULT = ['size-tiered', 'leveled'];
export const SEED_DEFAULT = 1;
/** The big load stops when its process passes this RSS (today's memtable is unbounded). */
export const RSS_CAP_MIB_DEFAULT = 2048;
export const DURABILITY_MODES: readonly Durability[] = ['no-sync', 'sync'];

export interface BenchOptions {
  readonly ops: number;
  readonly json?: string;
  readonly only: readonly WorkloadName[];
  readonly modes: readonly Durability[];
  readonly bigRows: number;
  readonly skipBig: boolean;
  readonly strategies: readonly string[];
  readonly seed: number;
  /** Parent of the temporary directory holding every store (same disk for all of them). */
  readonly dir: string;
  readonly rssCapMib: number;
}

export const USAGE = `Usage: npm run bench:lsm -- [options]
  --ops N              keys per workload (default ${OPS_DEFAULT})
  --json FILE          also write the results as JSON to FILE
  --only W1,W2         run only these workloads: ${WORKLOAD_NAMES.join(', ')}
  --modes M1,M2        durability modes: ${DURABILITY_MODES.join(', ')} (default both)
  --big-rows N         rows of the big load (default ${BIG_ROWS_DEFAULT})
  --skip-big           skip the big load
  --strategies S1,S2   compaction strategies for the big load (default ${STRATEGIES_DEFAULT.join(',')})
  --seed N             seed of every key order (default ${SEED_DEFAULT})
  --dir DIR            where the temporary stores go (default ${tmpdir()})
  --rss-cap-mib N      stop a big load whose process passes N MiB RSS (default ${RSS_CAP_MIB_DEFAULT})
`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseOptions(argv: readonly string[]): BenchOptions | 'help' {
  let ops = OPS_DEFAULT;
  let json: string | undefined;
  let only: readonly WorkloadName[] = WORKLOAD_NAMES;
  let modes: readonly Durability[] = DURABILITY_MODES;
  let bigRows = BIG_ROWS_DEFAULT;
  let skipBig = false;
  let strategies: readonly string[] = STRATEGIES_DEFAULT;
  let seed = SEED_DEFAULT;
  let dir = tmpdir();
  let rssCapMib = RSS_CAP_MIB_DEFAULT;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--help':
      case '-h':
        return 'help';
      case '--ops':
        ops = count(flag, value(), KEY_COUNT_MAX);
        break;
      case '--json':
        json = value();
        break;
      case '--only':
        only = list(value()).map((w) => {
          if (!(WORKLOAD_NAMES as readonly string[]).includes(w)) throw new UsageError(`unknown workload "${w}" (known: ${WORKLOAD_NAMES.join(', ')})`);
          return w as WorkloadName;
        });
        break;
      case '--modes':
        modes = list(value()).map((m) => {
          if (!(DURABILITY_MODES as readonly string[]).includes(m)) throw new UsageError(`unknown mode "${m}" (known: ${DURABILITY_MODES.join(', ')})`);
          return m as Durability;
        });
        break;
      case '--big-rows':
        bigRows = count(flag, value(), KEY_COUNT_MAX);
        break;
      case '--skip-big':
        skipBig = true;
        break;
      case '--strategies':
        strategies = list(value());
        break;
      case '--seed':
        seed = count(flag, value(), 2 ** 31);
        break;
      case '--dir':
        dir = value();
        break;
      case '--rss-cap-mib':
        rssCapMib = count(flag, value(), 2 ** 20);
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  return { ops, ...(json === undefined ? {} : { json }), only, modes, bigRows, skipBig, strategies, seed, dir, rssCapMib };
}

/** A positive integer; `_` and `,` separators allowed (10_000_000). */
function count(flag: string, text: string, max: number): number {
  const n = Number(text.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n <= 0 || n > max) throw new UsageError(`${flag} must be a positive integer up to ${max}, got "${text}"`);
  return n;
}

function list(text: string): string[] {
  const items = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw new UsageError(`empty list "${text}"`);
  return items;
}

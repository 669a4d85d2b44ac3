/** Command-line options of `npm run bench:cluster -- [options]`, with their named defaults. */
import { tmpdir } from 'node:os';
import { WORKLOAD_NAMES } from './ycsb.ts';
import type { WorkloadName } from './ycsb.ts';

export const RECORDS_DEFAULT = 100_000;
export const SECONDS_DEFAULT = 20;
export const WARMUP_SECONDS_DEFAULT = 5;
export const CONCURRENCY_DEFAULT = 256;
/** The gateway answers Overloaded above 4,096 requests in flight (REQUESTS_IN_FLIGHT_MAX). */
export const CONCURRENCY_MAX = 4_096;
export const NATS_SECONDS_DEFAULT = 5;
export const SEED_DEFAULT = 1;
export const RECORDS_MAX = 100_000_000;
export const PROTOCOL_NAMES = ['http', 'native'] as const;
export type ProtocolName = (typeof PROTOCOL_NAMES)[number];
export const SECONDS_MAX = 3_600;
export const OPEN_LOOP_RATE_MAX = 1_000_000;

export interface BenchOptions {
  readonly records: number;
  /** Measured seconds of each closed-loop workload and of the open-loop run. */
  readonly seconds: number;
  /** Unmeasured seconds before each measured run. */
  readonly warmupSeconds: number;
  readonly concurrency: number;
  readonly workloads: readonly WorkloadName[];
  /** Client protocols the workloads run over, in this order. */
  readonly protocols: readonly ProtocolName[];
  /** Measured seconds of the raw NATS request/reply run. */
  readonly natsSeconds: number;
  readonly skipOpenLoop: boolean;
  /** The open loop's fixed rate in ops/s; absent: half of workload A's closed-loop peak. */
  readonly openLoopRate?: number;
  readonly seed: number;
  readonly json?: string;
  /** Parent of the run's temporary directory (data, NATS store, logs). */
  readonly dir: string;
  /** Keep the data directories after the run (logs are always kept). */
  readonly keepData: boolean;
}

export const USAGE = `Usage: npm run bench:cluster -- [options]
  --records N          rows loaded into ycsb.usertable (default ${RECORDS_DEFAULT})
  --seconds N          measured seconds per workload and for the open-loop run (default ${SECONDS_DEFAULT})
  --warmup-seconds N   unmeasured seconds before each measured run (default ${WARMUP_SECONDS_DEFAULT}; 0 for none)
  --concurrency N      requests in flight in the load and the closed-loop runs (default ${CONCURRENCY_DEFAULT}, at most ${CONCURRENCY_MAX})
  --workloads W1,W2    YCSB workloads to run: ${WORKLOAD_NAMES.join(', ')} (default all); none: only the open loop, with --open-loop-rate
  --protocols P1,P2    client protocols to run the workloads over: ${PROTOCOL_NAMES.join(', ')} (default both)
  --nats-seconds N     measured seconds of the raw NATS request/reply run (default ${NATS_SECONDS_DEFAULT})
  --skip-open-loop     no fixed-rate run of workload A at half its peak
  --open-loop-rate N   run the open loop at N ops/s instead of half of A's peak (for comparing builds by CPU per operation; the latency target is then not judged)
  --seed N             seed of every key choice and value (default ${SEED_DEFAULT})
  --json FILE          also write the results as JSON to FILE
  --dir DIR            where the run's temporary directory goes (default ${tmpdir()})
  --keep-data          keep the nodes' data and the NATS store after the run (logs are always kept)
  --help               this text
`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseOptions(argv: readonly string[]): BenchOptions | 'help' {
  let records = RECORDS_DEFAULT;
  let seconds = SECONDS_DEFAULT;
  let warmupSeconds = WARMUP_SECONDS_DEFAULT;
  let concurrency = CONCURRENCY_DEFAULT;
  let workloads: readonly WorkloadName[] = WORKLOAD_NAMES;
  let protocols: readonly ProtocolName[] = PROTOCOL_NAMES;
  let natsSeconds = NATS_SECONDS_DEFAULT;
  let skipOpenLoop = false;
  let openLoopRate: number | undefined;
  let seed = SEED_DEFAULT;
  let json: string | undefined;
  let dir = tmpdir();
  let keepData = false;
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
      case '--records':
        records = count(flag, value(), 1, RECORDS_MAX);
        break;
      case '--seconds':
        seconds = count(flag, value(), 1, SECONDS_MAX);
        break;
      case '--warmup-seconds':
        warmupSeconds = count(flag, value(), 0, SECONDS_MAX);
        break;
      case '--concurrency':
        concurrency = count(flag, value(), 1, CONCURRENCY_MAX);
        break;
      case '--workloads': {
        const text = value();
        if (text.toLowerCase() === 'none') {
          workloads = []; // only the open loop (with --open-loop-rate), e.g. to compare builds by CPU per operation
          break;
        }
        const names = list(text).map((w) => w.toUpperCase());
        for (const w of names) {
          if (!(WORKLOAD_NAMES as readonly string[]).includes(w)) throw new UsageError(`unknown workload "${w}" (known: ${WORKLOAD_NAMES.join(', ')})`);
        }
        workloads = WORKLOAD_NAMES.filter((w) => names.includes(w));
        break;
      }
      case '--protocols': {
        const names = list(value()).map((p) => p.toLowerCase());
        for (const p of names) {
          if (!(PROTOCOL_NAMES as readonly string[]).includes(p)) throw new UsageError(`unknown protocol "${p}" (known: ${PROTOCOL_NAMES.join(', ')})`);
        }
        protocols = PROTOCOL_NAMES.filter((p) => names.includes(p));
        break;
      }
      case '--nats-seconds':
        natsSeconds = count(flag, value(), 1, SECONDS_MAX);
        break;
      case '--skip-open-loop':
        skipOpenLoop = true;
        break;
      case '--open-loop-rate':
        openLoopRate = count(flag, value(), 1, OPEN_LOOP_RATE_MAX);
        break;
      case '--seed':
        seed = count(flag, value(), 0, 2 ** 31);
        break;
      case '--json':
        json = value();
        break;
      case '--dir':
        dir = value();
        break;
      case '--keep-data':
        keepData = true;
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  return { records, seconds, warmupSeconds, concurrency, workloads, protocols, natsSeconds, skipOpenLoop, ...(openLoopRate === undefined ? {} : { openLoopRate }), seed, ...(json === undefined ? {} : { json }), dir, keepData };
}

/** An integer in [min, max]; `_` and `,` separators allowed (100_000). */
function count(flag: string, text: string, min: number, max: number): number {
  const n = Number(text.replace(/[_,]/g, ''));
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be an integer from ${min} to ${max}, got "${text}"`);
  return n;
}

function list(text: string): string[] {
  const items = text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (items.length === 0) throw new UsageError(`empty list "${text}"`);
  return items;
}

/**
 * YCSB's operations over the HTTP contract at QUORUM: the load (one INSERT of all ten fields per
 * record) and a workload's read (SELECT * by key, checked: exactly one row with its key and ten
 * 100-character fields) and update (INSERT of one random field, as YCSB's update writes one).
 */
import type { CqlHttpClient } from './http-client.ts';
import { errorName } from './http-client.ts';
import type { Operation } from './loops.ts';
import type { Workload } from './ycsb.ts';
import { FIELD_BYTES, FIELD_COUNT, FIELD_NAMES, FieldValues, INSERT_ROW, READ_ROW, ScrambledZipfian, SeededRandom, UPDATE_FIELD, keyOf } from './ycsb.ts';

export const CONSISTENCY = 'QUORUM';
/** The driver's code for QUORUM (native protocol consistency 0x0004). */
export const CONSISTENCY_NATIVE = 0x0004;
/** Tries per row during the load before the run gives up (every row must be there to read). */
export const LOAD_ATTEMPTS_MAX = 3;
const LOAD_PROGRESS_INTERVAL_MS = 2_000;

/** Names of the bench's own checks on a read's answer (the gateway said 200). */
export const MISSING_ROW = 'MissingRow (bench check)';
export const WRONG_ROW = 'WrongRow (bench check)';

export interface LoadResult {
  readonly records: number;
  readonly seconds: number;
  readonly rowsPerSec: number;
  /** Failed attempts by error name (each was retried). */
  readonly errors: Readonly<Record<string, number>>;
  readonly retries: number;
}

/** Inserts records 0 … records-1 with `concurrency` requests in flight; fails if a row cannot be written. */
export async function load(
  client: CqlHttpClient,
  options: { records: number; concurrency: number; seed: number },
  progress: (line: string) => void,
): Promise<LoadResult> {
  const values = new FieldValues(new SeededRandom(options.seed ^ 0x1badb002));
  const errors: Record<string, number> = {};
  let retries = 0;
  let next = 0;
  let done = 0;
  const start = performance.now();
  const insert = async (n: number): Promise<void> => {
    const params = [keyOf(n), ...Array.from({ length: FIELD_COUNT }, () => values.next())];
    for (let attempt = 1; ; attempt++) {
      let error: string;
      try {
        const answer = await client.post({ query: INSERT_ROW, params, consistency: CONSISTENCY });
        if (answer.status === 200) return;
        error = errorName(answer);
      } catch (err) {
        error = err instanceof Error ? err.name : 'Error';
      }
      errors[error] = (errors[error] ?? 0) + 1;
      if (attempt >= LOAD_ATTEMPTS_MAX) throw new Error(`loading ${keyOf(n)} failed ${attempt} times (last: ${error})`);
      retries++;
    }
  };
  const timer = setInterval(() => {
    const seconds = (performance.now() - start) / 1000;
    progress(`load: ${done.toLocaleString('en-US')} / ${options.records.toLocaleString('en-US')} rows, ${Math.round(done / seconds).toLocaleString('en-US')} rows/s, ${retries} retries`);
  }, LOAD_PROGRESS_INTERVAL_MS);
  try {
    await Promise.all(
      Array.from({ length: Math.min(options.concurrency, options.records) }, async () => {
        while (next < options.records) {
          await insert(next++);
          done++;
        }
      }),
    );
  } finally {
    clearInterval(timer);
  }
  const seconds = (performance.now() - start) / 1000;
  return { records: options.records, seconds, rowsPerSec: options.records / seconds, errors, retries };
}

/** One YCSB operation of `workload`: a read or an update of a scrambled-zipfian key. */
export function workloadOperation(client: CqlHttpClient, workload: Workload, options: { records: number; seed: number }): Operation {
  const random = new SeededRandom(options.seed ^ workload.name.charCodeAt(0));
  const keys = new ScrambledZipfian(options.records, random);
  const values = new FieldValues(new SeededRandom(options.seed ^ 0x2badb002 ^ workload.name.charCodeAt(0)));
  return async () => {
    const key = keyOf(keys.next());
    if (random.nextDouble() < workload.readProportion) {
      const answer = await client.post({ query: READ_ROW, params: [key], consistency: CONSISTENCY });
      return answer.status === 200 ? checkRow(answer.body, key) : errorName(answer);
    }
    const field = random.below(FIELD_COUNT);
    const answer = await client.post({ query: UPDATE_FIELD[field] as string, params: [key, values.next()], consistency: CONSISTENCY });
    return answer.status === 200 ? undefined : errorName(answer);
  };
}

/** undefined when `body` holds exactly the row of `key` with every field FIELD_BYTES long. */
function checkRow(body: unknown, key: string): string | undefined {
  const rows = (body as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows) || rows.length === 0) return MISSING_ROW;
  const row = rows[0] as Record<string, unknown>;
  if (rows.length !== 1 || row['y_id'] !== key) return WRONG_ROW;
  for (const f of FIELD_NAMES) {
    const v = row[f];
    if (typeof v !== 'string' || v.length !== FIELD_BYTES) return WRONG_ROW;
  }
  return undefined;
}

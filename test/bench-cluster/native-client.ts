/**
 * YCSB's workload operations over the CQL native protocol, with the DataStax Node.js driver
 * (`cassandra-driver`) as applications use it: one Client, prepared statements, QUORUM. The
 * driver keeps its default pooling (one connection per host, requests multiplexed on it).
 */
import cassandra from 'cassandra-driver';
import type { Operation } from './loops.ts';
import { CONSISTENCY_NATIVE, MISSING_ROW, WRONG_ROW } from './operations.ts';
import type { Workload } from './ycsb.ts';
import { FIELD_BYTES, FIELD_COUNT, FIELD_NAMES, FieldValues, READ_ROW, ScrambledZipfian, SeededRandom, UPDATE_FIELD, keyOf } from './ycsb.ts';

/** The driver's own per-request timeout (ms): above the gateway's 5 s read timeout. */
export const NATIVE_REQUEST_TIMEOUT_MS = 30_000;

export function nativeClient(port: number): cassandra.Client {
  return new cassandra.Client({
    contactPoints: [`127.0.0.1:${port}`],
    localDataCenter: 'datacenter1',
    socketOptions: { readTimeout: NATIVE_REQUEST_TIMEOUT_MS },
    pooling: { maxRequestsPerConnection: 2048 },
  });
}

/** One YCSB operation of `workload` through the driver (prepared statements). */
export function nativeWorkloadOperation(client: cassandra.Client, workload: Workload, options: { records: number; seed: number }): Operation {
  const random = new SeededRandom(options.seed ^ workload.name.charCodeAt(0));
  const keys = new ScrambledZipfian(options.records, random);
  const values = new FieldValues(new SeededRandom(options.seed ^ 0x2badb002 ^ workload.name.charCodeAt(0)));
  const queryOptions = { prepare: true, consistency: CONSISTENCY_NATIVE };
  return async () => {
    const key = keyOf(keys.next());
    try {
      if (random.nextDouble() < workload.readProportion) {
        const result = await client.execute(READ_ROW, [key], queryOptions);
        return checkRow(result.rows, key);
      }
      const field = random.below(FIELD_COUNT);
      await client.execute(UPDATE_FIELD[field] as string, [key, values.next()], queryOptions);
      return undefined;
    } catch (err) {
      return errorName(err);
    }
  };
}

function checkRow(rows: readonly cassandra.types.Row[], key: string): string | undefined {
  if (rows.length === 0) return MISSING_ROW;
  const row = rows[0]!;
  if (rows.length !== 1 || row['y_id'] !== key) return WRONG_ROW;
  for (const f of FIELD_NAMES) {
    const v: unknown = row[f];
    if (typeof v !== 'string' || v.length !== FIELD_BYTES) return WRONG_ROW;
  }
  return undefined;
}

/** A driver error by Cassandra's name when the server sent one (its code), else the error's name. */
function errorName(err: unknown): string {
  const e = err as { code?: number; name?: string };
  const byCode: Record<number, string> = { 0x1000: 'Unavailable', 0x1001: 'Overloaded', 0x1100: 'WriteTimeout', 0x1200: 'ReadTimeout', 0x2200: 'Invalid', 0x0000: 'Server' };
  return (e.code !== undefined ? byCode[e.code] : undefined) ?? e.name ?? 'Error';
}

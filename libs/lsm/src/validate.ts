import { InvalidMutationError } from './errors.js';
import {
  CLUSTERING_KEY_BYTES_MAX,
  COLUMN_NAME_BYTES_MAX,
  LOCAL_TIME_SECONDS_MAX,
  PARTITION_KEY_BYTES_MAX,
  TABLE_ID_BYTES_MAX,
  TIMESTAMP_MAX,
  TIMESTAMP_MIN,
  TOKEN_MAX,
  TOKEN_MIN,
  TTL_SECONDS_MAX,
} from './limits.js';
import type { Cell, DeletionTime, Liveness, Mutation } from './types.js';

/**
 * Checks a mutation against the data-model rules before anything is written; throws
 * `InvalidMutationError` naming the first violation. The engine calls it on every apply, and the
 * commit-log encoder relies on it (the format only encodes valid values).
 */
export function validateMutation(m: Mutation): void {
  checkString('tableId', m.tableId, TABLE_ID_BYTES_MAX);
  if (m.tableId.length === 0) fail('tableId is empty');
  if (typeof m.token !== 'bigint' || m.token < TOKEN_MIN || m.token > TOKEN_MAX) fail('token is not a signed 64-bit bigint');
  if (!(m.partitionKey instanceof Uint8Array)) fail('partitionKey is not a Uint8Array');
  if (m.partitionKey.length > PARTITION_KEY_BYTES_MAX) fail(`partitionKey longer than ${PARTITION_KEY_BYTES_MAX} bytes`);
  if (m.partitionDeletion) checkDeletion('partitionDeletion', m.partitionDeletion);
  for (const rt of m.rangeTombstones ?? []) {
    for (const [what, bound] of [['start', rt.start], ['end', rt.end]] as const) {
      if (bound === undefined) continue;
      if (!(bound instanceof Uint8Array)) fail(`range tombstone ${what} is not a Uint8Array`);
      if (bound.length > CLUSTERING_KEY_BYTES_MAX) fail(`range tombstone ${what} longer than ${CLUSTERING_KEY_BYTES_MAX} bytes`);
    }
    if (typeof rt.startInclusive !== 'boolean' || typeof rt.endInclusive !== 'boolean') fail('range tombstone inclusive flags must be booleans');
    checkDeletion('range tombstone', rt.deletion);
  }
  for (const row of m.rows) {
    if (!(row.clustering instanceof Uint8Array)) fail('clustering is not a Uint8Array');
    if (row.clustering.length > CLUSTERING_KEY_BYTES_MAX) fail(`clustering key longer than ${CLUSTERING_KEY_BYTES_MAX} bytes`);
    if (row.liveness) checkLiveness(row.liveness);
    if (row.deletion) checkDeletion('row deletion', row.deletion);
    for (const { column, cell } of row.cells) {
      checkString('column', column, COLUMN_NAME_BYTES_MAX);
      checkCell(column, cell);
    }
  }
}

export function checkCell(column: string, c: Cell): void {
  checkTimestamp(`cell ${column} timestamp`, c.timestamp);
  checkSeconds(`cell ${column} ttlSeconds`, c.ttlSeconds, TTL_SECONDS_MAX);
  checkSeconds(`cell ${column} localDeletionTime`, c.localDeletionTime, LOCAL_TIME_SECONDS_MAX);
  if (c.value === null) {
    if (c.ttlSeconds !== 0) fail(`cell ${column}: a tombstone has no ttl`);
  } else {
    if (!(c.value instanceof Uint8Array)) fail(`cell ${column}: value is not a Uint8Array or null`);
    if (c.ttlSeconds > 0 && c.localDeletionTime === 0) fail(`cell ${column}: an expiring cell needs its expiration time`);
    if (c.ttlSeconds === 0 && c.localDeletionTime !== 0) fail(`cell ${column}: a live non-expiring cell must have localDeletionTime 0`);
  }
}

function checkLiveness(l: Liveness): void {
  checkTimestamp('liveness timestamp', l.timestamp);
  checkSeconds('liveness ttlSeconds', l.ttlSeconds, TTL_SECONDS_MAX);
  checkSeconds('liveness localExpirationTime', l.localExpirationTime, LOCAL_TIME_SECONDS_MAX);
  if ((l.ttlSeconds === 0) !== (l.localExpirationTime === 0)) {
    fail('liveness: ttlSeconds and localExpirationTime must both be 0 or both be set');
  }
}

function checkDeletion(what: string, d: DeletionTime): void {
  checkTimestamp(`${what} timestamp`, d.timestamp);
  checkSeconds(`${what} localDeletionTime`, d.localDeletionTime, LOCAL_TIME_SECONDS_MAX);
}

function checkTimestamp(what: string, t: bigint): void {
  if (typeof t !== 'bigint' || t < TIMESTAMP_MIN || t > TIMESTAMP_MAX) fail(`${what} is not a signed 64-bit bigint`);
}

function checkSeconds(what: string, s: number, max: number): void {
  if (!Number.isInteger(s) || s < 0 || s > max) fail(`${what} must be an integer in [0, ${max}]`);
}

function checkString(what: string, s: string, maxBytes: number): void {
  if (typeof s !== 'string') fail(`${what} is not a string`);
  if (Buffer.byteLength(s, 'utf8') > maxBytes) fail(`${what} longer than ${maxBytes} bytes`);
}

function fail(message: string): never {
  throw new InvalidMutationError(message);
}

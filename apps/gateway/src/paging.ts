// Paging state for SELECT over HTTP: where the next page starts. Opaque to clients: a
// base64url string of {v, q, p, c, n}:
//   v  format version (PAGING_STATE_VERSION)
//   q  a digest of the query text, keyspace and parameters, so a state is only accepted for its query
//   p  index of the partition (in the statement's partition key order) to resume in
//   c  hex of the last clustering key returned from that partition (resume after it)
//   n  rows returned so far (to honour LIMIT across pages)
//   k  rows returned so far from partition p (to honour PER PARTITION LIMIT across pages)
//   t  range scans only: the token (decimal) of the partition of the last row returned
//   r  range scans only: hex of that partition's key; the scan resumes after the row `c` of
//      it (after the whole partition when `c` is null). `p` is 0. States without t and r,
//      from before range scans, decode as before.
import { createHash } from 'node:crypto';
import { ProtocolError } from '@cassia/cql-lite';

export const PAGING_STATE_VERSION = 1;
/**
 * Longest paging state accepted, in characters: room for the longest keys (a range scan's
 * state holds a partition key and a clustering key of up to 65,535 bytes each, as hex, then
 * base64: (2 × 2 × 65,535 + 256) × 4/3 ≈ 350,000).
 */
export const PAGING_STATE_CHARS_MAX = 360_000;
const TOKEN_MIN = -(2n ** 63n);
const TOKEN_MAX = 2n ** 63n - 1n;

export interface PagingPosition {
  partition: number;
  lastClustering: Uint8Array | undefined;
  rowsReturned: number;
  /** Rows returned so far from `partition`. */
  partitionRows: number;
  /** Range scans: the partition of the last row returned (`lastClustering` is within it). */
  scan?: { token: bigint; partitionKey: Uint8Array };
}

/** Binds a paging state to its query: the text, the keyspace and the bound values. */
export function queryDigest(query: string, keyspace: string | undefined, params?: unknown): string {
  return createHash('sha256')
    .update(query)
    .update('\0')
    .update(keyspace ?? '')
    .update('\0')
    .update(JSON.stringify(params ?? null))
    .digest('hex')
    .slice(0, 16);
}

export function encodePagingState(digest: string, pos: PagingPosition): string {
  const json = {
    v: PAGING_STATE_VERSION,
    q: digest,
    p: pos.partition,
    c: pos.lastClustering === undefined ? null : Buffer.from(pos.lastClustering).toString('hex'),
    n: pos.rowsReturned,
    k: pos.partitionRows,
    ...(pos.scan === undefined ? {} : { t: pos.scan.token.toString(), r: Buffer.from(pos.scan.partitionKey).toString('hex') }),
  };
  return Buffer.from(JSON.stringify(json)).toString('base64url');
}

export function decodePagingState(state: string, digest: string): PagingPosition {
  const invalid = (why: string) => new ProtocolError(`Invalid paging state: ${why}`);
  if (state.length > PAGING_STATE_CHARS_MAX) throw invalid('too long');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(state, 'base64url').toString('utf8'));
  } catch {
    throw invalid('not a paging state');
  }
  const o = json as { v?: unknown; q?: unknown; p?: unknown; c?: unknown; n?: unknown; k?: unknown; t?: unknown; r?: unknown };
  if (typeof o !== 'object' || o === null || o.v !== PAGING_STATE_VERSION) throw invalid('unknown format');
  if (o.q !== digest) throw invalid('it belongs to another query');
  if (!Number.isInteger(o.p) || (o.p as number) < 0 || !Number.isInteger(o.n) || (o.n as number) < 0) {
    throw invalid('bad position');
  }
  if (o.c !== null && (typeof o.c !== 'string' || !/^([0-9a-f]{2})*$/.test(o.c))) throw invalid('bad clustering key');
  let scan: PagingPosition['scan'];
  if (o.t !== undefined || o.r !== undefined) {
    if (typeof o.t !== 'string' || !/^-?[0-9]{1,19}$/.test(o.t) || typeof o.r !== 'string' || !/^([0-9a-f]{2})+$/.test(o.r)) throw invalid('bad scan position');
    const token = BigInt(o.t);
    if (token < TOKEN_MIN || token > TOKEN_MAX) throw invalid('bad scan position');
    scan = { token, partitionKey: Uint8Array.from(Buffer.from(o.r, 'hex')) };
  }
  return {
    ...(scan === undefined ? {} : { scan }),
    partition: o.p as number,
    lastClustering: o.c === null ? undefined : Uint8Array.from(Buffer.from(o.c as string, 'hex')),
    rowsReturned: o.n as number,
    partitionRows: Number.isInteger(o.k) && (o.k as number) >= 0 ? (o.k as number) : 0,
  };
}

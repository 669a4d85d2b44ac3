// The gateway's prepared statements, shared by every native connection (a prepared id is
// "global to the node", spec section 4.2.5.4). The id is Cassandra's: the MD5 of the
// keyspace the statement was prepared in (when any) followed by the query text, so a client
// preparing the same text again, on any connection or after an eviction, gets the same id.
//
// Bounded: at most PREPARED_STATEMENTS_MAX entries, least recently used evicted first; an
// EXECUTE of an evicted id gets UNPREPARED and drivers prepare again. Statements on a
// dropped keyspace or table are evicted too, so a driver re-prepares against the new schema.
import { createHash } from 'node:crypto';
import type { PreparedInfo } from '../results.js';

/** Prepared statements kept per gateway. */
export const PREPARED_STATEMENTS_MAX = 10_000;

export interface PreparedStatement {
  readonly id: Uint8Array;
  readonly query: string;
  /** The connection's keyspace when it was prepared (unqualified tables resolve there). */
  readonly keyspace: string | undefined;
  readonly info: PreparedInfo;
}

/** Cassandra's prepared id: MD5(keyspace + query), or MD5(query) without a keyspace. */
export function preparedId(query: string, keyspace: string | undefined): Uint8Array {
  return Uint8Array.from(createHash('md5').update((keyspace ?? '') + query, 'utf8').digest());
}

export function idHex(id: Uint8Array): string {
  return Buffer.from(id.buffer, id.byteOffset, id.byteLength).toString('hex');
}

export class PreparedCache {
  /** By hex id, least recently used first (Map keeps insertion order). */
  private readonly entries = new Map<string, PreparedStatement>();

  constructor(private readonly capacity = PREPARED_STATEMENTS_MAX) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  put(statement: PreparedStatement): void {
    const key = idHex(statement.id);
    this.entries.delete(key);
    this.entries.set(key, statement);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  /** The statement with this id (now the most recently used), or undefined. */
  get(id: Uint8Array): PreparedStatement | undefined {
    const key = idHex(id);
    const statement = this.entries.get(key);
    if (statement !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, statement);
    }
    return statement;
  }

  /** Evicts statements on `keyspace` (every table of it when `table` is undefined); returns how many. */
  evict(keyspace: string, table?: string): number {
    let evicted = 0;
    for (const [key, s] of this.entries) {
      const specs = [...s.info.markers, ...(s.info.resultColumns ?? [])];
      const touches = specs.some((c) => c.keyspace === keyspace && (table === undefined || c.table === table)) || (table === undefined && s.keyspace === keyspace);
      if (touches) {
        this.entries.delete(key);
        evicted++;
      }
    }
    return evicted;
  }
}

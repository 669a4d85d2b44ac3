// What executing one statement gives back, independent of the protocol that carries it:
// the HTTP endpoint turns it into JSON (values through valueToJson), the native protocol into
// a RESULT message (values are already in the native protocol's serialized form, so they go
// out as they are). Mirrors the RESULT kinds of native_protocol_v4.spec section 4.2.5.
import type { CqlType, ParamResolver } from '@cassia/cql-lite';

/** One column of a result: where it comes from, its name (alias when given) and type. */
export interface ResultColumn {
  readonly keyspace: string;
  readonly table: string;
  readonly name: string;
  readonly type: CqlType;
}

export type ExecResult =
  | { readonly kind: 'void' }
  | {
      readonly kind: 'rows';
      readonly columns: readonly ResultColumn[];
      /** One array per row, one value per column: serialized bytes, or null for CQL null. */
      readonly rows: readonly (readonly (Uint8Array | null)[])[];
      /** Opaque; pass back as `ExecuteOptions.pagingState` for the next page. Null on the last page. */
      readonly pagingState: string | null;
    }
  | { readonly kind: 'set_keyspace'; readonly keyspace: string }
  | {
      readonly kind: 'schema_change';
      readonly change: 'CREATED' | 'UPDATED' | 'DROPPED';
      readonly target: 'KEYSPACE' | 'TABLE';
      readonly keyspace: string;
      /** The table, for target TABLE. */
      readonly name?: string;
    };

/** How one execution runs: the session's keyspace, the bound values, paging and timestamps. */
export interface ExecuteOptions {
  /** The session's keyspace (USE), for unqualified table names. */
  readonly keyspace?: string;
  /** Values of the statement's bind markers (jsonParams over HTTP, raw bytes natively). */
  readonly params: ParamResolver;
  /**
   * Identifies the bound values for paging: a paging state is accepted only by the same
   * query text, keyspace and values (e.g. JSON of the HTTP params, hex of native values).
   */
  readonly paramsKey: string;
  /** Rows per page (SELECT); unlimited when absent. */
  readonly pageSize?: number;
  /** From a previous page's `pagingState`. */
  readonly pagingState?: string;
  /** The client's default timestamp for writes, in microseconds since the epoch. */
  readonly timestamp?: bigint;
}

/** A bind marker's metadata, as PREPARE reports it (native protocol: the column spec). */
export interface MarkerSpec {
  readonly keyspace: string;
  readonly table: string;
  /** The marker's name when named, else the column's (or `[limit]`, `[ttl]`, `[timestamp]`, `in(col)`). */
  readonly name: string;
  readonly type: CqlType;
}

/** What PREPARE learns of a statement without executing it. */
export interface PreparedInfo {
  /** Markers in index order. */
  readonly markers: readonly MarkerSpec[];
  /** For each partition key column, in key order, the index of the marker that binds it (when every one is bound by a marker). */
  readonly partitionKeyIndexes: readonly number[];
  /** Result columns of a SELECT (undefined for other statements). */
  readonly resultColumns: readonly ResultColumn[] | undefined;
}

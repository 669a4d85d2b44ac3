/**
 * What the workloads need from a store: the smallest sorted-KV surface both Cassia and
 * LevelDB offer. Each adapter says in `describe()` how it maps these calls, so the printed
 * header states exactly what was compared.
 *
 * Contract for every implementation:
 * - `put` / `putBatch` resolve once the write is as durable as the store's durability mode
 *   promises (see the adapter) and visible to `get`.
 * - `get` resolves with the value or `undefined`.
 * - `scanFrom(key, n)` positions at `key` in the store's native order and visits the next `n`
 *   entries (fewer only at the end); `scanAll` visits every entry in native order. Both return
 *   how many entries they visited and must read every value (so nothing is left lazy).
 * - `prepare` is called (untimed) after the writes and before the read workloads.
 * - `close` releases everything; the directory is removed by the caller.
 */
export interface KvEntry {
  readonly key: Uint8Array;
  readonly value: Uint8Array;
}

export interface KvStore {
  readonly name: string;
  put(key: Uint8Array, value: Uint8Array): Promise<void>;
  putBatch(entries: readonly KvEntry[]): Promise<void>;
  get(key: Uint8Array): Promise<Uint8Array | undefined>;
  scanFrom(key: Uint8Array, count: number): Promise<number>;
  scanAll(): Promise<number>;
  prepare(): Promise<void>;
  close(): Promise<void>;
  /** Free-form notes on how the last scans were served (e.g. Cassia's cursor or fallback). */
  scanNote?(): string | undefined;
  stats?(): unknown;
}

/** Write-ahead log on in both; `sync` = one durable write per acknowledged write (or batch). */
export type Durability = 'no-sync' | 'sync';

/** Checks a value read back has the length written (every read is checked, in both stores alike). */
export function assertValueLength(value: Uint8Array | null | undefined, expected: number): number {
  if (value == null || value.length !== expected) {
    throw new Error(`store returned a value of ${value == null ? 'nothing' : `${value.length} bytes`}, expected ${expected}`);
  }
  return value.length;
}

/** Byte helpers shared by the engine: unsigned comparison, prefixes, map keys. */

/** Unsigned bytewise comparison: negative, zero or positive like a comparator. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && compareBytes(a, b) === 0;
}

/** Whether `key` starts with `prefix`. */
export function hasPrefix(key: Uint8Array, prefix: Uint8Array): boolean {
  if (key.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (key[i] !== prefix[i]) return false;
  return true;
}

/** A compact string (one char per byte) usable as a Map key for a byte string. */
export function bytesKey(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** A copy that owns its memory (no view into a larger buffer). */
export function copyBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

/**
 * Partition order: by signed token, then partition key bytes unsigned (Cassandra's
 * DecoratedKey order; scans and SSTables rely on it).
 */
export function comparePartitionPositions(
  a: { readonly token: bigint; readonly partitionKey: Uint8Array },
  b: { readonly token: bigint; readonly partitionKey: Uint8Array },
): number {
  if (a.token !== b.token) return a.token < b.token ? -1 : 1;
  return compareBytes(a.partitionKey, b.partitionKey);
}

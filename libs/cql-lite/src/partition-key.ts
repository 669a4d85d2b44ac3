// Partition keys as Cassandra serializes them (the bytes its Murmur3 partitioner hashes).
//
//   one column      the column's serialized value, as is
//   several columns CompositeType: per component uint16 BE length, the bytes, then 0x00
//
// Contract: encodePartitionKey throws InvalidRequest for an empty key ("Key may not be
// empty") or one longer than PARTITION_KEY_BYTES_MAX; decodePartitionKey inverts it.

import { concatBytes, copyBytes } from './bytes.js';
import { InvalidRequest, ServerError } from './errors.js';

/** Longest serialized partition key (and clustering value) Cassandra accepts. */
export const PARTITION_KEY_BYTES_MAX = 65535;

export function checkKeyLength(bytes: Uint8Array): void {
  if (bytes.length > PARTITION_KEY_BYTES_MAX) {
    throw new InvalidRequest(`Key length of ${bytes.length} is longer than maximum of ${PARTITION_KEY_BYTES_MAX}`);
  }
}

/** The serialized partition key from its components' serialized values, in key order. */
export function encodePartitionKey(values: readonly Uint8Array[]): Uint8Array {
  if (values.length === 0) throw new Error('partition key: no components');
  let out: Uint8Array;
  if (values.length === 1) {
    out = copyBytes(values[0] as Uint8Array);
  } else {
    const parts: Uint8Array[] = [];
    for (const v of values) {
      checkKeyLength(v);
      const head = new Uint8Array(2);
      new DataView(head.buffer).setUint16(0, v.length);
      parts.push(head, v, Uint8Array.of(0));
    }
    out = concatBytes(parts);
  }
  if (out.length === 0) throw new InvalidRequest('Key may not be empty');
  checkKeyLength(out);
  return out;
}

/** Components of a serialized partition key of `count` columns. */
export function decodePartitionKey(count: number, key: Uint8Array): Uint8Array[] {
  if (count === 1) return [copyBytes(key)];
  const out: Uint8Array[] = [];
  const view = new DataView(key.buffer, key.byteOffset, key.byteLength);
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 2 > key.length) throw new ServerError(`Corrupt partition key: component ${i} is cut short`);
    const len = view.getUint16(at);
    if (at + 2 + len + 1 > key.length) throw new ServerError(`Corrupt partition key: component ${i} is cut short`);
    out.push(copyBytes(key, at + 2, at + 2 + len));
    at += 2 + len + 1;
  }
  if (at !== key.length) throw new ServerError(`Corrupt partition key: ${key.length - at} bytes left over`);
  return out;
}

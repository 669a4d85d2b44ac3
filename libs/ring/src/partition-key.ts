// Partition key bytes as Cassandra hashes and stores them.
//
// One component: its bytes unchanged. Several components (a composite partition key,
// Cassandra's CompositeType): for each component a 2-byte big-endian length, the bytes,
// then one end-of-component byte 0x00.

import assert from 'node:assert/strict';
import { PartitionKeyError } from './errors.js';

/** Largest serialized partition key, in bytes (Cassandra's FBUtilities.MAX_UNSIGNED_SHORT). */
export const PARTITION_KEY_BYTES_MAX = 0xffff;
/** Most components a partition key may have (a sanity bound; CQL tables have far fewer). */
export const PARTITION_KEY_COMPONENTS_MAX = 1024;

const LENGTH_BYTES = 2;
const END_OF_COMPONENT_BYTES = 1;
const END_OF_COMPONENT = 0x00;

/**
 * Serializes partition key components. With one component the same Uint8Array is returned
 * (not a copy). Throws PartitionKeyError when the result would exceed PARTITION_KEY_BYTES_MAX.
 */
export function serializePartitionKey(components: readonly Uint8Array[]): Uint8Array {
  assert(components.length >= 1, 'a partition key has at least one component');
  assert(components.length <= PARTITION_KEY_COMPONENTS_MAX, 'too many partition key components');
  if (components.length === 1) {
    const only = components[0]!;
    checkKeyLength(only.length);
    return only;
  }
  let total = 0;
  for (const c of components) total += LENGTH_BYTES + c.length + END_OF_COMPONENT_BYTES;
  checkKeyLength(total);
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of components) {
    out[o] = c.length >>> 8;
    out[o + 1] = c.length & 0xff;
    out.set(c, o + LENGTH_BYTES);
    o += LENGTH_BYTES + c.length;
    out[o] = END_OF_COMPONENT;
    o += END_OF_COMPONENT_BYTES;
  }
  return out;
}

/**
 * Inverse of serializePartitionKey for a key of `componentCount` components. Returns views
 * into `bytes` (no copies). Throws PartitionKeyError when a composite key is truncated, has a
 * non-zero end-of-component byte, a different number of components, or trailing bytes.
 */
export function splitPartitionKey(bytes: Uint8Array, componentCount: number): Uint8Array[] {
  assert(Number.isInteger(componentCount) && componentCount >= 1, 'componentCount must be a positive integer');
  assert(componentCount <= PARTITION_KEY_COMPONENTS_MAX, 'too many partition key components');
  if (componentCount === 1) return [bytes];
  const parts: Uint8Array[] = [];
  let o = 0;
  while (o < bytes.length) {
    if (parts.length === componentCount) {
      throw new PartitionKeyError(`composite partition key has bytes after its ${componentCount} components (offset ${o})`);
    }
    if (o + LENGTH_BYTES > bytes.length) {
      throw new PartitionKeyError(`composite partition key truncated in the length of component ${parts.length}`);
    }
    const len = (bytes[o]! << 8) | bytes[o + 1]!;
    const start = o + LENGTH_BYTES;
    const end = start + len;
    if (end + END_OF_COMPONENT_BYTES > bytes.length) {
      throw new PartitionKeyError(`composite partition key truncated in component ${parts.length} (${len} bytes declared)`);
    }
    if (bytes[end] !== END_OF_COMPONENT) {
      throw new PartitionKeyError(`composite partition key component ${parts.length} ends with 0x${bytes[end]!.toString(16)}, expected 0x00`);
    }
    parts.push(bytes.subarray(start, end));
    o = end + END_OF_COMPONENT_BYTES;
  }
  if (parts.length !== componentCount) {
    throw new PartitionKeyError(`composite partition key has ${parts.length} components, expected ${componentCount}`);
  }
  return parts;
}

function checkKeyLength(length: number): void {
  if (length > PARTITION_KEY_BYTES_MAX) {
    throw new PartitionKeyError(`Key length of ${length} is longer than maximum of ${PARTITION_KEY_BYTES_MAX}`);
  }
}

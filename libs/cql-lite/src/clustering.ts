// Byte-comparable clustering keys (format described in doc/clustering-key-encoding.md).
//
// Contract: for serialized values of the supported types,
//   sign(compareBytes(encodeClustering(t, o, a), encodeClustering(t, o, b)))
//     === sign(compareClusteringValues(t, o, a, b))
// where compareClusteringValues is Cassandra's clustering order (each type's comparator,
// reversed for DESC). Each component's encoding is prefix-free, so the encoding of a prefix
// of the values is a byte prefix of the encoding of every key that extends it.
// decodeClustering inverts encodeClustering (for a full key or any prefix), except that
// it returns canonical forms where Cassandra's order treats values as equal: NaN doubles
// become 0x7ff8000000000000, true booleans become 0x01.

import { compareBytes, concatBytes } from './bytes.js';
import { ServerError } from './errors.js';
import { assertSupportedType, fixedWidth, type CqlType, type NativeTypeName } from './types.js';
import { validateValue } from './values.js';

export type ClusteringOrder = 'ASC' | 'DESC';

/** The version of this encoding. DO NOT CHANGE the format without bumping it: keys are stored on disk. */
export const CLUSTERING_ENCODING_VERSION = 1;

// Variable-length components (text, blob): 0x00 is escaped as 0x00 0xFF and the component
// ends with 0x00 0x01. Fixed-width components keep their serialized width.
const ESCAPE = 0x00;
const ESCAPED_ZERO = 0xff;
const TERMINATOR = 0x01;
const CANONICAL_NAN = Uint8Array.of(0x7f, 0xf8, 0, 0, 0, 0, 0, 0);

function checkShapes(types: readonly CqlType[], orders: readonly ClusteringOrder[], n: number): NativeTypeName[] {
  if (types.length !== orders.length) throw new Error(`clustering: ${types.length} types but ${orders.length} orders`);
  if (n > types.length) throw new Error(`clustering: ${n} values for ${types.length} columns`);
  return types.map((t) => assertSupportedType(t));
}

/** Encodes `values` (serialized; all clustering values or a prefix of them) into one key. */
export function encodeClustering(
  types: readonly CqlType[],
  orders: readonly ClusteringOrder[],
  values: readonly Uint8Array[],
): Uint8Array {
  const names = checkShapes(types, orders, values.length);
  const parts: Uint8Array[] = [];
  values.forEach((v, i) => {
    validateValue(types[i] as CqlType, v);
    const enc = encodeComponent(names[i] as NativeTypeName, v);
    if (orders[i] === 'DESC') for (let j = 0; j < enc.length; j++) enc[j] = 255 - (enc[j] as number);
    parts.push(enc);
  });
  return concatBytes(parts);
}

/** Splits a key made by encodeClustering back into serialized values (as many as it holds). */
export function decodeClustering(
  types: readonly CqlType[],
  orders: readonly ClusteringOrder[],
  key: Uint8Array,
): Uint8Array[] {
  const names = checkShapes(types, orders, 0);
  const out: Uint8Array[] = [];
  let at = 0;
  for (let i = 0; i < names.length && at < key.length; i++) {
    const flip = orders[i] === 'DESC' ? 255 : 0;
    const name = names[i] as NativeTypeName;
    const width = fixedWidth(name);
    if (width !== undefined) {
      if (at + width > key.length) throw corrupt(key, `component ${i} is cut short`);
      const enc = key.slice(at, at + width).map((b) => b ^ flip);
      out.push(decodeFixed(name, enc));
      at += width;
      continue;
    }
    const bytes: number[] = [];
    for (;;) {
      if (at + 1 >= key.length) throw corrupt(key, `component ${i} has no terminator`);
      const b = (key[at] as number) ^ flip;
      if (b !== ESCAPE) {
        bytes.push(b);
        at += 1;
        continue;
      }
      const next = (key[at + 1] as number) ^ flip;
      at += 2;
      if (next === TERMINATOR) break;
      if (next !== ESCAPED_ZERO) throw corrupt(key, `component ${i} has a bad escape`);
      bytes.push(0);
    }
    out.push(Uint8Array.from(bytes));
  }
  if (at !== key.length) throw corrupt(key, `${key.length - at} bytes left over`);
  return out;
}

function corrupt(key: Uint8Array, why: string): ServerError {
  return new ServerError(`Corrupt clustering key (${key.length} bytes): ${why}`);
}

function encodeComponent(name: NativeTypeName, v: Uint8Array): Uint8Array {
  switch (name) {
    case 'int':
    case 'bigint':
    case 'timestamp': {
      const out = v.slice();
      out[0] = (out[0] as number) ^ 0x80;
      return out;
    }
    case 'boolean':
      return Uint8Array.of(v[0] === 0 ? 0 : 1);
    case 'double': {
      const isNaN = Number.isNaN(new DataView(v.buffer, v.byteOffset, 8).getFloat64(0));
      const out = isNaN ? CANONICAL_NAN.slice() : v.slice();
      if (((out[0] as number) & 0x80) !== 0) for (let j = 0; j < 8; j++) out[j] = 255 - (out[j] as number);
      else out[0] = (out[0] as number) ^ 0x80;
      return out;
    }
    case 'uuid':
      return encodeUuid(v);
    case 'text':
    case 'blob': {
      const out: number[] = [];
      for (const b of v) {
        if (b === 0) out.push(ESCAPE, ESCAPED_ZERO);
        else out.push(b);
      }
      out.push(ESCAPE, TERMINATOR);
      return Uint8Array.from(out);
    }
    default:
      throw new Error(`clustering: unhandled type ${name}`);
  }
}

function decodeFixed(name: NativeTypeName, enc: Uint8Array): Uint8Array {
  switch (name) {
    case 'int':
    case 'bigint':
    case 'timestamp':
      enc[0] = (enc[0] as number) ^ 0x80;
      return enc;
    case 'boolean':
      if (enc[0] !== 0 && enc[0] !== 1) throw corrupt(enc, 'bad boolean');
      return enc;
    case 'double':
      if (((enc[0] as number) & 0x80) !== 0) enc[0] = (enc[0] as number) ^ 0x80;
      else for (let j = 0; j < 8; j++) enc[j] = 255 - (enc[j] as number);
      return enc;
    case 'uuid':
      return decodeUuid(enc);
    default:
      throw new Error(`clustering: unhandled type ${name}`);
  }
}

function readU64(b: Uint8Array, at: number): bigint {
  return new DataView(b.buffer, b.byteOffset, b.byteLength).getBigUint64(at);
}

function writeU64(b: Uint8Array, at: number, v: bigint): void {
  new DataView(b.buffer, b.byteOffset, b.byteLength).setBigUint64(at, v);
}

const MASK48 = (1n << 48n) - 1n;

/**
 * Cassandra's UUIDType order: version first; for version 1 the 60-bit timestamp
 * (time_hi, time_mid, time_low); otherwise the most significant 64 bits unsigned; then the
 * least significant 64 bits unsigned. The version nibble moves to the front; for version 1
 * the timestamp fields are reordered most significant first.
 */
function encodeUuid(v: Uint8Array): Uint8Array {
  const msb = readU64(v, 0);
  const version = (msb >> 12n) & 0xfn;
  let head: bigint;
  if (version === 1n) {
    head = ((msb & 0xffffn) << 48n) | (((msb >> 16n) & 0xffffn) << 32n) | (msb >> 32n);
  } else {
    head = (version << 60n) | ((msb >> 16n) << 12n) | (msb & 0xfffn);
  }
  const out = v.slice();
  writeU64(out, 0, head);
  return out;
}

function decodeUuid(enc: Uint8Array): Uint8Array {
  const head = readU64(enc, 0);
  const version = head >> 60n;
  let msb: bigint;
  if (version === 1n) {
    msb = ((head & 0xffffffffn) << 32n) | (((head >> 32n) & 0xffffn) << 16n) | (head >> 48n);
  } else {
    msb = (((head >> 12n) & MASK48) << 16n) | (version << 12n) | (head & 0xfffn);
  }
  writeU64(enc, 0, msb);
  return enc;
}

// ---- Cassandra's comparators on serialized values (the reference the encoding must match) ----

/** Cassandra's order for two serialized values of one supported type. */
export function compareValues(type: CqlType, a: Uint8Array, b: Uint8Array): number {
  const name = assertSupportedType(type);
  const va = new DataView(a.buffer, a.byteOffset, a.byteLength);
  const vb = new DataView(b.buffer, b.byteOffset, b.byteLength);
  switch (name) {
    case 'int':
      return Math.sign(va.getInt32(0) - vb.getInt32(0));
    case 'bigint':
    case 'timestamp': {
      const x = va.getBigInt64(0);
      const y = vb.getBigInt64(0);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'boolean':
      return Math.sign((a[0] === 0 ? 0 : 1) - (b[0] === 0 ? 0 : 1));
    case 'double':
      return javaDoubleCompare(va.getFloat64(0), vb.getFloat64(0));
    case 'uuid': {
      const versionA = (a[6] as number) >> 4;
      const versionB = (b[6] as number) >> 4;
      if (versionA !== versionB) return Math.sign(versionA - versionB);
      if (versionA === 1) {
        const order = [6, 7, 4, 5, 0, 1, 2, 3];
        for (const i of order) {
          const mask = i === 6 ? 0x0f : 0xff;
          const d = ((a[i] as number) & mask) - ((b[i] as number) & mask);
          if (d !== 0) return Math.sign(d);
        }
      }
      return Math.sign(compareBytes(a, b));
    }
    case 'text':
    case 'blob':
      return Math.sign(compareBytes(a, b));
    default:
      throw new Error(`clustering: unhandled type ${name}`);
  }
}

/** Java's Double.compare: -0.0 < 0.0, NaN equals NaN and is greater than +Infinity. */
function javaDoubleCompare(x: number, y: number): number {
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
  if (Number.isNaN(y)) return -1;
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === 0 && y === 0) return Math.sign((Object.is(x, -0) ? 0 : 1) - (Object.is(y, -0) ? 0 : 1));
  return 0;
}

/** Cassandra's clustering order for two full (equal-length) lists of serialized values. */
export function compareClusteringValues(
  types: readonly CqlType[],
  orders: readonly ClusteringOrder[],
  a: readonly Uint8Array[],
  b: readonly Uint8Array[],
): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareValues(types[i] as CqlType, a[i] as Uint8Array, b[i] as Uint8Array);
    if (c !== 0) return orders[i] === 'DESC' ? -c : c;
  }
  return Math.sign(a.length - b.length);
}

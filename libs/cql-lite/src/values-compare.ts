// Cassandra's comparators on serialized values: the order of clustering columns, set
// elements and map keys. The reference that the byte-comparable clustering encoding
// (clustering.ts) must match.
//
//   int, bigint, smallint, tinyint,   signed numeric
//   timestamp, time
//   varint, decimal                   numeric (BigDecimal.compareTo: 1.0 = 1.00)
//   float, double                     Java's Float/Double.compare: -0 < 0, NaN = NaN > +∞
//   boolean                           false < true (any non-zero byte is true)
//   date                              unsigned (the epoch is 2^31)
//   uuid                              UUIDType: version, then (v1) the timestamp, then bytes unsigned
//   timeuuid                          TimeUUIDType: timestamp, then the last 8 bytes as signed bytes
//   ascii, text, blob, inet           bytewise unsigned (shorter first on a common prefix)
//   list, set                         element by element, then the shorter first
//   map                               entry by entry (key, then value), then the shorter first
//
// Contract: both values must be valid for the type (validateValue); frozen<> changes nothing.

import { compareBytes } from './bytes.js';
import { splitList, splitMap } from './collections.js';
import { compareDecimals, decimalFromBytes, varintFromBytes } from './numbers.js';
import { supportedNativeName, unfrozen, unsupportedType, type CqlType } from './types.js';

/** Negative, zero or positive as `a` sorts before, with or after `b` in Cassandra's order. */
export function compareValues(type: CqlType, a: Uint8Array, b: Uint8Array): number {
  const t = unfrozen(type);
  if (t.kind === 'list' || t.kind === 'set') return compareSequences(t.element, splitList(t, a), splitList(t, b));
  if (t.kind === 'map') {
    const x = splitMap(t, a);
    const y = splitMap(t, b);
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      const [kx, vx] = x[i] as [Uint8Array, Uint8Array];
      const [ky, vy] = y[i] as [Uint8Array, Uint8Array];
      const c = compareValues(t.key, kx, ky) || compareValues(t.value, vx, vy);
      if (c !== 0) return c;
    }
    return Math.sign(x.length - y.length);
  }
  const name = supportedNativeName(t);
  if (name === undefined) throw unsupportedType(t);
  const va = new DataView(a.buffer, a.byteOffset, a.byteLength);
  const vb = new DataView(b.buffer, b.byteOffset, b.byteLength);
  switch (name) {
    case 'tinyint':
      return Math.sign(va.getInt8(0) - vb.getInt8(0));
    case 'smallint':
      return Math.sign(va.getInt16(0) - vb.getInt16(0));
    case 'int':
      return Math.sign(va.getInt32(0) - vb.getInt32(0));
    case 'bigint':
    case 'timestamp':
    case 'time':
      return compareBigints(va.getBigInt64(0), vb.getBigInt64(0));
    case 'varint':
      return compareBigints(varintFromBytes(a), varintFromBytes(b));
    case 'decimal':
      return compareDecimals(decimalFromBytes(a), decimalFromBytes(b));
    case 'boolean':
      return Math.sign((a[0] === 0 ? 0 : 1) - (b[0] === 0 ? 0 : 1));
    case 'float':
      return javaDoubleCompare(va.getFloat32(0), vb.getFloat32(0));
    case 'double':
      return javaDoubleCompare(va.getFloat64(0), vb.getFloat64(0));
    case 'uuid':
      return compareUuids(a, b);
    case 'timeuuid':
      return compareTimeuuids(a, b);
    case 'date':
    case 'ascii':
    case 'text':
    case 'blob':
    case 'inet':
      return Math.sign(compareBytes(a, b));
    default:
      throw new Error(`compareValues: unhandled type ${name}`);
  }
}

function compareSequences(element: CqlType, x: Uint8Array[], y: Uint8Array[]): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const c = compareValues(element, x[i] as Uint8Array, y[i] as Uint8Array);
    if (c !== 0) return c;
  }
  return Math.sign(x.length - y.length);
}

function compareBigints(x: bigint, y: bigint): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Java's Double.compare (also Float.compare on floats): -0.0 < 0.0, NaN equals NaN and is above +∞. */
export function javaDoubleCompare(x: number, y: number): number {
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : 1;
  if (Number.isNaN(y)) return -1;
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === 0 && y === 0) return Math.sign((Object.is(x, -0) ? 0 : 1) - (Object.is(y, -0) ? 0 : 1));
  return 0;
}

/** The order of a version-1 timestamp's bytes: time_hi (without the version nibble), time_mid, time_low. */
const V1_TIMESTAMP_BYTES = [6, 7, 4, 5, 0, 1, 2, 3];

function compareV1Timestamps(a: Uint8Array, b: Uint8Array): number {
  for (const i of V1_TIMESTAMP_BYTES) {
    const mask = i === 6 ? 0x0f : 0xff;
    const d = ((a[i] as number) & mask) - ((b[i] as number) & mask);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Cassandra's UUIDType: version nibble first; for version 1 the timestamp; then all bytes unsigned. */
function compareUuids(a: Uint8Array, b: Uint8Array): number {
  const versionA = (a[6] as number) >> 4;
  const versionB = (b[6] as number) >> 4;
  if (versionA !== versionB) return Math.sign(versionA - versionB);
  if (versionA === 1) {
    const c = compareV1Timestamps(a, b);
    if (c !== 0) return c;
  }
  return Math.sign(compareBytes(a, b));
}

/** Cassandra's TimeUUIDType: the timestamp, then the last 8 bytes compared as signed bytes. */
function compareTimeuuids(a: Uint8Array, b: Uint8Array): number {
  const c = compareV1Timestamps(a, b);
  if (c !== 0) return c;
  for (let i = 8; i < 16; i++) {
    const d = ((a[i] as number) ^ 0x80) - ((b[i] as number) ^ 0x80);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

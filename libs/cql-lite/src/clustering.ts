// Byte-comparable clustering keys (format described in doc/clustering-key-encoding.md).
//
// Contract: for serialized values of the supported types (every supported native type and
// frozen collections of them),
//   sign(compareBytes(encodeClustering(t, o, a), encodeClustering(t, o, b)))
//     === sign(compareClusteringValues(t, o, a, b))
// where compareClusteringValues is Cassandra's clustering order (each type's comparator,
// reversed for DESC). Each component's encoding is prefix-free, so the encoding of a prefix
// of the values is a byte prefix of the encoding of every key that extends it.
// decodeClustering inverts encodeClustering (for a full key or any prefix), except that
// it returns canonical forms where Cassandra's order treats values as equal: NaN doubles
// become 0x7ff8000000000000 (floats 0x7fc00000), true booleans 0x01, varints their minimal
// encoding, decimals their least-digit form (1.50 becomes 1.5, 100 becomes 1E+2, any zero 0).

import { concatBytes, copyBytes } from './bytes.js';
import { joinList, joinMap, splitList, splitMap } from './collections.js';
import { InvalidRequest, ServerError } from './errors.js';
import {
  decimalFromBytes,
  decimalFromNormalForm,
  decimalNormalForm,
  decimalToBytes,
  INT32_MAX,
  varintFromBytes,
  varintToBytes,
} from './numbers.js';
import { fixedWidth, type CqlType, type NativeTypeName } from './types.js';
import { validateValue, valueShape } from './values.js';
import { compareValues } from './values-compare.js';

export { compareValues } from './values-compare.js';

export type ClusteringOrder = 'ASC' | 'DESC';

/** The version of this encoding. DO NOT CHANGE the format without bumping it: keys are stored on disk. */
export const CLUSTERING_ENCODING_VERSION = 1;

// Escaped components (text, ascii, blob, inet): 0x00 is escaped as 0x00 0xFF and the
// component ends with 0x00 0x01. Fixed-width components keep their serialized width.
const ESCAPE = 0x00;
const ESCAPED_ZERO = 0xff;
const TERMINATOR = 0x01;
const CANONICAL_NAN = Uint8Array.of(0x7f, 0xf8, 0, 0, 0, 0, 0, 0);
const CANONICAL_NAN32 = Uint8Array.of(0x7f, 0xc0, 0, 0);
// Frozen collections: each element (map: key then value) follows ELEMENT; END closes.
const ELEMENT = 0x01;
const END = 0x00;
// Decimals start with their sign.
const DECIMAL_NEGATIVE = 0x01;
const DECIMAL_ZERO = 0x02;
const DECIMAL_POSITIVE = 0x03;
// Varints start with a 4-byte header: VARINT_NONNEGATIVE + length, or VARINT_NEGATIVE - length.
const VARINT_NONNEGATIVE = 0x80000000;
const VARINT_NEGATIVE = 0x7fffffff;

function checkShapes(types: readonly CqlType[], orders: readonly ClusteringOrder[], n: number): void {
  if (types.length !== orders.length) throw new Error(`clustering: ${types.length} types but ${orders.length} orders`);
  if (n > types.length) throw new Error(`clustering: ${n} values for ${types.length} columns`);
  for (const t of types) valueShape(t);
}

/** Encodes `values` (serialized; all clustering values or a prefix of them) into one key. */
export function encodeClustering(
  types: readonly CqlType[],
  orders: readonly ClusteringOrder[],
  values: readonly Uint8Array[],
): Uint8Array {
  checkShapes(types, orders, values.length);
  const parts: Uint8Array[] = [];
  values.forEach((v, i) => {
    const type = types[i] as CqlType;
    validateValue(type, v);
    const enc = encodeComponent(type, v);
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
  checkShapes(types, orders, 0);
  const out: Uint8Array[] = [];
  const r = new KeyReader(key);
  for (let i = 0; i < types.length && r.at < key.length; i++) {
    r.component = i;
    r.flip = orders[i] === 'DESC' ? 255 : 0;
    const type = types[i] as CqlType;
    const value = decodeComponent(type, r);
    try {
      validateValue(type, value);
    } catch (e) {
      if (e instanceof InvalidRequest) throw corrupt(key, `component ${i} is not a valid value: ${e.message}`);
      throw e;
    }
    out.push(value);
  }
  if (r.at !== key.length) throw corrupt(key, `${key.length - r.at} bytes left over`);
  return out;
}

function corrupt(key: Uint8Array, why: string): ServerError {
  return new ServerError(`Corrupt clustering key (${key.length} bytes): ${why}`);
}

/** Reads a key's bytes with the current component's DESC inversion undone. */
class KeyReader {
  at = 0;
  flip = 0;
  component = 0;
  constructor(readonly key: Uint8Array) {}
  fail(why: string): ServerError {
    return corrupt(this.key, `component ${this.component} ${why}`);
  }
  byte(): number {
    if (this.at >= this.key.length) throw this.fail('is cut short');
    return (this.key[this.at++] as number) ^ this.flip;
  }
  take(n: number): Uint8Array {
    if (this.at + n > this.key.length) throw this.fail('is cut short');
    const out = copyBytes(this.key, this.at, this.at + n);
    if (this.flip !== 0) for (let j = 0; j < n; j++) out[j] = (out[j] as number) ^ this.flip;
    this.at += n;
    return out;
  }
}

function encodeComponent(type: CqlType, v: Uint8Array): Uint8Array {
  const shape = valueShape(type);
  if (shape.kind === 'list' || shape.kind === 'set') {
    const parts: Uint8Array[] = [];
    for (const e of splitList(type, v)) parts.push(Uint8Array.of(ELEMENT), encodeComponent(shape.element, e));
    parts.push(Uint8Array.of(END));
    return concatBytes(parts);
  }
  if (shape.kind === 'map') {
    const parts: Uint8Array[] = [];
    for (const [k, x] of splitMap(type, v)) {
      parts.push(Uint8Array.of(ELEMENT), encodeComponent(shape.key, k), encodeComponent(shape.value, x));
    }
    parts.push(Uint8Array.of(END));
    return concatBytes(parts);
  }
  return encodeNative(shape.name, v);
}

function encodeNative(name: NativeTypeName, v: Uint8Array): Uint8Array {
  switch (name) {
    case 'tinyint':
    case 'smallint':
    case 'int':
    case 'bigint':
    case 'timestamp': {
      const out = copyBytes(v);
      out[0] = (out[0] as number) ^ 0x80;
      return out;
    }
    case 'date':
    case 'time':
      return copyBytes(v);
    case 'boolean':
      return Uint8Array.of(v[0] === 0 ? 0 : 1);
    case 'double':
    case 'float': {
      const view = new DataView(v.buffer, v.byteOffset, v.byteLength);
      const isNaN = Number.isNaN(name === 'double' ? view.getFloat64(0) : view.getFloat32(0));
      const out = isNaN ? (name === 'double' ? CANONICAL_NAN : CANONICAL_NAN32).slice() : copyBytes(v);
      if (((out[0] as number) & 0x80) !== 0) for (let j = 0; j < out.length; j++) out[j] = 255 - (out[j] as number);
      else out[0] = (out[0] as number) ^ 0x80;
      return out;
    }
    case 'uuid':
      return encodeUuid(v);
    case 'timeuuid':
      return encodeTimeuuid(v);
    case 'varint':
      return encodeVarint(v);
    case 'decimal':
      return encodeDecimal(v);
    case 'text':
    case 'ascii':
    case 'blob':
    case 'inet': {
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

function decodeComponent(type: CqlType, r: KeyReader): Uint8Array {
  const shape = valueShape(type);
  if (shape.kind === 'list' || shape.kind === 'set') {
    const elements: Uint8Array[] = [];
    while (nextElement(r)) elements.push(decodeComponent(shape.element, r));
    return joinList(elements);
  }
  if (shape.kind === 'map') {
    const entries: [Uint8Array, Uint8Array][] = [];
    while (nextElement(r)) entries.push([decodeComponent(shape.key, r), decodeComponent(shape.value, r)]);
    return joinMap(entries);
  }
  const name = shape.name;
  const width = fixedWidth(name);
  if (width !== undefined) return decodeFixed(name, r.take(width), r);
  switch (name) {
    case 'varint':
      return decodeVarint(r);
    case 'decimal':
      return decodeDecimal(r);
    default:
      return decodeEscaped(r);
  }
}

/** Reads a collection's ELEMENT or END marker: true when an element follows. */
function nextElement(r: KeyReader): boolean {
  const marker = r.byte();
  if (marker === END) return false;
  if (marker !== ELEMENT) throw r.fail(`has a bad collection marker ${marker}`);
  return true;
}

function decodeEscaped(r: KeyReader): Uint8Array {
  const bytes: number[] = [];
  for (;;) {
    if (r.at + 1 >= r.key.length) throw r.fail('has no terminator');
    const b = r.byte();
    if (b !== ESCAPE) {
      bytes.push(b);
      continue;
    }
    const next = r.byte();
    if (next === TERMINATOR) break;
    if (next !== ESCAPED_ZERO) throw r.fail('has a bad escape');
    bytes.push(0);
  }
  return Uint8Array.from(bytes);
}

function decodeFixed(name: NativeTypeName, enc: Uint8Array, r: KeyReader): Uint8Array {
  switch (name) {
    case 'tinyint':
    case 'smallint':
    case 'int':
    case 'bigint':
    case 'timestamp':
      enc[0] = (enc[0] as number) ^ 0x80;
      return enc;
    case 'date':
    case 'time':
      return enc;
    case 'boolean':
      if (enc[0] !== 0 && enc[0] !== 1) throw r.fail('is a bad boolean');
      return enc;
    case 'double':
    case 'float':
      if (((enc[0] as number) & 0x80) !== 0) enc[0] = (enc[0] as number) ^ 0x80;
      else for (let j = 0; j < enc.length; j++) enc[j] = 255 - (enc[j] as number);
      return enc;
    case 'uuid':
      return decodeUuid(enc);
    case 'timeuuid':
      return decodeTimeuuid(enc);
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

/** A version-1 msb with its timestamp fields most significant first: time_hi_and_version, time_mid, time_low. */
function reorderV1(msb: bigint): bigint {
  return ((msb & 0xffffn) << 48n) | (((msb >> 16n) & 0xffffn) << 32n) | (msb >> 32n);
}

function unreorderV1(head: bigint): bigint {
  return ((head & 0xffffffffn) << 32n) | (((head >> 32n) & 0xffffn) << 16n) | (head >> 48n);
}

/**
 * Cassandra's UUIDType order: version first; for version 1 the 60-bit timestamp
 * (time_hi, time_mid, time_low); otherwise the most significant 64 bits unsigned; then the
 * least significant 64 bits unsigned. The version nibble moves to the front; for version 1
 * the timestamp fields are reordered most significant first.
 */
function encodeUuid(v: Uint8Array): Uint8Array {
  const msb = readU64(v, 0);
  const version = (msb >> 12n) & 0xfn;
  const head = version === 1n ? reorderV1(msb) : (version << 60n) | ((msb >> 16n) << 12n) | (msb & 0xfffn);
  const out = copyBytes(v);
  writeU64(out, 0, head);
  return out;
}

function decodeUuid(enc: Uint8Array): Uint8Array {
  const head = readU64(enc, 0);
  const version = head >> 60n;
  const msb = version === 1n ? unreorderV1(head) : (((head >> 12n) & MASK48) << 16n) | (version << 12n) | (head & 0xfffn);
  writeU64(enc, 0, msb);
  return enc;
}

/**
 * Cassandra's TimeUUIDType order: the timestamp (reordered as for uuid version 1), then the
 * last 8 bytes as signed bytes (each byte's top bit flipped).
 */
function encodeTimeuuid(v: Uint8Array): Uint8Array {
  const out = copyBytes(v);
  writeU64(out, 0, reorderV1(readU64(v, 0)));
  for (let j = 8; j < 16; j++) out[j] = (out[j] as number) ^ 0x80;
  return out;
}

function decodeTimeuuid(enc: Uint8Array): Uint8Array {
  writeU64(enc, 0, unreorderV1(readU64(enc, 0)));
  for (let j = 8; j < 16; j++) enc[j] = (enc[j] as number) ^ 0x80;
  return enc;
}

/**
 * varint: a 4-byte big-endian header, VARINT_NONNEGATIVE + n for a value ≥ 0 whose minimal
 * encoding has n bytes, VARINT_NEGATIVE - n for a negative one; then those n bytes.
 */
function encodeVarint(v: Uint8Array): Uint8Array {
  const minimal = varintToBytes(varintFromBytes(v));
  const negative = ((minimal[0] as number) & 0x80) !== 0;
  const out = new Uint8Array(4 + minimal.length);
  const header = negative ? VARINT_NEGATIVE - minimal.length : VARINT_NONNEGATIVE + minimal.length;
  new DataView(out.buffer).setUint32(0, header);
  out.set(minimal, 4);
  return out;
}

function decodeVarint(r: KeyReader): Uint8Array {
  const header = new DataView(r.take(4).buffer).getUint32(0);
  const negative = header < VARINT_NONNEGATIVE;
  const length = negative ? VARINT_NEGATIVE - header : header - VARINT_NONNEGATIVE;
  if (length < 1 || length > r.key.length) throw r.fail(`has a bad varint length ${length}`);
  const bytes = r.take(length);
  if ((((bytes[0] as number) & 0x80) !== 0) !== negative) throw r.fail('has a varint of the wrong sign');
  return bytes;
}

/**
 * decimal, with value = ±0.d₁d₂…dₖ × 10^E (digits without trailing zeros, d₁ ≠ 0): the sign
 * byte (DECIMAL_NEGATIVE, DECIMAL_ZERO alone, DECIMAL_POSITIVE); then E as 8 bytes
 * big-endian with the sign bit flipped; then the digits in pairs, each pair p (the last
 * padded with a 0) as the byte p + 1; then 0x00. A negative value has every byte after the
 * sign inverted, so larger magnitudes sort first.
 */
function encodeDecimal(v: Uint8Array): Uint8Array {
  const n = decimalNormalForm(decimalFromBytes(v));
  if (n.sign === 0) return Uint8Array.of(DECIMAL_ZERO);
  const pairs = Math.ceil(n.digits.length / 2);
  const out = new Uint8Array(1 + 8 + pairs + 1);
  out[0] = n.sign < 0 ? DECIMAL_NEGATIVE : DECIMAL_POSITIVE;
  const view = new DataView(out.buffer);
  view.setBigUint64(1, BigInt.asUintN(64, BigInt(n.exponent)) ^ (1n << 63n));
  for (let p = 0; p < pairs; p++) {
    out[9 + p] = Number(n.digits[2 * p]) * 10 + Number(n.digits[2 * p + 1] ?? '0') + 1;
  }
  out[out.length - 1] = 0;
  if (n.sign < 0) for (let j = 1; j < out.length; j++) out[j] = 255 - (out[j] as number);
  return out;
}

function decodeDecimal(r: KeyReader): Uint8Array {
  const signByte = r.byte();
  if (signByte === DECIMAL_ZERO) return decimalToBytes({ unscaled: 0n, scale: 0 });
  if (signByte !== DECIMAL_NEGATIVE && signByte !== DECIMAL_POSITIVE) throw r.fail(`has a bad decimal sign ${signByte}`);
  const invert = signByte === DECIMAL_NEGATIVE ? 255 : 0;
  const head = r.take(8).map((b) => b ^ invert);
  const exponent = BigInt.asIntN(64, new DataView(head.buffer).getBigUint64(0) ^ (1n << 63n));
  if (exponent > BigInt(Number.MAX_SAFE_INTEGER) || exponent < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw r.fail('has a bad decimal exponent');
  }
  let digits = '';
  for (;;) {
    const b = r.byte() ^ invert;
    if (b === 0) break;
    if (b > 100) throw r.fail(`has a bad decimal digit pair ${b}`);
    digits += String(b - 1).padStart(2, '0');
  }
  digits = digits.replace(/0+$/, '');
  if (digits === '' || digits.startsWith('0')) throw r.fail('has bad decimal digits');
  const d = decimalFromNormalForm({ sign: signByte === DECIMAL_NEGATIVE ? -1 : 1, digits, exponent: Number(exponent) });
  if (d.scale > INT32_MAX) throw r.fail('has a decimal scale out of range');
  return decimalToBytes(d);
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

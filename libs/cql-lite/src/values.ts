// Binary value codecs: exactly Cassandra's native-protocol (v4) encodings.
//
//   type       bytes                                   JS value (CqlValue)
//   int        4, big-endian two's complement          number (integer in int32 range)
//   bigint     8, big-endian two's complement          bigint (int64 range)
//   boolean    1, 0x00 false / anything else true      boolean
//   double     8, IEEE-754 binary64 big-endian         number
//   timestamp  8, signed ms since the Unix epoch       Date
//   uuid       16, RFC 4122 byte order                 string, canonical lower case
//   text       UTF-8 (validated)                       string
//   blob       raw                                     Uint8Array
//   list<T>    int32 n, then n × (int32 len, bytes)    CqlValue[] (only for `IN ?` markers)
//
// Contract: serializeValue / deserializeValue / validateValue throw InvalidRequest for a value
// that does not fit its type, and for types this milestone does not support. A null value
// is represented by `null` outside these functions, never by an empty array. Deviations from
// Cassandra: empty byte strings are rejected for fixed-width types (Cassandra's "empty"
// values), and timestamps must fit a JS Date (±8.64e15 ms, ±273,790 years).

import { fromHex, toHex, utf8Decode, utf8Encode, uuidFromString, uuidToString } from './bytes.js';
import { InvalidRequest } from './errors.js';
import { assertSupportedType, formatType, type CqlType, type NativeTypeName } from './types.js';

export type CqlValue = string | number | bigint | boolean | Date | Uint8Array | CqlValue[];

export const INT_MIN = -2147483648;
export const INT_MAX = 2147483647;
export const BIGINT_MIN = -(2n ** 63n);
export const BIGINT_MAX = 2n ** 63n - 1n;
/** Largest |ms| a JS Date holds. */
export const TIMESTAMP_MS_MAX = 8_640_000_000_000_000;
/** Most elements a bound list (an `IN ?` value) may hold. */
export const LIST_ELEMENTS_MAX = 65535;

/** The element type if `t` is list<T> with T supported (the only collection values handle). */
function listElement(t: CqlType): NativeTypeName | undefined {
  if (t.kind !== 'list') return undefined;
  return assertSupportedType(t.element);
}

function wrongValue(type: CqlType, v: unknown): InvalidRequest {
  const shown = typeof v === 'bigint' ? `${v}n` : v instanceof Date ? 'a Date' : v instanceof Uint8Array ? 'bytes' : JSON.stringify(v);
  return new InvalidRequest(`Invalid value ${shown} for type ${formatType(type)}`);
}

export function serializeValue(type: CqlType, v: CqlValue): Uint8Array {
  const element = listElement(type);
  if (element !== undefined) return serializeList(type, element, v);
  const name = assertSupportedType(type);
  switch (name) {
    case 'int': {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < INT_MIN || v > INT_MAX) throw wrongValue(type, v);
      const out = new Uint8Array(4);
      new DataView(out.buffer).setInt32(0, v);
      return out;
    }
    case 'bigint': {
      if (typeof v !== 'bigint' || v < BIGINT_MIN || v > BIGINT_MAX) throw wrongValue(type, v);
      const out = new Uint8Array(8);
      new DataView(out.buffer).setBigInt64(0, v);
      return out;
    }
    case 'boolean':
      if (typeof v !== 'boolean') throw wrongValue(type, v);
      return Uint8Array.of(v ? 1 : 0);
    case 'double': {
      if (typeof v !== 'number') throw wrongValue(type, v);
      const out = new Uint8Array(8);
      new DataView(out.buffer).setFloat64(0, v);
      return out;
    }
    case 'timestamp': {
      if (!(v instanceof Date) || Number.isNaN(v.getTime())) throw wrongValue(type, v);
      const out = new Uint8Array(8);
      new DataView(out.buffer).setBigInt64(0, BigInt(v.getTime()));
      return out;
    }
    case 'uuid': {
      const bytes = typeof v === 'string' ? uuidFromString(v) : undefined;
      if (bytes === undefined) throw wrongValue(type, v);
      return bytes;
    }
    case 'text':
      if (typeof v !== 'string') throw wrongValue(type, v);
      return utf8Encode(v);
    case 'blob':
      if (!(v instanceof Uint8Array)) throw wrongValue(type, v);
      return v.slice();
    default:
      throw new Error(`unhandled supported type ${name}`);
  }
}

export function deserializeValue(type: CqlType, bytes: Uint8Array): CqlValue {
  validateValue(type, bytes);
  const element = listElement(type);
  if (element !== undefined) return splitList(type, bytes).map((b) => deserializeValue({ kind: 'native', name: element }, b));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const name = assertSupportedType(type);
  switch (name) {
    case 'int':
      return view.getInt32(0);
    case 'bigint':
      return view.getBigInt64(0);
    case 'boolean':
      return bytes[0] !== 0;
    case 'double':
      return view.getFloat64(0);
    case 'timestamp':
      return new Date(Number(view.getBigInt64(0)));
    case 'uuid':
      return uuidToString(bytes);
    case 'text':
      return utf8Decode(bytes) as string;
    case 'blob':
      return bytes.slice();
    default:
      throw new Error(`unhandled supported type ${name}`);
  }
}

/** Throws InvalidRequest (Cassandra's messages) unless `bytes` is a valid value of `type`. */
export function validateValue(type: CqlType, bytes: Uint8Array): void {
  const element = listElement(type);
  if (element !== undefined) {
    for (const b of splitList(type, bytes)) validateValue({ kind: 'native', name: element }, b);
    return;
  }
  const n = bytes.length;
  const name = assertSupportedType(type);
  switch (name) {
    case 'int':
      if (n !== 4) throw new InvalidRequest(`Expected 4 byte int (${n})`);
      return;
    case 'bigint':
      if (n !== 8) throw new InvalidRequest(`Expected 8 byte long (${n})`);
      return;
    case 'boolean':
      if (n !== 1) throw new InvalidRequest(`Expected 1 byte value (${n})`);
      return;
    case 'double':
      if (n !== 8) throw new InvalidRequest(`Expected 8 byte value for a double (${n})`);
      return;
    case 'timestamp': {
      if (n !== 8) throw new InvalidRequest(`Expected 8 byte long for date (${n})`);
      const ms = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigInt64(0);
      if (ms > BigInt(TIMESTAMP_MS_MAX) || ms < -BigInt(TIMESTAMP_MS_MAX)) {
        throw new InvalidRequest(`Timestamp ${ms} ms since epoch is out of range (at most ±${TIMESTAMP_MS_MAX})`);
      }
      return;
    }
    case 'uuid':
      if (n !== 16) throw new InvalidRequest(`UUID should be 16 bytes (${n})`);
      return;
    case 'text':
      if (utf8Decode(bytes) === undefined) throw new InvalidRequest("String didn't validate.");
      return;
    case 'blob':
      return;
    default:
      throw new Error(`unhandled supported type ${name}`);
  }
}

function serializeList(type: CqlType, element: NativeTypeName, v: CqlValue): Uint8Array {
  if (!Array.isArray(v)) throw wrongValue(type, v);
  return joinList(v.map((e) => serializeValue({ kind: 'native', name: element }, e)));
}

/** Native-protocol list bytes from serialized elements (no nulls). */
export function joinList(elements: readonly Uint8Array[]): Uint8Array {
  let size = 4;
  for (const e of elements) size += 4 + e.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setInt32(0, elements.length);
  let at = 4;
  for (const e of elements) {
    view.setInt32(at, e.length);
    out.set(e, at + 4);
    at += 4 + e.length;
  }
  return out;
}

/** Serialized elements of native-protocol list bytes; InvalidRequest if malformed or null-holding. */
export function splitList(type: CqlType, bytes: Uint8Array): Uint8Array[] {
  const bad = (why: string): InvalidRequest => new InvalidRequest(`Invalid ${formatType(type)} value: ${why}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4) throw bad('not enough bytes to read a list');
  const count = view.getInt32(0);
  if (count < 0 || count > LIST_ELEMENTS_MAX) throw bad(`bad element count ${count}`);
  const out: Uint8Array[] = [];
  let at = 4;
  for (let i = 0; i < count; i++) {
    if (at + 4 > bytes.length) throw bad('not enough bytes to read a list element');
    const len = view.getInt32(at);
    if (len < 0) throw bad('null is not supported inside collections');
    if (at + 4 + len > bytes.length) throw bad('not enough bytes to read a list element');
    out.push(bytes.slice(at + 4, at + 4 + len));
    at += 4 + len;
  }
  if (at !== bytes.length) throw bad(`${bytes.length - at} bytes left over after the last element`);
  return out;
}

/** `0x`-prefixed lower-case hex of a blob. */
export function blobToHex(bytes: Uint8Array): string {
  return `0x${toHex(bytes)}`;
}

/** Bytes of a `0x…` string (either case); undefined if malformed. */
export function blobFromHex(s: string): Uint8Array | undefined {
  if (!/^0[xX]/.test(s)) return undefined;
  return fromHex(s.slice(2));
}

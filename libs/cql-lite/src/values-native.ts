// Codecs of the native (non-collection) types; values.ts dispatches here. The table of
// encodings and JS values is in values.ts.

import { copyBytes, utf8Decode, utf8Encode, uuidFromString, uuidToString } from './bytes.js';
import { InvalidRequest } from './errors.js';
import { inetFromString, inetToString } from './inet.js';
import {
  decimalFromBytes,
  decimalToBytes,
  formatDecimal,
  parseDecimal,
  varintFromBytes,
  varintToBytes,
} from './numbers.js';
import { DATE_DAYS_MAX, DATE_DAYS_MIN, TIME_NANOS_PER_DAY, TIMESTAMP_MS_MAX } from './timestamps.js';
import { formatType, type CqlType, type NativeTypeName } from './types.js';

/** A value as JS code sees it (the table in values.ts says which form each type uses). */
export type CqlValue = string | number | bigint | boolean | Date | Uint8Array | CqlValue[] | Map<CqlValue, CqlValue>;

export const INT_MIN = -2147483648;
export const INT_MAX = 2147483647;
export const SMALLINT_MIN = -32768;
export const SMALLINT_MAX = 32767;
export const TINYINT_MIN = -128;
export const TINYINT_MAX = 127;
export const BIGINT_MIN = -(2n ** 63n);
export const BIGINT_MAX = 2n ** 63n - 1n;

export function wrongValue(type: CqlType, v: unknown): InvalidRequest {
  let shown: string;
  if (typeof v === 'bigint') shown = `${v}n`;
  else if (v instanceof Date) shown = 'a Date';
  else if (v instanceof Uint8Array) shown = 'bytes';
  else if (v instanceof Map) shown = 'a Map';
  else shown = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x)) ?? String(v);
  return new InvalidRequest(`Invalid value ${shown} for type ${formatType(type)}`);
}

function fixed(width: number, write: (view: DataView) => void): Uint8Array {
  const out = new Uint8Array(width);
  write(new DataView(out.buffer));
  return out;
}

function isIntIn(v: CqlValue, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

/** True when every UTF-16 unit of `s` is 7-bit ASCII. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function serializeNative(name: NativeTypeName, type: CqlType, v: CqlValue): Uint8Array {
  switch (name) {
    case 'tinyint':
      if (!isIntIn(v, TINYINT_MIN, TINYINT_MAX)) throw wrongValue(type, v);
      return fixed(1, (d) => d.setInt8(0, v));
    case 'smallint':
      if (!isIntIn(v, SMALLINT_MIN, SMALLINT_MAX)) throw wrongValue(type, v);
      return fixed(2, (d) => d.setInt16(0, v));
    case 'int':
      if (!isIntIn(v, INT_MIN, INT_MAX)) throw wrongValue(type, v);
      return fixed(4, (d) => d.setInt32(0, v));
    case 'bigint':
      if (typeof v !== 'bigint' || v < BIGINT_MIN || v > BIGINT_MAX) throw wrongValue(type, v);
      return fixed(8, (d) => d.setBigInt64(0, v));
    case 'varint':
      if (typeof v !== 'bigint') throw wrongValue(type, v);
      return varintToBytes(v);
    case 'decimal': {
      const d = typeof v === 'string' ? parseDecimal(v) : undefined;
      if (d === undefined) throw wrongValue(type, v);
      return decimalToBytes(d);
    }
    case 'float':
      if (typeof v !== 'number') throw wrongValue(type, v);
      return fixed(4, (d) => d.setFloat32(0, v));
    case 'double':
      if (typeof v !== 'number') throw wrongValue(type, v);
      return fixed(8, (d) => d.setFloat64(0, v));
    case 'boolean':
      if (typeof v !== 'boolean') throw wrongValue(type, v);
      return Uint8Array.of(v ? 1 : 0);
    case 'timestamp':
      if (!(v instanceof Date) || Number.isNaN(v.getTime())) throw wrongValue(type, v);
      return fixed(8, (d) => d.setBigInt64(0, BigInt(v.getTime())));
    case 'date':
      if (!isIntIn(v, DATE_DAYS_MIN, DATE_DAYS_MAX)) throw wrongValue(type, v);
      return fixed(4, (d) => d.setUint32(0, v + 2 ** 31));
    case 'time':
      if (typeof v !== 'bigint' || v < 0n || v >= TIME_NANOS_PER_DAY) throw wrongValue(type, v);
      return fixed(8, (d) => d.setBigInt64(0, v));
    case 'uuid':
    case 'timeuuid': {
      const bytes = typeof v === 'string' ? uuidFromString(v) : undefined;
      if (bytes === undefined || (name === 'timeuuid' && (bytes[6] as number) >> 4 !== 1)) throw wrongValue(type, v);
      return bytes;
    }
    case 'inet': {
      const bytes = typeof v === 'string' ? inetFromString(v) : undefined;
      if (bytes === undefined) throw wrongValue(type, v);
      return bytes;
    }
    case 'ascii':
      if (typeof v !== 'string' || !isAscii(v)) throw wrongValue(type, v);
      return utf8Encode(v);
    case 'text':
      if (typeof v !== 'string') throw wrongValue(type, v);
      return utf8Encode(v);
    case 'blob':
      if (!(v instanceof Uint8Array)) throw wrongValue(type, v);
      return copyBytes(v);
    default:
      throw new Error(`serializeNative: unhandled type ${name}`);
  }
}

/** The JS value of valid bytes (validateNative first). */
export function deserializeNative(name: NativeTypeName, bytes: Uint8Array): CqlValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (name) {
    case 'tinyint':
      return view.getInt8(0);
    case 'smallint':
      return view.getInt16(0);
    case 'int':
      return view.getInt32(0);
    case 'bigint':
    case 'time':
      return view.getBigInt64(0);
    case 'varint':
      return varintFromBytes(bytes);
    case 'decimal':
      return formatDecimal(decimalFromBytes(bytes));
    case 'float':
      return view.getFloat32(0);
    case 'double':
      return view.getFloat64(0);
    case 'boolean':
      return bytes[0] !== 0;
    case 'timestamp':
      return new Date(Number(view.getBigInt64(0)));
    case 'date':
      return view.getUint32(0) - 2 ** 31;
    case 'uuid':
    case 'timeuuid':
      return uuidToString(bytes);
    case 'inet':
      return inetToString(bytes);
    case 'ascii':
    case 'text':
      return utf8Decode(bytes) as string;
    case 'blob':
      return copyBytes(bytes);
    default:
      throw new Error(`deserializeNative: unhandled type ${name}`);
  }
}

/** Throws InvalidRequest (Cassandra's messages where it has one) unless `bytes` is valid. */
export function validateNative(name: NativeTypeName, bytes: Uint8Array): void {
  const n = bytes.length;
  const expect = (width: number, message: string): void => {
    if (n !== width) throw new InvalidRequest(`${message} (${n})`);
  };
  switch (name) {
    case 'tinyint':
      return expect(1, 'Expected 1 byte for a tinyint');
    case 'smallint':
      return expect(2, 'Expected 2 bytes for a smallint');
    case 'int':
      return expect(4, 'Expected 4 byte int');
    case 'bigint':
      return expect(8, 'Expected 8 byte long');
    case 'varint':
      if (n === 0) throw new InvalidRequest('Expected at least 1 byte for a varint (0)');
      return;
    case 'decimal':
      if (n < 5) throw new InvalidRequest(`Expected at least 5 bytes for a decimal (${n})`);
      return;
    case 'float':
      return expect(4, 'Expected 4 byte value for a float');
    case 'double':
      return expect(8, 'Expected 8 byte value for a double');
    case 'boolean':
      return expect(1, 'Expected 1 byte value');
    case 'timestamp': {
      expect(8, 'Expected 8 byte long for date');
      const ms = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigInt64(0);
      if (ms > BigInt(TIMESTAMP_MS_MAX) || ms < -BigInt(TIMESTAMP_MS_MAX)) {
        throw new InvalidRequest(`Timestamp ${ms} ms since epoch is out of range (at most ±${TIMESTAMP_MS_MAX})`);
      }
      return;
    }
    case 'date':
      return expect(4, 'Expected 4 byte long for date');
    case 'time': {
      expect(8, 'Expected 8 byte long for time');
      const ns = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigInt64(0);
      if (ns < 0n || ns >= TIME_NANOS_PER_DAY) {
        throw new InvalidRequest(`Time ${ns} ns since midnight is out of range (0 to ${TIME_NANOS_PER_DAY - 1n})`);
      }
      return;
    }
    case 'uuid':
      return expect(16, 'UUID should be 16 bytes');
    case 'timeuuid':
      expect(16, 'TimeUUID should be 16 bytes');
      if (((bytes[6] as number) & 0xf0) !== 0x10) throw new InvalidRequest('Invalid version for TimeUUID type.');
      return;
    case 'inet':
      if (n !== 4 && n !== 16) throw new InvalidRequest(`Expected 4 or 16 byte inetaddress (${n})`);
      return;
    case 'ascii':
      for (const b of bytes) if (b > 0x7f) throw new InvalidRequest(`Invalid byte for ascii: ${b - 256}`);
      return;
    case 'text':
      if (utf8Decode(bytes) === undefined) throw new InvalidRequest("String didn't validate.");
      return;
    case 'blob':
      return;
    default:
      throw new Error(`validateNative: unhandled type ${name}`);
  }
}

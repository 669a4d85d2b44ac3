// Conversions between protobufjs' Long (how generated code carries 64-bit fields) and
// bigint (how Cassia's code carries tokens and timestamps). Exact for every 64-bit value.
import Long from 'long';

/** A Long or a plain number (protobufjs decodes small values of some fields as numbers). */
export type Int64Like = Long | number | bigint | string;

/** |high| bound of a Long whose value fits a double exactly: high * 2^32 + low stays within ±2^53. */
const SAFE_HIGH = 2 ** 21;

export function toBigInt(v: Int64Like | null | undefined): bigint {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'string') return BigInt(v);
  // A signed Long within ±2^53 (timestamps, most tokens) is exact as one number: no bigint shifts.
  if (!v.unsigned && v.high >= -SAFE_HIGH && v.high < SAFE_HIGH) return BigInt(v.high * 2 ** 32 + (v.low >>> 0));
  const hi = BigInt(v.high) << 32n;
  const lo = BigInt(v.low >>> 0);
  return v.unsigned ? BigInt.asUintN(64, hi | lo) : BigInt.asIntN(64, hi | lo);
}

const INT64_MIN = -(2n ** 63n);
const INT64_END = 2n ** 63n;
const UINT64_END = 2n ** 64n;
/** Largest magnitude whose Long is built from a number exactly (2^53 - 1). */
const SAFE_MAGNITUDE = BigInt(Number.MAX_SAFE_INTEGER);

/** A signed 64-bit Long; throws RangeError outside [-2^63, 2^63). */
export function toLong(v: bigint): Long {
  if (v < INT64_MIN || v >= INT64_END) throw new RangeError(`${v} is not a signed 64-bit value`);
  // Timestamps (µs since 1970, ~2^51) take the number path: no bigint arithmetic.
  if (v <= SAFE_MAGNITUDE && v >= -SAFE_MAGNITUDE) return Long.fromNumber(Number(v), false);
  const u = BigInt.asUintN(64, v);
  return new Long(Number(u & 0xffffffffn) | 0, Number(u >> 32n) | 0, false);
}

/** An unsigned 64-bit Long; throws RangeError outside [0, 2^64). */
export function toULong(v: bigint): Long {
  if (v < 0n || v >= UINT64_END) throw new RangeError(`${v} is not an unsigned 64-bit value`);
  return new Long(Number(v & 0xffffffffn) | 0, Number(v >> 32n) | 0, true);
}

export function toNumber(v: Int64Like | null | undefined): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint' || typeof v === 'string') return Number(v);
  return v.toNumber();
}

// Arbitrary-precision and single-precision numbers: varint and decimal bytes and text, and
// float32 parsing and printing. Pure functions; no input is modified.
//
//   varint   big-endian two's complement, minimal when written (any length ≥ 1 is read)
//   decimal  int32 scale, then the unscaled value as a varint: unscaled × 10^-scale
//   text     decimals read as Java's BigDecimal(String) and printed as BigDecimal.toString()
//            (which is also Python's str(Decimal), so cqlsh prints the same text)

import { fromHex, toHex } from './bytes.js';

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;

/** A decimal value: unscaled × 10^-scale, scale in the int32 range. */
export interface Decimal {
  unscaled: bigint;
  scale: number;
}

// ---- varint ----

/** Minimal big-endian two's complement bytes of `n` (one byte for 0). */
export function varintToBytes(n: bigint): Uint8Array {
  const magnitudeBits = (n < 0n ? -n - 1n : n).toString(2).length;
  const width = Math.floor((n === 0n || n === -1n ? 0 : magnitudeBits) / 8) + 1;
  const unsigned = n < 0n ? (1n << BigInt(width * 8)) + n : n;
  return fromHex(unsigned.toString(16).padStart(width * 2, '0')) as Uint8Array;
}

/** The integer held by two's complement bytes; 0 for no bytes. */
export function varintFromBytes(bytes: Uint8Array): bigint {
  if (bytes.length === 0) return 0n;
  const unsigned = BigInt(`0x${toHex(bytes)}`);
  return ((bytes[0] as number) & 0x80) !== 0 ? unsigned - (1n << BigInt(bytes.length * 8)) : unsigned;
}

/** True when `bytes` is the minimal encoding of its value (no redundant sign byte). */
export function isMinimalVarint(bytes: Uint8Array): boolean {
  if (bytes.length < 2) return bytes.length === 1;
  const first = bytes[0] as number;
  const second = bytes[1] as number;
  return !((first === 0 && (second & 0x80) === 0) || (first === 0xff && (second & 0x80) !== 0));
}

// ---- decimal ----

const DECIMAL_TEXT_RE = /^([+-]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?$/;

/**
 * A decimal from text as Java's `new BigDecimal(String)` reads it: optional sign, digits with
 * an optional fraction, optional exponent; scale = fraction digits - exponent. Undefined when
 * the text is malformed or the scale leaves the int32 range.
 */
export function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL_TEXT_RE.exec(text);
  if (m === null) return undefined;
  const intPart = m[2] ?? '';
  const fraction = m[3] ?? m[4] ?? '';
  const exponentText = m[5] ?? '0';
  if (exponentText.replace(/^[+-]?0*/, '').length > 10) return undefined;
  const scale = fraction.length - Number(exponentText);
  if (!Number.isSafeInteger(scale) || scale < INT32_MIN || scale > INT32_MAX) return undefined;
  const digits = (intPart + fraction).replace(/^0+(?=.)/, '');
  const unscaled = BigInt(digits);
  return { unscaled: m[1] === '-' ? -unscaled : unscaled, scale };
}

/** Java's BigDecimal.toString(): plain when scale ≥ 0 and the adjusted exponent ≥ -6, else scientific. */
export function formatDecimal(d: Decimal): string {
  const negative = d.unscaled < 0n;
  const coefficient = (negative ? -d.unscaled : d.unscaled).toString();
  const adjusted = -d.scale + (coefficient.length - 1);
  let body: string;
  if (d.scale >= 0 && adjusted >= -6) {
    if (d.scale === 0) body = coefficient;
    else if (coefficient.length > d.scale) {
      body = `${coefficient.slice(0, coefficient.length - d.scale)}.${coefficient.slice(coefficient.length - d.scale)}`;
    } else body = `0.${'0'.repeat(d.scale - coefficient.length)}${coefficient}`;
  } else {
    const mantissa = coefficient.length > 1 ? `${coefficient[0]}.${coefficient.slice(1)}` : coefficient;
    body = `${mantissa}E${adjusted > 0 ? '+' : ''}${adjusted}`;
  }
  return negative ? `-${body}` : body;
}

/** Native-protocol decimal bytes: int32 scale, then the minimal varint of the unscaled value. */
export function decimalToBytes(d: Decimal): Uint8Array {
  const unscaled = varintToBytes(d.unscaled);
  const out = new Uint8Array(4 + unscaled.length);
  new DataView(out.buffer).setInt32(0, d.scale);
  out.set(unscaled, 4);
  return out;
}

/** The decimal held by native-protocol bytes (at least 5 bytes: validate first). */
export function decimalFromBytes(bytes: Uint8Array): Decimal {
  const scale = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getInt32(0);
  return { unscaled: varintFromBytes(bytes.subarray(4)), scale };
}

/**
 * Sign, decimal digits without trailing zeros, and exponent E with value = ±0.digits × 10^E
 * (digits empty for zero). Two decimals are equal exactly when their normal forms are.
 */
export interface DecimalNormalForm {
  sign: -1 | 0 | 1;
  digits: string;
  exponent: number;
}

export function decimalNormalForm(d: Decimal): DecimalNormalForm {
  if (d.unscaled === 0n) return { sign: 0, digits: '', exponent: 0 };
  const all = (d.unscaled < 0n ? -d.unscaled : d.unscaled).toString();
  const digits = all.replace(/0+$/, '');
  return { sign: d.unscaled < 0n ? -1 : 1, digits, exponent: all.length - d.scale };
}

/** The decimal with the least scale (≥ INT32_MIN) among those equal to a normal form. */
export function decimalFromNormalForm(n: DecimalNormalForm): Decimal {
  if (n.sign === 0) return { unscaled: 0n, scale: 0 };
  let digits = n.digits;
  let scale = digits.length - n.exponent;
  if (scale < INT32_MIN) {
    digits += '0'.repeat(INT32_MIN - scale);
    scale = INT32_MIN;
  }
  const magnitude = BigInt(digits);
  return { unscaled: n.sign < 0 ? -magnitude : magnitude, scale };
}

/** Numeric order of two decimals (BigDecimal.compareTo: 1.0 equals 1.00). */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const x = decimalNormalForm(a);
  const y = decimalNormalForm(b);
  if (x.sign !== y.sign) return Math.sign(x.sign - y.sign);
  if (x.sign === 0) return 0;
  let c = Math.sign(x.exponent - y.exponent);
  if (c === 0) c = x.digits < y.digits ? -1 : x.digits > y.digits ? 1 : 0;
  return c === 0 ? 0 : x.sign * c;
}

// ---- float ----

/**
 * The float32 nearest to decimal text (as Java's Float.parseFloat rounds: once, to nearest,
 * ties to even), for text parseDouble accepts. Rounding through a double first is wrong only
 * when the double lands exactly halfway between two floats; that case is settled exactly.
 */
export function float32FromText(text: string, asDouble: number): number {
  const f = Math.fround(asDouble);
  if (f === asDouble || !Number.isFinite(f)) return f;
  const other = nextFloat32Toward(f, asDouble);
  if (!Number.isFinite(other) || (f + other) / 2 !== asDouble) return f;
  const exact = parseDecimal(text);
  if (exact === undefined) return f;
  const c = compareDecimalToDouble(exact, asDouble);
  if (c === 0) return f; // a true tie: fround already chose the even one
  const upper = Math.max(f, other);
  const lower = Math.min(f, other);
  return c > 0 ? upper : lower;
}

function nextFloat32Toward(f: number, target: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, f);
  const bits = view.getUint32(0);
  if (f === 0) {
    view.setUint32(0, target > 0 ? 1 : 0x80000001);
  } else {
    const awayFromZero = target > f === f > 0;
    view.setUint32(0, awayFromZero ? bits + 1 : bits - 1);
  }
  return view.getFloat32(0);
}

/** Exact order of a decimal and a finite double. */
function compareDecimalToDouble(d: Decimal, x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const twoPower = (biased === 0 ? 1 : biased) - 1075;
  // d = unscaled × 10^-scale, x = ±mantissa × 2^twoPower: scale both to integers.
  let left = d.unscaled;
  let right = negative ? -mantissa : mantissa;
  if (d.scale > 0) right *= 10n ** BigInt(d.scale);
  else left *= 10n ** BigInt(-d.scale);
  if (twoPower > 0) right <<= BigInt(twoPower);
  else left <<= BigInt(-twoPower);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The shortest decimal number that reads back (rounded to float32) as the float `f`. */
export function shortestFloat32(f: number): number {
  if (!Number.isFinite(f) || f === 0) return f;
  for (let p = 1; p < 9; p++) {
    const candidate = Number(f.toPrecision(p));
    if (Math.fround(candidate) === f) return candidate;
  }
  return Number(f.toPrecision(9));
}

// How cqlsh prints a value (the shell's result tables).
//
//   text, ascii      as is (quoted 'x' with '' for ' inside a collection)
//   tinyint … bigint decimal                     varint       decimal
//   decimal          Python's str(Decimal): 1.50, 1E+3
//   float            cqlsh's %g with float_precision 5 (1.1 → 1.1)
//   double           cqlsh's %g with double_precision 12
//   boolean          True / False                 blob         0x + lower-case hex
//   timestamp        2024-01-02 03:04:05.000000+0000 (quoted inside a collection)
//   date             2024-01-02 (years 1-9999; else the signed day number, as cqlsh)
//   time             13:30:54.234000000
//   uuid, timeuuid   lower-case canonical         inet         127.0.0.1, ::1 (quoted inside a collection)
//   list / set / map [e1, e2] / {e1, e2} / {k1: v1, k2: v2}, in stored order
//   null             null

import { utf8Decode, uuidToString } from './bytes.js';
import { splitList, splitMap } from './collections.js';
import { inetToString } from './inet.js';
import { decimalFromBytes, formatDecimal, varintFromBytes } from './numbers.js';
import { formatDateCqlsh, formatTime, formatTimestampCqlsh } from './timestamps.js';
import type { CqlType, NativeTypeName } from './types.js';
import { blobToHex, validateValue, valueShape } from './values.js';

/** cqlsh's default `float_precision` (significant digits). */
export const CQLSH_FLOAT_PRECISION = 5;
/** cqlsh's default `double_precision` (significant digits). */
export const CQLSH_DOUBLE_PRECISION = 12;

export function formatValue(type: CqlType, bytes: Uint8Array | null): string {
  if (bytes === null) return 'null';
  validateValue(type, bytes);
  return format(type, bytes, false);
}

function format(type: CqlType, bytes: Uint8Array, nested: boolean): string {
  const shape = valueShape(type);
  switch (shape.kind) {
    case 'list':
      return `[${splitList(type, bytes)
        .map((b) => format(shape.element, b, true))
        .join(', ')}]`;
    case 'set':
      return `{${splitList(type, bytes)
        .map((b) => format(shape.element, b, true))
        .join(', ')}}`;
    case 'map':
      return `{${splitMap(type, bytes)
        .map(([k, v]) => `${format(shape.key, k, true)}: ${format(shape.value, v, true)}`)
        .join(', ')}}`;
    case 'native':
      return formatNative(shape.name, bytes, nested);
  }
}

function formatNative(name: NativeTypeName, bytes: Uint8Array, nested: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const quoted = (s: string): string => (nested ? `'${s.replace(/'/g, "''")}'` : s);
  switch (name) {
    case 'ascii':
    case 'text':
      return quoted(utf8Decode(bytes) as string);
    case 'inet':
      return quoted(inetToString(bytes));
    case 'timestamp':
      return quoted(formatTimestampCqlsh(Number(view.getBigInt64(0))));
    case 'tinyint':
      return String(view.getInt8(0));
    case 'smallint':
      return String(view.getInt16(0));
    case 'int':
      return String(view.getInt32(0));
    case 'bigint':
      return view.getBigInt64(0).toString();
    case 'varint':
      return varintFromBytes(bytes).toString();
    case 'decimal':
      return formatDecimal(decimalFromBytes(bytes));
    case 'float':
      return formatDouble(view.getFloat32(0), CQLSH_FLOAT_PRECISION);
    case 'double':
      return formatDouble(view.getFloat64(0));
    case 'boolean':
      return bytes[0] !== 0 ? 'True' : 'False';
    case 'date':
      return formatDateCqlsh(view.getUint32(0) - 2 ** 31);
    case 'time':
      return formatTime(view.getBigInt64(0));
    case 'uuid':
    case 'timeuuid':
      return uuidToString(bytes);
    case 'blob':
      return blobToHex(bytes);
    default:
      throw new Error(`formatValue: unhandled type ${name}`);
  }
}

/**
 * cqlsh's format_floating_point_type: NaN, Infinity, -Infinity; otherwise C's `%.{p}g`
 * where p grows by the number of integer digits when the value is printed without an
 * exponent (so 123456789.5 keeps its fraction).
 */
export function formatDouble(v: number, precision = CQLSH_DOUBLE_PRECISION): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  const abs = Math.abs(v);
  // Python: int(math.log10(abs(val))) if abs(val) > sys.float_info.epsilon else -dig - 1
  const exponent = abs > Number.EPSILON ? Math.trunc(Math.log10(abs)) : -15 - 1;
  let p = precision;
  if (exponent >= -4 && exponent < precision) p = precision + exponent + 1;
  return formatG(v, p);
}

/** C's printf `%.{p}g`. */
export function formatG(v: number, p: number): string {
  const prec = Math.max(1, Math.min(p, 100));
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  const [mantissa, expText] = v.toExponential(prec - 1).split('e') as [string, string];
  const x = Number(expText);
  if (x < -4 || x >= prec) {
    const m = stripZeros(mantissa);
    const sign = x < 0 ? '-' : '+';
    return `${m}e${sign}${String(Math.abs(x)).padStart(2, '0')}`;
  }
  return stripZeros(v.toFixed(Math.min(100, Math.max(0, prec - 1 - x))));
}

function stripZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

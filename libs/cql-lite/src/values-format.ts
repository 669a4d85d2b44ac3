// How cqlsh prints a value (the shell's result tables).
//
//   text       as is                      int, bigint   decimal
//   blob       0x + lower-case hex         boolean       True / False
//   timestamp  2024-01-02 03:04:05.000000+0000
//   uuid       lower-case canonical       double        cqlsh's %g with 12 significant digits
//   null       null                       list<T>       [e1, e2] (text elements quoted 'x')

import { formatTimestampCqlsh } from './timestamps.js';
import type { CqlType } from './types.js';
import { blobToHex, deserializeValue, type CqlValue } from './values.js';

/** cqlsh's default `double_precision` (significant digits). */
export const CQLSH_DOUBLE_PRECISION = 12;

export function formatValue(type: CqlType, bytes: Uint8Array | null): string {
  if (bytes === null) return 'null';
  return formatJs(type, deserializeValue(type, bytes), false);
}

function formatJs(type: CqlType, v: CqlValue, nested: boolean): string {
  if (Array.isArray(v)) {
    const element = type.kind === 'list' ? type.element : type;
    return `[${v.map((e) => formatJs(element, e, true)).join(', ')}]`;
  }
  if (typeof v === 'string') {
    const quoted = nested && type.kind === 'native' && type.name === 'text';
    return quoted ? `'${v.replace(/'/g, "''")}'` : v;
  }
  if (typeof v === 'number') return type.kind === 'native' && type.name === 'double' ? formatDouble(v) : String(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (v instanceof Date) return formatTimestampCqlsh(v.getTime());
  return blobToHex(v);
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

// CQL literal text for the statement fuzzer: for a type, a literal that is usually a valid
// value of it (edge values included) and sometimes not (wrong kind, out of range, malformed),
// so that binders are exercised both past and at their checks.
//
// Contract: pure functions of the Prng; the text is always lexically CQL (a string is
// quoted and escaped) unless `garbage` asked otherwise.

import type { CqlType } from '../types.js';
import type { Prng } from './prng.js';

/** Longest string, blob or number literal made by default, in characters. */
export const LITERAL_CHARS_MAX = 64;

/** Valid and invalid spellings per type: `valid` most of the time, `invalid` at the edges. */
const INT_VALID = ['0', '1', '-1', '42', '127', '-128'];
const INT_INVALID: Readonly<Record<string, string[]>> = {
  tinyint: ['128', '-129', '1000'],
  smallint: ['32768', '-32769', '100000'],
  int: ['2147483648', '-2147483649', '99999999999'],
};
const INT_LIMITS: Readonly<Record<string, string[]>> = { tinyint: ['127', '-128'], smallint: ['32767', '-32768'], int: ['2147483647', '-2147483648'] };
const BIGINT_VALID = ['0', '9223372036854775807', '-9223372036854775808', '-1', '1700000000000000'];
const BIGINT_INVALID = ['9223372036854775808', '-9223372036854775809', '1.5', '1e3'];
const FLOAT_VALID = ['0.0', '-0.0', '1.5', '-2.25e10', '3.4028235e38', '1.7976931348623157e308', '4.9e-324', 'NaN', 'Infinity', '-Infinity', '1e-400', '7'];
const DECIMAL_VALID = ['0', '1.5', '-1234567890.0987654321', '1e10', '1E-10', '0.000', '123456789012345678901234567890.5'];
const DECIMAL_INVALID = ['NaN', 'Infinity', '1e2147483648'];
const STRING_CHARS = ['a', 'b', 'Z', ' ', "''", 'é', '☃', '😀', '\\', '"', '\n', '\t', ';', '$', '\u0000', '\u007f', '\u00ff'];
const TIMESTAMP_VALID = ['2026-11-22 10:00:00', '2026-11-22T10:00:00.123Z', '2026-11-22 10:00:00+0200', '1900-01-01', '1970-01-01 00:00:00.000+0000', '9999-12-31 23:59:59.999Z'];
const TIMESTAMP_INVALID = ['2026-02-30', 'yesterday', '2026-11-22 25:00:00', ''];
const DATE_VALID = ['2026-11-22', '1969-12-31', '-5877641-06-23', '5881580-07-11', '0000-01-01'];
const DATE_INVALID = ['2026-13-01', '2026-1-1', '2026-02-30', 'today', '-5877641-06-22'];
const TIME_VALID = ['10:11:12', '00:00:00', '23:59:59.999999999', '10:11:12.1'];
const TIME_INVALID = ['24:00:00', '10:61:00', '1:2:3', '10:11:12.1234567890'];
const INET_VALID = ['10.1.2.3', '::1', '2001:db8::1', '255.255.255.255', '::ffff:10.0.0.1'];
const INET_INVALID = ['256.1.1.1', 'localhost', '1.2.3', '::g', ''];

export class LiteralGen {
  constructor(private readonly rng: Prng) {}

  /** A literal for `type`; `validBias` is the probability of staying within the type. */
  of(type: CqlType, validBias = 0.97, depth = 0): string {
    const r = this.rng;
    if (r.chance(0.02)) return 'null';
    if (!r.chance(validBias)) return this.any(depth);
    switch (type.kind) {
      case 'frozen':
        return this.of(type.inner, validBias, depth);
      case 'list':
        return `[${this.items(() => this.of(type.element, validBias, depth + 1))}]`;
      case 'set':
        return r.chance(0.1) ? '{}' : `{${this.items(() => this.of(type.element, validBias, depth + 1))}}`;
      case 'map':
        return `{${this.items(() => `${this.of(type.key, validBias, depth + 1)}: ${this.of(type.value, validBias, depth + 1)}`)}}`;
      case 'udt':
        return this.any(depth);
      case 'native':
        return this.native(type.name, validBias);
    }
  }

  private items(item: () => string): string {
    const n = this.rng.small(5);
    return Array.from({ length: n }, item).join(', ');
  }

  /** A literal for native type `name`: valid with probability `validBias`. */
  native(name: string, validBias = 0.9): string {
    const r = this.rng;
    const valid = r.chance(validBias);
    const either = (good: () => string, bad: () => string): string => (valid ? good() : bad());
    const quoted = (good: readonly string[], bad: readonly string[]): string => this.quote(r.pick(valid ? good : bad));
    switch (name) {
      case 'int':
      case 'smallint':
      case 'tinyint':
        return either(
          () => (r.chance(0.2) ? r.pick(INT_LIMITS[name] ?? INT_VALID) : r.chance(0.5) ? r.pick(INT_VALID) : String(r.range(-100, 100))),
          () => r.pick(INT_INVALID[name] ?? INT_VALID),
        );
      case 'bigint':
      case 'counter':
        return either(() => (r.chance(0.5) ? r.pick(BIGINT_VALID) : String(r.u32() * (r.chance(0.5) ? -1 : 1))), () => r.pick(BIGINT_INVALID));
      case 'varint':
        return either(() => (r.chance(0.7) ? this.digits(r.range(1, LITERAL_CHARS_MAX)) : r.pick(BIGINT_VALID)), () => r.pick(['1.5', 'NaN', "'1'"]));
      case 'float':
      case 'double':
        return either(() => (r.chance(0.6) ? r.pick(FLOAT_VALID) : `${r.range(-999, 999)}.${r.range(0, 999)}e${r.range(-30, 30)}`), () => r.pick(['-NaN', "'1.5'", 'true']));
      case 'decimal':
        return either(() => (r.chance(0.6) ? r.pick(DECIMAL_VALID) : `${this.digits(r.range(1, 30))}.${this.digits(r.range(1, 30)).replace('-', '')}`), () => r.pick(DECIMAL_INVALID));
      case 'boolean':
        return either(() => r.pick(['true', 'false', 'TRUE', 'False']), () => r.pick(['1', "'true'", 'yes']));
      case 'text':
      case 'varchar':
      case 'ascii':
        return either(() => (name === 'ascii' ? this.quote(this.asciiString()) : this.string()), () => r.pick(['1', '0x00', "'é'"]));
      case 'blob':
        return either(() => `0x${Array.from(r.bytes(r.small(20)), (b) => b.toString(16).padStart(2, '0')).join('')}`, () => r.pick(["'00'", '0x0', '1']));
      case 'timestamp':
        return r.chance(0.5) ? quoted(TIMESTAMP_VALID, TIMESTAMP_INVALID) : either(() => r.pick(BIGINT_VALID), () => r.pick(BIGINT_INVALID));
      case 'date':
        return r.chance(0.7) ? quoted(DATE_VALID, DATE_INVALID) : either(() => r.pick(['0', '2147483648', '4294967295']), () => r.pick(['4294967296', '-1']));
      case 'time':
        return r.chance(0.7) ? quoted(TIME_VALID, TIME_INVALID) : either(() => r.pick(['0', '86399999999999']), () => r.pick(['86400000000000', '-1']));
      case 'uuid':
        return this.uuid(valid ? 4 : 1);
      case 'timeuuid':
        return this.uuid(valid ? 1 : 4);
      case 'inet':
        return quoted(INET_VALID, INET_INVALID);
      default:
        return this.any(0);
    }
  }

  /** Any literal at all, regardless of type (what a confused client sends). */
  any(depth: number): string {
    const r = this.rng;
    const leaf = (): string =>
      r.weighted<() => string>([
        [3, () => this.native(r.pick(['int', 'bigint', 'varint', 'double', 'decimal', 'text', 'blob', 'uuid', 'boolean', 'timestamp', 'inet']))],
        [1, () => 'null'],
        [1, () => r.pick(['NaN', 'Infinity', '-Infinity', '-NaN', '-0', '00', '1.', '.5', '1e', '0x', '0xg'])],
        [1, () => `$$${this.rawString()}$$`],
      ])();
    if (depth >= 3 || r.chance(0.7)) return leaf();
    const inner = (): string => this.any(depth + 1);
    return r.weighted<() => string>([
      [1, () => `[${this.items(inner)}]`],
      [1, () => `{${this.items(inner)}}`],
      [1, () => `{${this.items(() => `${inner()}: ${inner()}`)}}`],
      [1, () => `(${this.items(inner) || inner()})`],
    ])();
  }

  string(): string {
    return this.quote(this.rawString());
  }

  /** A string literal's content, unescaped ('' not yet doubled). */
  private rawString(): string {
    const r = this.rng;
    const n = r.small(8) * r.range(1, 8);
    let s = '';
    for (let i = 0; i < n && s.length < LITERAL_CHARS_MAX; i++) s += r.chance(0.7) ? String.fromCharCode(r.range(0x61, 0x7a)) : r.pick(STRING_CHARS);
    return s.replaceAll('$$', '$');
  }

  quote(s: string): string {
    return `'${s.replaceAll("'", "''")}'`;
  }

  digits(n: number): string {
    let s = String(this.rng.range(1, 9));
    while (s.length < n) s += String(this.rng.int(10));
    return this.rng.chance(0.3) ? `-${s}` : s;
  }

  private asciiString(): string {
    let s = '';
    for (let i = this.rng.small(6) * 3; i > 0; i--) s += String.fromCharCode(this.rng.range(0x20, 0x7e));
    return s;
  }

  /** An unquoted UUID of `version` (1: time-based). */
  uuid(version: number): string {
    const r = this.rng;
    const hex = (n: number): string => Array.from({ length: n }, () => r.int(16).toString(16)).join('');
    const v = version;
    return `${hex(8)}-${hex(4)}-${v}${hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
  }
}

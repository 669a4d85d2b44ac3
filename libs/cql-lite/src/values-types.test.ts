// Every native type end to end: bytes, validation, literals, JSON, cqlsh text and order.

import { describe, expect, it } from 'vitest';
import { mulberry32 } from '@cassia/testkit';
import { fromHex, toHex } from './bytes.js';
import { InvalidRequest } from './errors.js';
import { parseType } from './parser.js';
import type { CqlType } from './types.js';
import { compareValues } from './values-compare.js';
import { formatValue } from './values-format.js';
import { valueFromJson, valueToJson } from './values-json.js';
import { valueFromLiteral } from './values-literal.js';
import { deserializeValue, serializeValue, validateValue, type CqlValue } from './values.js';
import type { Literal } from './ast.js';

const T = (text: string): CqlType => parseType(text);
const lit = (type: Literal['type'], text: string): Literal => ({ kind: 'literal', type, text });
const hex = (b: Uint8Array | null): string | null => (b === null ? null : toHex(b));
const bytes = (h: string): Uint8Array => fromHex(h) as Uint8Array;
const u64 = (n: bigint): string => n.toString(16).padStart(16, '0');

describe('native-protocol encodings of every type', () => {
  // [type, JS value, bytes, JS value read back (when it differs)]
  const cases: [string, CqlValue, string, CqlValue?][] = [
    ['tinyint', 0, '00'],
    ['tinyint', -1, 'ff'],
    ['tinyint', -128, '80'],
    ['tinyint', 127, '7f'],
    ['smallint', -32768, '8000'],
    ['smallint', 32767, '7fff'],
    ['smallint', 1, '0001'],
    ['varint', 0n, '00'],
    ['varint', 1n, '01'],
    ['varint', 127n, '7f'],
    ['varint', 128n, '0080'],
    ['varint', 129n, '0081'],
    ['varint', 255n, '00ff'],
    ['varint', -1n, 'ff'],
    ['varint', -128n, '80'],
    ['varint', -129n, 'ff7f'],
    ['varint', -256n, 'ff00'],
    ['varint', 32768n, '008000'],
    ['varint', 2n ** 64n, '010000000000000000'],
    ['varint', -(2n ** 63n), '8000000000000000'],
    ['decimal', '0', '0000000000'],
    ['decimal', '1.50', '000000020096'],
    ['decimal', '-1.5', '00000001f1'],
    ['decimal', '1E+3', 'fffffffd01'],
    ['decimal', '1e3', 'fffffffd01', '1E+3'],
    ['decimal', '.5', '0000000105', '0.5'],
    ['decimal', '+1.0', '000000010a', '1.0'],
    ['decimal', '0.00', '0000000200', '0.00'],
    ['decimal', '0E+2', 'fffffffe00'],
    ['decimal', '0.000001', '0000000601'],
    ['decimal', '0.0000001', '0000000701', '1E-7'],
    ['decimal', '-12345678901234567890.123', '00000003' + 'fd62bd49b1898ebdbb35', '-12345678901234567890.123'],
    ['float', 1.5, '3fc00000'],
    ['float', -0, '80000000'],
    ['float', Infinity, '7f800000'],
    ['float', -Infinity, 'ff800000'],
    ['float', 1.1, '3f8ccccd', Math.fround(1.1)],
    ['float', 3.4028234663852886e38, '7f7fffff'],
    ['float', 1.401298464324817e-45, '00000001'],
    ['date', 0, '80000000'],
    ['date', -1, '7fffffff'],
    ['date', 19724, '80004d0c'], // 2024-01-02
    ['date', -(2 ** 31), '00000000'],
    ['date', 2 ** 31 - 1, 'ffffffff'],
    ['time', 0n, '0000000000000000'],
    ['time', 86_399_999_999_999n, u64(86_399_999_999_999n)],
    ['time', 48_654_234_000_000n, u64(48_654_234_000_000n)], // 13:30:54.234
    ['timeuuid', '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '6ba7b8109dad11d180b400c04fd430c8'],
    ['timeuuid', '6BA7B810-9DAD-11D1-80B4-00C04FD430C8', '6ba7b8109dad11d180b400c04fd430c8', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'],
    ['inet', '127.0.0.1', '7f000001'],
    ['inet', '0.0.0.0', '00000000'],
    ['inet', '255.255.255.255', 'ffffffff'],
    ['inet', '::1', '00000000000000000000000000000001'],
    ['inet', '::', '00000000000000000000000000000000'],
    ['inet', '[::1]', '00000000000000000000000000000001', '::1'],
    ['inet', '::ffff:1.2.3.4', '01020304', '1.2.3.4'],
    ['inet', '::1.2.3.4', '00000000000000000000000001020304', '::102:304'],
    ['inet', '2001:0DB8:0000:0000:0000:ff00:0042:8329', '20010db8000000000000ff0000428329', '2001:db8::ff00:42:8329'],
    ['inet', '1:0:0:1:0:0:0:1', '00010000000000010000000000000001', '1:0:0:1::1'],
    ['inet', '1:0:0:2:0:0:3:4', '00010000000000020000000000030004', '1::2:0:0:3:4'],
    ['inet', '2001:db8:0:1:1:1:1:1', '20010db8000000010001000100010001'],
    ['inet', 'fe80::', 'fe800000000000000000000000000000'],
    ['ascii', 'abc', '616263'],
    ['ascii', '', ''],
    ['ascii', '\x00\x7f', '007f'],
    ['text', '', ''],
    ['text', '😀', 'f09f9880'],
  ];
  for (const [type, value, expected, back] of cases) {
    it(`${type} ${String(value)}`, () => {
      const b = serializeValue(T(type), value);
      expect(toHex(b)).toBe(expected);
      validateValue(T(type), b);
      expect(deserializeValue(T(type), b)).toEqual(back ?? value);
    });
  }

  it('reads a float NaN, and -0 keeps its sign', () => {
    expect(deserializeValue(T('float'), serializeValue(T('float'), NaN))).toBeNaN();
    expect(toHex(serializeValue(T('float'), NaN))).toBe('7fc00000');
    expect(Object.is(deserializeValue(T('float'), bytes('80000000')), -0)).toBe(true);
  });

  it('reads non-minimal varints and decimals (Cassandra accepts them)', () => {
    expect(deserializeValue(T('varint'), bytes('0001'))).toBe(1n);
    expect(deserializeValue(T('varint'), bytes('ffff'))).toBe(-1n);
    expect(deserializeValue(T('decimal'), bytes('00000002ff9c'))).toBe('-1.00');
    expect(deserializeValue(T('decimal'), bytes('80000000' + '01'))).toBe('1E+2147483648');
    expect(deserializeValue(T('decimal'), bytes('7fffffff' + '01'))).toBe('1E-2147483647');
  });

  it('rejects JS values that do not fit', () => {
    const bad: [string, CqlValue, string][] = [
      ['tinyint', 128, 'Invalid value 128 for type tinyint'],
      ['smallint', -32769, 'Invalid value -32769 for type smallint'],
      ['tinyint', 1.5, 'Invalid value 1.5 for type tinyint'],
      ['varint', 1, 'Invalid value 1 for type varint'],
      ['decimal', 'abc', 'Invalid value "abc" for type decimal'],
      ['decimal', '1e2147483649', 'Invalid value "1e2147483649" for type decimal'],
      ['decimal', '1e-2147483648', 'Invalid value "1e-2147483648" for type decimal'],
      ['decimal', 1.5, 'Invalid value 1.5 for type decimal'],
      ['float', '1', 'Invalid value "1" for type float'],
      ['date', 2 ** 31, 'Invalid value 2147483648 for type date'],
      ['date', 1.5, 'Invalid value 1.5 for type date'],
      ['time', 86_400_000_000_000n, 'Invalid value 86400000000000n for type time'],
      ['time', -1n, 'Invalid value -1n for type time'],
      ['time', 5, 'Invalid value 5 for type time'],
      ['timeuuid', '123e4567-e89b-42d3-a456-426614174000', 'for type timeuuid'],
      ['inet', 'localhost', 'Invalid value "localhost" for type inet'],
      ['inet', '256.0.0.1', 'for type inet'],
      ['ascii', 'é', 'Invalid value "é" for type ascii'],
    ];
    for (const [type, value, message] of bad) {
      expect(() => serializeValue(T(type), value), `${type} ${String(value)}`).toThrow(InvalidRequest);
      expect(() => serializeValue(T(type), value), `${type} ${String(value)}`).toThrow(message);
    }
  });

  it('rejects invalid encodings with Cassandra messages', () => {
    const bad: [string, string, string][] = [
      ['tinyint', '0000', 'Expected 1 byte for a tinyint (2)'],
      ['tinyint', '', 'Expected 1 byte for a tinyint (0)'],
      ['smallint', '00', 'Expected 2 bytes for a smallint (1)'],
      ['varint', '', 'Expected at least 1 byte for a varint (0)'],
      ['decimal', '00000000', 'Expected at least 5 bytes for a decimal (4)'],
      ['decimal', '', 'Expected at least 5 bytes for a decimal (0)'],
      ['float', '0000000000000000', 'Expected 4 byte value for a float (8)'],
      ['date', '0000000000000000', 'Expected 4 byte long for date (8)'],
      ['time', '00000000', 'Expected 8 byte long for time (4)'],
      ['time', u64(86_400_000_000_000n), 'Time 86400000000000 ns since midnight is out of range (0 to 86399999999999)'],
      ['time', 'ffffffffffffffff', 'Time -1 ns since midnight is out of range'],
      ['timeuuid', '6ba7b8109dad11d180b400c04fd430', 'TimeUUID should be 16 bytes (15)'],
      ['timeuuid', '123e4567e89b42d3a456426614174000', 'Invalid version for TimeUUID type.'],
      ['timeuuid', '123e4567e89b02d3a456426614174000', 'Invalid version for TimeUUID type.'],
      ['inet', '0102030405', 'Expected 4 or 16 byte inetaddress (5)'],
      ['inet', '', 'Expected 4 or 16 byte inetaddress (0)'],
      ['ascii', '6180', 'Invalid byte for ascii: -128'],
      ['ascii', 'c3a9', 'Invalid byte for ascii: -61'],
      ['text', 'ff', "String didn't validate."],
      ['text', 'c080', "String didn't validate."], // overlong
      ['text', 'eda080', "String didn't validate."], // a UTF-16 surrogate
      ['text', 'f4908080', "String didn't validate."], // above U+10FFFF
    ];
    for (const [type, h, message] of bad) {
      expect(() => validateValue(T(type), bytes(h)), `${type} ${h}`).toThrow(InvalidRequest);
      expect(() => validateValue(T(type), bytes(h)), `${type} ${h}`).toThrow(message);
    }
    validateValue(T('uuid'), bytes('123e4567e89b02d3a456426614174000')); // any version is a uuid
    validateValue(T('blob'), new Uint8Array(0));
  });
});

describe('literals of every type', () => {
  const v = (type: string, l: Literal): string | null => hex(valueFromLiteral(T(type), l, 'c'));

  it('converts each literal class its types accept', () => {
    expect(v('tinyint', lit('integer', '-128'))).toBe('80');
    expect(v('smallint', lit('integer', '32767'))).toBe('7fff');
    expect(v('varint', lit('integer', '-129'))).toBe('ff7f');
    expect(v('varint', lit('integer', '123456789012345678901234567890'))).toBe('018ee90ff6c373e0ee4e3f0ad2');
    expect(v('decimal', lit('integer', '10'))).toBe('000000000a');
    expect(v('decimal', lit('float', '1.5e3'))).toBe('fffffffe0f');
    expect(v('decimal', lit('float', '-0.001'))).toBe('00000003ff');
    expect(v('decimal', lit('float', '1e2147483648'))).toBe('8000000001');
    expect(v('decimal', lit('float', '1e-2147483647'))).toBe('7fffffff01');
    expect(v('float', lit('float', '1.1'))).toBe('3f8ccccd');
    expect(v('float', lit('integer', '16777217'))).toBe('4b800000');
    expect(v('float', lit('float', 'NaN'))).toBe('7fc00000');
    expect(v('float', lit('float', '-Infinity'))).toBe('ff800000');
    expect(v('float', lit('float', '3.4028235e38'))).toBe('7f7fffff');
    expect(v('float', lit('float', '1e39'))).toBe('7f800000');
    expect(v('float', lit('float', '1e-46'))).toBe('00000000');
    expect(v('double', lit('float', '1.1'))).toBe('3ff199999999999a');
    expect(v('date', lit('string', '2024-01-02'))).toBe('80004d0c');
    expect(v('date', lit('string', '2024-02-29'))).toBe('80004d46');
    expect(v('date', lit('string', '2000-02-29'))).toBe(toHex(serializeValue(T('date'), 11016)));
    expect(v('date', lit('string', '1970-01-01'))).toBe('80000000');
    expect(v('date', lit('string', '1969-12-31'))).toBe('7fffffff');
    expect(v('date', lit('integer', '2147483648'))).toBe('80000000');
    expect(v('date', lit('string', '0'))).toBe('00000000');
    expect(v('date', lit('string', '4294967295'))).toBe('ffffffff');
    expect(v('date', lit('string', '-5877641-06-23'))).toBe('00000000');
    expect(v('date', lit('string', '+5881580-07-11'))).toBe('ffffffff');
    expect(v('date', lit('string', '0000-01-01'))).toBe(toHex(serializeValue(T('date'), -719528)));
    expect(v('time', lit('string', '13:30:54.234'))).toBe(u64(48_654_234_000_000n));
    expect(v('time', lit('string', '23:59:59.999999999'))).toBe(u64(86_399_999_999_999n));
    expect(v('time', lit('string', ' 1:2:3 '))).toBe(u64(3_723_000_000_000n));
    expect(v('time', lit('string', '00:00:00.5'))).toBe(u64(500_000_000n));
    expect(v('time', lit('integer', '1000'))).toBe(u64(1000n));
    expect(v('time', lit('string', '86399999999999'))).toBe(u64(86_399_999_999_999n));
    expect(v('timeuuid', lit('uuid', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'))).toBe('6ba7b8109dad11d180b400c04fd430c8');
    expect(v('inet', lit('string', '127.0.0.1'))).toBe('7f000001');
    expect(v('inet', lit('string', '::1'))).toBe('00000000000000000000000000000001');
    expect(v('inet', lit('string', '::ffff:10.0.0.1'))).toBe('0a000001');
    expect(v('ascii', lit('string', 'hello'))).toBe('68656c6c6f');
    expect(v('ascii', lit('string', ''))).toBe('');
    expect(v('text', lit('string', ''))).toBe('');
    expect(v('blob', lit('blob', '0x'))).toBe('');
  });

  it('rounds float literals once, as Java does (no double rounding)', () => {
    // 1 + 2^-24 is halfway between the floats 1 and 1 + 2^-23; a hair above it must round up,
    // a hair below 1 + 3·2^-24 (halfway between 1 + 2^-23 and 1 + 2^-22) must round down,
    // although both texts read as a double land exactly on the halfway point.
    const decimalOf = (numerator: bigint, twoPower: number): string => {
      const digits = (numerator * 5n ** BigInt(twoPower)).toString().padStart(twoPower + 1, '0');
      return `${digits.slice(0, -twoPower)}.${digits.slice(-twoPower)}`;
    };
    const above = decimalOf(2n ** 60n + 2n ** 36n + 1n, 60);
    const below = decimalOf(2n ** 60n + 3n * 2n ** 36n - 1n, 60);
    expect(Math.fround(Number(above))).toBe(1); // what rounding through a double gives
    expect(v('float', lit('float', above))).toBe('3f800001');
    expect(Math.fround(Number(below))).toBe(1 + 2 ** -22);
    expect(v('float', lit('float', below))).toBe('3f800001');
    expect(v('float', lit('float', decimalOf(2n ** 60n + 2n ** 36n, 60)))).toBe('3f800000'); // a true tie: to even
  });

  it('reports type mismatches like Cassandra', () => {
    const mismatch: [string, Literal, string][] = [
      ['tinyint', lit('float', '1.5'), 'Invalid FLOAT constant (1.5) for "c" of type tinyint'],
      ['varint', lit('string', '1'), 'Invalid STRING constant (1) for "c" of type varint'],
      ['decimal', lit('string', '1.5'), 'Invalid STRING constant (1.5) for "c" of type decimal'],
      ['float', lit('boolean', 'true'), 'Invalid BOOLEAN constant (true) for "c" of type float'],
      ['date', lit('float', '1.5'), 'Invalid FLOAT constant (1.5) for "c" of type date'],
      ['time', lit('uuid', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), 'Invalid UUID constant'],
      ['timeuuid', lit('string', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), 'Invalid STRING constant'],
      ['inet', lit('integer', '1'), 'Invalid INTEGER constant (1) for "c" of type inet'],
      ['ascii', lit('blob', '0x00'), 'Invalid HEX constant (0x00) for "c" of type ascii'],
      ['list<int>', lit('string', 'x'), 'Invalid STRING constant (x) for "c" of type list<int>'],
      ['frozen<set<int>>', lit('integer', '1'), 'Invalid INTEGER constant (1) for "c" of type frozen<set<int>>'],
    ];
    for (const [type, l, message] of mismatch) expect(() => valueFromLiteral(T(type), l, 'c'), type).toThrow(message);
    expect(valueFromLiteral(T('list<int>'), lit('null', 'null'), 'c')).toBeNull();
  });

  it('rejects values that do not parse, with Cassandra messages', () => {
    const bad: [string, Literal, string][] = [
      ['tinyint', lit('integer', '128'), "Unable to make byte from '128'"],
      ['tinyint', lit('integer', '-129'), "Unable to make byte from '-129'"],
      ['smallint', lit('integer', '32768'), "Unable to make short from '32768'"],
      ['decimal', lit('float', 'NaN'), "unable to make BigDecimal from 'NaN'"],
      ['decimal', lit('float', '1e2147483649'), "unable to make BigDecimal from '1e2147483649'"],
      ['date', lit('string', '2023-02-29'), "Unable to coerce '2023-02-29' to a formatted date (long)"],
      ['date', lit('string', '1900-02-29'), "Unable to coerce '1900-02-29' to a formatted date (long)"],
      ['date', lit('string', '2024-1-02'), "Unable to coerce '2024-1-02' to a formatted date (long)"],
      ['date', lit('string', '12024-01-01'), "Unable to coerce '12024-01-01' to a formatted date (long)"],
      ['date', lit('string', '-5877641-06-22'), "Unable to coerce '-5877641-06-22' to a formatted date (long)"],
      ['date', lit('string', 'today'), "Unable to coerce 'today' to a formatted date (long)"],
      ['date', lit('string', '4294967296'), "Unable to make unsigned int (for date) from: '4294967296'"],
      ['date', lit('integer', '-1'), "Unable to make unsigned int (for date) from: '-1'"],
      ['time', lit('integer', '86400000000000'), "Unable to make long (for time) from: '86400000000000'"],
      ['time', lit('string', '-1'), "Unable to make long (for time) from: '-1'"],
      ['time', lit('string', '24:00:00'), "(TimeType) Unable to coerce '24:00:00' to a formatted time (long)"],
      ['time', lit('string', '12:60:00'), "(TimeType) Unable to coerce '12:60:00' to a formatted time (long)"],
      ['time', lit('string', '12:00'), "(TimeType) Unable to coerce '12:00' to a formatted time (long)"],
      ['time', lit('string', '12:00:00.1234567891'), "(TimeType) Unable to coerce '12:00:00.1234567891' to a formatted time (long)"],
      ['timeuuid', lit('uuid', '123e4567-e89b-42d3-a456-426614174000'), 'TimeUUID supports only version 1 UUIDs'],
      ['inet', lit('string', 'localhost'), "Unable to make inet address from 'localhost'"],
      ['inet', lit('string', '1.2.3'), "Unable to make inet address from '1.2.3'"],
      ['inet', lit('string', '1.2.3.256'), "Unable to make inet address from '1.2.3.256'"],
      ['inet', lit('string', '1::2::3'), "Unable to make inet address from '1::2::3'"],
      ['inet', lit('string', '1:2:3:4:5:6:7:8:9'), "Unable to make inet address from '1:2:3:4:5:6:7:8:9'"],
      ['inet', lit('string', '1:2:3:4:5:6:7:8::'), "Unable to make inet address from '1:2:3:4:5:6:7:8::'"],
      ['inet', lit('string', '12345::'), "Unable to make inet address from '12345::'"],
      ['inet', lit('string', '1.2.3.4::'), "Unable to make inet address from '1.2.3.4::'"],
      ['inet', lit('string', ''), "Unable to make inet address from ''"],
      ['ascii', lit('string', 'é'), 'Invalid ASCII character in string literal'],
    ];
    for (const [type, l, message] of bad) {
      expect(() => valueFromLiteral(T(type), l, 'c'), `${type} ${l.text}`).toThrow(InvalidRequest);
      expect(() => valueFromLiteral(T(type), l, 'c'), `${type} ${l.text}`).toThrow(message);
    }
  });
});

describe('JSON of every type', () => {
  const ok: [string, unknown, string, unknown][] = [
    ['tinyint', -5, 'fb', -5],
    ['smallint', 300, '012c', 300],
    ['varint', '-129', 'ff7f', '-129'],
    ['varint', 5, '05', '5'],
    ['varint', '123456789012345678901234567890', '018ee90ff6c373e0ee4e3f0ad2', '123456789012345678901234567890'],
    ['decimal', '1.50', '000000020096', '1.50'],
    ['decimal', 0.1, '0000000101', '0.1'],
    ['decimal', 1e21, 'ffffffeb01', '1E+21'],
    ['decimal', '-2e-3', '00000003fe', '-0.002'],
    ['float', 1.1, '3f8ccccd', 1.1],
    ['float', 16777217, '4b800000', 16777216],
    ['float', 'NaN', '7fc00000', 'NaN'],
    ['float', '-Infinity', 'ff800000', '-Infinity'],
    ['float', 3.4028234663852886e38, '7f7fffff', 3.4028235e38],
    ['float', 1e-45, '00000001', 1e-45],
    ['date', '2024-02-29', '80004d46', '2024-02-29'],
    ['date', '1970-01-01', '80000000', '1970-01-01'],
    ['date', '2147483648', '80000000', '1970-01-01'],
    ['date', '+10000-01-01', toHex(serializeValue(T('date'), 2_932_897)), '+10000-01-01'],
    ['date', '-0001-12-31', toHex(serializeValue(T('date'), -719529)), '-0001-12-31'],
    ['date', '-5877641-06-23', '00000000', '-5877641-06-23'],
    ['date', '+5881580-07-11', 'ffffffff', '+5881580-07-11'],
    ['time', '23:59:59.999999999', u64(86_399_999_999_999n), '23:59:59.999999999'],
    ['time', '13:30:54.234', u64(48_654_234_000_000n), '13:30:54.234000000'],
    ['time', 1000, u64(1000n), '00:00:00.000001000'],
    ['timeuuid', '6BA7B810-9DAD-11D1-80B4-00C04FD430C8', '6ba7b8109dad11d180b400c04fd430c8', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'],
    ['inet', '::FFFF:1.2.3.4', '01020304', '1.2.3.4'],
    ['inet', '2001:0db8:0000:0000:0000:ff00:0042:8329', '20010db8000000000000ff0000428329', '2001:db8::ff00:42:8329'],
    ['inet', '::1', '00000000000000000000000000000001', '::1'],
    ['ascii', 'a"b', '612262', 'a"b'],
    ['timestamp', 253402300800000, u64(253402300800000n), '+010000-01-01T00:00:00.000Z'],
    ['timestamp', '+010000-01-01T00:00:00.000Z', u64(253402300800000n), '+010000-01-01T00:00:00.000Z'],
    ['timestamp', '-000001-01-01T00:00:00.000Z', u64(BigInt.asUintN(64, -62198755200000n)), '-000001-01-01T00:00:00.000Z'],
    ['frozen<list<int>>', [1], '000000010000000400000001', [1]],
  ];
  for (const [type, json, expected, back] of ok) {
    it(`${type} ${JSON.stringify(json)}`, () => {
      const b = valueFromJson(T(type), json, 'c');
      expect(hex(b)).toBe(expected);
      expect(valueToJson(T(type), b)).toEqual(back);
    });
  }
  const bad: [string, unknown, string][] = [
    ['tinyint', 128, 'of type tinyint: expected an integer number from -128 to 127, got 128'],
    ['smallint', '1', 'of type smallint: expected an integer number from -32768 to 32767, got "1"'],
    ['varint', '1.5', 'of type varint: expected a decimal string (or a safe-integer number), got "1.5"'],
    ['varint', 2 ** 60, 'of type varint'],
    ['decimal', 'abc', 'of type decimal: expected a decimal string (or a finite number), got "abc"'],
    ['decimal', 'NaN', 'of type decimal'],
    ['float', '1.5', 'of type float: expected a number (or "NaN", "Infinity", "-Infinity"), got "1.5"'],
    ['date', 19724, 'of type date: expected a date string "yyyy-mm-dd", got 19724'],
    ['date', '2023-02-29', 'of type date'],
    ['time', '24:00:00', 'of type time: expected a time string "hh:mm:ss[.fffffffff]" or an integer number of nanoseconds'],
    ['time', 86_400_000_000_000, 'of type time'],
    ['time', -1, 'of type time'],
    ['timeuuid', '123e4567-e89b-42d3-a456-426614174000', 'of type timeuuid: expected a version 1 UUID string'],
    ['inet', 'example.com', 'of type inet: expected an IPv4 or IPv6 address string, got "example.com"'],
    ['inet', 127, 'of type inet'],
    ['ascii', 'é', 'of type ascii: expected a string of ASCII characters, got "é"'],
  ];
  for (const [type, json, message] of bad) {
    it(`rejects ${type} ${JSON.stringify(json)}`, () => {
      expect(() => valueFromJson(T(type), json, 'c')).toThrow(InvalidRequest);
      expect(() => valueFromJson(T(type), json, 'c')).toThrow(message);
    });
  }
});

describe('formatValue (cqlsh) of every type', () => {
  const f = (type: string, v: CqlValue): string => formatValue(T(type), serializeValue(T(type), v));
  it('prints like cqlsh', () => {
    expect(f('tinyint', -5)).toBe('-5');
    expect(f('smallint', 32767)).toBe('32767');
    expect(f('varint', -(2n ** 100n))).toBe('-1267650600228229401496703205376');
    expect(f('decimal', '1.50')).toBe('1.50');
    expect(f('decimal', '1E+3')).toBe('1E+3');
    expect(f('decimal', '0.0000001')).toBe('1E-7');
    expect(f('float', 1.1)).toBe('1.1');
    expect(f('float', 0.1)).toBe('0.1');
    expect(f('float', 123456.7)).toBe('1.2346e+05');
    expect(f('float', 3.4028234663852886e38)).toBe('3.4028e+38');
    expect(f('float', NaN)).toBe('NaN');
    expect(f('float', -Infinity)).toBe('-Infinity');
    expect(f('double', 1.1)).toBe('1.1');
    expect(f('date', 19724)).toBe('2024-01-02');
    expect(f('date', -719162)).toBe('0001-01-01');
    expect(f('date', -719163)).toBe('-719163'); // year 0: out of Python's range, the day number
    expect(f('date', 2 ** 31 - 1)).toBe('2147483647');
    expect(f('time', 48_654_234_000_000n)).toBe('13:30:54.234000000');
    expect(f('time', 86_399_999_999_999n)).toBe('23:59:59.999999999');
    expect(f('time', 0n)).toBe('00:00:00.000000000');
    expect(f('timeuuid', '6BA7B810-9DAD-11D1-80B4-00C04FD430C8')).toBe('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
    expect(f('inet', '::1')).toBe('::1');
    expect(f('inet', '10.0.0.1')).toBe('10.0.0.1');
    expect(formatValue(T('inet'), bytes('00000000000000000000ffff01020304'))).toBe('::ffff:1.2.3.4');
    expect(f('ascii', "it's")).toBe("it's");
  });
});

describe('compareValues of every type', () => {
  /** Each list is in ascending order; equal neighbours are grouped in an inner array. */
  const orders: [string, (string | string[])[]][] = [
    ['tinyint', ['80', 'ff', '00', '01', '7f']],
    ['smallint', ['8000', 'ffff', '0000', '0001', '7fff']],
    ['varint', ['bf' + '00'.repeat(8), 'ff7f', '80', ['ff', 'ffff'], ['00', '0000'], ['01', '0001'], '7f', '0080', '7f' + 'ff'.repeat(8)]],
    [
      'decimal',
      [
        '00000000f6', // -10
        '00000001f1', // -1.5
        '00000003ff', // -0.001
        ['0000000000', '0000000200', 'fffffffb00'], // 0, 0.00, 0E+5
        '0000000401', // 0.0001
        ['0000000001', '000000010a', '0000000264'], // 1, 1.0, 1.00
        '000000010f', // 1.5
        '0000000002', // 2
        ['fffffff601', '000000000' + '2540be400'.padStart(9, '0')], // 1E+10, 10000000000
      ],
    ],
    ['float', ['ff800000', 'bf800000', '80000000', '00000000', '00000001', '3f800000', '7f800000', ['7fc00000', 'ffc00001']]],
    ['double', ['fff0000000000000', '8000000000000000', '0000000000000000', '7ff0000000000000', ['7ff8000000000000', 'fff8000000000001']]],
    ['date', ['00000000', '7fffffff', '80000000', '80000001', 'ffffffff']],
    ['time', [u64(0n), u64(1n), u64(1_000_000_000n), u64(86_399_999_999_999n)]],
    ['inet', ['00000000', '00000000000000000000000000000000', '00000000000000000000000000000001', '00000001', '01020304', 'ff000000000000000000000000000000']],
    ['ascii', ['', '00', '41', '4141', '61']],
    [
      'timeuuid',
      [
        // time_hi decides first, then time_mid, then time_low; then the last 8 bytes as signed bytes.
        'ffffffffffff1000' + '0000000000000000',
        '000000000000100f' + '0000000000000000',
        '00000000ffff100f' + '0000000000000000',
        'ffffffffffff100f' + '8000000000000000',
        'ffffffffffff100f' + 'ff00000000000000',
        'ffffffffffff100f' + '0080000000000000',
        'ffffffffffff100f' + '0000000000000000',
        'ffffffffffff100f' + '007f000000000000',
        'ffffffffffff100f' + '7f00000000000000',
      ],
    ],
  ];
  for (const [type, groups] of orders) {
    it(type, () => {
      const flat = groups.flatMap((g, rank) => (Array.isArray(g) ? g : [g]).map((h) => ({ h, rank })));
      for (const a of flat) {
        validateValue(T(type), bytes(a.h));
        for (const b of flat) {
          const want = Math.sign(a.rank - b.rank);
          expect(Math.sign(compareValues(T(type), bytes(a.h), bytes(b.h))), `${type} ${a.h} vs ${b.h}`).toBe(want);
        }
      }
    });
  }
});

// ---- seeded property tests: order and round trips against an independent reference ----

const SEEDS = process.env['SEED'] !== undefined ? [Number(process.env['SEED'])] : [1, 2, 3, Date.now() % 1_000_000];

/** Total order on numbers as Java's Double.compare, written independently of the code under test. */
function referenceFloatOrder(x: number, y: number): number {
  const key = (v: number): [number, number] => (Number.isNaN(v) ? [2, 0] : Object.is(v, -0) ? [1, -Number.MIN_VALUE / 2] : [1, v]);
  const [cx, vx] = key(x);
  const [cy, vy] = key(y);
  if (cx !== cy) return Math.sign(cx - cy);
  return vx < vy ? -1 : vx > vy ? 1 : 0;
}

describe('compareValues agrees with the order of the values', () => {
  const NUMERIC = ['tinyint', 'smallint', 'int', 'bigint', 'varint', 'decimal', 'float', 'double', 'date', 'time', 'timestamp'];
  for (const seed of SEEDS) {
    it(`numeric and temporal types, and JSON round trips (seed ${seed})`, () => {
      const rand = mulberry32(seed);
      const randomBytes = (n: number): Uint8Array => Uint8Array.from({ length: n }, () => (rand() < 0.3 ? [0, 0x7f, 0x80, 0xff][Math.floor(rand() * 4)] as number : Math.floor(rand() * 256)));
      const gen = (type: string): Uint8Array => {
        const view = (b: Uint8Array): DataView => new DataView(b.buffer);
        switch (type) {
          case 'tinyint':
            return randomBytes(1);
          case 'smallint':
            return randomBytes(2);
          case 'int':
          case 'float':
          case 'date':
            return randomBytes(4);
          case 'bigint':
          case 'double':
            return randomBytes(8);
          case 'varint':
            return randomBytes(1 + Math.floor(rand() * 10));
          case 'decimal': {
            const b = new Uint8Array(4);
            view(b).setInt32(0, Math.floor(rand() * 11) - 5);
            const out = new Uint8Array(4 + 1 + Math.floor(rand() * 4));
            out.set(b);
            out.set(randomBytes(out.length - 4), 4);
            return out;
          }
          case 'time': {
            const b = new Uint8Array(8);
            view(b).setBigInt64(0, BigInt(Math.floor(rand() * 86_400_000_000_000)));
            return b;
          }
          case 'timestamp': {
            const b = new Uint8Array(8);
            view(b).setBigInt64(0, BigInt(Math.round((rand() * 2 - 1) * 8.64e15)));
            return b;
          }
          default:
            throw new Error(type);
        }
      };
      /** The value as an exact rational n / 10^s, or a float. */
      const reference = (type: string, b: Uint8Array): { n: bigint; s: number } | number => {
        const v = deserializeValue(T(type), b);
        if (type === 'float' || type === 'double') return v as number;
        if (type === 'decimal') {
          const d = bytes(toHex(b));
          const scale = new DataView(d.buffer).getInt32(0);
          const unscaled = deserializeValue(T('varint'), d.subarray(4)) as bigint;
          return { n: unscaled, s: scale };
        }
        if (v instanceof Date) return { n: BigInt(v.getTime()), s: 0 };
        return { n: BigInt(v as number | bigint), s: 0 };
      };
      const order = (x: { n: bigint; s: number } | number, y: { n: bigint; s: number } | number): number => {
        if (typeof x === 'number' || typeof y === 'number') return referenceFloatOrder(x as number, y as number);
        const s = Math.max(x.s, y.s);
        const a = x.n * 10n ** BigInt(s - x.s);
        const c = y.n * 10n ** BigInt(s - y.s);
        return a < c ? -1 : a > c ? 1 : 0;
      };
      for (const type of NUMERIC) {
        const values = Array.from({ length: 25 }, () => gen(type));
        for (const a of values) {
          for (const b of values) {
            const want = order(reference(type, a), reference(type, b));
            expect(Math.sign(compareValues(T(type), a, b)), `seed ${seed} ${type} ${toHex(a)} vs ${toHex(b)}`).toBe(want);
          }
          const back = valueFromJson(T(type), JSON.parse(JSON.stringify(valueToJson(T(type), a))), 'c') as Uint8Array;
          expect(compareValues(T(type), a, back), `seed ${seed} ${type} JSON round trip of ${toHex(a)}`).toBe(0);
          expect(deserializeValue(T(type), serializeValue(T(type), deserializeValue(T(type), a))), `seed ${seed} ${type}`).toEqual(
            deserializeValue(T(type), a),
          );
        }
      }
    });
  }
});

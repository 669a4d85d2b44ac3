import { describe, expect, it } from 'vitest';
import { toHex } from './bytes.js';
import { InvalidRequest } from './errors.js';
import { parseType } from './parser.js';
import type { CqlType } from './types.js';
import { deserializeValue, joinList, serializeValue, validateValue, type CqlValue } from './values.js';
import { formatDouble, formatValue } from './values-format.js';
import { valueFromJson, valueToJson } from './values-json.js';
import { valueFromLiteral } from './values-literal.js';
import type { Literal } from './ast.js';

const T = (text: string): CqlType => parseType(text);
const lit = (type: Literal['type'], text: string): Literal => ({ kind: 'literal', type, text });
const hex = (b: Uint8Array | null): string | null => (b === null ? null : toHex(b));

describe('native-protocol encodings', () => {
  const cases: [string, CqlValue, string][] = [
    ['int', 1, '00000001'],
    ['int', -1, 'ffffffff'],
    ['int', -2147483648, '80000000'],
    ['int', 2147483647, '7fffffff'],
    ['bigint', 1n, '0000000000000001'],
    ['bigint', -(2n ** 63n), '8000000000000000'],
    ['boolean', true, '01'],
    ['boolean', false, '00'],
    ['double', 1.5, '3ff8000000000000'],
    ['double', -0, '8000000000000000'],
    ['double', Infinity, '7ff0000000000000'],
    ['timestamp', new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), '0000018cc820d888'],
    ['timestamp', new Date(-1), 'ffffffffffffffff'],
    ['uuid', '123e4567-e89b-12d3-a456-426614174000', '123e4567e89b12d3a456426614174000'],
    ['text', 'héllo', '68c3a96c6c6f'],
    ['text', '', ''],
    ['blob', Uint8Array.of(0, 255), '00ff'],
  ];
  for (const [type, value, bytes] of cases) {
    it(`${type} ${String(value)}`, () => {
      expect(toHex(serializeValue(T(type), value))).toBe(bytes);
      expect(deserializeValue(T(type), serializeValue(T(type), value))).toEqual(value);
    });
  }
  it('reads NaN and canonicalises uuids to lower case', () => {
    expect(deserializeValue(T('double'), serializeValue(T('double'), NaN))).toBeNaN();
    expect(deserializeValue(T('uuid'), serializeValue(T('uuid'), 'ABCDEF00-0000-1000-8000-00000000000A'))).toBe(
      'abcdef00-0000-1000-8000-00000000000a',
    );
  });
  it('rejects values out of range or of the wrong JS type', () => {
    expect(() => serializeValue(T('int'), 2147483648)).toThrow(InvalidRequest);
    expect(() => serializeValue(T('int'), 1.5)).toThrow('Invalid value 1.5 for type int');
    expect(() => serializeValue(T('bigint'), 2n ** 63n)).toThrow(InvalidRequest);
    expect(() => serializeValue(T('bigint'), 5)).toThrow('Invalid value 5 for type bigint');
    expect(() => serializeValue(T('uuid'), 'nope')).toThrow('Invalid value "nope" for type uuid');
    expect(() => serializeValue(T('timestamp'), new Date(NaN))).toThrow(InvalidRequest);
  });
  it('validates byte lengths with Cassandra messages', () => {
    expect(() => validateValue(T('int'), new Uint8Array(3))).toThrow('Expected 4 byte int (3)');
    expect(() => validateValue(T('bigint'), new Uint8Array(0))).toThrow('Expected 8 byte long (0)');
    expect(() => validateValue(T('boolean'), new Uint8Array(2))).toThrow('Expected 1 byte value (2)');
    expect(() => validateValue(T('double'), new Uint8Array(4))).toThrow('Expected 8 byte value for a double (4)');
    expect(() => validateValue(T('timestamp'), new Uint8Array(7))).toThrow('Expected 8 byte long for date (7)');
    expect(() => validateValue(T('uuid'), new Uint8Array(15))).toThrow('UUID should be 16 bytes (15)');
    expect(() => validateValue(T('text'), Uint8Array.of(0xc3))).toThrow("String didn't validate.");
    expect(() => validateValue(T('timestamp'), Uint8Array.of(0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff))).toThrow(
      /out of range/,
    );
  });
  it('rejects unsupported types', () => {
    expect(() => serializeValue(T('counter'), 1n)).toThrow('counter columns are not supported yet');
    expect(() => serializeValue(T('duration'), 1)).toThrow('type duration is not supported yet');
    expect(() => serializeValue(T('list<duration>'), [])).toThrow('type duration is not supported yet');
    expect(() => validateValue(T('map<int, duration>'), new Uint8Array(4))).toThrow('type duration is not supported yet');
    expect(() => serializeValue(T('my_type'), 1)).toThrow('Unknown type my_type');
  });
  it('encodes lists for IN markers', () => {
    const bytes = serializeValue(T('list<int>'), [1, 2]);
    expect(toHex(bytes)).toBe('00000002' + '00000004' + '00000001' + '00000004' + '00000002');
    expect(deserializeValue(T('list<int>'), bytes)).toEqual([1, 2]);
    expect(() => validateValue(T('list<int>'), bytes.slice(0, 10))).toThrow('Invalid list<int> value: not enough bytes');
    expect(() => validateValue(T('list<int>'), joinList([Uint8Array.of(1)]))).toThrow('Expected 4 byte int (1)');
  });
});

describe('JSON values', () => {
  const ok: [string, unknown, string | null, unknown][] = [
    ['int', 42, '0000002a', 42],
    ['bigint', '-9223372036854775808', '8000000000000000', '-9223372036854775808'],
    ['bigint', 7, '0000000000000007', '7'],
    ['double', 0.25, '3fd0000000000000', 0.25],
    ['double', 'NaN', '7ff8000000000000', 'NaN'],
    ['double', '-Infinity', 'fff0000000000000', '-Infinity'],
    ['boolean', false, '00', false],
    ['timestamp', '2024-01-02T03:04:05.006Z', '0000018cc820d88e', '2024-01-02T03:04:05.006Z'],
    ['timestamp', '2024-01-02 04:04:05+0100', '0000018cc820d888', '2024-01-02T03:04:05.000Z'],
    ['timestamp', 1704164645000, '0000018cc820d888', '2024-01-02T03:04:05.000Z'],
    ['uuid', '123E4567-E89B-12D3-A456-426614174000', '123e4567e89b12d3a456426614174000', '123e4567-e89b-12d3-a456-426614174000'],
    ['text', 'a"b', '612262', 'a"b'],
    ['blob', '0xCAFE', 'cafe', '0xcafe'],
    ['blob', '0x', '', '0x'],
    ['list<text>', ['a', 'b'], '00000002000000016100000001' + '62', ['a', 'b']],
    ['int', null, null, null],
  ];
  for (const [type, json, bytes, back] of ok) {
    it(`${type} ${JSON.stringify(json)}`, () => {
      const b = valueFromJson(T(type), json, 'c');
      expect(hex(b)).toBe(bytes);
      expect(valueToJson(T(type), b)).toEqual(back);
    });
  }
  const bad: [string, unknown, string][] = [
    ['int', '1', 'Invalid JSON value for column "c" of type int: expected an integer number from -2147483648 to 2147483647, got "1"'],
    ['int', 2147483648, 'Invalid JSON value for column "c" of type int'],
    ['int', 1.5, 'got 1.5'],
    ['bigint', '9223372036854775808', 'Invalid JSON value for column "c" of type bigint: expected a decimal string'],
    ['bigint', 2 ** 60, 'Invalid JSON value for column "c" of type bigint'],
    ['double', '1.5', 'expected a number (or "NaN", "Infinity", "-Infinity"), got "1.5"'],
    ['boolean', 'true', 'of type boolean: expected true or false, got "true"'],
    ['timestamp', '2024-02-30', 'of type timestamp: expected an ISO-8601 string'],
    ['timestamp', 1.5, 'of type timestamp'],
    ['uuid', 'not-a-uuid', 'of type uuid: expected a UUID string'],
    ['text', 5, 'of type text: expected a string, got 5'],
    ['blob', 'cafe', 'of type blob: expected a "0x…" hex string'],
    ['blob', '0xabc', 'of type blob'],
    ['list<int>', [1, null], 'null is not supported inside collections'],
    ['list<int>', 1, 'expected an array, got 1'],
  ];
  for (const [type, json, message] of bad) {
    it(`rejects ${type} ${JSON.stringify(json)}`, () => {
      expect(() => valueFromJson(T(type), json, 'c')).toThrow(InvalidRequest);
      expect(() => valueFromJson(T(type), json, 'c')).toThrow(message);
    });
  }
  it('rejects a missing value', () => {
    expect(() => valueFromJson(T('int'), undefined, 'c')).toThrow('Missing JSON value for column "c"');
  });
});

describe('literals', () => {
  it('converts each literal class its types accept', () => {
    expect(hex(valueFromLiteral(T('int'), lit('integer', '-2'), 'c'))).toBe('fffffffe');
    expect(hex(valueFromLiteral(T('bigint'), lit('integer', '9223372036854775807'), 'c'))).toBe('7fffffffffffffff');
    expect(hex(valueFromLiteral(T('double'), lit('integer', '1'), 'c'))).toBe('3ff0000000000000');
    expect(hex(valueFromLiteral(T('double'), lit('float', '-Infinity'), 'c'))).toBe('fff0000000000000');
    expect(hex(valueFromLiteral(T('double'), lit('float', '-NaN'), 'c'))).toBe('7ff8000000000000');
    expect(hex(valueFromLiteral(T('boolean'), lit('boolean', 'true'), 'c'))).toBe('01');
    expect(hex(valueFromLiteral(T('uuid'), lit('uuid', 'ABCDEF00-0000-1000-8000-00000000000A'), 'c'))).toBe(
      'abcdef00000010008000' + '00000000000a',
    );
    expect(hex(valueFromLiteral(T('text'), lit('string', 'x'), 'c'))).toBe('78');
    expect(hex(valueFromLiteral(T('blob'), lit('blob', '0xCAFE'), 'c'))).toBe('cafe');
    expect(valueFromLiteral(T('int'), lit('null', 'null'), 'c')).toBeNull();
  });
  it('accepts Cassandra timestamp forms', () => {
    const ms = (text: string, type: Literal['type'] = 'string'): string | null =>
      hex(valueFromLiteral(T('timestamp'), lit(type, text), 'c'));
    const expected = '0000018cc820d888'; // 2024-01-02T03:04:05Z
    expect(ms('2024-01-02 03:04:05+0000')).toBe(expected);
    expect(ms('2024-01-02T03:04:05Z')).toBe(expected);
    expect(ms('2024-01-02T05:04:05+02:00')).toBe(expected);
    expect(ms('2024-01-02 03:04:05.000')).toBe(expected);
    expect(ms('1704164645000', 'integer')).toBe(expected);
    expect(ms('1704164645000')).toBe(expected);
    expect(ms('2024-01-02')).toBe('0000018cc7785000');
    expect(ms('0050-01-01')).toBe(toHex(serializeValue(T('timestamp'), new Date('0050-01-01T00:00:00Z'))));
  });
  it('reports type mismatches like Cassandra', () => {
    expect(() => valueFromLiteral(T('int'), lit('string', 'abc'), 'id')).toThrow('Invalid STRING constant (abc) for "id" of type int');
    expect(() => valueFromLiteral(T('text'), lit('integer', '5'), 'name')).toThrow('Invalid INTEGER constant (5) for "name" of type text');
    expect(() => valueFromLiteral(T('int'), lit('float', '1.5'), 'n')).toThrow('Invalid FLOAT constant (1.5) for "n" of type int');
    expect(() => valueFromLiteral(T('uuid'), lit('string', 'x'), 'u')).toThrow('Invalid STRING constant (x) for "u" of type uuid');
    expect(() => valueFromLiteral(T('blob'), lit('string', 'x'), 'b')).toThrow('Invalid STRING constant (x) for "b" of type blob');
    expect(() => valueFromLiteral(T('text'), lit('blob', '0x00'), 's')).toThrow('Invalid HEX constant (0x00) for "s" of type text');
    expect(() => valueFromLiteral(T('boolean'), lit('integer', '1'), 'f')).toThrow('Invalid INTEGER constant (1) for "f" of type boolean');
    expect(() => valueFromLiteral(T('text'), lit('boolean', 'true'), 's')).toThrow('Invalid BOOLEAN constant (true) for "s" of type text');
    expect(() => valueFromLiteral(T('int'), lit('uuid', '00000000-0000-0000-0000-000000000000'), 'i')).toThrow(
      'Invalid UUID constant (00000000-0000-0000-0000-000000000000) for "i" of type int',
    );
  });
  it('rejects values that do not parse', () => {
    expect(() => valueFromLiteral(T('int'), lit('integer', '2147483648'), 'c')).toThrow("Unable to make int from '2147483648'");
    expect(() => valueFromLiteral(T('bigint'), lit('integer', '-9223372036854775809'), 'c')).toThrow(
      "Unable to make long from '-9223372036854775809'",
    );
    expect(() => valueFromLiteral(T('timestamp'), lit('string', 'yesterday'), 'c')).toThrow(
      "Unable to coerce 'yesterday' to a formatted date (long)",
    );
    expect(() => valueFromLiteral(T('timestamp'), lit('string', '2024-13-01'), 'c')).toThrow(InvalidRequest);
    expect(() => valueFromLiteral(T('timestamp'), lit('string', '2024-01-02 03:04:05.1234'), 'c')).toThrow(InvalidRequest);
    expect(() => valueFromLiteral(T('blob'), lit('blob', '0xabc'), 'c')).toThrow("cannot parse '0xabc' as hex bytes");
    expect(() => valueFromLiteral(T('counter'), lit('integer', '1'), 'c')).toThrow('counter columns are not supported yet');
  });
});

describe('formatValue (cqlsh)', () => {
  const f = (type: string, v: CqlValue | null): string => formatValue(T(type), v === null ? null : serializeValue(T(type), v));
  it('prints like cqlsh', () => {
    expect(f('text', 'héllo')).toBe('héllo');
    expect(f('int', -5)).toBe('-5');
    expect(f('bigint', 2n ** 62n)).toBe('4611686018427387904');
    expect(f('boolean', true)).toBe('True');
    expect(f('boolean', false)).toBe('False');
    expect(f('blob', Uint8Array.of(0xca, 0xfe))).toBe('0xcafe');
    expect(f('blob', new Uint8Array(0))).toBe('0x');
    expect(f('timestamp', new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)))).toBe('2024-01-02 03:04:05.006000+0000');
    expect(f('uuid', '123E4567-E89B-12D3-A456-426614174000')).toBe('123e4567-e89b-12d3-a456-426614174000');
    expect(f('int', null)).toBe('null');
    expect(f('list<text>', ["it's", 'b'])).toBe("['it''s', 'b']");
  });
  it('prints doubles with cqlsh precision', () => {
    const cases: [number, string][] = [
      [1.5, '1.5'],
      [3, '3'],
      [0.1, '0.1'],
      [1 / 3, '0.3333333333333'],
      [1e20, '1e+20'],
      [1e-5, '1e-05'],
      [123456789.123, '123456789.122999995947'], // cqlsh: %.21g,
      [-2.5e-7, '-2.5e-07'],
      [0, '0'],
      [NaN, 'NaN'],
      [Infinity, 'Infinity'],
      [-Infinity, '-Infinity'],
    ];
    for (const [v, s] of cases) expect(formatDouble(v), String(v)).toBe(s);
  });
});

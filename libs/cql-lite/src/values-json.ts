// JSON ↔ serialized values, for the HTTP API (`params` in, rows out).
//
//   type       JSON in                                          JSON out
//   tinyint,   number (integer in the type's range)             number
//   smallint,
//   int
//   bigint     decimal string, or a safe-integer number         decimal string
//   varint     decimal string, or a safe-integer number         decimal string
//   decimal    decimal string ("1.50", "-2e-3"), or a number    string, Java's BigDecimal.toString()
//                                                               ("1.50", "1E+3": scale kept exactly)
//   float      number (rounded to float32), or "NaN" /          the shortest number that reads back as
//              "Infinity" / "-Infinity"                         the same float (1.1, not 1.100000023…);
//                                                               those three as strings
//   double     number, or "NaN" / "Infinity" / "-Infinity"     number; those three as strings
//   boolean    true / false                                     boolean
//   timestamp  ISO-8601 (or CQL literal) string, or integer ms  ISO-8601 string "…T…Z"
//   date       "yyyy-mm-dd" (or a CQL literal string)           "yyyy-mm-dd" ("+10000-01-01",
//                                                               "-0001-12-31" outside 0000-9999)
//   time       "hh:mm:ss[.fffffffff]" (or a CQL literal         "hh:mm:ss.fffffffff"
//              string), or an integer number of ns
//   uuid       string, any case                                 lower-case string
//   timeuuid   string, any case, version 1 only                 lower-case string
//   inet       "127.0.0.1", "::1", … (see inet.ts)              IPv4 dotted, IPv6 RFC 5952 ("::1")
//   ascii      string of 7-bit characters                       string
//   text       string                                           string
//   blob       "0x…" hex string, any case                       "0x…" lower-case hex
//   list<T>    array of T's JSON                                array
//   set<T>     array (sorted and deduplicated)                  array, in the set's order
//   map<K,V>   object {"key": value}: the key is K's JSON       object when K is a native type (keys:
//              text (strings as they are; numbers and booleans  strings as they are, numbers and
//              as written: {"1": "a"} for map<int, text>);      booleans as JSON text); an array of
//              or an array of [key, value] pairs (any K;        [key, value] pairs when K is a
//              a repeated key: the last value wins)             collection; in the map's key order
//   frozen<T>  as T                                             as T
//   any        null → null (refused inside collections)        null → null
//
// Contract: valueFromJson throws InvalidRequest naming the column (`value(c)` / `key(c)`
// inside a collection), the type and what was expected; valueToJson expects bytes already
// validated (it validates again and throws InvalidRequest on corrupt input).

import { uuidFromString, uuidToString, utf8Decode, utf8Encode } from './bytes.js';
import { splitList, splitMap } from './collections.js';
import { InvalidRequest } from './errors.js';
import { inetFromString, inetToString } from './inet.js';
import { decimalFromBytes, decimalToBytes, formatDecimal, parseDecimal, shortestFloat32, varintFromBytes, varintToBytes } from './numbers.js';
import {
  TIME_NANOS_PER_DAY,
  formatDateIso,
  formatTime,
  formatTimestampIso,
  parseDateText,
  parseTimeText,
  parseTimestampText,
} from './timestamps.js';
import { formatType, type CqlType, type NativeTypeName } from './types.js';
import {
  BIGINT_MAX,
  BIGINT_MIN,
  INT_MAX,
  INT_MIN,
  SMALLINT_MAX,
  SMALLINT_MIN,
  TIMESTAMP_MS_MAX,
  TINYINT_MAX,
  TINYINT_MIN,
  blobFromHex,
  blobToHex,
  checkCollectionSize,
  joinList,
  joinSet,
  joinSortedMap,
  serializeValue,
  validateValue,
  valueShape,
} from './values.js';
import { isAscii } from './values-native.js';

/** Longest JSON text quoted back in an error message. */
const SHOWN_JSON_CHARS_MAX = 60;

const SPECIAL_FLOATS: Readonly<Record<string, number>> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

function describe(json: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(json) ?? String(json);
  } catch {
    text = String(json);
  }
  return text.length > SHOWN_JSON_CHARS_MAX ? `${text.slice(0, SHOWN_JSON_CHARS_MAX)}...` : text;
}

function invalid(type: CqlType, column: string, expected: string, json: unknown): InvalidRequest {
  return new InvalidRequest(
    `Invalid JSON value for column "${column}" of type ${formatType(type)}: expected ${expected}, got ${describe(json)}`,
  );
}

export function valueFromJson(type: CqlType, json: unknown, column: string): Uint8Array | null {
  if (json === null) return null;
  if (json === undefined) throw new InvalidRequest(`Missing JSON value for column "${column}"`);
  return fromJson(type, json, column);
}

function fromJson(type: CqlType, json: unknown, column: string): Uint8Array {
  const shape = valueShape(type);
  const item = (t: CqlType, x: unknown, name: string): Uint8Array => {
    if (x === null || x === undefined) {
      throw new InvalidRequest(`Invalid JSON value for column "${column}" of type ${formatType(type)}: null is not supported inside collections`);
    }
    return fromJson(t, x, name);
  };
  switch (shape.kind) {
    case 'native':
      return nativeFromJson(shape.name, type, json, column);
    case 'list':
    case 'set': {
      if (!Array.isArray(json)) throw invalid(type, column, 'an array', json);
      checkCollectionSize(type, json.length);
      const elements = json.map((x) => item(shape.element, x, `value(${column})`));
      return shape.kind === 'list' ? joinList(elements) : joinSet(shape.element, elements);
    }
    case 'map': {
      let pairs: [unknown, unknown][];
      if (Array.isArray(json)) {
        if (!json.every((p) => Array.isArray(p) && p.length === 2)) {
          throw invalid(type, column, 'an object or an array of [key, value] pairs', json);
        }
        pairs = json as [unknown, unknown][];
      } else if (typeof json === 'object' && json !== null) {
        pairs = Object.entries(json).map(([k, v]) => [keyFromObjectKey(shape.key, k), v]);
      } else {
        throw invalid(type, column, 'an object or an array of [key, value] pairs', json);
      }
      checkCollectionSize(type, pairs.length);
      return joinSortedMap(
        shape.key,
        pairs.map(([k, v]): [Uint8Array, Uint8Array] => [item(shape.key, k, `key(${column})`), item(shape.value, v, `value(${column})`)]),
      );
    }
  }
}

/** The JSON of a map key written as an object key: numbers, booleans and collections are JSON text. */
function keyFromObjectKey(keyType: CqlType, key: string): unknown {
  const shape = valueShape(keyType);
  if (shape.kind === 'native' && !NUMBER_OR_BOOLEAN_JSON.has(shape.name)) return key;
  try {
    const parsed: unknown = JSON.parse(key);
    return shape.kind === 'native' && typeof parsed === 'string' ? key : parsed;
  } catch {
    return key;
  }
}

/** Native types whose JSON form is a number or a boolean (not a string). */
const NUMBER_OR_BOOLEAN_JSON: ReadonlySet<NativeTypeName> = new Set(['tinyint', 'smallint', 'int', 'float', 'double', 'boolean']);

function nativeFromJson(name: NativeTypeName, type: CqlType, json: unknown, column: string): Uint8Array {
  const integerIn = (min: number, max: number): Uint8Array => {
    if (typeof json !== 'number' || !Number.isInteger(json) || json < min || json > max) {
      throw invalid(type, column, `an integer number from ${min} to ${max}`, json);
    }
    return serializeValue(type, json);
  };
  switch (name) {
    case 'tinyint':
      return integerIn(TINYINT_MIN, TINYINT_MAX);
    case 'smallint':
      return integerIn(SMALLINT_MIN, SMALLINT_MAX);
    case 'int':
      return integerIn(INT_MIN, INT_MAX);
    case 'bigint':
    case 'varint': {
      const range = name === 'bigint' ? ' in the signed 64-bit range' : '';
      const expected = `a decimal string (or a safe-integer number)${range}`;
      let n: bigint;
      if (typeof json === 'string' && /^-?[0-9]+$/.test(json)) n = BigInt(json);
      else if (typeof json === 'number' && Number.isSafeInteger(json)) n = BigInt(json);
      else throw invalid(type, column, expected, json);
      if (name === 'varint') return varintToBytes(n);
      if (n < BIGINT_MIN || n > BIGINT_MAX) throw invalid(type, column, expected, json);
      return serializeValue(type, n);
    }
    case 'decimal': {
      const d = typeof json === 'string' ? parseDecimal(json) : typeof json === 'number' && Number.isFinite(json) ? parseDecimal(String(json)) : undefined;
      if (d === undefined) throw invalid(type, column, 'a decimal string (or a finite number)', json);
      return decimalToBytes(d);
    }
    case 'float':
    case 'double':
      if (typeof json === 'number') return serializeValue(type, json);
      if (typeof json === 'string' && Object.hasOwn(SPECIAL_FLOATS, json)) return serializeValue(type, SPECIAL_FLOATS[json] as number);
      throw invalid(type, column, 'a number (or "NaN", "Infinity", "-Infinity")', json);
    case 'boolean':
      if (typeof json !== 'boolean') throw invalid(type, column, 'true or false', json);
      return serializeValue(type, json);
    case 'timestamp': {
      let ms: number | undefined;
      if (typeof json === 'string') ms = parseTimestampText(json);
      else if (typeof json === 'number' && Number.isSafeInteger(json) && Math.abs(json) <= TIMESTAMP_MS_MAX) ms = json;
      if (ms === undefined) throw invalid(type, column, 'an ISO-8601 string or an integer number of milliseconds since the epoch', json);
      return serializeValue(type, new Date(ms));
    }
    case 'date': {
      const days = typeof json === 'string' ? parseDateText(json) : undefined;
      if (days === undefined) throw invalid(type, column, 'a date string "yyyy-mm-dd"', json);
      return serializeValue(type, days);
    }
    case 'time': {
      let ns: bigint | undefined;
      if (typeof json === 'string') ns = parseTimeText(json);
      else if (typeof json === 'number' && Number.isSafeInteger(json) && json >= 0 && BigInt(json) < TIME_NANOS_PER_DAY) ns = BigInt(json);
      if (ns === undefined) throw invalid(type, column, 'a time string "hh:mm:ss[.fffffffff]" or an integer number of nanoseconds', json);
      return serializeValue(type, ns);
    }
    case 'uuid':
    case 'timeuuid': {
      const bytes = typeof json === 'string' ? uuidFromString(json) : undefined;
      if (bytes === undefined || (name === 'timeuuid' && (bytes[6] as number) >> 4 !== 1)) {
        throw invalid(type, column, name === 'uuid' ? 'a UUID string' : 'a version 1 UUID string', json);
      }
      return bytes;
    }
    case 'inet': {
      const bytes = typeof json === 'string' ? inetFromString(json) : undefined;
      if (bytes === undefined) throw invalid(type, column, 'an IPv4 or IPv6 address string', json);
      return bytes;
    }
    case 'ascii':
      if (typeof json !== 'string' || !isAscii(json)) throw invalid(type, column, 'a string of ASCII characters', json);
      return utf8Encode(json);
    case 'text':
      if (typeof json !== 'string') throw invalid(type, column, 'a string', json);
      return utf8Encode(json);
    case 'blob': {
      const bytes = typeof json === 'string' ? blobFromHex(json) : undefined;
      if (bytes === undefined) throw invalid(type, column, 'a "0x…" hex string with an even number of digits', json);
      return bytes;
    }
    default:
      throw new Error(`valueFromJson: unhandled type ${name}`);
  }
}

export function valueToJson(type: CqlType, bytes: Uint8Array | null): unknown {
  if (bytes === null) return null;
  validateValue(type, bytes);
  return toJson(type, bytes);
}

function toJson(type: CqlType, bytes: Uint8Array): unknown {
  const shape = valueShape(type);
  switch (shape.kind) {
    case 'native':
      return nativeToJson(shape.name, bytes);
    case 'list':
    case 'set':
      return splitList(type, bytes).map((b) => toJson(shape.element, b));
    case 'map': {
      const entries = splitMap(type, bytes).map(([k, v]): [unknown, unknown] => [toJson(shape.key, k), toJson(shape.value, v)]);
      if (valueShape(shape.key).kind !== 'native') return entries;
      return Object.fromEntries(entries.map(([k, v]) => [Object.is(k, -0) ? '-0' : String(k), v]));
    }
  }
}

function nativeToJson(name: NativeTypeName, bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const special = (v: number): unknown => (Number.isFinite(v) ? v : String(v));
  switch (name) {
    case 'tinyint':
      return view.getInt8(0);
    case 'smallint':
      return view.getInt16(0);
    case 'int':
      return view.getInt32(0);
    case 'bigint':
      return view.getBigInt64(0).toString();
    case 'varint':
      return varintFromBytes(bytes).toString();
    case 'decimal':
      return formatDecimal(decimalFromBytes(bytes));
    case 'float':
      return special(shortestFloat32(view.getFloat32(0)));
    case 'double':
      return special(view.getFloat64(0));
    case 'boolean':
      return bytes[0] !== 0;
    case 'timestamp':
      return formatTimestampIso(Number(view.getBigInt64(0)));
    case 'date':
      return formatDateIso(view.getUint32(0) - 2 ** 31);
    case 'time':
      return formatTime(view.getBigInt64(0));
    case 'uuid':
    case 'timeuuid':
      return uuidToString(bytes);
    case 'inet':
      return inetToString(bytes);
    case 'ascii':
    case 'text':
      return utf8Decode(bytes);
    case 'blob':
      return blobToHex(bytes);
    default:
      throw new Error(`valueToJson: unhandled type ${name}`);
  }
}

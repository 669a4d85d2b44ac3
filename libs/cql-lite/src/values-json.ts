// JSON ↔ serialized values, for the HTTP API (`params` in, rows out).
//
//   type       JSON in                                          JSON out
//   int        number (integer, int32 range)                    number
//   bigint     decimal string, or a safe-integer number         decimal string
//   double     number, or "NaN" / "Infinity" / "-Infinity"     number; those three as strings
//   boolean    true / false                                     boolean
//   timestamp  ISO-8601 (or CQL literal) string, or integer ms  ISO-8601 string "…T…Z"
//   uuid       string, any case                                 lower-case string
//   text       string                                           string
//   blob       "0x…" hex string, any case                       "0x…" lower-case hex
//   list<T>    array of T's JSON (for `IN ?` markers)           array
//   any        null → null                                      null → null
//
// Contract: valueFromJson throws InvalidRequest naming the column, the type and what was
// expected; valueToJson expects bytes already validated (it validates again and throws
// InvalidRequest on corrupt input).

import { InvalidRequest } from './errors.js';
import { parseTimestampText, formatTimestampIso } from './timestamps.js';
import { assertSupportedType, formatType, type CqlType } from './types.js';
import {
  BIGINT_MAX,
  BIGINT_MIN,
  INT_MAX,
  INT_MIN,
  LIST_ELEMENTS_MAX,
  TIMESTAMP_MS_MAX,
  blobFromHex,
  blobToHex,
  deserializeValue,
  joinList,
  serializeValue,
  type CqlValue,
} from './values.js';

/** Longest JSON text quoted back in an error message. */
const SHOWN_JSON_CHARS_MAX = 60;

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
  if (type.kind === 'list') {
    const element = type.element;
    assertSupportedType(element);
    if (!Array.isArray(json)) throw invalid(type, column, 'an array', json);
    if (json.length > LIST_ELEMENTS_MAX) throw invalid(type, column, `at most ${LIST_ELEMENTS_MAX} elements`, json.length);
    return joinList(
      json.map((e) => {
        const b = valueFromJson(element, e, column);
        if (b === null) throw invalid(type, column, 'no null elements', json);
        return b;
      }),
    );
  }
  const name = assertSupportedType(type);
  switch (name) {
    case 'int':
      if (typeof json !== 'number' || !Number.isInteger(json) || json < INT_MIN || json > INT_MAX) {
        throw invalid(type, column, `an integer number from ${INT_MIN} to ${INT_MAX}`, json);
      }
      return serializeValue(type, json);
    case 'bigint': {
      const expected = 'a decimal string (or a safe-integer number) in the signed 64-bit range';
      let n: bigint;
      if (typeof json === 'string' && /^-?[0-9]+$/.test(json)) n = BigInt(json);
      else if (typeof json === 'number' && Number.isSafeInteger(json)) n = BigInt(json);
      else throw invalid(type, column, expected, json);
      if (n < BIGINT_MIN || n > BIGINT_MAX) throw invalid(type, column, expected, json);
      return serializeValue(type, n);
    }
    case 'double': {
      const special: Record<string, number> = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };
      if (typeof json === 'number') return serializeValue(type, json);
      if (typeof json === 'string' && Object.hasOwn(special, json)) return serializeValue(type, special[json] as number);
      throw invalid(type, column, 'a number (or "NaN", "Infinity", "-Infinity")', json);
    }
    case 'boolean':
      if (typeof json !== 'boolean') throw invalid(type, column, 'true or false', json);
      return serializeValue(type, json);
    case 'timestamp': {
      const expected = 'an ISO-8601 string or an integer number of milliseconds since the epoch';
      let ms: number | undefined;
      if (typeof json === 'string') ms = parseTimestampText(json);
      else if (typeof json === 'number' && Number.isSafeInteger(json) && Math.abs(json) <= TIMESTAMP_MS_MAX) ms = json;
      if (ms === undefined) throw invalid(type, column, expected, json);
      return serializeValue(type, new Date(ms));
    }
    case 'uuid':
      if (typeof json !== 'string' || !/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/.test(json)) {
        throw invalid(type, column, 'a UUID string', json);
      }
      return serializeValue(type, json);
    case 'text':
      if (typeof json !== 'string') throw invalid(type, column, 'a string', json);
      return serializeValue(type, json);
    case 'blob': {
      const bytes = typeof json === 'string' ? blobFromHex(json) : undefined;
      if (bytes === undefined) throw invalid(type, column, 'a "0x…" hex string with an even number of digits', json);
      return bytes;
    }
    default:
      throw new Error(`unhandled supported type ${name}`);
  }
}

export function valueToJson(type: CqlType, bytes: Uint8Array | null): unknown {
  if (bytes === null) return null;
  return toJson(deserializeValue(type, bytes));
}

function toJson(v: CqlValue): unknown {
  if (Array.isArray(v)) return v.map(toJson);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (v instanceof Date) return formatTimestampIso(v.getTime());
  if (v instanceof Uint8Array) return blobToHex(v);
  return v;
}

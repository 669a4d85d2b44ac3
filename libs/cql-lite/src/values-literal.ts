// CQL literals → serialized values, with Cassandra's messages.
//
// Contract: valueFromLiteral(type, literal, column) returns the value's bytes, or null for
// the `null` literal; it throws InvalidRequest when the literal's lexical class cannot be
// assigned to the type ("Invalid STRING constant (abc) for "id" of type int") or its text
// does not parse ("Unable to make int from '99999999999'").

import type { Literal, LiteralType } from './ast.js';
import { fromHex, utf8Encode, uuidFromString } from './bytes.js';
import { InvalidRequest } from './errors.js';
import { parseTimestampText } from './timestamps.js';
import { assertSupportedType, formatType, type CqlType, type NativeTypeName } from './types.js';
import { BIGINT_MAX, BIGINT_MIN, INT_MAX, INT_MIN, TIMESTAMP_MS_MAX, serializeValue } from './values.js';

/** Cassandra's names for literal classes in error messages. */
const LITERAL_CLASS: Record<LiteralType, string> = {
  string: 'STRING',
  integer: 'INTEGER',
  float: 'FLOAT',
  boolean: 'BOOLEAN',
  uuid: 'UUID',
  blob: 'HEX',
  null: 'NULL',
};

/** Which literal classes each supported type accepts (Cassandra's Constants.testAssignment). */
const ACCEPTS: Record<string, readonly LiteralType[]> = {
  int: ['integer'],
  bigint: ['integer'],
  double: ['integer', 'float'],
  timestamp: ['integer', 'string'],
  boolean: ['boolean'],
  uuid: ['uuid'],
  text: ['string'],
  blob: ['blob'],
};

export function valueFromLiteral(type: CqlType, literal: Literal, column: string): Uint8Array | null {
  if (literal.type === 'null') return null;
  const name = assertSupportedType(type);
  if (!(ACCEPTS[name] ?? []).includes(literal.type)) {
    throw new InvalidRequest(
      `Invalid ${LITERAL_CLASS[literal.type]} constant (${literal.text}) for "${column}" of type ${formatType(type)}`,
    );
  }
  return convert(name, type, literal);
}

function convert(name: NativeTypeName, type: CqlType, literal: Literal): Uint8Array {
  const text = literal.text;
  switch (name) {
    case 'int': {
      const n = BigInt(text);
      if (n < BigInt(INT_MIN) || n > BigInt(INT_MAX)) throw new InvalidRequest(`Unable to make int from '${text}'`);
      return serializeValue(type, Number(n));
    }
    case 'bigint': {
      const n = BigInt(text);
      if (n < BIGINT_MIN || n > BIGINT_MAX) throw new InvalidRequest(`Unable to make long from '${text}'`);
      return serializeValue(type, n);
    }
    case 'double': {
      const d = parseDouble(text);
      if (d === undefined) throw new InvalidRequest(`Unable to make double from '${text}'`);
      return serializeValue(type, d);
    }
    case 'timestamp': {
      const ms = literal.type === 'integer' ? integerMs(text) : parseTimestampText(text);
      if (ms === undefined) throw new InvalidRequest(`Unable to coerce '${text}' to a formatted date (long)`);
      return serializeValue(type, new Date(ms));
    }
    case 'boolean':
      return serializeValue(type, text.toLowerCase() === 'true');
    case 'uuid': {
      const bytes = uuidFromString(text);
      if (bytes === undefined) throw new InvalidRequest(`Unable to make UUID from '${text}'`);
      return bytes;
    }
    case 'text':
      return utf8Encode(text);
    case 'blob': {
      const bytes = fromHex(text.slice(2));
      if (bytes === undefined) throw new InvalidRequest(`cannot parse '${text}' as hex bytes`);
      return bytes;
    }
    default:
      throw new Error(`unhandled supported type ${name}`);
  }
}

/** A double from literal text: decimal, exponent, NaN, Infinity, -Infinity (any case). */
export function parseDouble(text: string): number | undefined {
  const lower = text.toLowerCase();
  if (lower === 'nan' || lower === '-nan') return NaN;
  if (lower === 'infinity') return Infinity;
  if (lower === '-infinity') return -Infinity;
  if (!/^-?[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?$/.test(text)) return undefined;
  return Number(text);
}

function integerMs(text: string): number | undefined {
  const n = BigInt(text);
  return n >= -BigInt(TIMESTAMP_MS_MAX) && n <= BigInt(TIMESTAMP_MS_MAX) ? Number(n) : undefined;
}

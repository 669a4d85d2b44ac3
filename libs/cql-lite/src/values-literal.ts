// CQL terms → serialized values, with Cassandra's messages.
//
// Contract: valueFromLiteral(type, literal, column) returns the value's bytes, or null for
// the `null` literal; it throws InvalidRequest when the literal's lexical class cannot be
// assigned to the type ("Invalid STRING constant (abc) for "id" of type int") or its text
// does not parse ("Unable to make int from '99999999999'"). valueFromTerm does the same for
// any term: literals, bind markers (through the caller's ParamResolver, the result validated
// and normalized) and collection literals (each item converted for the element type, bind
// markers inside resolved with the element type and the column named `value(c)` / `key(c)`
// as Cassandra names them). Collection values come back canonical: sets sorted and
// deduplicated, maps sorted by key (the last value of a repeated key wins).
//
// Literal forms per type (Cassandra's Constants.Literal.testAssignment and fromString):
//   tinyint, smallint, int, bigint, varint   integer
//   decimal, float, double                   integer or float (NaN, Infinity: float, double)
//   timestamp                                integer (ms) or string ('2024-01-02 03:04:05+0000')
//   date                                     string 'yyyy-mm-dd', or integer/digit string (raw
//                                            unsigned days, 2147483648 = 1970-01-01)
//   time                                     string 'hh:mm:ss[.fffffffff]', or integer (ns)
//   ascii (7-bit), text, inet                string ('127.0.0.1', '::1')
//   uuid, timeuuid (version 1 only)          uuid (bare)
//   boolean                                  true / false
//   blob                                     0x… hex
// Deviation: Cassandra refuses bind markers inside collection literals ("bind variables are
// not supported inside collection literals"); Cassia resolves them with the element type.

import type { CollectionTerm, Literal, LiteralType, Term } from './ast.js';
import { fromHex, utf8Encode, uuidFromString } from './bytes.js';
import { joinList, joinMap } from './collections.js';
import { InvalidRequest } from './errors.js';
import { inetFromString } from './inet.js';
import { decimalToBytes, float32FromText, parseDecimal, varintToBytes } from './numbers.js';
import type { ParamResolver } from './params.js';
import { parseDateText, parseTimeText, parseTimestampText } from './timestamps.js';
import { formatType, unfrozen, type CqlType, type NativeTypeName } from './types.js';
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
  checkCollectionSize,
  joinSet,
  joinSortedMap,
  normalizeValue,
  serializeValue,
  valueShape,
} from './values.js';
import { isAscii } from './values-native.js';

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

/** Which literal classes each native type accepts (Cassandra's Constants.Literal.testAssignment). */
const ACCEPTS: Record<NativeTypeName, readonly LiteralType[]> = {
  ascii: ['string'],
  bigint: ['integer'],
  blob: ['blob'],
  boolean: ['boolean'],
  counter: ['integer'],
  date: ['integer', 'string'],
  decimal: ['integer', 'float'],
  double: ['integer', 'float'],
  duration: [],
  float: ['integer', 'float'],
  inet: ['string'],
  int: ['integer'],
  smallint: ['integer'],
  text: ['string'],
  time: ['integer', 'string'],
  timestamp: ['integer', 'string'],
  timeuuid: ['uuid'],
  tinyint: ['integer'],
  uuid: ['uuid'],
  varint: ['integer'],
};

export function valueFromLiteral(type: CqlType, literal: Literal, column: string): Uint8Array | null {
  if (literal.type === 'null') return null;
  const shape = valueShape(type);
  if (shape.kind !== 'native' || !ACCEPTS[shape.name].includes(literal.type)) {
    throw new InvalidRequest(
      `Invalid ${LITERAL_CLASS[literal.type]} constant (${literal.text}) for "${column}" of type ${formatType(type)}`,
    );
  }
  return convert(shape.name, type, literal);
}

function convert(name: NativeTypeName, type: CqlType, literal: Literal): Uint8Array {
  const text = literal.text;
  const integerIn = (min: bigint, max: bigint, javaName: string): bigint => {
    const n = BigInt(text);
    if (n < min || n > max) throw new InvalidRequest(`Unable to make ${javaName} from '${text}'`);
    return n;
  };
  switch (name) {
    case 'tinyint':
      return serializeValue(type, Number(integerIn(BigInt(TINYINT_MIN), BigInt(TINYINT_MAX), 'byte')));
    case 'smallint':
      return serializeValue(type, Number(integerIn(BigInt(SMALLINT_MIN), BigInt(SMALLINT_MAX), 'short')));
    case 'int':
      return serializeValue(type, Number(integerIn(BigInt(INT_MIN), BigInt(INT_MAX), 'int')));
    case 'bigint':
      return serializeValue(type, integerIn(BIGINT_MIN, BIGINT_MAX, 'long'));
    case 'varint':
      if (!/^-?[0-9]+$/.test(text)) throw new InvalidRequest(`unable to make int from '${text}'`);
      return varintToBytes(BigInt(text));
    case 'decimal': {
      const d = parseDecimal(text);
      if (d === undefined) throw new InvalidRequest(`unable to make BigDecimal from '${text}'`);
      return decimalToBytes(d);
    }
    case 'float': {
      const d = parseDouble(text);
      if (d === undefined) throw new InvalidRequest(`Unable to make float from '${text}'`);
      return serializeValue(type, float32FromText(text, d));
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
    case 'date': {
      const days = parseDateText(text);
      if (days !== undefined) return serializeValue(type, days);
      if (/^-?\d+$/.test(text)) throw new InvalidRequest(`Unable to make unsigned int (for date) from: '${text}'`);
      throw new InvalidRequest(`Unable to coerce '${text}' to a formatted date (long)`);
    }
    case 'time': {
      const ns = parseTimeText(text);
      if (ns !== undefined) return serializeValue(type, ns);
      if (/^-?\d+$/.test(text)) throw new InvalidRequest(`Unable to make long (for time) from: '${text}'`);
      throw new InvalidRequest(`(TimeType) Unable to coerce '${text}' to a formatted time (long)`);
    }
    case 'boolean':
      return serializeValue(type, text.toLowerCase() === 'true');
    case 'uuid': {
      const bytes = uuidFromString(text);
      if (bytes === undefined) throw new InvalidRequest(`Unable to make UUID from '${text}'`);
      return bytes;
    }
    case 'timeuuid': {
      const bytes = uuidFromString(text);
      if (bytes === undefined) throw new InvalidRequest(`Unknown timeuuid representation: ${text}`);
      if ((bytes[6] as number) >> 4 !== 1) throw new InvalidRequest('TimeUUID supports only version 1 UUIDs');
      return bytes;
    }
    case 'inet': {
      const bytes = inetFromString(text);
      if (bytes === undefined) throw new InvalidRequest(`Unable to make inet address from '${text}'`);
      return bytes;
    }
    case 'ascii':
      if (!isAscii(text)) throw new InvalidRequest('Invalid ASCII character in string literal');
      return utf8Encode(text);
    case 'text':
      return utf8Encode(text);
    case 'blob': {
      const bytes = fromHex(text.slice(2));
      if (bytes === undefined) throw new InvalidRequest(`cannot parse '${text}' as hex bytes`);
      return bytes;
    }
    default:
      throw new Error(`valueFromLiteral: unhandled type ${name}`);
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

// ---- any term ----

/**
 * Serialized value of `term` for `column` of `type`, validated; null for CQL null. Bind
 * markers are resolved with `resolve(marker, type, column)`; inside a collection literal,
 * with the element's type and Cassandra's element names (`value(c)`, `key(c)`).
 */
export function valueFromTerm(type: CqlType, term: Term, column: string, resolve: ParamResolver): Uint8Array | null {
  switch (term.kind) {
    case 'literal':
      return valueFromLiteral(type, term, column);
    case 'bind': {
      const bytes = resolve(term, type, column);
      return bytes === null ? null : normalizeValue(type, bytes);
    }
    default:
      return valueFromCollectionTerm(type, term, column, resolve);
  }
}

function valueFromCollectionTerm(type: CqlType, term: CollectionTerm, column: string, resolve: ParamResolver): Uint8Array {
  validateAssignable(type, term, column);
  const shape = valueShape(type);
  const item = (t: CqlType, x: Term, name: string): Uint8Array => {
    const bytes = valueFromTerm(t, x, name, resolve);
    if (bytes === null) throw new InvalidRequest('null is not supported inside collections');
    return bytes;
  };
  switch (term.kind) {
    case 'list':
    case 'set':
      checkCollectionSize(type, term.items.length);
      if (shape.kind === 'map') return joinMap([]); // `{}` for a map
      if (shape.kind !== 'list' && shape.kind !== 'set') break;
      {
        const elements = term.items.map((x) => item(shape.element, x, `value(${column})`));
        return shape.kind === 'list' ? joinList(elements) : joinSet(shape.element, elements);
      }
    case 'map':
      checkCollectionSize(type, term.entries.length);
      if (shape.kind === 'set') return joinList([]); // `{}` for a set
      if (shape.kind !== 'map') break;
      return joinSortedMap(
        shape.key,
        term.entries.map(([k, v]): [Uint8Array, Uint8Array] => [
          item(shape.key, k, `key(${column})`),
          item(shape.value, v, `value(${column})`),
        ]),
      );
    case 'tuple':
      break;
  }
  throw new Error(`valueFromTerm: ${term.kind} literal passed validation for ${formatType(type)}`);
}

const COLLECTION_LITERAL_NAME = { list: 'list', set: 'set', map: 'map', tuple: 'tuple type' } as const;

/** Cassandra's Lists/Sets/Maps/Tuples.Literal.validateAssignableTo. */
function validateAssignable(type: CqlType, term: CollectionTerm, column: string): void {
  const t = unfrozen(type);
  const mismatch = (): InvalidRequest =>
    new InvalidRequest(`Invalid ${COLLECTION_LITERAL_NAME[term.kind]} literal for ${column} of type ${formatType(type)}`);
  const notOfType = (role: 'key' | 'value', x: Term, of: CqlType): InvalidRequest =>
    new InvalidRequest(
      `Invalid ${COLLECTION_LITERAL_NAME[term.kind]} literal for ${column}: ${role} ${termText(x)} is not of type ${formatType(of)}`,
    );
  switch (term.kind) {
    case 'list':
    case 'set':
      if (term.kind === 'set' && t.kind === 'map' && term.items.length === 0) return;
      if (t.kind !== term.kind) throw mismatch();
      for (const x of term.items) if (!isAssignable(t.element, x)) throw notOfType('value', x, t.element);
      return;
    case 'map':
      if (t.kind === 'set' && term.entries.length === 0) return;
      if (t.kind !== 'map') throw mismatch();
      for (const [k, v] of term.entries) {
        if (!isAssignable(t.key, k)) throw notOfType('key', k, t.key);
        if (!isAssignable(t.value, v)) throw notOfType('value', v, t.value);
      }
      return;
    case 'tuple':
      throw mismatch();
  }
}

/** Cassandra's testAssignment: can `term` stand for a value of `type` at all? */
function isAssignable(type: CqlType, term: Term): boolean {
  const t = unfrozen(type);
  switch (term.kind) {
    case 'bind':
      return true;
    case 'literal':
      if (term.type === 'null') return !(t.kind === 'native' && t.name === 'counter');
      return t.kind === 'native' && ACCEPTS[t.name].includes(term.type);
    case 'list':
    case 'set':
      if (term.kind === 'set' && t.kind === 'map' && term.items.length === 0) return true;
      return t.kind === term.kind && term.items.every((x) => isAssignable(t.element, x));
    case 'map':
      if (t.kind === 'set' && term.entries.length === 0) return true;
      return t.kind === 'map' && term.entries.every(([k, v]) => isAssignable(t.key, k) && isAssignable(t.value, v));
    case 'tuple':
      return false;
  }
}

/** A term as Cassandra prints it in messages (Term.Raw.getText). */
export function termText(term: Term): string {
  switch (term.kind) {
    case 'literal':
      return term.type === 'string' ? `'${term.text}'` : term.text;
    case 'bind':
      return term.name === undefined ? '?' : `:${term.name}`;
    case 'list':
      return `[${term.items.map(termText).join(', ')}]`;
    case 'set':
      return `{${term.items.map(termText).join(', ')}}`;
    case 'map':
      return `{${term.entries.map(([k, v]) => `${termText(k)}: ${termText(v)}`).join(', ')}}`;
    case 'tuple':
      return `(${term.items.map(termText).join(', ')})`;
  }
}

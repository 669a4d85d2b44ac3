// Binary value codecs: exactly Cassandra's native-protocol (v4) encodings.
//
//   type       bytes                                        JS value (CqlValue)
//   tinyint    1, two's complement                          number (int8 range)
//   smallint   2, big-endian two's complement               number (int16 range)
//   int        4, big-endian two's complement               number (int32 range)
//   bigint     8, big-endian two's complement               bigint (int64 range)
//   varint     ≥ 1, big-endian two's complement, minimal    bigint (any)
//   decimal    int32 scale, then the unscaled value as a    string: Java's BigDecimal.toString()
//              varint (value = unscaled × 10^-scale)        ('1.50', '1E+3'); any BigDecimal text in
//   float      4, IEEE-754 binary32                         number (rounded to float32 when written)
//   double     8, IEEE-754 binary64                         number
//   boolean    1, 0x00 false / anything else true           boolean
//   timestamp  8, signed ms since the Unix epoch            Date
//   date       4, unsigned days, 1970-01-01 = 2^31          number: signed days since 1970-01-01
//   time       8, ns since midnight (0 to 86399999999999)   bigint
//   uuid       16, RFC 4122 byte order                      string, canonical lower case
//   timeuuid   16, a version-1 UUID                         string, canonical lower case
//   inet       4 (IPv4) or 16 (IPv6)                        string (see inet.ts)
//   ascii      bytes 0-127                                  string
//   text       UTF-8 (validated)                            string
//   blob       raw                                          Uint8Array
//   list<T>    int32 n, then n × (int32 len, bytes)         CqlValue[]
//   set<T>     same, sorted and deduplicated by T's order   CqlValue[]
//   map<K,V>   int32 n, then n × (key, value), each as      Map<CqlValue, CqlValue>
//              int32 len + bytes; sorted by key, unique
//   frozen<T>  the bytes of T                               as T
//
// Contract: serializeValue / deserializeValue / validateValue throw InvalidRequest for a value
// that does not fit its type, and for types Cassia does not support (counter, duration,
// user-defined types). A null value is represented by `null` outside these functions, never
// by an empty array; null is refused inside collections. validateValue accepts sets and maps
// in any order (as the native protocol may send them); normalizeValue returns the canonical
// bytes Cassandra stores (sets sorted and deduplicated, maps sorted by key, at every depth).
// Deviations from Cassandra: empty byte strings are rejected for every type but text, ascii
// and blob (Cassandra's "empty" values); timestamps must fit a JS Date (±8.64e15 ms);
// collections hold at most COLLECTION_ELEMENTS_MAX elements.

import { fromHex, toHex } from './bytes.js';
import { COLLECTION_ELEMENTS_MAX, joinList, joinMap, splitList, splitMap } from './collections.js';
import { InvalidRequest } from './errors.js';
import { assertEncodableType, formatType, supportedNativeName, unfrozen, unsupportedType, type CqlType, type NativeTypeName } from './types.js';
import { compareValues } from './values-compare.js';
import { deserializeNative, serializeNative, validateNative, wrongValue, type CqlValue } from './values-native.js';

export { COLLECTION_ELEMENTS_MAX, joinList, joinMap, splitList, splitMap } from './collections.js';
export {
  BIGINT_MAX,
  BIGINT_MIN,
  INT_MAX,
  INT_MIN,
  SMALLINT_MAX,
  SMALLINT_MIN,
  TINYINT_MAX,
  TINYINT_MIN,
  type CqlValue,
} from './values-native.js';
export { TIMESTAMP_MS_MAX } from './timestamps.js';

/** A type as the codecs see it: frozen<> removed, native types checked to be supported. */
export type ValueShape =
  | { kind: 'native'; name: NativeTypeName }
  | { kind: 'list'; element: CqlType }
  | { kind: 'set'; element: CqlType }
  | { kind: 'map'; key: CqlType; value: CqlType };

/** The codec shape of `type`; InvalidRequest for a type Cassia does not support (at any depth). */
export function valueShape(type: CqlType): ValueShape {
  const t = unfrozen(type);
  if (t.kind === 'list' || t.kind === 'set' || t.kind === 'map') assertEncodableType(t);
  if (t.kind === 'list') return { kind: 'list', element: t.element };
  if (t.kind === 'set') return { kind: 'set', element: t.element };
  if (t.kind === 'map') return { kind: 'map', key: t.key, value: t.value };
  const name = supportedNativeName(t);
  if (name === undefined) throw unsupportedType(t);
  return { kind: 'native', name };
}

export function serializeValue(type: CqlType, v: CqlValue): Uint8Array {
  const shape = valueShape(type);
  switch (shape.kind) {
    case 'native':
      return serializeNative(shape.name, type, v);
    case 'list':
    case 'set': {
      if (!Array.isArray(v)) throw wrongValue(type, v);
      checkCollectionSize(type, v.length);
      const elements = v.map((e) => serializeValue(shape.element, e));
      return shape.kind === 'list' ? joinList(elements) : joinSet(shape.element, elements);
    }
    case 'map': {
      if (!(v instanceof Map)) throw wrongValue(type, v);
      checkCollectionSize(type, v.size);
      const entries = [...v].map(([k, x]): [Uint8Array, Uint8Array] => [serializeValue(shape.key, k), serializeValue(shape.value, x)]);
      return joinSortedMap(shape.key, entries);
    }
  }
}

export function deserializeValue(type: CqlType, bytes: Uint8Array): CqlValue {
  validateValue(type, bytes);
  return deserializeValid(type, bytes);
}

function deserializeValid(type: CqlType, bytes: Uint8Array): CqlValue {
  const shape = valueShape(type);
  switch (shape.kind) {
    case 'native':
      return deserializeNative(shape.name, bytes);
    case 'list':
    case 'set':
      return splitList(type, bytes).map((b) => deserializeValid(shape.element, b));
    case 'map':
      return new Map(splitMap(type, bytes).map(([k, v]) => [deserializeValid(shape.key, k), deserializeValid(shape.value, v)]));
  }
}

/** Throws InvalidRequest (Cassandra's messages where it has one) unless `bytes` is a valid value of `type`. */
export function validateValue(type: CqlType, bytes: Uint8Array): void {
  const shape = valueShape(type);
  switch (shape.kind) {
    case 'native':
      return validateNative(shape.name, bytes);
    case 'list':
    case 'set':
      for (const b of splitList(type, bytes)) validateValue(shape.element, b);
      return;
    case 'map':
      for (const [k, v] of splitMap(type, bytes)) {
        validateValue(shape.key, k);
        validateValue(shape.value, v);
      }
  }
}

/**
 * The canonical bytes of a value (validated): sets sorted and deduplicated, maps sorted by
 * key with one entry per key (the first key's bytes, the last value), at every depth. Other
 * values come back unchanged.
 */
export function normalizeValue(type: CqlType, bytes: Uint8Array): Uint8Array {
  validateValue(type, bytes);
  return normalizeValid(type, bytes);
}

function normalizeValid(type: CqlType, bytes: Uint8Array): Uint8Array {
  const shape = valueShape(type);
  switch (shape.kind) {
    case 'native':
      return bytes;
    case 'list': {
      if (valueShape(shape.element).kind === 'native') return bytes;
      return joinList(splitList(type, bytes).map((b) => normalizeValid(shape.element, b)));
    }
    case 'set':
      return joinSet(
        shape.element,
        splitList(type, bytes).map((b) => normalizeValid(shape.element, b)),
      );
    case 'map':
      return joinSortedMap(
        shape.key,
        splitMap(type, bytes).map(([k, v]): [Uint8Array, Uint8Array] => [normalizeValid(shape.key, k), normalizeValid(shape.value, v)]),
      );
  }
}

/** Throws InvalidRequest when a collection of `type` would hold more than COLLECTION_ELEMENTS_MAX elements. */
export function checkCollectionSize(type: CqlType, n: number): void {
  if (n > COLLECTION_ELEMENTS_MAX) {
    throw new InvalidRequest(`Invalid ${formatType(type)} value: ${n} elements (at most ${COLLECTION_ELEMENTS_MAX})`);
  }
}

/**
 * Set bytes from serialized, valid elements: sorted by the element type's order, equal
 * elements kept once (the first given), as Cassandra's TreeSet does.
 */
export function joinSet(elementType: CqlType, elements: readonly Uint8Array[]): Uint8Array {
  const sorted = elements
    .map((bytes, index) => ({ bytes, index }))
    .sort((a, b) => compareValues(elementType, a.bytes, b.bytes) || a.index - b.index);
  const kept: Uint8Array[] = [];
  for (const e of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || compareValues(elementType, last, e.bytes) !== 0) kept.push(e.bytes);
  }
  return joinList(kept);
}

/**
 * Map bytes from serialized, valid entries: sorted by key; for equal keys one entry with the
 * first key's bytes and the last value, as Cassandra's TreeMap.put does.
 */
export function joinSortedMap(keyType: CqlType, entries: readonly (readonly [Uint8Array, Uint8Array])[]): Uint8Array {
  const sorted = entries
    .map(([key, value], index) => ({ key, value, index }))
    .sort((a, b) => compareValues(keyType, a.key, b.key) || a.index - b.index);
  const kept: [Uint8Array, Uint8Array][] = [];
  for (const e of sorted) {
    const last = kept[kept.length - 1];
    if (last !== undefined && compareValues(keyType, last[0], e.key) === 0) last[1] = e.value;
    else kept.push([e.key, e.value]);
  }
  return joinMap(kept);
}

/** `0x`-prefixed lower-case hex of a blob. */
export function blobToHex(bytes: Uint8Array): string {
  return `0x${toHex(bytes)}`;
}

/** Bytes of a `0x…` string (either case); undefined if malformed. */
export function blobFromHex(s: string): Uint8Array | undefined {
  if (!/^0[xX]/.test(s)) return undefined;
  return fromHex(s.slice(2));
}

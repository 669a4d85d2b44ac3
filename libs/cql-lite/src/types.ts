// CQL data types: the type union the parser produces and the schema stores.
//
// Contract: a CqlType is plain JSON-serializable data (it is stored in cluster metadata).
// Every CQL type name parses into the union. Supported: every native type in
// SUPPORTED_NATIVE_TYPES (all but counter and duration), list<T>, set<T>, map<K, V> and
// frozen<T> of a collection, with collections nested only inside frozen<> (Cassandra's
// rule). assertSupportedType rejects everything else with Cassandra's message or
// InvalidRequest("type X is not supported yet"), so no layer ever mis-handles a type.
// The value codecs are more lenient about nesting (they only need every native leaf to be
// supported): frozen<> never changes a value's bytes.

import { InvalidRequest } from './errors.js';

/** Every native CQL type name, in canonical spelling (varchar is stored as text). */
export const NATIVE_TYPE_NAMES = [
  'ascii',
  'bigint',
  'blob',
  'boolean',
  'counter',
  'date',
  'decimal',
  'double',
  'duration',
  'float',
  'inet',
  'int',
  'smallint',
  'text',
  'time',
  'timestamp',
  'timeuuid',
  'tinyint',
  'uuid',
  'varint',
] as const;

export type NativeTypeName = (typeof NATIVE_TYPE_NAMES)[number];

/** Spellings accepted for a native type that differ from its canonical name. */
export const NATIVE_TYPE_ALIASES: Readonly<Record<string, NativeTypeName>> = { varchar: 'text' };

/** The native types Cassia reads, writes, encodes and compares (not counter, not duration). */
export const SUPPORTED_NATIVE_TYPES: ReadonlySet<NativeTypeName> = new Set<NativeTypeName>([
  'ascii',
  'bigint',
  'blob',
  'boolean',
  'date',
  'decimal',
  'double',
  'float',
  'inet',
  'int',
  'smallint',
  'text',
  'time',
  'timestamp',
  'timeuuid',
  'tinyint',
  'uuid',
  'varint',
]);

export type CqlType =
  | { kind: 'native'; name: NativeTypeName }
  | { kind: 'list'; element: CqlType }
  | { kind: 'set'; element: CqlType }
  | { kind: 'map'; key: CqlType; value: CqlType }
  | { kind: 'frozen'; inner: CqlType }
  /** A user-defined type referenced by name (not supported yet; kept so the grammar is complete). */
  | { kind: 'udt'; keyspace?: string; name: string };

export function nativeType(name: NativeTypeName): CqlType {
  return { kind: 'native', name };
}

/** Looks a native type name up (case-insensitive, aliases resolved); undefined if not native. */
export function lookupNativeType(name: string): NativeTypeName | undefined {
  const lower = name.toLowerCase();
  const alias = NATIVE_TYPE_ALIASES[lower];
  if (alias !== undefined) return alias;
  return (NATIVE_TYPE_NAMES as readonly string[]).includes(lower) ? (lower as NativeTypeName) : undefined;
}

/** CQL text of a type, as Cassandra prints it: `int`, `list<text>`, `frozen<map<int, text>>`. */
export function formatType(t: CqlType): string {
  switch (t.kind) {
    case 'native':
      return t.name;
    case 'list':
      return `list<${formatType(t.element)}>`;
    case 'set':
      return `set<${formatType(t.element)}>`;
    case 'map':
      return `map<${formatType(t.key)}, ${formatType(t.value)}>`;
    case 'frozen':
      return `frozen<${formatType(t.inner)}>`;
    case 'udt':
      return t.keyspace === undefined ? t.name : `${t.keyspace}.${t.name}`;
  }
}

export function typeEquals(a: CqlType, b: CqlType): boolean {
  return formatType(a) === formatType(b);
}

/** The native type name if `t` is a native type Cassia supports, else undefined. */
export function supportedNativeName(t: CqlType): NativeTypeName | undefined {
  return t.kind === 'native' && SUPPORTED_NATIVE_TYPES.has(t.name) ? t.name : undefined;
}

/** `t` without its frozen<> wrappers (frozen never changes a value's bytes or order). */
export function unfrozen(t: CqlType): CqlType {
  let out = t;
  while (out.kind === 'frozen') out = out.inner;
  return out;
}

/** True for list, set and map types, frozen or not. */
export function isCollectionType(t: CqlType): boolean {
  const u = unfrozen(t);
  return u.kind === 'list' || u.kind === 'set' || u.kind === 'map';
}

/** True for a collection that is not frozen (a multi-cell column in Cassandra). */
export function isNonFrozenCollection(t: CqlType): boolean {
  return t.kind === 'list' || t.kind === 'set' || t.kind === 'map';
}

/** InvalidRequest for a type Cassia cannot handle (a native type it does not support, or a UDT). */
export function unsupportedType(t: CqlType): InvalidRequest {
  if (t.kind === 'udt') return new InvalidRequest(`Unknown type ${formatType(t)}`);
  if (t.kind === 'native' && t.name === 'counter') return new InvalidRequest('counter columns are not supported yet');
  return new InvalidRequest(`type ${formatType(t)} is not supported yet`);
}

/**
 * Throws InvalidRequest unless the codecs can handle every value of `t`: every native type
 * inside it supported, no user-defined type. Unlike assertSupportedType, nesting is free.
 */
export function assertEncodableType(t: CqlType): void {
  const u = unfrozen(t);
  if (u.kind === 'list' || u.kind === 'set') assertEncodableType(u.element);
  else if (u.kind === 'map') {
    assertEncodableType(u.key);
    assertEncodableType(u.value);
  } else if (supportedNativeName(u) === undefined) throw unsupportedType(u);
}

/**
 * Throws InvalidRequest unless `t` may be a column type: "Unknown type x" for a user-defined
 * type name (none can exist yet); "counter columns are not supported yet"; "type X is not
 * supported yet" for duration; Cassandra's messages for frozen<> of a non-collection and for
 * a non-frozen collection inside a collection.
 */
export function assertSupportedType(t: CqlType): void {
  checkType(t, false);
}

/** `frozen`: inside a frozen collection, where nested collections are frozen implicitly. */
function checkType(t: CqlType, frozen: boolean): void {
  switch (t.kind) {
    case 'native':
    case 'udt':
      if (supportedNativeName(t) === undefined) throw unsupportedType(t);
      return;
    case 'frozen': {
      const inner = unfrozen(t);
      if (!isCollectionType(inner)) {
        throw new InvalidRequest(`frozen<> is only allowed on collections, tuples, and user-defined types (got ${formatType(inner)})`);
      }
      checkCollection(inner, true, t);
      return;
    }
    case 'list':
    case 'set':
    case 'map':
      checkCollection(t, frozen, t);
  }
}

/** Cassandra's CQL3Type.RawCollection.prepare checks; `shown` is the type as written. */
function checkCollection(t: CqlType, frozen: boolean, shown: CqlType): void {
  if (t.kind !== 'list' && t.kind !== 'set' && t.kind !== 'map') throw new Error(`not a collection: ${formatType(t)}`);
  const values = t.kind === 'map' ? t.value : t.element;
  const nested = (): InvalidRequest =>
    new InvalidRequest(`Non-frozen collections are not allowed inside collections: ${formatType(shown)}`);
  if (!frozen && isNonFrozenCollection(values)) throw nested();
  if (values.kind === 'native' && values.name === 'counter') {
    throw new InvalidRequest(`Counters are not allowed inside collections: ${formatType(shown)}`);
  }
  if (t.kind === 'map') {
    if (!frozen && isNonFrozenCollection(t.key)) throw nested();
    checkType(t.key, frozen);
  }
  checkType(values, frozen);
}

/** Fixed serialized width in bytes of a native type, or undefined if variable. */
export function fixedWidth(name: NativeTypeName): number | undefined {
  switch (name) {
    case 'tinyint':
    case 'boolean':
      return 1;
    case 'smallint':
      return 2;
    case 'int':
    case 'float':
    case 'date':
      return 4;
    case 'bigint':
    case 'double':
    case 'timestamp':
    case 'time':
    case 'counter':
      return 8;
    case 'uuid':
    case 'timeuuid':
      return 16;
    default:
      return undefined;
  }
}

// CQL data types: the type union the parser produces and the schema stores.
//
// Contract: a CqlType is plain JSON-serializable data (it is stored in cluster metadata).
// Every CQL type name parses into the union, but this milestone fully supports only the
// types in SUPPORTED_NATIVE_TYPES; assertSupportedType rejects the others with
// InvalidRequest("type X is not supported yet") so no layer ever mis-handles them.

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

/** The native types this milestone reads, writes, encodes and compares. */
export const SUPPORTED_NATIVE_TYPES: ReadonlySet<NativeTypeName> = new Set<NativeTypeName>([
  'text',
  'int',
  'bigint',
  'boolean',
  'double',
  'timestamp',
  'uuid',
  'blob',
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

/** The native type name if `t` is a native type this milestone supports, else undefined. */
export function supportedNativeName(t: CqlType): NativeTypeName | undefined {
  return t.kind === 'native' && SUPPORTED_NATIVE_TYPES.has(t.name) ? t.name : undefined;
}

/**
 * Returns the native name of a supported type; otherwise throws InvalidRequest:
 * "Unknown type x" for a user-defined type name (none can exist yet), else
 * "type X is not supported yet".
 */
export function assertSupportedType(t: CqlType): NativeTypeName {
  const name = supportedNativeName(t);
  if (name !== undefined) return name;
  if (t.kind === 'udt') throw new InvalidRequest(`Unknown type ${formatType(t)}`);
  throw new InvalidRequest(`type ${formatType(t)} is not supported yet`);
}

/** Fixed serialized width in bytes of a supported native type, or undefined if variable. */
export function fixedWidth(name: NativeTypeName): number | undefined {
  switch (name) {
    case 'int':
      return 4;
    case 'bigint':
    case 'double':
    case 'timestamp':
      return 8;
    case 'boolean':
      return 1;
    case 'uuid':
      return 16;
    default:
      return undefined;
  }
}

// Bound values of a native QUERY/EXECUTE/BATCH as the executor's ParamResolver: the raw
// [value] bytes by marker index, or by name when the client sent names (the 0x40 flag).
// The binders validate every value against its column's type, so a driver that encodes
// a value with the wrong width gets Cassandra's Invalid error.
//
// "Not set" values (length -2) are refused with Invalid ("Invalid unset value for column x"):
// Cassia's INSERT has no "leave this column unchanged" yet, so a statement never allows them.
import { InvalidRequest, type ParamResolver } from '@cassia/cql-lite';
import { UNSET, type Value } from './primitives.js';

function value(v: Value, column: string): Uint8Array | null {
  if (v === UNSET) throw new InvalidRequest(`Invalid unset value for column ${column}`);
  return v;
}

/** A resolver over `values`, positional, or by name when `names` (one per value) is given. */
export function nativeParams(values: readonly Value[], names?: readonly string[]): ParamResolver {
  if (names === undefined) {
    const resolve: ParamResolver = (marker, _type, column) => {
      const v = values[marker.index];
      if (v === undefined) throw new InvalidRequest(`No value bound for marker ${marker.index} (column ${column})`);
      return value(v, column);
    };
    resolve.checkMarkers = (markers) => {
      if (markers.length !== values.length) {
        throw new InvalidRequest(`There were ${markers.length} markers(?) in CQL but ${values.length} bound variables`);
      }
    };
    return resolve;
  }
  if (names.length !== values.length) throw new Error(`${names.length} names for ${values.length} values`);
  // A marker `:name` binds by its name; an anonymous `?` by its column's name (as Cassandra names it).
  const byName = new Map<string, number>();
  names.forEach((n, i) => byName.set(n, i));
  const indexOf = (name: string): number | undefined => byName.get(name) ?? byName.get(name.toLowerCase()) ?? findFolded(names, name);
  const resolve: ParamResolver = (marker, _type, column) => {
    const name = marker.name ?? column;
    const i = indexOf(name);
    if (i === undefined) throw new InvalidRequest(`No value bound for marker :${name} (column ${column})`);
    return value(values[i]!, column);
  };
  resolve.checkMarkers = (markers) => {
    const used = new Set<number>();
    for (const m of markers) {
      if (m.name === undefined) continue; // checked by column when resolved
      const i = indexOf(m.name);
      if (i === undefined) throw new InvalidRequest(`No value bound for marker :${m.name}`);
      used.add(i);
    }
    if (markers.every((m) => m.name !== undefined)) {
      const unused = names.filter((_n, i) => !used.has(i));
      if (unused.length > 0) throw new InvalidRequest(`Bound variable ${unused[0]} does not match any marker in CQL`);
    }
  };
  return resolve;
}

/** The index of the name equal to `name` ignoring case, when exactly one is. */
function findFolded(names: readonly string[], name: string): number | undefined {
  const lower = name.toLowerCase();
  const hits = names.flatMap((n, i) => (n.toLowerCase() === lower ? [i] : []));
  return hits.length === 1 ? hits[0] : undefined;
}

/** Identifies bound values for paging states: each value as hex (names first when given). */
export function paramsKey(values: readonly Value[], names?: readonly string[]): string {
  return values
    .map((v, i) => {
      const text = v === null ? 'null' : v === UNSET ? 'unset' : Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex');
      return names === undefined ? text : `${names[i]}=${text}`;
    })
    .join(',');
}

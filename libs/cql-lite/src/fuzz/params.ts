// Bind values for fuzzed statements: how the fuzzer fills a statement's markers.
//
//   json   the HTTP API's real resolver (jsonParams) over JSON values made for each marker's
//          type (from markerSpecs) — mostly right, sometimes wrong — or any JSON at all
//   raw    the native protocol's situation: serialized bytes per marker, made valid with
//          valueFromJson and then often damaged (truncated, extended, bytes flipped), or random
//
// Contract: every function here is a pure function of the Prng state; resolvers throw only
// InvalidRequest (as the library's real ones do), for a value count that does not match.

import type { BindMarker, Statement } from '../ast.js';
import { InvalidRequest } from '../errors.js';
import type { MarkerSpec } from '../markers.js';
import { jsonParams, type ParamResolver } from '../params.js';
import type { CqlType } from '../types.js';
import { valueFromJson } from '../values-json.js';
import { LiteralGen } from './literals.js';
import type { Prng } from './prng.js';

/** The markers of a statement, [] for statements that cannot have any. */
export function statementMarkerList(stmt: Statement): readonly BindMarker[] {
  return 'markers' in stmt ? stmt.markers : [];
}

/** A JSON value for `type`: its HTTP form most of the time, something else sometimes. */
export function jsonFor(rng: Prng, type: CqlType, depth = 0): unknown {
  if (rng.chance(0.01)) return null;
  if (rng.chance(0.03)) return anyJson(rng, depth);
  switch (type.kind) {
    case 'frozen':
      return jsonFor(rng, type.inner, depth);
    case 'list':
    case 'set':
      return Array.from({ length: rng.small(4) }, () => jsonFor(rng, type.element, depth + 1));
    case 'map': {
      if (rng.chance(0.5)) return Array.from({ length: rng.small(4) }, () => [jsonFor(rng, type.key, depth + 1), jsonFor(rng, type.value, depth + 1)]);
      const out: Record<string, unknown> = {};
      for (let i = rng.small(4); i > 0; i--) out[String(jsonFor(rng, type.key, depth + 1))] = jsonFor(rng, type.value, depth + 1);
      return out;
    }
    case 'udt':
      return anyJson(rng, depth);
    case 'native':
      return nativeJson(rng, type.name);
  }
}

function nativeJson(rng: Prng, name: string): unknown {
  const lit = new LiteralGen(rng);
  const unquote = (s: string): string => (s.startsWith("'") ? s.slice(1, -1).replaceAll("''", "'") : s);
  switch (name) {
    case 'int':
    case 'smallint':
    case 'tinyint':
      return rng.chance(0.8) ? rng.range(-200, 200) : Number(lit.native('int'));
    case 'bigint':
    case 'varint':
      return rng.chance(0.5) ? lit.native(name) : rng.range(-1e6, 1e6);
    case 'float':
    case 'double':
      return rng.chance(0.8) ? (rng.float() - 0.5) * 10 ** rng.range(-10, 40) : rng.pick(['NaN', 'Infinity', '-Infinity', '1.5']);
    case 'decimal':
      return lit.native('decimal');
    case 'boolean':
      return rng.chance(0.9) ? rng.chance(0.5) : 'true';
    case 'timestamp':
      return rng.chance(0.5) ? Math.round((rng.float() - 0.2) * 5e12) : unquote(lit.native('timestamp'));
    case 'date':
    case 'time':
    case 'inet':
    case 'text':
    case 'varchar':
    case 'ascii':
    case 'uuid':
    case 'timeuuid':
    case 'blob':
      return unquote(lit.native(name));
    default:
      return anyJson(rng, 0);
  }
}

/** Any JSON value. */
export function anyJson(rng: Prng, depth: number): unknown {
  const leaf = (): unknown => rng.pick<() => unknown>([() => rng.range(-5, 5), () => 1e300, () => -0, () => 'x', () => '', () => true, () => null, () => '0xzz', () => 2 ** 53 + 1])();
  if (depth >= 3 || rng.chance(0.7)) return leaf();
  return rng.chance(0.5) ? [anyJson(rng, depth + 1), anyJson(rng, depth + 1)] : { a: anyJson(rng, depth + 1), '1': anyJson(rng, depth + 1) };
}

/** jsonParams over values made for `specs` (or any JSON when specs are unknown), by position or by name. */
export function fuzzJsonParams(rng: Prng, markers: readonly BindMarker[], specs: readonly MarkerSpec[] | undefined): ParamResolver {
  const valueFor = (i: number): unknown => {
    const spec = specs?.[i];
    return spec === undefined ? anyJson(rng, 0) : jsonFor(rng, spec.type);
  };
  const named = markers.length > 0 && markers.every((m) => m.name !== undefined);
  if (named && rng.chance(0.7)) {
    const params: Record<string, unknown> = {};
    markers.forEach((m, i) => (params[m.name as string] = valueFor(i)));
    if (rng.chance(0.02)) params['extra'] = 1;
    return jsonParams(params);
  }
  const values = markers.map((_m, i) => valueFor(i));
  if (rng.chance(0.02)) values.push(1);
  if (rng.chance(0.02)) values.pop();
  return jsonParams(values);
}

/** Serialized bytes per marker, resolved by the type the binder asks for; often damaged. */
export function fuzzRawParams(rng: Prng, markers: readonly BindMarker[]): ParamResolver {
  const count = rng.chance(0.97) ? markers.length : rng.int(markers.length + 2);
  const resolve: ParamResolver = (marker, type, column) => {
    if (marker.index >= count) throw new InvalidRequest(`No value bound for marker ${marker.index} (column ${column})`);
    if (rng.chance(0.02)) return null;
    if (rng.chance(0.05)) return rng.bytes(rng.small(6) * 4);
    let bytes: Uint8Array | null;
    try {
      bytes = valueFromJson(type, jsonFor(rng, type), column);
    } catch (e) {
      if (!(e instanceof InvalidRequest)) throw e;
      bytes = rng.bytes(rng.small(5) * 2);
    }
    if (bytes === null || rng.chance(0.8)) return bytes;
    return damage(rng, bytes);
  };
  resolve.checkMarkers = (ms) => {
    if (ms.length !== count) throw new InvalidRequest(`There were ${ms.length} markers(?) in CQL but ${count} bound variables`);
  };
  return resolve;
}

/** `bytes` truncated, extended or with a byte changed. */
export function damage(rng: Prng, bytes: Uint8Array): Uint8Array {
  const out = Uint8Array.from(bytes);
  switch (rng.int(4)) {
    case 0:
      return out.subarray(0, rng.int(out.length + 1));
    case 1: {
      const longer = new Uint8Array(out.length + rng.range(1, 8));
      longer.set(out);
      longer.set(rng.bytes(longer.length - out.length), out.length);
      return longer;
    }
    case 2:
      if (out.length > 0) out[rng.int(out.length)] = rng.int(256);
      return out;
    default:
      // A collection's element count or length field set to something large or negative.
      if (out.length >= 4) new DataView(out.buffer).setInt32(4 * rng.int(out.length >> 2), rng.pick([-1, -2, 0x7fffffff, 65536, 3]));
      return out;
  }
}

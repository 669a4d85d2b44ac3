// Bind values: how a caller supplies the values of a statement's bind markers.
//
// Contract: a ParamResolver returns the serialized value for one marker (null for CQL null)
// given the type and column the marker stands for, or throws InvalidRequest. Binders call
// `checkMarkers` (when present) once with all of a statement's markers before resolving any,
// so count mismatches are reported the way Cassandra does. The HTTP API uses jsonParams;
// the native protocol will pass the raw bytes it received. Binders validate every returned
// value against its type, so a resolver need not.

import type { BindMarker, Literal, Term } from './ast.js';
import { InvalidRequest } from './errors.js';
import type { CqlType } from './types.js';
import { validateValue } from './values.js';
import { valueFromJson } from './values-json.js';
import { valueFromLiteral, valueFromTerm } from './values-literal.js';

export interface ParamResolver {
  (marker: BindMarker, type: CqlType, column: string): Uint8Array | null;
  /** Throws InvalidRequest when the supplied values cannot match these markers. */
  checkMarkers?: (markers: readonly BindMarker[]) => void;
}

/** The resolver for a statement without values: any marker is an error. */
export const NO_PARAMS: ParamResolver = jsonParams(undefined);

function markerText(m: BindMarker): string {
  return m.name === undefined ? `?${m.index}` : `:${m.name}`;
}

/**
 * Values from JSON: an array binds markers by position (named markers too), an object binds
 * named markers by their folded name (`:Id` and `:id` both read key "id"). Each value is
 * converted with valueFromJson for the marker's column type.
 */
export function jsonParams(params: unknown[] | Record<string, unknown> | undefined): ParamResolver {
  if (params === undefined || Array.isArray(params)) {
    const values = params ?? [];
    const resolve: ParamResolver = (marker, type, column) => {
      if (marker.index >= values.length || values[marker.index] === undefined) {
        throw new InvalidRequest(`No value bound for marker ${markerText(marker)} (column ${column})`);
      }
      return valueFromJson(type, values[marker.index], column);
    };
    resolve.checkMarkers = (markers) => {
      if (markers.length !== values.length) {
        throw new InvalidRequest(`There were ${markers.length} markers(?) in CQL but ${values.length} bound variables`);
      }
    };
    return resolve;
  }
  const named = params;
  const resolve: ParamResolver = (marker, type, column) => {
    if (marker.name === undefined) {
      throw new InvalidRequest(`Positional marker ? at index ${marker.index} cannot be bound by name; pass params as an array`);
    }
    if (!Object.hasOwn(named, marker.name) || named[marker.name] === undefined) {
      throw new InvalidRequest(`No value bound for marker :${marker.name} (column ${column})`);
    }
    return valueFromJson(type, named[marker.name], column);
  };
  resolve.checkMarkers = (markers) => {
    const names = new Set<string>();
    for (const m of markers) {
      if (m.name === undefined) {
        throw new InvalidRequest(`Positional marker ? at index ${m.index} cannot be bound by name; pass params as an array`);
      }
      names.add(m.name);
      if (!Object.hasOwn(named, m.name)) throw new InvalidRequest(`No value bound for marker :${m.name}`);
    }
    for (const key of Object.keys(named)) {
      if (!names.has(key)) throw new InvalidRequest(`Bound variable ${key} does not match any marker in CQL`);
    }
  };
  return resolve;
}

/** Serialized value of a literal or marker for `column` of `type`; validated. */
export function resolveTerm(term: Literal | BindMarker, type: CqlType, column: string, resolve: ParamResolver): Uint8Array | null {
  if (term.kind === 'literal') return valueFromLiteral(type, term, column);
  const value = resolve(term, type, column);
  if (value !== null) validateValue(type, value);
  return value;
}

/**
 * Serialized value of any term (literal, marker, collection or tuple literal) for `column`
 * of `type`; validated. `column` names the receiver in messages and for the resolver
 * (Cassandra's specification names: `c`, `key(m)`, `value(m)`, `idx(l)`, `in(c)`).
 */
export function termValue(term: Term, type: CqlType, column: string, resolve: ParamResolver): Uint8Array | null {
  return valueFromTerm(type, term, column, resolve);
}

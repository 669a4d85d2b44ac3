// WHERE clauses → per-column restrictions with resolved, validated values. Shared by the
// SELECT and DELETE binders, which then decide what shapes they accept.
//
// Contract: collectRestrictions throws InvalidRequest for unknown columns, null values and
// conflicting relations on one column (Cassandra's merge messages); it does not judge
// whether the combination of restricted columns is executable.

import type { Relation } from './ast.js';
import { bytesEqual } from './bytes.js';
import { InvalidRequest } from './errors.js';
import { resolveTerm, type ParamResolver } from './params.js';
import { findColumn, type ColumnSchema, type TableSchema } from './schema.js';
import type { CqlType } from './types.js';
import { splitList } from './values.js';

export interface Bound {
  value: Uint8Array;
  inclusive: boolean;
}

export interface ColumnRestriction {
  column: ColumnSchema;
  /** `=` (one value) or IN (the distinct values, in order of appearance; maybe none). */
  values?: Uint8Array[];
  isIn: boolean;
  /** Lower (`>`, `>=`) and upper (`<`, `<=`) bounds, in the type's own order. */
  lower?: Bound;
  upper?: Bound;
}

export const REQUIRES_ALLOW_FILTERING_MESSAGE =
  'Cannot execute this query as it might involve data filtering and thus may have unpredictable performance. ' +
  'If you want to execute this query despite the performance unpredictability, use ALLOW FILTERING';

export function undefinedColumn(name: string): InvalidRequest {
  return new InvalidRequest(`Undefined column name ${name}`);
}

export function nullInCondition(column: string): InvalidRequest {
  return new InvalidRequest(`Invalid null value in condition for column ${column}`);
}

function nonNull(value: Uint8Array | null, column: string): Uint8Array {
  if (value === null) throw nullInCondition(column);
  return value;
}

/** Drops repeated values, keeping the first occurrence of each. */
function distinct(values: Uint8Array[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const v of values) if (!out.some((o) => bytesEqual(o, v))) out.push(v);
  return out;
}

export function collectRestrictions(
  where: readonly Relation[],
  table: TableSchema,
  resolve: ParamResolver,
): Map<string, ColumnRestriction> {
  const out = new Map<string, ColumnRestriction>();
  for (const rel of where) {
    const column = findColumn(table, rel.column);
    if (column === undefined) throw undefinedColumn(rel.column);
    const name = column.name;
    const existing = out.get(name);
    const isSlice = rel.kind === 'compare' && rel.op !== '=';
    if (existing !== undefined) {
      if (existing.values !== undefined && !existing.isIn) {
        throw new InvalidRequest(`${name} cannot be restricted by more than one relation if it includes an Equal`);
      }
      if (existing.isIn) throw new InvalidRequest(`${name} cannot be restricted by more than one relation if it includes a IN`);
      if (!isSlice) throw new InvalidRequest(`Column "${name}" cannot be restricted by both an equality and an inequality relation`);
    }
    const r: ColumnRestriction = existing ?? { column, isIn: false };
    out.set(name, r);
    if (rel.kind === 'in') {
      r.isIn = true;
      r.values = distinct(rel.terms.map((t) => nonNull(resolveTerm(t, column.type, name, resolve), name)));
    } else if (rel.kind === 'in_marker') {
      const listType: CqlType = { kind: 'list', element: column.type };
      const list = nonNull(resolveTerm(rel.marker, listType, name, resolve), name);
      r.isIn = true;
      r.values = distinct(splitList(listType, list));
    } else {
      const value = nonNull(resolveTerm(rel.term, column.type, name, resolve), name);
      if (rel.op === '=') {
        r.values = [value];
      } else if (rel.op === '>' || rel.op === '>=') {
        if (r.lower !== undefined) throw new InvalidRequest(`More than one restriction was found for the start bound on ${name}`);
        r.lower = { value, inclusive: rel.op === '>=' };
      } else {
        if (r.upper !== undefined) throw new InvalidRequest(`More than one restriction was found for the end bound on ${name}`);
        r.upper = { value, inclusive: rel.op === '<=' };
      }
    }
  }
  return out;
}

export function isSliceRestriction(r: ColumnRestriction): boolean {
  return r.lower !== undefined || r.upper !== undefined;
}

/** Restrictions on non-key (regular and static) columns. */
export function nonKeyRestrictions(restrictions: Map<string, ColumnRestriction>): string[] {
  return [...restrictions.values()].filter((r) => r.column.kind === 'regular' || r.column.kind === 'static').map((r) => r.column.name);
}

/**
 * Checks Cassandra's clustering-prefix rule and returns how many leading clustering columns
 * are restricted: equalities on a prefix, optionally followed by one column with a slice,
 * after which nothing may be restricted. Callers reject IN on clustering columns first.
 */
export function restrictedClusteringPrefix(table: TableSchema, restrictions: Map<string, ColumnRestriction>): number {
  let count = 0;
  let slice: ColumnRestriction | undefined;
  table.clustering.forEach((name, i) => {
    const r = restrictions.get(name);
    if (r === undefined) return;
    if (slice !== undefined) {
      throw new InvalidRequest(
        `Clustering column "${name}" cannot be restricted (preceding column "${slice.column.name}" is restricted by a non-EQ relation)`,
      );
    }
    if (count !== i) {
      const missing = table.clustering[count] as string;
      throw new InvalidRequest(`PRIMARY KEY column "${name}" cannot be restricted as preceding column "${missing}" is not restricted`);
    }
    count = i + 1;
    if (isSliceRestriction(r)) slice = r;
  });
  return count;
}

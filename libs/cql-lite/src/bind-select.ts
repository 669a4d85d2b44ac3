// Binding SELECT to a table: which partitions, which clustering slice, which columns.
//
// Contract: bindSelect returns the partitions to read (the full partition key restricted
// by = or IN, every combination of IN values), one clustering slice in the table's stored
// byte order (see slice.ts for the prefix convention), the selected columns, whether to
// read in reverse, and the limit; or throws InvalidRequest with Cassandra's message. This
// milestone supports clustering restrictions of the form: equalities on a prefix of the
// clustering columns, optionally followed by a slice (one or both sides) on the next one.

import type { SelectStatement } from './ast.js';
import { clusteringTypes } from './bind.js';
import { compareUtf8 } from './bytes.js';
import { encodeClustering } from './clustering.js';
import { InvalidRequest } from './errors.js';
import { resolveTerm, type ParamResolver } from './params.js';
import {
  REQUIRES_ALLOW_FILTERING_MESSAGE,
  collectRestrictions,
  isSliceRestriction,
  nonKeyRestrictions,
  restrictedClusteringPrefix,
  undefinedColumn,
  type Bound,
  type ColumnRestriction,
} from './restrictions.js';
import { findColumn, type TableSchema } from './schema.js';
import type { ClusteringSlice } from './slice.js';

/** Most partitions one SELECT may read (the product of its IN lists). */
export const PARTITION_KEYS_IN_SELECT_MAX = 100;

export interface BoundSelect {
  /** One entry per partition to read: serialized values in partition-key order. */
  partitionKeys: Uint8Array[][];
  slice: ClusteringSlice;
  /** Selected columns; `*` expands to partition key, clustering, static and regular columns by name. */
  selection: { column: string; alias: string }[];
  /** True when ORDER BY asks for the reverse of the table's clustering order. */
  reversed: boolean;
  limit?: number;
}

const INT = { kind: 'native', name: 'int' } as const;

export function bindSelect(stmt: SelectStatement, table: TableSchema, resolve: ParamResolver): BoundSelect {
  resolve.checkMarkers?.(stmt.markers);
  const selection = bindSelection(stmt, table);
  const restrictions = collectRestrictions(stmt.where, table, resolve);
  const partitionKeys = bindWhere(stmt, table, restrictions);
  const slice = bindSlice(table, restrictions);
  const reversed = bindOrdering(stmt, table, restrictions);
  const out: BoundSelect = { partitionKeys, slice, selection, reversed };
  if (stmt.limit !== undefined) {
    const bytes = resolveTerm(stmt.limit, INT, '[limit]', resolve);
    if (bytes === null) throw new InvalidRequest('Invalid null value of limit');
    const limit = new DataView(bytes.buffer, bytes.byteOffset, 4).getInt32(0);
    if (limit <= 0) throw new InvalidRequest('LIMIT must be strictly positive');
    out.limit = limit;
  }
  return out;
}

function bindSelection(stmt: SelectStatement, table: TableSchema): BoundSelect['selection'] {
  if (stmt.selection.kind === 'all') return selectOrder(table).map((column) => ({ column, alias: column }));
  return stmt.selection.selectors.map((s) => {
    if (findColumn(table, s.column) === undefined) throw undefinedColumn(s.column);
    return { column: s.column, alias: s.alias ?? s.column };
  });
}

/** Column names in `SELECT *` order. */
export function selectOrder(table: TableSchema): string[] {
  const byName = (kind: string): string[] =>
    table.columns
      .filter((c) => c.kind === kind)
      .map((c) => c.name)
      .sort(compareUtf8);
  return [...table.partitionKey, ...table.clustering, ...byName('static'), ...byName('regular')];
}

/** Checks the WHERE clause's shape (Cassandra's order of checks) and returns the partitions. */
function bindWhere(stmt: SelectStatement, table: TableSchema, restrictions: Map<string, ColumnRestriction>): Uint8Array[][] {
  const pk = table.partitionKey.map((n) => restrictions.get(n));
  if (pk.some((r) => r !== undefined && isSliceRestriction(r))) {
    if (!stmt.allowFiltering) {
      throw new InvalidRequest('Only EQ and IN relation are supported on the partition key (unless you use the token() function or allow filtering)');
    }
    throw new InvalidRequest('Filtering on partition key columns is not supported yet: restrict each of them with = or IN');
  }
  const restricted = pk.filter((r) => r !== undefined).length;
  const missing = table.partitionKey.filter((n) => !restrictions.has(n)).join(', ');
  if (restricted > 0 && restricted < pk.length && !stmt.allowFiltering) throw new InvalidRequest(REQUIRES_ALLOW_FILTERING_MESSAGE);

  const clusteringRestricted = table.clustering.some((n) => restrictions.has(n));
  for (const name of table.clustering) {
    if (restrictions.get(name)?.isIn) throw new InvalidRequest(`IN restrictions on clustering columns are not supported yet (column ${name})`);
  }
  restrictedClusteringPrefix(table, restrictions);
  if (restricted === 0 && clusteringRestricted && !stmt.allowFiltering) throw new InvalidRequest(REQUIRES_ALLOW_FILTERING_MESSAGE);

  const nonKey = nonKeyRestrictions(restrictions);
  if (nonKey.length > 0) {
    if (!stmt.allowFiltering) throw new InvalidRequest(REQUIRES_ALLOW_FILTERING_MESSAGE);
    throw new InvalidRequest(`Filtering on non-primary-key columns is not supported yet: ${nonKey.join(', ')}`);
  }
  if (restricted < pk.length) throw new InvalidRequest(`Some partition key parts are missing: ${missing}`);

  let keys: Uint8Array[][] = [[]];
  for (const r of pk) {
    const values = r?.values ?? [];
    const count = keys.length * values.length;
    if (count > PARTITION_KEYS_IN_SELECT_MAX) {
      throw new InvalidRequest(
        `Select query cannot be completed because it selects ${count} partitions keys - more than the maximum allowed ${PARTITION_KEYS_IN_SELECT_MAX}`,
      );
    }
    keys = keys.flatMap((prefix) => values.map((v) => [...prefix, v]));
  }
  return keys;
}

function bindSlice(table: TableSchema, restrictions: Map<string, ColumnRestriction>): ClusteringSlice {
  const count = restrictedClusteringPrefix(table, restrictions);
  if (count === 0) return { startInclusive: true, endInclusive: true };
  const types = clusteringTypes(table);
  const encode = (values: Uint8Array[]): Uint8Array =>
    encodeClustering(types.slice(0, values.length), table.clusteringOrder.slice(0, values.length), values);
  const eq = table.clustering.slice(0, count).map((n) => restrictions.get(n) as ColumnRestriction);
  const last = eq[eq.length - 1] as ColumnRestriction;
  if (!isSliceRestriction(last)) {
    const key = encode(eq.map((r) => r.values?.[0] as Uint8Array));
    return { start: key, startInclusive: true, end: key, endInclusive: true };
  }
  const prefixValues = eq.slice(0, -1).map((r) => r.values?.[0] as Uint8Array);
  const prefix = prefixValues.length > 0 ? encode(prefixValues) : undefined;
  const boundKey = (b: Bound): Uint8Array => encode([...prefixValues, b.value]);
  // In stored order an ASC column's lower bound comes first; a DESC column's upper bound does.
  const desc = table.clusteringOrder[count - 1] === 'DESC';
  const first = desc ? last.upper : last.lower;
  const second = desc ? last.lower : last.upper;
  const slice: ClusteringSlice = { startInclusive: true, endInclusive: true };
  if (first !== undefined) {
    slice.start = boundKey(first);
    slice.startInclusive = first.inclusive;
  } else if (prefix !== undefined) {
    slice.start = prefix;
  }
  if (second !== undefined) {
    slice.end = boundKey(second);
    slice.endInclusive = second.inclusive;
  } else if (prefix !== undefined) {
    slice.end = prefix;
  }
  return slice;
}

/** ORDER BY → reversed; Cassandra's rules, including skipping columns restricted by `=`. */
function bindOrdering(stmt: SelectStatement, table: TableSchema, restrictions: Map<string, ColumnRestriction>): boolean {
  let reversed: boolean | undefined;
  let i = 0;
  for (const ord of stmt.orderBy) {
    const column = findColumn(table, ord.column);
    if (column === undefined) throw undefinedColumn(ord.column);
    if (column.kind !== 'clustering') {
      throw new InvalidRequest(`Order by is currently only supported on the clustered columns of the PRIMARY KEY, got ${ord.column}`);
    }
    while (i !== column.position) {
      const r = restrictions.get(table.clustering[i] as string);
      if (i > column.position || r === undefined || r.isIn || isSliceRestriction(r)) {
        throw new InvalidRequest('Order by currently only supports the ordering of columns following their declared order in the PRIMARY KEY');
      }
      i++;
    }
    i++;
    const r = ord.order !== table.clusteringOrder[column.position];
    if (reversed !== undefined && reversed !== r) throw new InvalidRequest('Unsupported order by relation');
    reversed = r;
  }
  return reversed ?? false;
}

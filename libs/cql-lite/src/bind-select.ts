// Binding SELECT to a table: which partitions (or a token range of the ring), which
// clustering slices, which columns and functions, in which order, how many rows.
//
// Contract: bindSelect returns a BoundSelect or throws InvalidRequest with Cassandra's
// message, checking in Cassandra's order: selection, WHERE restrictions, DISTINCT, PER
// PARTITION LIMIT, ORDER BY, filtering, limits. Queries that would need filtering are
// refused with Cassandra's ALLOW FILTERING message. With ALLOW FILTERING, restrictions on
// regular columns, on partition key columns not all restricted by = or IN (the query becomes
// a range scan), and single-column restrictions on clustering columns that do not form a
// prefix, become `filters`: checked on each reconciled row at the coordinator (rowMatches);
// tuple relations that need filtering are refused as not supported yet. Clustering restrictions on a range scan that form a prefix
// are served by the per-partition slices without filtering.

import type { SelectStatement, Selector, Term } from './ast.js';
import { readInt } from './bind.js';
import { compareUtf8 } from './bytes.js';
import { clusteringSlices } from './clustering-slices.js';
import { compareValues } from './values-compare.js';
import { InvalidRequest } from './errors.js';
import { termValue, type ParamResolver } from './params.js';
import {
  REQUIRES_ALLOW_FILTERING_MESSAGE,
  checkClusteringPrefix,
  clusteringNeedsFiltering,
  collectRestrictions,
  findExistingColumn,
  isRestrictedByEq,
  isSliceRestriction,
  undefinedColumn,
  type Bound,
  type ClusteringRestriction,
  type ColumnRestriction,
  type TokenBound,
  type WhereRestrictions,
} from './restrictions.js';
import type { ColumnSchema, TableSchema } from './schema.js';
import type { ClusteringSlice } from './slice.js';
import { isNonFrozenCollection, type CqlType } from './types.js';

/** Most partitions one SELECT may read (the product of its IN lists). */
export const PARTITION_KEYS_IN_SELECT_MAX = 100;

/**
 * One result column:
 *   column     the value of `column`
 *   writetime  the write time of `column`'s cell (bigint, microseconds), null if none
 *   ttl        the remaining TTL of `column`'s cell (int, seconds), null if none
 *   count      the number of rows (bigint); `column` is ''
 *   token      the partition's token (bigint); `column` is the first partition key column
 */
export interface SelectedColumn {
  kind: Selector['kind'];
  column: string;
  /** The result column's name: the alias, or Cassandra's name (`writetime(v)`, `count`). */
  alias: string;
  /** The result column's type. */
  type: CqlType;
}

/** A token range of a scan: bounds absent are open (the ring's start or end). */
export interface TokenRange {
  start?: TokenBound;
  end?: TokenBound;
}

export interface BoundSelect {
  /**
   * One entry per partition to read (serialized values in partition-key order), or absent
   * for a range scan: every partition whose token lies in `tokenRange` (the whole ring
   * when that is absent), in token order. A token range whose start lies after its end
   * (or equals it with a side exclusive) selects nothing.
   */
  partitionKeys?: Uint8Array[][];
  tokenRange?: TokenRange;
  /**
   * The clustering slices to read in each partition, non-empty, non-overlapping, in stored
   * order (reversed reads visit them last to first); none: no rows.
   */
  slices: ClusteringSlice[];
  /**
   * One slice from the start of the first of `slices` to the end of the last: exactly the
   * rows selected unless IN restricts a clustering column (then read `slices`: rows between
   * them are not selected). It may select nothing.
   */
  slice: ClusteringSlice;
  /** `*` expands to partition key, clustering, static and regular columns by name. */
  selection: readonly SelectedColumn[];
  /** COUNT(*) is selected: the result is one row over all matching rows (other columns from the first). */
  aggregate: boolean;
  /** SELECT DISTINCT: one row per partition (its partition key and static columns). */
  distinct: boolean;
  /** True when ORDER BY asks for the reverse of the table's clustering order. */
  reversed: boolean;
  limit?: number;
  perPartitionLimit?: number;
  /** ALLOW FILTERING: what each row must satisfy besides its key (absent: nothing). */
  filters?: RowFilter[];
}

/**
 * A restriction checked on each row (ALLOW FILTERING): `=` or IN (`values`: the row's value
 * equals one of them), and/or bounds, in the type's own order. A null value never matches.
 */
export interface RowFilter {
  column: string;
  type: CqlType;
  values?: Uint8Array[];
  lower?: Bound;
  upper?: Bound;
}

/** Whether a row whose column values `valueOf` gives satisfies every filter. */
export function rowMatches(filters: readonly RowFilter[], valueOf: (column: string) => Uint8Array | null | undefined): boolean {
  for (const f of filters) {
    const v = valueOf(f.column);
    if (v === null || v === undefined) return false;
    if (f.values !== undefined && !f.values.some((x) => compareValues(f.type, v, x) === 0)) return false;
    if (f.lower !== undefined) {
      const c = compareValues(f.type, v, f.lower.value);
      if (c < 0 || (c === 0 && !f.lower.inclusive)) return false;
    }
    if (f.upper !== undefined) {
      const c = compareValues(f.type, v, f.upper.value);
      if (c > 0 || (c === 0 && !f.upper.inclusive)) return false;
    }
  }
  return true;
}

const INT: CqlType = { kind: 'native', name: 'int' };
const BIGINT: CqlType = { kind: 'native', name: 'bigint' };

export function bindSelect(stmt: SelectStatement, table: TableSchema, resolve: ParamResolver): BoundSelect {
  resolve.checkMarkers?.(stmt.markers);
  const selection = bindSelection(stmt, table);
  const aggregate = selection.some((s) => s.kind === 'count');
  const restrictions = collectRestrictions(stmt.where, table, resolve, stmt.allowFiltering);
  const { filters: keyFilters, ...partitions } = bindPartitions(stmt, table, restrictions);
  const filters: RowFilter[] = [...(keyFilters ?? [])];
  // Filtered clustering restrictions: every row of each partition is read, then filtered.
  const filterClustering = checkClustering(stmt, table, selection, restrictions);
  if (filterClustering) filters.push(...restrictions.clustering.map(clusteringFilter));
  if (restrictions.nonKey.size > 0) {
    if (!stmt.allowFiltering) throw new InvalidRequest(REQUIRES_ALLOW_FILTERING_MESSAGE);
    filters.push(...[...restrictions.nonKey.values()].map(columnFilter));
  }
  const scan = partitions.partitionKeys === undefined;
  if (stmt.distinct) checkDistinct(stmt, table, selection, restrictions, scan);
  if (aggregate && stmt.perPartitionLimit !== undefined) throw new InvalidRequest('PER PARTITION LIMIT is not allowed with aggregate queries.');
  let reversed = false;
  if (stmt.orderBy.length > 0) {
    if (scan) throw new InvalidRequest('ORDER BY is only supported when the partition key is restricted by an EQ or an IN.');
    reversed = bindOrdering(stmt, table, restrictions, selection);
  }
  if (scan && !stmt.allowFiltering && restrictions.clustering.length > 0) throw new InvalidRequest(REQUIRES_ALLOW_FILTERING_MESSAGE);

  const { slices, span } = clusteringSlices(table, filterClustering ? { ...restrictions, clustering: [] } : restrictions);
  const out: BoundSelect = { ...partitions, slices, slice: span, selection, aggregate, distinct: stmt.distinct, reversed };
  if (filters.length > 0) out.filters = filters;
  if (stmt.limit !== undefined) out.limit = bindLimit(stmt.limit, '[limit]', resolve);
  if (stmt.perPartitionLimit !== undefined) out.perPartitionLimit = bindLimit(stmt.perPartitionLimit, '[per_partition_limit]', resolve);
  return out;
}

/** LIMIT or PER PARTITION LIMIT: a strictly positive int. */
function bindLimit(term: Term, name: string, resolve: ParamResolver): number {
  const bytes = termValue(term, INT, name, resolve);
  if (bytes === null) throw new InvalidRequest('Invalid null value of limit');
  const limit = readInt(bytes);
  if (limit <= 0) throw new InvalidRequest('LIMIT must be strictly positive');
  return limit;
}

/** The result columns a SELECT selects (no values needed: what PREPARE reports). */
export function bindSelection(stmt: SelectStatement, table: TableSchema): readonly SelectedColumn[] {
  if (stmt.selection.kind === 'all') {
    // Every execution of a `SELECT *` on a table selects the same: computed once per schema
    // version (a TableSchema is never changed; ALTER makes a new one).
    let all = selectAllCache.get(table);
    if (all === undefined) {
      all = selectOrder(table).map((column) => ({ kind: 'column', column, alias: column, type: findExistingColumn(table, column).type }));
      selectAllCache.set(table, all);
    }
    return all;
  }
  return stmt.selection.selectors.map((s): SelectedColumn => {
    switch (s.kind) {
      case 'column': {
        const column = findExistingColumn(table, s.column);
        return { kind: 'column', column: column.name, alias: s.alias ?? column.name, type: column.type };
      }
      case 'writetime':
      case 'ttl': {
        const column = findExistingColumn(table, s.column);
        const fn = s.kind === 'writetime' ? 'writeTime' : 'ttl';
        if (column.kind === 'partition_key' || column.kind === 'clustering') {
          throw new InvalidRequest(`Cannot use selection function ${fn} on PRIMARY KEY part ${column.name}`);
        }
        if (isNonFrozenCollection(column.type)) {
          throw new InvalidRequest(`Cannot use selection function ${fn} on non-frozen collection ${column.name}`);
        }
        const type = s.kind === 'writetime' ? BIGINT : INT;
        return { kind: s.kind, column: column.name, alias: s.alias ?? `${s.kind}(${column.name})`, type };
      }
      case 'count':
        return { kind: 'count', column: '', alias: s.alias ?? 'count', type: BIGINT };
      case 'token': {
        const columns = s.columns.map((n) => findExistingColumn(table, n).name);
        const pk = table.partitionKey;
        if (columns.length !== pk.length || columns.some((c, i) => c !== pk[i])) {
          throw new InvalidRequest(`The token function arguments must be in the partition key order: ${pk.join(', ')}`);
        }
        return { kind: 'token', column: pk[0] as string, alias: s.alias ?? `system.token(${columns.join(', ')})`, type: BIGINT };
      }
    }
  });
}

const selectAllCache = new WeakMap<TableSchema, readonly SelectedColumn[]>();

/** Column names in `SELECT *` order. */
export function selectOrder(table: TableSchema): string[] {
  const byName = (kind: string): string[] =>
    table.columns
      .filter((c) => c.kind === kind)
      .map((c) => c.name)
      .sort(compareUtf8);
  return [...table.partitionKey, ...table.clustering, ...byName('static'), ...byName('regular')];
}

/** The partitions to read: keys by = / IN, or a token range (or the whole ring). */
function bindPartitions(
  stmt: SelectStatement,
  table: TableSchema,
  r: WhereRestrictions,
): { partitionKeys?: Uint8Array[][]; tokenRange?: TokenRange; filters?: RowFilter[] } {
  if (r.token !== undefined) {
    const range: TokenRange = {};
    if (r.token.lower !== undefined) range.start = r.token.lower;
    if (r.token.upper !== undefined) range.end = r.token.upper;
    return { tokenRange: range };
  }
  const pk = table.partitionKey.map((n) => r.partitionKey.get(n));
  if (pk.every((x) => x === undefined)) return {};
  if (pk.some((x) => x === undefined || isSliceRestriction(x))) {
    if (!stmt.allowFiltering) throw new InvalidRequest(REQUIRES_ALLOW_FILTERING_MESSAGE);
    // A range scan over the whole ring, each partition key column checked on every row.
    return { filters: pk.filter((x) => x !== undefined).map(columnFilter) };
  }
  let keys: Uint8Array[][] = [[]];
  for (const x of pk) {
    const values = x?.values ?? [];
    const count = keys.length * values.length;
    if (count > PARTITION_KEYS_IN_SELECT_MAX) {
      throw new InvalidRequest(
        `Select query cannot be completed because it selects ${count} partitions keys - more than the maximum allowed ${PARTITION_KEYS_IN_SELECT_MAX}`,
      );
    }
    keys = keys.flatMap((prefix) => values.map((v) => [...prefix, v]));
  }
  return { partitionKeys: keys };
}

/** A restriction on a partition key or regular column as a row filter. */
function columnFilter(r: ColumnRestriction): RowFilter {
  return {
    column: r.column.name,
    type: r.column.type,
    ...(r.values === undefined ? {} : { values: r.values }),
    ...(r.lower === undefined ? {} : { lower: r.lower }),
    ...(r.upper === undefined ? {} : { upper: r.upper }),
  };
}

/** A single-column clustering restriction as a row filter. */
function clusteringFilter(r: ClusteringRestriction): RowFilter {
  const column = r.columns[0] as ColumnSchema;
  return {
    column: column.name,
    type: column.type,
    ...(r.tuples === undefined ? {} : { values: r.tuples.map((t) => t[0] as Uint8Array) }),
    ...(r.lower === undefined ? {} : { lower: { value: r.lower.values[0] as Uint8Array, inclusive: r.lower.inclusive } }),
    ...(r.upper === undefined ? {} : { upper: { value: r.upper.values[0] as Uint8Array, inclusive: r.upper.inclusive } }),
  };
}

/**
 * Cassandra's checks of clustering restrictions in a SELECT. True when they need filtering
 * (allowed, and each a single-column relation): the caller turns them into row filters.
 */
function checkClustering(stmt: SelectStatement, table: TableSchema, selection: readonly SelectedColumn[], r: WhereRestrictions): boolean {
  if (r.clustering.length === 0) return false;
  const selected = selection.filter((s) => s.column !== '').map((s) => findExistingColumn(table, s.column));
  const onlyStatic =
    stmt.selection.kind !== 'all' &&
    selected.some((c) => c.kind === 'static') &&
    selected.every((c) => c.kind === 'static' || c.kind === 'partition_key');
  if (onlyStatic) throw new InvalidRequest('Cannot restrict clustering columns when selecting only static columns');
  if (!clusteringNeedsFiltering(r)) return false;
  if (!stmt.allowFiltering) checkClusteringPrefix(table, r);
  if (r.clustering.some((c) => c.multi)) {
    throw new InvalidRequest('Filtering on clustering columns with tuple relations is not supported yet: restrict a prefix of them (the last one may be a range)');
  }
  return true;
}

function checkDistinct(stmt: SelectStatement, table: TableSchema, selection: readonly SelectedColumn[], r: WhereRestrictions, scan: boolean): void {
  if (stmt.perPartitionLimit !== undefined) throw new InvalidRequest('PER PARTITION LIMIT is not allowed with SELECT DISTINCT queries');
  if (r.clustering.length > 0) {
    throw new InvalidRequest('SELECT DISTINCT with WHERE clause only supports restriction by partition key and/or static columns.');
  }
  const columns: ColumnSchema[] = selection.filter((s) => s.column !== '').map((s) => findExistingColumn(table, s.column));
  for (const c of columns) {
    if (c.kind !== 'partition_key' && c.kind !== 'static') {
      throw new InvalidRequest(`SELECT DISTINCT queries must only request partition key columns and/or static columns (not ${c.name})`);
    }
  }
  if (!scan) return;
  for (const name of table.partitionKey) {
    if (!selection.some((s) => s.kind === 'column' && s.column === name)) {
      throw new InvalidRequest(`SELECT DISTINCT queries must request all the partition key columns (missing ${name})`);
    }
  }
}

/** ORDER BY → reversed; Cassandra's rules, including skipping columns restricted by `=`. */
function bindOrdering(stmt: SelectStatement, table: TableSchema, r: WhereRestrictions, selection: readonly SelectedColumn[]): boolean {
  let reversed: boolean | undefined;
  let i = 0;
  for (const ord of stmt.orderBy) {
    const column = table.columns.find((c) => c.name === ord.column);
    if (column === undefined) {
      if (selection.some((s) => s.alias === ord.column)) throw new InvalidRequest(`Aliases are not allowed in order by clause ('${ord.column}')`);
      throw undefinedColumn(ord.column);
    }
    if (column.kind !== 'clustering') {
      throw new InvalidRequest(`Order by is currently only supported on the clustered columns of the PRIMARY KEY, got ${ord.column}`);
    }
    while (i !== column.position) {
      if (i > column.position || !isRestrictedByEq(r, table.clustering[i] as string)) {
        throw new InvalidRequest('Order by currently only supports the ordering of columns following their declared order in the PRIMARY KEY');
      }
      i++;
    }
    i++;
    const rev = ord.order !== table.clusteringOrder[column.position];
    if (reversed !== undefined && reversed !== rev) throw new InvalidRequest('Unsupported order by relation');
    reversed = rev;
  }
  return reversed ?? false;
}

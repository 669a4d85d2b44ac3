// The bind markers of a statement as Cassandra's PREPARE reports them: a name and a type
// for each, in index order.
//
// Contract: markerSpecs(stmt, table) returns one MarkerSpec per marker of `stmt` (index i
// at position i), or throws InvalidRequest for unknown columns and for what the binders
// refuse without looking at values (lightweight transactions, whole-tuple markers, a
// literal of the wrong kind for a collection). Names follow Cassandra: the marker's own
// name when it has one, else the column's; `[limit]`, `[per_partition_limit]`, `[ttl]`,
// `[timestamp]`; `in(c)` for `c IN ?` (a list of c's type); `partition key token` for
// token() bounds (bigint); `idx(l)`, `key(m)`, `value(c)` for collection elements.

import { formatTerm, type BatchStatement, type BindMarker, type Relation, type Statement, type Term } from './ast.js';
import { lwtNotSupported } from './bind.js';
import type { TableLookup } from './bind-batch.js';
import { InvalidRequest } from './errors.js';
import { TOKEN_SPEC_NAME, findExistingColumn, wholeTupleMarker } from './restrictions.js';
import type { TableSchema } from './schema.js';
import { formatType, unfrozen, type CqlType } from './types.js';

export interface MarkerSpec {
  name: string;
  type: CqlType;
  /** The table the marker's statement writes or reads. */
  keyspace: string;
  table: string;
}

const INT: CqlType = { kind: 'native', name: 'int' };
const BIGINT: CqlType = { kind: 'native', name: 'bigint' };

/** Collects each marker's name and type as statements are walked. */
class Specs {
  readonly out: (MarkerSpec | undefined)[];
  table: TableSchema | undefined;

  constructor(count: number) {
    this.out = new Array<MarkerSpec | undefined>(count).fill(undefined);
  }

  add(marker: BindMarker, name: string, type: CqlType): void {
    const keyspace = this.table?.keyspace ?? '';
    const table = this.table?.name ?? '';
    this.out[marker.index] = { name: marker.name ?? name, type, keyspace, table };
  }

  /** A term received by `name` of `type`: a marker, or markers inside a collection literal. */
  term(t: Term, name: string, type: CqlType): void {
    if (t.kind === 'literal') return;
    if (t.kind === 'bind') {
      this.add(t, name, type);
      return;
    }
    const u = unfrozen(type);
    const wrong = (): InvalidRequest => {
      const what = t.kind === 'tuple' ? 'tuple type' : t.kind;
      return new InvalidRequest(`Invalid ${what} literal for ${name} of type ${formatType(type)}`);
    };
    switch (t.kind) {
      case 'list':
        if (u.kind !== 'list') throw wrong();
        for (const item of t.items) this.term(item, `value(${name})`, u.element);
        return;
      case 'set':
        if (u.kind !== 'set') throw wrong();
        for (const item of t.items) this.term(item, `value(${name})`, u.element);
        return;
      case 'map':
        if (u.kind === 'set' && t.entries.length === 0) return;
        if (u.kind !== 'map') throw wrong();
        for (const [k, v] of t.entries) {
          this.term(k, `key(${name})`, u.key);
          this.term(v, `value(${name})`, u.value);
        }
        return;
      case 'tuple':
        throw wrong();
    }
  }

  relation(rel: Relation): void {
    const table = this.table as TableSchema;
    switch (rel.kind) {
      case 'compare': {
        const c = findExistingColumn(table, rel.column);
        this.term(rel.term, c.name, c.type);
        return;
      }
      case 'in': {
        const c = findExistingColumn(table, rel.column);
        for (const t of rel.terms) this.term(t, c.name, c.type);
        return;
      }
      case 'in_marker': {
        const c = findExistingColumn(table, rel.column);
        this.add(rel.marker, `in(${c.name})`, { kind: 'list', element: c.type });
        return;
      }
      case 'token':
        for (const n of rel.columns) findExistingColumn(table, n);
        this.term(rel.term, TOKEN_SPEC_NAME, BIGINT);
        return;
      case 'tuple_in_marker':
        throw wholeTupleMarker(rel.columns);
      case 'tuple_compare':
      case 'tuple_in': {
        const columns = rel.columns.map((n) => findExistingColumn(table, n));
        const terms = rel.kind === 'tuple_compare' ? [rel.term] : rel.terms;
        for (const t of terms) {
          if (t.kind !== 'tuple') throw wholeTupleMarker(rel.columns);
          if (t.items.length !== columns.length) {
            // The binder's message (restrictions.ts); a marker past the columns would have no type.
            throw new InvalidRequest(`Expected ${columns.length} elements in value tuple, but got ${t.items.length}: ${formatTerm(t)}`);
          }
          t.items.forEach((item, i) => {
            const c = columns[i];
            if (c !== undefined) this.term(item, c.name, c.type);
          });
        }
      }
    }
  }

  using(stmt: { ttl?: Term; timestamp?: Term }): void {
    if (stmt.ttl !== undefined) this.term(stmt.ttl, '[ttl]', INT);
    if (stmt.timestamp !== undefined) this.term(stmt.timestamp, '[timestamp]', BIGINT);
  }

  statement(stmt: Exclude<Statement, BatchStatement>): void {
    const table = this.table as TableSchema;
    switch (stmt.kind) {
      case 'insert':
        if (stmt.ifNotExists) throw lwtNotSupported('IF NOT EXISTS');
        // As bindInsert: a value without a column (or a column without a value) has no type.
        if (stmt.columns.length !== stmt.values.length) throw new InvalidRequest('Unmatched column names/values');
        stmt.columns.forEach((name, i) => {
          const c = findExistingColumn(table, name);
          const value = stmt.values[i];
          if (value !== undefined) this.term(value, c.name, c.type);
        });
        this.using(stmt);
        return;
      case 'update':
        if (stmt.ifExists || stmt.conditions.length > 0) throw lwtNotSupported(stmt.ifExists ? 'IF EXISTS' : 'IF conditions');
        this.using(stmt);
        for (const a of stmt.assignments) {
          const c = findExistingColumn(table, a.column);
          const u = unfrozen(c.type);
          if (a.kind === 'set_element') {
            if (u.kind === 'list') {
              this.term(a.key, `idx(${c.name})`, INT);
              this.term(a.term, `value(${c.name})`, u.element);
            } else if (u.kind === 'map') {
              this.term(a.key, `key(${c.name})`, u.key);
              this.term(a.term, `value(${c.name})`, u.value);
            } else {
              throw new InvalidRequest(`Invalid operation (${c.name}[...] = ...) for non map or list column ${c.name}`);
            }
          } else if (a.kind === 'subtract' && u.kind === 'map') {
            this.term(a.term, c.name, { kind: 'set', element: u.key });
          } else {
            this.term(a.term, c.name, c.type);
          }
        }
        stmt.where.forEach((r) => this.relation(r));
        return;
      case 'delete':
        if (stmt.ifExists || stmt.conditions.length > 0) throw lwtNotSupported(stmt.ifExists ? 'IF EXISTS' : 'IF conditions');
        for (const target of stmt.targets) {
          const c = findExistingColumn(table, target.column);
          if (target.kind !== 'element') continue;
          const u = unfrozen(c.type);
          if (u.kind === 'list') this.term(target.key, `idx(${c.name})`, INT);
          else if (u.kind === 'set') this.term(target.key, `value(${c.name})`, u.element);
          else if (u.kind === 'map') this.term(target.key, `key(${c.name})`, u.key);
          else throw new InvalidRequest(`Invalid deletion operation for non collection column ${c.name}`);
        }
        this.using(stmt);
        stmt.where.forEach((r) => this.relation(r));
        return;
      case 'select':
        stmt.where.forEach((r) => this.relation(r));
        if (stmt.perPartitionLimit !== undefined) this.term(stmt.perPartitionLimit, '[per_partition_limit]', INT);
        if (stmt.limit !== undefined) this.term(stmt.limit, '[limit]', INT);
        return;
      default:
        return;
    }
  }
}

/**
 * Name and type of each bind marker of `stmt`, in index order (none for DDL). `table` is
 * the statement's table, or a lookup by name (required for a BATCH over several tables).
 */
export function markerSpecs(stmt: Statement, table: TableSchema | TableLookup): MarkerSpec[] {
  const lookup: TableLookup = typeof table === 'function' ? table : () => table;
  let specs: Specs;
  switch (stmt.kind) {
    case 'insert':
    case 'update':
    case 'delete':
    case 'select':
      specs = new Specs(stmt.markers.length);
      specs.table = lookup(stmt.table);
      specs.statement(stmt);
      break;
    case 'batch':
      specs = new Specs(stmt.markers.length);
      for (const s of stmt.statements) {
        specs.table = lookup(s.table);
        specs.statement(s);
      }
      if (stmt.timestamp !== undefined) {
        const first = stmt.statements[0];
        specs.table = first === undefined ? undefined : lookup(first.table);
        specs.term(stmt.timestamp, '[timestamp]', BIGINT);
      }
      break;
    default:
      return [];
  }
  return specs.out.map((spec, i) => {
    if (spec === undefined) throw new Error(`markerSpecs: marker ${i} of a ${stmt.kind} statement was not reached`);
    return spec;
  });
}

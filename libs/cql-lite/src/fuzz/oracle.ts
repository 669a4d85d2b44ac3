// The statement fuzzer's oracle: runs one CQL text through everything a gateway does with
// it before touching data — splitStatements, parse (and parseScript), schema building for
// DDL, markerSpecs and binding for DML against the fuzz schema — and checks the library's
// contract: each step succeeds or throws a CqlError (Syntax errors saying "line L:C ...");
// nothing else escapes (no TypeError, no RangeError from a blown stack, no assertion Error).
// Values a binder accepted must also deserialize, format and convert to JSON without error.
//
// Contract: runCase returns the outcome label ('ok', or '<stage>:<ErrorClass>') or throws
// FuzzFailure naming the stage and carrying what was thrown.

import type { Statement } from '../ast.js';
import { bindBatch } from '../bind-batch.js';
import { bindDelete } from '../bind-delete.js';
import { bindSelect, bindSelection } from '../bind-select.js';
import { bindUpdate } from '../bind-update.js';
import { bindInsert, type BoundInsert } from '../bind.js';
import { CqlError, CqlSyntaxError } from '../errors.js';
import { markerSpecs } from '../markers.js';
import { parse, parseScript, splitStatements } from '../parser.js';
import { alterKeyspace, alterTable, findColumn, keyspaceFromCreate, resolveKeyspace, tableFromCreate, validateTable, type TableSchema } from '../schema.js';
import { deserializeValue } from '../values.js';
import { formatValue } from '../values-format.js';
import { valueToJson } from '../values-json.js';
import { fuzzJsonParams, fuzzRawParams, statementMarkerList } from './params.js';
import type { Prng } from './prng.js';
import { FUZZ_KEYSPACE, type FuzzSchema } from './schema.js';

export type Stage = 'split' | 'parse' | 'script' | 'schema' | 'markers' | 'bind' | 'values';

/** Something other than a typed error escaped a stage: a bug. */
export class FuzzFailure extends Error {
  constructor(
    readonly stage: Stage,
    readonly thrown: unknown,
  ) {
    super(`${stage}: ${describeThrown(thrown)}`, { cause: thrown });
    this.name = 'FuzzFailure';
  }
}

export function describeThrown(e: unknown): string {
  if (e instanceof Error) return `${e.constructor.name}: ${e.message.length > 300 ? `${e.message.slice(0, 300)}...` : e.message}`;
  return `non-Error thrown: ${String(e)}`;
}

/** What runCase saw, for the report. */
export interface CaseOutcome {
  label: string;
  /** The typed error's message, '' when none. */
  message: string;
}

/** Runs `step`; a CqlError is the expected way to fail (returned), anything else is a FuzzFailure. */
function typed<T>(stage: Stage, step: () => T): { ok: true; value: T } | { ok: false; error: CqlError } {
  try {
    return { ok: true, value: step() };
  } catch (e) {
    if (!(e instanceof CqlError)) throw new FuzzFailure(stage, e);
    if (e instanceof CqlSyntaxError && !/^line \d+:\d+ /.test(e.message)) throw new FuzzFailure(stage, e);
    return { ok: false, error: e };
  }
}

/** Runs `step`, which must not throw at all. */
function untyped<T>(stage: Stage, step: () => T): T {
  try {
    return step();
  } catch (e) {
    throw new FuzzFailure(stage, e);
  }
}

function failed(stage: Stage, error: CqlError): CaseOutcome {
  return { label: `${stage}:${error.constructor.name}`, message: error.message };
}

export function runCase(text: string, schema: FuzzSchema, rng: Prng): CaseOutcome {
  untyped('split', () => splitStatements(text));
  if (text.includes(';') && rng.chance(0.3)) typed('script', () => parseScript(text));
  const parsed = typed('parse', () => parse(text));
  if (!parsed.ok) return failed('parse', parsed.error);
  const stmt = parsed.value;
  const checked = typed('schema', () => checkSchema(stmt, schema));
  if (!checked.ok) return failed('schema', checked.error);
  if (!isDml(stmt)) return { label: 'ok', message: '' };

  const specs = typed('markers', () => markerSpecs(stmt, schema.lookup));
  const markers = statementMarkerList(stmt);
  const resolve = rng.chance(0.5) ? fuzzJsonParams(rng, markers, specs.ok ? specs.value : undefined) : fuzzRawParams(rng, markers);
  const bound = typed('bind', () => bind(stmt, schema, resolve));
  if (!bound.ok) return failed('bind', bound.error);
  if (bound.value !== undefined) untyped('values', () => checkCells(bound.value as { table: TableSchema; insert: BoundInsert }));
  if (!specs.ok) return failed('markers', specs.error); // bound anyway: the binder agreed there was nothing to bind by type
  return { label: 'ok', message: '' };
}

type Dml = Extract<Statement, { kind: 'insert' | 'update' | 'delete' | 'select' | 'batch' }>;

function isDml(stmt: Statement): stmt is Dml {
  return stmt.kind === 'insert' || stmt.kind === 'update' || stmt.kind === 'delete' || stmt.kind === 'select' || stmt.kind === 'batch';
}

/** DDL against the fuzz schema, as the gateway's schema layer would apply it. */
function checkSchema(stmt: Statement, schema: FuzzSchema): void {
  switch (stmt.kind) {
    case 'create_keyspace':
      keyspaceFromCreate(stmt);
      return;
    case 'alter_keyspace':
      if (stmt.keyspace === FUZZ_KEYSPACE) alterKeyspace(schema.keyspace, stmt);
      return;
    case 'create_table': {
      const table = tableFromCreate(stmt, resolveKeyspace(stmt.table, FUZZ_KEYSPACE), '00000000-0000-4000-8000-0000000000ff');
      untyped('schema', () => validateTable(table)); // what tableFromCreate built must pass its own re-check
      return;
    }
    case 'alter_table': {
      const table = alterTable(schema.lookup(stmt.table), stmt);
      untyped('schema', () => validateTable(table));
      return;
    }
    case 'drop_table':
    case 'truncate':
      schema.lookup(stmt.table);
      return;
    default:
      return;
  }
}

/** Binds a DML statement; for an INSERT returns what to check the cells of. */
function bind(stmt: Dml, schema: FuzzSchema, resolve: Parameters<typeof bindInsert>[2]): { table: TableSchema; insert: BoundInsert } | undefined {
  switch (stmt.kind) {
    case 'insert': {
      const table = schema.lookup(stmt.table);
      return { table, insert: bindInsert(stmt, table, resolve) };
    }
    case 'update':
      bindUpdate(stmt, schema.lookup(stmt.table), resolve);
      return undefined;
    case 'delete':
      bindDelete(stmt, schema.lookup(stmt.table), resolve);
      return undefined;
    case 'select': {
      const table = schema.lookup(stmt.table);
      bindSelection(stmt, table);
      bindSelect(stmt, table, resolve);
      return undefined;
    }
    case 'batch':
      bindBatch(stmt, schema.lookup, resolve);
      return undefined;
  }
}

/** Every cell an INSERT bound is a valid value of its column: it reads back in every form. */
function checkCells({ table, insert }: { table: TableSchema; insert: BoundInsert }): void {
  for (const cell of insert.cells) {
    const column = findColumn(table, cell.column);
    if (column === undefined) throw new Error(`bound cell for unknown column ${cell.column}`);
    if (cell.value === null) continue;
    deserializeValue(column.type, cell.value);
    formatValue(column.type, cell.value);
    valueToJson(column.type, cell.value);
  }
}

// Grammar of the modification statements and BATCH. Each function starts after the
// statement's leading keyword and leaves the cursor after the statement.
//
//   INSERT INTO t (c, ...) VALUES (t, ...) [IF NOT EXISTS] [USING TTL t [AND TIMESTAMP t]]
//   UPDATE t [USING TTL t [AND TIMESTAMP t]] SET assignment, ... WHERE relation AND ...
//          [IF EXISTS | IF condition AND ...]
//   DELETE [target, ...] FROM t [USING TIMESTAMP t] WHERE relation AND ...
//          [IF EXISTS | IF condition AND ...]
//   BEGIN [UNLOGGED | LOGGED | COUNTER] BATCH [USING TIMESTAMP t] (INSERT|UPDATE|DELETE ;?)* APPLY BATCH
//
// USING clauses take TTL and TIMESTAMP at most once each, in either order.

import type {
  Assignment,
  BatchStatement,
  Condition,
  DeleteStatement,
  DeleteTarget,
  InsertStatement,
  ModificationStatement,
  Term,
  UpdateStatement,
} from './ast.js';
import { syntaxError, type Cursor } from './cursor.js';
import { InvalidRequest } from './errors.js';
import type { Token } from './lexer.js';
import { conditions, relations } from './parser-relations.js';

/** Most statements one BATCH may hold (the native protocol's BATCH message counts them in a [short]). */
export const BATCH_STATEMENTS_MAX = 65535;

/** After INSERT: `INTO t (cols) VALUES (terms) [IF NOT EXISTS] [USING ...]`. */
export function parseInsert(c: Cursor): InsertStatement {
  const start = c.markerCount();
  c.expectKeyword('into');
  const table = c.qualifiedName();
  if (c.isKeyword('json')) c.noViable(c.peek(), 'INSERT JSON is not supported yet');
  c.expectPunct('(');
  const columns = c.commaList(() => c.identifier());
  c.expectPunct(')');
  c.expectKeyword('values');
  c.expectPunct('(');
  const values = c.commaList(() => c.term());
  c.expectPunct(')');
  const ifNotExists = c.ifNotExists();
  const using = usingClause(c, ['ttl', 'timestamp']);
  return { kind: 'insert', table, columns, values, ifNotExists, ...using, markers: c.markersSince(start) };
}

type UsingKey = 'ttl' | 'timestamp';

/** `[USING objective [AND objective]]` with each allowed objective at most once. */
function usingClause(c: Cursor, allowed: UsingKey[]): { ttl?: Term; timestamp?: Term } {
  const out: { ttl?: Term; timestamp?: Term } = {};
  if (!c.acceptKeyword('using')) return out;
  const first = usingObjective(c, allowed);
  out[first.key] = first.term;
  const rest = allowed.filter((k) => k !== first.key);
  if (rest.length > 0 && c.acceptKeyword('and')) {
    const second = usingObjective(c, rest);
    out[second.key] = second.term;
  }
  return out;
}

/** `TTL n` or `TIMESTAMP n` (an integer or a bind marker), restricted to the allowed ones. */
function usingObjective(c: Cursor, allowed: UsingKey[]): { key: UsingKey; term: Term } {
  for (const key of allowed) {
    if (!c.acceptKeyword(key)) continue;
    const tok = c.peek();
    if (tok.kind !== 'integer' && !c.isPunct('?') && !c.isPunct(':')) c.noViable(tok);
    return { key, term: c.term() };
  }
  if (allowed.length === 1) return c.mismatched((allowed[0] as string).toUpperCase());
  return c.noViable();
}

/** After UPDATE. */
export function parseUpdate(c: Cursor): UpdateStatement {
  const start = c.markerCount();
  const table = c.qualifiedName();
  const using = usingClause(c, ['ttl', 'timestamp']);
  c.expectKeyword('set');
  const assignments: Assignment[] = [];
  do {
    const tok = c.peek();
    const a = assignment(c);
    checkCompatible(assignments, a, tok);
    assignments.push(a);
  } while (c.acceptPunct(','));
  c.expectKeyword('where');
  const where = relations(c);
  const cond = ifClause(c);
  return { kind: 'update', table, ...using, assignments, where, ...cond, markers: c.markersSince(start) };
}

/** `IF EXISTS`, `IF condition AND ...`, or nothing. */
function ifClause(c: Cursor): { ifExists: boolean; conditions: Condition[] } {
  if (!c.acceptKeyword('if')) return { ifExists: false, conditions: [] };
  if (c.acceptKeyword('exists')) return { ifExists: true, conditions: [] };
  return { ifExists: false, conditions: conditions(c) };
}

/**
 * `c = t`, `c = c + t`, `c = c - t`, `c = t + c`, `c += t`, `c -= t`, `c[k] = t`. Like
 * Cassandra, `c = c -3` (lexed as c, -3) is the addition of -3.
 */
function assignment(c: Cursor): Assignment {
  const column = c.identifier();
  if (c.acceptPunct('[')) {
    const key = c.term();
    c.expectPunct(']');
    c.expectPunct('=');
    return { kind: 'set_element', column, key, term: c.term() };
  }
  if (c.isPunct('.')) c.noViable(c.peek(), 'user-defined types are not supported yet');
  if ((c.isPunct('+') || c.isPunct('-')) && c.isPunct('=', 1)) {
    const kind = c.next().value === '+' ? 'add' : 'subtract';
    c.next();
    return { kind, column, term: c.term() };
  }
  c.expectPunct('=');
  if (isColumnReference(c)) {
    const otherTok = c.peek();
    const other = c.identifier();
    const sign = c.peek();
    let kind: 'add' | 'subtract';
    let term: Term;
    if (sign.kind === 'punct' && (sign.value === '+' || sign.value === '-')) {
      c.next();
      kind = sign.value === '+' ? 'add' : 'subtract';
      term = c.term();
    } else if (sign.kind === 'integer' && sign.text.startsWith('-')) {
      kind = 'add';
      term = c.term();
    } else {
      return c.noViable(sign.kind === 'punct' ? sign : otherTok);
    }
    if (other !== column) {
      throw syntaxError(otherTok, `Only expressions of the form X = X ${kind === 'add' ? '+' : '-'} <value> are supported.`);
    }
    return { kind, column, term };
  }
  const term = c.term();
  if (!c.acceptPunct('+')) return { kind: 'set', column, term };
  const otherTok = c.peek();
  const other = c.identifier();
  if (other !== column) throw syntaxError(otherTok, 'Only expressions of the form X = <value> + X are supported.');
  return { kind: 'prepend', column, term };
}

/** A column name (not a literal keyword or a function call) where a term could also start. */
function isColumnReference(c: Cursor): boolean {
  if (!c.isIdentifier()) return false;
  const tok = c.peek();
  if (tok.kind === 'word' && (tok.value === 'true' || tok.value === 'false')) return false;
  return !c.isPunct('(', 1);
}

/** Cassandra's rule: a plain `c = t` may not be combined with any other operation on c. */
function checkCompatible(previous: Assignment[], next: Assignment, tok: Token): void {
  for (const p of previous) {
    if (p.column === next.column && (p.kind === 'set' || next.kind === 'set')) {
      throw syntaxError(tok, `Multiple incompatible setting of column ${next.column}`);
    }
  }
}

/** After DELETE: `[target, ...] FROM t [USING TIMESTAMP t] WHERE ... [IF ...]`. */
export function parseDelete(c: Cursor): DeleteStatement {
  const start = c.markerCount();
  let targets: DeleteTarget[] = [];
  if (!c.isKeyword('from')) {
    if (!c.isIdentifier()) c.noViable();
    targets = c.commaList(() => deleteTarget(c));
  }
  c.expectKeyword('from');
  const table = c.qualifiedName();
  const using = usingClause(c, ['timestamp']);
  c.expectKeyword('where');
  const where = relations(c);
  const cond = ifClause(c);
  return { kind: 'delete', table, targets, ...using, where, ...cond, markers: c.markersSince(start) };
}

function deleteTarget(c: Cursor): DeleteTarget {
  const column = c.identifier();
  if (c.acceptPunct('[')) {
    const key = c.term();
    c.expectPunct(']');
    return { kind: 'element', column, key };
  }
  if (c.isPunct('.')) c.noViable(c.peek(), 'user-defined types are not supported yet');
  return { kind: 'column', column };
}

/** After BEGIN. */
export function parseBatch(c: Cursor): BatchStatement {
  const start = c.markerCount();
  let type: BatchStatement['type'] = 'logged';
  if (c.acceptKeyword('unlogged')) type = 'unlogged';
  else if (c.acceptKeyword('counter')) type = 'counter';
  else c.acceptKeyword('logged');
  c.expectKeyword('batch');
  const using = usingClause(c, ['ttl', 'timestamp']);
  const statements: ModificationStatement[] = [];
  for (;;) {
    const tok = c.peek();
    if (tok.kind !== 'word' || !['insert', 'update', 'delete'].includes(tok.value)) break;
    if (statements.length >= BATCH_STATEMENTS_MAX) c.noViable(tok, `a BATCH holds at most ${BATCH_STATEMENTS_MAX} statements`);
    c.next();
    if (tok.value === 'insert') statements.push(parseInsert(c));
    else if (tok.value === 'update') statements.push(parseUpdate(c));
    else statements.push(parseDelete(c));
    c.acceptPunct(';');
  }
  if (!c.isKeyword('apply')) {
    const tok = c.peek();
    c.mismatched('APPLY', tok, tok.kind === 'word' ? 'a BATCH holds only INSERT, UPDATE and DELETE statements' : undefined);
  }
  c.next();
  c.expectKeyword('batch');
  // Cassandra's BatchStatement.validate, which needs no schema.
  if (using.ttl !== undefined) throw new InvalidRequest('Global TTL on the BATCH statement is not supported.');
  if (using.timestamp !== undefined) {
    const conditional = statements.some((s) => s.kind === 'insert' ? s.ifNotExists : s.ifExists || s.conditions.length > 0);
    if (conditional) throw new InvalidRequest('Cannot provide custom timestamp for conditional BATCH');
    if (type === 'counter') throw new InvalidRequest('Cannot provide custom timestamp for counter BATCH');
    if (statements.some((s) => s.timestamp !== undefined)) {
      throw new InvalidRequest('Timestamp must be set either on BATCH or individual statements');
    }
  }
  const timestamp = using.timestamp === undefined ? {} : { timestamp: using.timestamp };
  return { kind: 'batch', type, ...timestamp, statements, markers: c.markersSince(start) };
}

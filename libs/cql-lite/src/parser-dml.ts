// Grammar of the data statements: INSERT, SELECT, DELETE. Each function starts after the
// statement's leading keyword and leaves the cursor after the statement.

import type {
  CompareOp,
  DeleteStatement,
  DeleteTarget,
  InsertStatement,
  Ordering,
  Relation,
  SelectStatement,
  Selector,
  Term,
} from './ast.js';
import type { Cursor } from './cursor.js';

/** Most items in one parenthesised list (columns, values, IN terms), a guard against abuse. */
export const LIST_ITEMS_MAX = 65535;

/** `item (, item)*` up to LIST_ITEMS_MAX items. */
function commaList<T>(c: Cursor, item: () => T): T[] {
  const out: T[] = [];
  do {
    if (out.length >= LIST_ITEMS_MAX) c.noViable(c.peek(), `lists hold at most ${LIST_ITEMS_MAX} items`);
    out.push(item());
  } while (c.acceptPunct(','));
  return out;
}

/** After INSERT: `INTO t (cols) VALUES (terms) [IF NOT EXISTS] [USING TTL n [AND TIMESTAMP n]]`. */
export function parseInsert(c: Cursor): InsertStatement {
  c.expectKeyword('into');
  const table = c.qualifiedName();
  if (c.isKeyword('json')) c.noViable(c.peek(), 'INSERT JSON is not supported yet');
  c.expectPunct('(');
  const columns = commaList(c, () => c.identifier());
  c.expectPunct(')');
  c.expectKeyword('values');
  c.expectPunct('(');
  const values = commaList(c, () => c.term());
  c.expectPunct(')');
  const ifNotExists = c.ifNotExists();
  const using: { ttl?: Term; timestamp?: Term } = {};
  if (c.acceptKeyword('using')) {
    const first = usingObjective(c, ['ttl', 'timestamp']);
    using[first.key] = first.term;
    if (c.acceptKeyword('and')) {
      const second = usingObjective(c, [first.key === 'ttl' ? 'timestamp' : 'ttl']);
      using[second.key] = second.term;
    }
  }
  const stmt: InsertStatement = { kind: 'insert', table, columns, values, ifNotExists, ...using, markers: c.markers };
  return stmt;
}

/** `TTL term` or `TIMESTAMP term`, restricted to the allowed ones. */
function usingObjective(c: Cursor, allowed: ('ttl' | 'timestamp')[]): { key: 'ttl' | 'timestamp'; term: Term } {
  for (const key of allowed) {
    if (c.acceptKeyword(key)) return { key, term: c.term() };
  }
  if (allowed.length === 1) return c.mismatched((allowed[0] as string).toUpperCase());
  return c.noViable();
}

/**
 * After SELECT: `* | col [AS alias], ... FROM t [WHERE rel AND ...] [ORDER BY col [ASC|DESC], ...]
 * [LIMIT term] [ALLOW FILTERING]`.
 */
export function parseSelect(c: Cursor): SelectStatement {
  for (const later of ['json', 'distinct']) {
    if (c.isKeyword(later) && (c.isPunct('*', 1) || (c.isIdentifier(1) && !c.isKeyword('as', 1)))) {
      c.noViable(c.peek(), `SELECT ${later.toUpperCase()} is not supported yet`);
    }
  }
  let selection: SelectStatement['selection'];
  if (c.isKeyword('from')) c.noViable();
  if (c.acceptPunct('*')) {
    selection = { kind: 'all' };
  } else {
    selection = { kind: 'selectors', selectors: commaList(c, () => selector(c)) };
  }
  c.expectKeyword('from');
  const table = c.qualifiedName();
  const where = c.acceptKeyword('where') ? relations(c) : [];
  const orderBy: Ordering[] = [];
  if (c.acceptKeyword('order')) {
    c.expectKeyword('by');
    orderBy.push(...commaList(c, () => ordering(c)));
  }
  let limit: Term | undefined;
  if (c.acceptKeyword('limit')) limit = c.term();
  let allowFiltering = false;
  if (c.acceptKeyword('allow')) {
    c.expectKeyword('filtering');
    allowFiltering = true;
  }
  return {
    kind: 'select',
    table,
    selection,
    where,
    orderBy,
    ...(limit === undefined ? {} : { limit }),
    allowFiltering,
    markers: c.markers,
  };
}

function selector(c: Cursor): Selector {
  const column = c.identifier();
  if (c.isPunct('(')) c.noViable(c.peek(), 'functions in selections are not supported yet');
  const sel: Selector = { kind: 'column', column };
  if (c.acceptKeyword('as')) sel.alias = c.identifier();
  return sel;
}

function ordering(c: Cursor): Ordering {
  const column = c.identifier();
  if (c.acceptKeyword('desc')) return { column, order: 'DESC' };
  c.acceptKeyword('asc');
  return { column, order: 'ASC' };
}

/** After DELETE: `[col, ...] FROM t [USING TIMESTAMP term] WHERE rel AND ... [IF EXISTS]`. */
export function parseDelete(c: Cursor): DeleteStatement {
  let targets: DeleteTarget[] = [];
  if (!c.isKeyword('from')) {
    if (!c.isIdentifier()) c.noViable();
    targets = commaList(c, () => ({ kind: 'column', column: c.identifier() }));
  }
  c.expectKeyword('from');
  const table = c.qualifiedName();
  let timestamp: Term | undefined;
  if (c.acceptKeyword('using')) {
    c.expectKeyword('timestamp');
    timestamp = c.term();
  }
  c.expectKeyword('where');
  const where = relations(c);
  const ifExists = c.ifExists();
  return {
    kind: 'delete',
    table,
    targets,
    ...(timestamp === undefined ? {} : { timestamp }),
    where,
    ifExists,
    markers: c.markers,
  };
}

const COMPARE_OPS: readonly string[] = ['=', '<', '<=', '>', '>='];

/** `relation (AND relation)*`. */
function relations(c: Cursor): Relation[] {
  const out: Relation[] = [];
  do {
    if (out.length >= LIST_ITEMS_MAX) c.noViable(c.peek(), `a WHERE clause holds at most ${LIST_ITEMS_MAX} relations`);
    out.push(relation(c));
  } while (c.acceptKeyword('and'));
  return out;
}

/** `col op term`, `col IN (terms)`, `col IN ?`. */
function relation(c: Cursor): Relation {
  if (c.isPunct('(')) c.noViable(c.peek(), 'multi-column relations are not supported yet');
  if (c.isKeyword('token') && c.isPunct('(', 1)) c.noViable(c.peek(), 'token() relations are not supported yet');
  const column = c.identifier();
  const tok = c.peek();
  if (tok.kind === 'punct' && COMPARE_OPS.includes(tok.value)) {
    c.next();
    return { kind: 'compare', column, op: tok.value as CompareOp, term: c.term() };
  }
  if (c.acceptKeyword('in')) {
    if (c.isPunct('?') || c.isPunct(':')) return { kind: 'in_marker', column, marker: c.bindMarker() };
    c.expectPunct('(');
    if (c.acceptPunct(')')) return { kind: 'in', column, terms: [] };
    const terms = commaList(c, () => c.term());
    c.expectPunct(')');
    return { kind: 'in', column, terms };
  }
  if (tok.kind === 'punct' && tok.value === '!=') c.noViable(tok, '!= is only allowed in IF conditions');
  if (tok.kind === 'word' && (tok.value === 'contains' || tok.value === 'like' || tok.value === 'is')) {
    c.noViable(tok, `${tok.value.toUpperCase()} relations are not supported yet`);
  }
  return c.noViable(tok);
}

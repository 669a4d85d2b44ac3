// Grammar of SELECT, from after the SELECT keyword:
//
//   [DISTINCT] (* | selector [AS alias], ...) FROM t [WHERE relation AND ...]
//   [ORDER BY c [ASC|DESC], ...] [PER PARTITION LIMIT n] [LIMIT n] [ALLOW FILTERING]
//
//   selector   c | WRITETIME(c) | TTL(c) | COUNT(*) | COUNT(1) | token(c, ...)
//
// SELECT JSON, GROUP BY, other functions, arithmetic and element selections are syntax
// errors naming what is not supported yet.

import type { Ordering, SelectStatement, Selector, Term } from './ast.js';
import type { Cursor } from './cursor.js';
import { relations } from './parser-relations.js';

/** After SELECT. */
export function parseSelect(c: Cursor): SelectStatement {
  const start = c.markerCount();
  if (c.isKeyword('json') && startsSelectors(c, 1)) c.noViable(c.peek(), 'SELECT JSON is not supported yet');
  // `distinct` is also a valid column name: it is the keyword only when selectors follow.
  const distinct = c.isKeyword('distinct') && startsSelectors(c, 1);
  if (distinct) c.next();
  let selection: SelectStatement['selection'];
  if (c.acceptPunct('*')) {
    selection = { kind: 'all' };
  } else {
    if (c.isKeyword('from')) c.noViable();
    selection = { kind: 'selectors', selectors: c.commaList(() => selector(c)) };
  }
  c.expectKeyword('from');
  const table = c.qualifiedName();
  const where = c.acceptKeyword('where') ? relations(c) : [];
  if (c.isKeyword('group') && c.isKeyword('by', 1)) c.noViable(c.peek(), 'GROUP BY is not supported yet');
  const orderBy: Ordering[] = [];
  if (c.acceptKeyword('order')) {
    c.expectKeyword('by');
    orderBy.push(...c.commaList(() => ordering(c)));
  }
  let perPartitionLimit: Term | undefined;
  if (c.isKeyword('per') && c.isKeyword('partition', 1)) {
    c.next();
    c.next();
    c.expectKeyword('limit');
    perPartitionLimit = intValue(c);
  }
  let limit: Term | undefined;
  if (c.acceptKeyword('limit')) limit = intValue(c);
  let allowFiltering = false;
  if (c.acceptKeyword('allow')) {
    c.expectKeyword('filtering');
    allowFiltering = true;
  }
  return {
    kind: 'select',
    table,
    distinct,
    selection,
    where,
    orderBy,
    ...(perPartitionLimit === undefined ? {} : { perPartitionLimit }),
    ...(limit === undefined ? {} : { limit }),
    allowFiltering,
    markers: c.markersSince(start),
  };
}

/** Whether the token at `offset` can start a selector list (so a preceding DISTINCT/JSON is a keyword). */
function startsSelectors(c: Cursor, offset: number): boolean {
  if (c.isPunct('*', offset)) return true;
  if (c.isKeyword('as', offset) || c.isKeyword('from', offset)) return false;
  return c.isIdentifier(offset) || (c.isKeyword('token', offset) && c.isPunct('(', offset + 1));
}

/** LIMIT and PER PARTITION LIMIT take an integer or a bind marker. */
function intValue(c: Cursor): Term {
  const tok = c.peek();
  if (tok.kind === 'integer' || c.isPunct('?') || c.isPunct(':')) return c.term();
  return c.noViable(tok);
}

const FUNCTION_SELECTORS = ['count', 'writetime', 'ttl', 'token'];

function selector(c: Cursor): Selector {
  const sel = unaliasedSelector(c);
  if (c.acceptKeyword('as')) sel.alias = c.identifier();
  return sel;
}

function unaliasedSelector(c: Cursor): Selector {
  const tok = c.peek();
  if (tok.kind === 'word' && FUNCTION_SELECTORS.includes(tok.value) && c.isPunct('(', 1)) {
    c.next();
    c.next();
    let sel: Selector;
    if (tok.value === 'count') {
      if (!c.acceptPunct('*')) {
        const arg = c.peek();
        if (arg.kind !== 'integer') c.noViable(arg, 'COUNT takes * or 1; COUNT(column) is not supported yet');
        c.next();
      }
      sel = { kind: 'count' };
    } else if (tok.value === 'token') {
      sel = { kind: 'token', columns: c.commaList(() => c.identifier()) };
    } else {
      const column = c.identifier();
      if (c.isPunct('[') || c.isPunct('.')) c.noViable(c.peek(), 'element and field selections are not supported yet');
      sel = { kind: tok.value === 'ttl' ? 'ttl' : 'writetime', column };
    }
    c.expectPunct(')');
    return sel;
  }
  if (tok.kind === 'word' && c.isPunct('(', 1)) c.noViable(c.peek(1), 'functions in selections are not supported yet');
  const column = c.identifier();
  if (c.isPunct('[') || c.isPunct('.')) c.noViable(c.peek(), 'element and field selections are not supported yet');
  return { kind: 'column', column };
}

function ordering(c: Cursor): Ordering {
  const column = c.identifier();
  if (c.acceptKeyword('desc')) return { column, order: 'DESC' };
  c.acceptKeyword('asc');
  return { column, order: 'ASC' };
}

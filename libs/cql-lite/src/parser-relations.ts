// Grammar of WHERE relations and IF conditions, shared by SELECT, UPDATE and DELETE.
//
//   relation   c op t | c IN (t, ...) | c IN ? | token(c, ...) op t
//              | (c, ...) op (t, ...) | (c, ...) op ? | (c, ...) IN ((t, ...), ...) | (c, ...) IN ?
//              | '(' relation ')'
//   condition  c op t | c IN (t, ...) | c IN ? | c[t] op t | c[t] IN ...   (op may be !=)
//
// Forms Cassandra parses but Cassia cannot execute (CONTAINS, LIKE, IS NOT NULL, BETWEEN,
// NOT IN, collection-element relations) are syntax errors naming what is not supported yet.

import type { BindMarker, CompareOp, Condition, ConditionOp, Relation, Term } from './ast.js';
import { LIST_ITEMS_MAX, type Cursor } from './cursor.js';

const COMPARE_OPS: readonly string[] = ['=', '<', '<=', '>', '>='];

/** Deepest nesting of parenthesised relations (`((a = 1))`). */
const RELATION_PARENS_MAX = 16;

/** After WHERE: `relation (AND relation)*`. */
export function relations(c: Cursor): Relation[] {
  const out: Relation[] = [];
  do {
    if (out.length >= LIST_ITEMS_MAX) c.noViable(c.peek(), `a WHERE clause holds at most ${LIST_ITEMS_MAX} relations`);
    out.push(relation(c, 0));
  } while (c.acceptKeyword('and'));
  return out;
}

function compareOp(c: Cursor): CompareOp | undefined {
  const tok = c.peek();
  if (tok.kind !== 'punct' || !COMPARE_OPS.includes(tok.value)) return undefined;
  c.next();
  return tok.value as CompareOp;
}

function relation(c: Cursor, depth: number): Relation {
  if (c.isKeyword('token') && c.isPunct('(', 1)) {
    c.next();
    const columns = identifierTuple(c);
    const op = compareOp(c);
    if (op === undefined) return unsupportedOperator(c);
    return { kind: 'token', columns, op, term: c.term() };
  }
  if (c.isPunct('(')) {
    // `(a, b) ...` or `(a) op ...` is a tuple of columns; `(a = 1)` a parenthesised relation.
    if (c.isIdentifier(1) && (c.isPunct(',', 2) || c.isPunct(')', 2))) return tupleRelation(c);
    if (depth >= RELATION_PARENS_MAX) c.noViable(c.peek(), `relations nest at most ${RELATION_PARENS_MAX} deep`);
    c.next();
    const inner = relation(c, depth + 1);
    c.expectPunct(')');
    return inner;
  }
  const column = c.identifier();
  if (c.isPunct('[')) c.noViable(c.peek(), 'relations on collection elements are not supported yet');
  if (c.isPunct('.')) c.noViable(c.peek(), 'user-defined types are not supported yet');
  const op = compareOp(c);
  if (op !== undefined) return { kind: 'compare', column, op, term: c.term() };
  if (c.acceptKeyword('in')) {
    if (isMarkerStart(c)) return { kind: 'in_marker', column, marker: c.bindMarker() };
    return { kind: 'in', column, terms: parenthesisedTerms(c) };
  }
  return unsupportedOperator(c);
}

/** The error for a relation operator Cassia does not parse (or for no operator at all). */
function unsupportedOperator(c: Cursor): never {
  const tok = c.peek();
  if (tok.kind === 'punct' && tok.value === '!=') c.noViable(tok, '!= is only allowed in IF conditions');
  if (tok.kind === 'word') {
    const what: Record<string, string> = {
      contains: 'CONTAINS relations',
      like: 'LIKE relations',
      is: 'IS NOT NULL relations',
      between: 'BETWEEN relations',
      not: 'NOT IN and NOT CONTAINS relations',
    };
    const name = what[tok.value];
    if (name !== undefined) c.noViable(tok, `${name} are not supported yet`);
  }
  return c.noViable(tok);
}

function isMarkerStart(c: Cursor): boolean {
  return c.isPunct('?') || c.isPunct(':');
}

/** `( t, ... )` or `()`. */
function parenthesisedTerms(c: Cursor): Term[] {
  c.expectPunct('(');
  if (c.acceptPunct(')')) return [];
  const terms = c.commaList(() => c.term());
  c.expectPunct(')');
  return terms;
}

/** `( c, ... )`. */
function identifierTuple(c: Cursor): string[] {
  c.expectPunct('(');
  const columns = c.commaList(() => c.identifier());
  c.expectPunct(')');
  return columns;
}

/** `(c, ...) op value | (c, ...) IN values`, value a tuple literal or a marker. */
function tupleRelation(c: Cursor): Relation {
  const columns = identifierTuple(c);
  const op = compareOp(c);
  if (op !== undefined) return { kind: 'tuple_compare', columns, op, term: tupleOrMarker(c) };
  if (!c.acceptKeyword('in')) return unsupportedOperator(c);
  if (isMarkerStart(c)) return { kind: 'tuple_in_marker', columns, marker: c.bindMarker() };
  c.expectPunct('(');
  if (c.acceptPunct(')')) return { kind: 'tuple_in', columns, terms: [] };
  const terms = c.commaList(() => tupleOrMarker(c));
  c.expectPunct(')');
  return { kind: 'tuple_in', columns, terms };
}

/** A tuple literal `(t, ...)` or a bind marker. */
function tupleOrMarker(c: Cursor): Term {
  if (isMarkerStart(c)) return c.bindMarker();
  if (!c.isPunct('(')) c.noViable(c.peek(), 'a multi-column relation compares with a tuple such as (1, 2) or a bind marker');
  return c.term();
}

/** After IF (not IF EXISTS): `condition (AND condition)*`. */
export function conditions(c: Cursor): Condition[] {
  const out: Condition[] = [];
  do {
    if (out.length >= LIST_ITEMS_MAX) c.noViable(c.peek(), `an IF clause holds at most ${LIST_ITEMS_MAX} conditions`);
    out.push(condition(c));
  } while (c.acceptKeyword('and'));
  return out;
}

function condition(c: Cursor): Condition {
  const column = c.identifier();
  let element: Term | undefined;
  if (c.acceptPunct('[')) {
    element = c.term();
    c.expectPunct(']');
  } else if (c.isPunct('.')) {
    c.noViable(c.peek(), 'user-defined types are not supported yet');
  }
  const at = element === undefined ? {} : { element };
  const tok = c.peek();
  if (tok.kind === 'punct' && (COMPARE_OPS.includes(tok.value) || tok.value === '!=')) {
    c.next();
    return { kind: 'compare', column, ...at, op: tok.value as ConditionOp, term: c.term() };
  }
  if (c.acceptKeyword('in')) {
    if (isMarkerStart(c)) {
      const marker: BindMarker = c.bindMarker();
      return { kind: 'in_marker', column, ...at, marker };
    }
    return { kind: 'in', column, ...at, terms: parenthesisedTerms(c) };
  }
  if (tok.kind === 'word' && tok.value === 'contains') c.noViable(tok, 'CONTAINS conditions are not supported yet');
  return c.noViable(tok);
}

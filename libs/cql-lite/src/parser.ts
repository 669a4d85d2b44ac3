// Entry points of the recursive-descent parser: CQL text → AST.
//
// Contract:
//   parse(cql)          exactly one statement (trailing ';' allowed) → Statement
//   parseScript(text)   zero or more statements separated by ';' → Statement[]
//   splitStatements(t)  the source text of each statement, for shells (no parsing)
//   parseType(text)     a type name such as 'map<text, int>' → CqlType
// All throw CqlSyntaxError ("line L:C ..." with the offending token), also for a text of
// more than STATEMENT_TOKENS_MAX tokens (splitStatements has no bound). The parser also
// throws InvalidRequest, with Cassandra's message, for what Cassandra rejects without
// looking at a schema: a second PRIMARY KEY clause, WITH COMPACT STORAGE, ALTER ... TYPE,
// a BATCH TTL, a timestamp on both a BATCH and one of its statements. Bind markers are
// numbered from 0 within each statement (over a whole BATCH).

import type { Statement } from './ast.js';
import { Cursor, syntaxError } from './cursor.js';
import type { CqlSyntaxError } from './errors.js';
import { errorText, tokenize, type Token } from './lexer.js';
import { parseAlter, parseCreate, parseDrop, parseTruncate, parseUse } from './parser-ddl.js';
import { parseBatch, parseDelete, parseInsert, parseUpdate } from './parser-dml.js';
import { parseSelect } from './parser-select.js';
import type { CqlType } from './types.js';

/** Statement keywords of full CQL that Cassia does not parse yet. */
const LATER_STATEMENTS = ['grant', 'revoke', 'list', 'describe', 'desc'];

/** Each statement keyword and the grammar that follows it. */
const STATEMENTS: Readonly<Record<string, (c: Cursor) => Statement>> = {
  create: parseCreate,
  alter: parseAlter,
  drop: parseDrop,
  truncate: parseTruncate,
  use: parseUse,
  insert: parseInsert,
  update: parseUpdate,
  delete: parseDelete,
  select: parseSelect,
  begin: parseBatch,
};

/** Most statements parseScript accepts in one text, a guard against runaway input. */
export const SCRIPT_STATEMENTS_MAX = 10_000;

/**
 * Most tokens one text may hold for parse, parseScript and parseType: enough for a literal of
 * COLLECTION_ELEMENTS_MAX map entries, and a bound on the memory a hostile 16 MiB statement
 * could take as tokens (about 100 bytes each).
 */
export const STATEMENT_TOKENS_MAX = 1_048_576;

export function parse(cql: string): Statement {
  const c = new Cursor(tokenize(cql, STATEMENT_TOKENS_MAX));
  const stmt = statement(c);
  while (c.acceptPunct(';'));
  if (!c.atEof()) throw missingEof(c);
  return stmt;
}

export function parseScript(text: string): Statement[] {
  const c = new Cursor(tokenize(text, STATEMENT_TOKENS_MAX));
  const out: Statement[] = [];
  for (;;) {
    while (c.acceptPunct(';'));
    if (c.atEof()) return out;
    if (out.length >= SCRIPT_STATEMENTS_MAX) c.noViable(c.peek(), `a script holds at most ${SCRIPT_STATEMENTS_MAX} statements`);
    out.push(statement(c));
    if (!c.atEof() && !c.isPunct(';')) throw missingEof(c);
  }
}

/**
 * Splits a script into statement texts at top-level ';' (not inside strings, quoted names
 * or comments), each trimmed and without its ';'; empty statements are dropped.
 * `complete` is false when text after the last ';' holds a statement still being typed, or
 * a string, quoted name or comment is unterminated (a shell then waits for more input).
 * Never throws.
 */
export function splitStatements(text: string): { statements: string[]; complete: boolean } {
  let tokens: Token[];
  try {
    tokens = tokenize(text);
  } catch (e) {
    // An unterminated string, quoted name or comment: the input is still being typed.
    if (e instanceof Error && e.message.includes(' unterminated ')) return { statements: [], complete: false };
    // Any other lexical error: hand the text on whole so that parsing reports it in place.
    const whole = text.trim();
    return { statements: whole === '' ? [] : [whole], complete: true };
  }
  const statements: string[] = [];
  let start = 0;
  let pending = 0; // tokens since the last ';'
  for (const tok of tokens) {
    if (tok.kind === 'eof') break;
    if (tok.kind === 'punct' && tok.value === ';') {
      if (pending > 0) statements.push(text.slice(start, tok.start).trim());
      start = tok.end;
      pending = 0;
    } else {
      pending++;
    }
  }
  return { statements, complete: pending === 0 };
}

export function parseType(text: string): CqlType {
  const c = new Cursor(tokenize(text, STATEMENT_TOKENS_MAX));
  const t = c.type();
  if (!c.atEof()) throw missingEof(c);
  return t;
}

function statement(c: Cursor): Statement {
  c.beginStatement();
  const tok = c.peek();
  if (tok.kind === 'word') {
    const grammar = Object.hasOwn(STATEMENTS, tok.value) ? STATEMENTS[tok.value] : undefined;
    if (grammar !== undefined) {
      c.next();
      return grammar(c);
    }
    if (LATER_STATEMENTS.includes(tok.value)) c.noViable(tok, `${tok.value.toUpperCase()} is not supported yet`);
  }
  return c.noViable(tok);
}

function missingEof(c: Cursor): CqlSyntaxError {
  const tok = c.peek();
  return syntaxError(tok, `missing EOF at '${errorText(tok.text)}'`);
}

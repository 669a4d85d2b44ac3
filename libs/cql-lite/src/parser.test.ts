// Parser unit tests; the data-driven cases (testdata/parse/*.txt) run in testdata.test.ts.

import { describe, expect, it } from 'vitest';
import { formatTerm, statementMarkers } from './ast.js';
import { CqlSyntaxError } from './errors.js';
import { parse, parseScript, parseType, splitStatements, STATEMENT_TOKENS_MAX } from './parser.js';

describe('syntax errors', () => {
  it('carry 1-based line, 0-based column and the token', () => {
    try {
      parse('SELECT *\n  FROM t WHERE a = 1 OR b = 2');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CqlSyntaxError);
      const err = e as CqlSyntaxError;
      expect([err.line, err.column, err.token, err.code, err.errorName]).toEqual([2, 21, 'OR', 0x2000, 'Syntax']);
      expect(err.message).toBe("line 2:21 missing EOF at 'OR'");
    }
  });
  it('report unexpected end of input at the end position', () => {
    expect(() => parse('SELECT * FROM t WHERE\n')).toThrow('line 2:0 unexpected end of input');
  });
});

describe('limits on hostile input', () => {
  it('refuse a text of more than STATEMENT_TOKENS_MAX tokens, naming the first token past it', () => {
    const text = `SELECT * FROM t WHERE k IN (${'1,'.repeat(STATEMENT_TOKENS_MAX / 2)}1)`;
    expect(() => parse(text)).toThrow(/^line 1:\d+ no viable alternative at input '.*' \(a statement holds at most 1048576 tokens\)$/);
    expect(() => parseScript(text)).toThrow(CqlSyntaxError);
    expect(() => parseType('list<'.repeat(STATEMENT_TOKENS_MAX))).toThrow(/at most 1048576 tokens/);
    // splitStatements (shell scripts) has no bound: it only finds the semicolons.
    expect(splitStatements(`${text};`).statements).toHaveLength(1);
  });
  it('still reports a lexical error before the bound first', () => {
    expect(() => parse(`SELECT @ ${'( '.repeat(STATEMENT_TOKENS_MAX)}`)).toThrow("line 1:7 no viable alternative at character '@'");
  });
  it('turn deep nesting into syntax errors, not stack overflows', () => {
    const n = 200_000;
    for (const text of [
      `INSERT INTO t (a) VALUES (${'['.repeat(n)}1${']'.repeat(n)})`,
      `SELECT * FROM t WHERE ${'('.repeat(n)}a = 1${')'.repeat(n)}`,
      `CREATE TABLE t (k int PRIMARY KEY, v ${'frozen<'.repeat(n)}int${'>'.repeat(n)})`,
      `UPDATE t SET m = ${'{1: '.repeat(n)}1${'}'.repeat(n)} WHERE k = 1`,
    ]) {
      expect(() => parse(text), text.slice(0, 40)).toThrow(CqlSyntaxError);
    }
  });
  it('names a whole character that starts no token, not half of a surrogate pair', () => {
    expect(() => parse('SELECT 😀 FROM t')).toThrow("line 1:7 no viable alternative at character '😀'");
  });
});

describe('parseType', () => {
  it('parses nested types and aliases', () => {
    expect(parseType('map<varchar, frozen<list<int>>>')).toEqual({
      kind: 'map',
      key: { kind: 'native', name: 'text' },
      value: { kind: 'frozen', inner: { kind: 'list', element: { kind: 'native', name: 'int' } } },
    });
    expect(() => parseType('list<int')).toThrow('line 1:8 unexpected end of input');
  });
});

describe('splitStatements', () => {
  it('splits at top-level semicolons only', () => {
    expect(splitStatements("USE ks; INSERT INTO t (a) VALUES ('x;y'); -- c;\n SELECT 1;")).toEqual({
      statements: ['USE ks', "INSERT INTO t (a) VALUES ('x;y')", '-- c;\n SELECT 1'],
      complete: true,
    });
    expect(splitStatements('USE ks; SELECT * FROM t')).toEqual({ statements: ['USE ks'], complete: false });
    expect(splitStatements('USE ks;\n-- only a comment\n')).toEqual({ statements: ['USE ks'], complete: true });
  });
  it('reports unterminated input as incomplete', () => {
    expect(splitStatements("INSERT INTO t (a) VALUES ('x;")).toEqual({ statements: [], complete: false });
    expect(splitStatements('SELECT /* ;')).toEqual({ statements: [], complete: false });
  });
});

describe('parse', () => {
  it('numbers bind markers in order of appearance', () => {
    const stmt = parse('SELECT * FROM t WHERE a = ? AND b IN :bs AND c > ? LIMIT :n');
    expect(stmt.kind === 'select' && stmt.markers).toEqual([
      { kind: 'bind', index: 0 },
      { kind: 'bind', index: 1, name: 'bs' },
      { kind: 'bind', index: 2 },
      { kind: 'bind', index: 3, name: 'n' },
    ]);
  });
  it('numbers bind markers over a whole BATCH, each statement listing its own', () => {
    const stmt = parse('BEGIN BATCH USING TIMESTAMP ? INSERT INTO t (a) VALUES (?); UPDATE t SET b = :b WHERE a = ? APPLY BATCH');
    if (stmt.kind !== 'batch') throw new Error(stmt.kind);
    expect(stmt.markers.map((m) => m.index)).toEqual([0, 1, 2, 3]);
    expect(stmt.statements.map((s) => s.markers.map((m) => m.index))).toEqual([[1], [2, 3]]);
    expect(statementMarkers(stmt)).toBe(stmt.markers);
  });
  it('starts numbering again at each statement of a script', () => {
    const [a, b] = parseScript('SELECT * FROM t WHERE a = ?; SELECT * FROM t WHERE a = ? AND b = ?');
    expect([a && statementMarkers(a).length, b && statementMarkers(b).map((m) => m.index)]).toEqual([1, [0, 1]]);
  });
});

describe('formatTerm', () => {
  it('prints terms as CQL', () => {
    const stmt = parse("INSERT INTO t (a, b, c, d) VALUES ('it''s', [1, ?], {'k': :v, 'j': {}}, (1, null))");
    if (stmt.kind !== 'insert') throw new Error(stmt.kind);
    expect(stmt.values.map(formatTerm)).toEqual(["'it''s'", '[1, ?]', "{'k': :v, 'j': {}}", '(1, null)']);
  });
});

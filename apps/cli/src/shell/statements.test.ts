import { describe, expect, it } from 'vitest';
import { STATEMENT_CHARS_MAX, StatementReader, type ScriptStatement } from './statements.js';

function read(text: string): { statements: ScriptStatement[]; rest: ScriptStatement | undefined } {
  const reader = new StatementReader();
  const statements = text.split('\n').flatMap((line) => reader.push(line));
  return { statements, rest: reader.end() };
}

const texts = (text: string) => read(text).statements.map((s) => [s.line, s.text]);

describe('StatementReader', () => {
  it('cuts statements at ; outside strings and comments, with the line each starts on', () => {
    expect(texts("USE ks; INSERT INTO t (a) VALUES ('x;y');\n-- a comment;\nSELECT *\n  FROM t\n  WHERE a = 'p;q';")).toEqual([
      [1, 'USE ks'],
      [1, "INSERT INTO t (a) VALUES ('x;y')"],
      [3, 'SELECT *\n  FROM t\n  WHERE a = \'p;q\''],
    ]);
  });

  it('keeps a string literal open across lines', () => {
    expect(texts("INSERT INTO t (a) VALUES ('one;\ntwo');")).toEqual([[1, "INSERT INTO t (a) VALUES ('one;\ntwo')"]]);
  });

  it('ends shell commands at the end of their line, or at a ; on it', () => {
    expect(texts("EXPAND ON\nDESCRIBE TABLE ks.t\nPAGING 5; SELECT * FROM t;\nsource 'a;b.cql'\nSELECT 1;")).toEqual([
      [1, 'EXPAND ON'],
      [2, 'DESCRIBE TABLE ks.t'],
      [3, 'PAGING 5'],
      [3, 'SELECT * FROM t'],
      [4, "source 'a;b.cql'"],
      [5, 'SELECT 1'],
    ]);
  });

  it('runs a shell command that follows a statement on the same line', () => {
    expect(texts('SELECT 1; EXPAND OFF\nSELECT 2;')).toEqual([
      [1, 'SELECT 1'],
      [1, 'EXPAND OFF'],
      [2, 'SELECT 2'],
    ]);
  });

  it('does not take a shell word inside a statement for a command', () => {
    expect(texts('SELECT a,\n  describe FROM t;')).toEqual([[1, 'SELECT a,\n  describe FROM t']]);
  });

  it('keeps a batch whole, with its inner semicolons', () => {
    const batch = 'BEGIN BATCH\n  INSERT INTO t (a) VALUES (1);\n  INSERT INTO t (a) VALUES (2);\nAPPLY BATCH';
    expect(texts(`${batch};\nSELECT 1;`)).toEqual([
      [1, batch],
      [5, 'SELECT 1'],
    ]);
  });

  it('skips blank lines, comments and empty statements; a statement line is its first token', () => {
    expect(texts('\n-- c\n/* block */ SELECT 1;;\n\n;\n  // c\n  SELECT 2;')).toEqual([
      [3, 'SELECT 1'],
      [7, 'SELECT 2'],
    ]);
  });

  it('tells what is pending and returns the unfinished statement at the end', () => {
    const reader = new StatementReader();
    expect(reader.push('SELECT *')).toEqual([]);
    expect(reader.pending()).toBe(true);
    expect(reader.push('FROM t')).toEqual([]);
    expect(reader.end()).toEqual({ text: 'SELECT *\nFROM t', line: 1 });
    expect(reader.pending()).toBe(false);
    expect(read('SELECT 1;\n-- only a comment').rest).toBeUndefined();
  });

  it('forgets the statement being typed on reset', () => {
    const reader = new StatementReader();
    reader.push('SELECT * FROM');
    reader.reset();
    expect(reader.push('SELECT 1;')).toEqual([{ text: 'SELECT 1', line: 2 }]);
  });

  it('hands a statement that does not lex to the server whole', () => {
    expect(texts('SELECT # FROM t;')).toEqual([[1, 'SELECT # FROM t;']]);
  });

  it('drops a statement longer than the limit and says so', () => {
    const reader = new StatementReader();
    const line = "INSERT INTO t (a) VALUES ('" + 'x'.repeat(1024 * 1024);
    const out: ScriptStatement[] = [];
    for (let i = 0; i < STATEMENT_CHARS_MAX / line.length + 1 && out.length === 0; i++) out.push(...reader.push(line));
    expect(out).toHaveLength(1);
    expect(out[0]!.tooLong).toBe(true);
    expect(out[0]!.line).toBe(1);
    expect(reader.pending()).toBe(false);
  });
});

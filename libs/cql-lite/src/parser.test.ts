// Data-driven parser tests: testdata/parse/*.txt (see readCases below for the format).
// A case whose input starts with the comment `-- script` goes through parseScript, every
// other case through parse. Expected output is the AST as JSON, or `ErrorClass: message`.
// REWRITE=1 npx vitest run src/parser.test.ts regenerates the expectations.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CqlError, CqlSyntaxError } from './errors.js';
import { parse, parseScript, parseType, splitStatements } from './parser.js';

const DIR = fileURLToPath(new URL('../testdata/parse/', import.meta.url));

interface DataCase {
  input: string;
  expected: string;
  /** 1-based line of the case's first input line, for failure messages. */
  line: number;
}

const REWRITE = process.env['REWRITE'] === '1';

function readCases(path: string): DataCase[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const cases: DataCase[] = [];
  let i = 0;
  while (i < lines.length) {
    if ((lines[i] as string).trim() === '') {
      i++;
      continue;
    }
    const start = i;
    const input: string[] = [];
    while (i < lines.length && lines[i] !== '----') input.push(lines[i++] as string);
    if (i >= lines.length) throw new Error(`${path}:${start + 1}: case without a ---- line`);
    i++;
    const expected: string[] = [];
    while (i < lines.length && (lines[i] as string).trim() !== '') expected.push(lines[i++] as string);
    cases.push({ input: input.join('\n'), expected: expected.join('\n'), line: start + 1 });
  }
  return cases;
}

function writeCases(path: string, cases: { input: string; expected: string }[]): void {
  writeFileSync(path, cases.map((c) => `${c.input}\n----\n${c.expected}\n`).join('\n'));
}

/** One-line JSON with a space after each ':' and ','. */
function flatJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flatJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${flatJson(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** JSON with every object or array on one line when it fits in `width` columns. */
function formatJson(value: unknown, indent = '', width = 110): string {
  const flat = flatJson(value);
  if (indent.length + flat.length <= width || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + formatJson(v, inner, width)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner, width)}`).join(',\n')}\n${indent}}`;
}

function run(input: string): string {
  try {
    const out = input.startsWith('-- script') ? parseScript(input) : parse(input);
    return formatJson(out);
  } catch (e) {
    if (!(e instanceof CqlError)) throw e;
    return `${e.constructor.name}: ${e.message}`;
  }
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('testdata/parse', () => {
  it('has test files', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(file, () => {
      const path = DIR + file;
      const cases = readCases(path);
      if (REWRITE) {
        writeCases(path, cases.map((c) => ({ input: c.input, expected: run(c.input) })));
        return;
      }
      for (const c of cases) expect(run(c.input), `${file}:${c.line}\n${c.input}`).toBe(c.expected);
    });
  }
});

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
});

// Data-driven tests: text files of cases, each `input`, a `----` line, the expected output,
// then a blank line. `REWRITE=1 npx vitest run src/testdata.test.ts` regenerates every
// expectation from what the code does now: review the diff, never accept a wrong one.
//
// testdata/parse/*.txt   input: CQL. A case starting with the comment `-- script` goes
//                        through parseScript, every other through parse. Output: the AST as
//                        JSON, or `ErrorClass: message`.
// testdata/bind/*.txt    input: CQL, optionally after a `-- params: <json>` line (an array
//                        binds by position, an object by name) or a `-- markers` line (the
//                        output is then markerSpecs). A CREATE TABLE case defines a table for
//                        the cases after it in the same file (output `ok`). Output: the bound
//                        statement as JSON (bytes as 0x-hex, bigints as strings), or
//                        `ErrorClass: message`.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Statement, TableName } from './ast.js';
import { bindInsert } from './bind.js';
import { bindBatch } from './bind-batch.js';
import { bindDelete } from './bind-delete.js';
import { bindSelect } from './bind-select.js';
import { bindUpdate } from './bind-update.js';
import { CqlError, InvalidRequest } from './errors.js';
import { markerSpecs } from './markers.js';
import { jsonParams, NO_PARAMS, type ParamResolver } from './params.js';
import { parse, parseScript } from './parser.js';
import { tableFromCreate, type TableSchema } from './schema.js';
import { formatType } from './types.js';

const TESTDATA = fileURLToPath(new URL('../testdata/', import.meta.url));
const REWRITE = process.env['REWRITE'] === '1';

interface DataCase {
  input: string;
  expected: string;
  /** 1-based line of the case's first input line, for failure messages. */
  line: number;
}

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

/** Plain JSON data of a value: bytes as 0x-hex, bigints as decimal strings, Maps as objects. */
function jsonable(value: unknown): unknown {
  if (value instanceof Uint8Array) return `0x${Buffer.from(value).toString('hex')}`;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), jsonable(v)]));
  if (Array.isArray(value)) return value.map(jsonable);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonable(v)]));
  }
  return value;
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

/** The output of `fn`, or `ErrorClass: message` when it throws a CqlError. */
function outcome(fn: () => unknown): string {
  try {
    const out = fn();
    return typeof out === 'string' ? out : formatJson(jsonable(out));
  } catch (e) {
    if (!(e instanceof CqlError)) throw e;
    return `${e.constructor.name}: ${e.message}`;
  }
}

function runParse(input: string): string {
  return outcome(() => (input.startsWith('-- script') ? parseScript(input) : parse(input)));
}

/** A runner for one testdata/bind file: tables defined by earlier cases persist. */
function bindRunner(): (input: string) => string {
  const tables = new Map<string, TableSchema>();
  const lookup = (name: TableName): TableSchema => {
    const table = tables.get(name.name);
    if (table === undefined) throw new InvalidRequest(`unconfigured table ${name.name}`);
    return table;
  };
  return (input) => {
    const lines = input.split('\n');
    let resolve: ParamResolver = NO_PARAMS;
    let wantMarkers = false;
    while (lines[0]?.startsWith('-- ')) {
      const directive = lines.shift() as string;
      if (directive === '-- markers') wantMarkers = true;
      else if (directive.startsWith('-- params: ')) resolve = jsonParams(JSON.parse(directive.slice('-- params: '.length)));
      else throw new Error(`unknown directive ${directive}`);
    }
    return outcome(() => {
      const stmt: Statement = parse(lines.join('\n'));
      if (wantMarkers) return markerSpecs(stmt, lookup).map((m) => `${m.name} ${formatType(m.type)}`);
      switch (stmt.kind) {
        case 'create_table': {
          tables.set(stmt.table.name, tableFromCreate(stmt, stmt.table.keyspace ?? 'ks', `id-${stmt.table.name}`));
          return 'ok';
        }
        case 'insert':
          return bindInsert(stmt, lookup(stmt.table), resolve);
        case 'update':
          return bindUpdate(stmt, lookup(stmt.table), resolve);
        case 'delete':
          return bindDelete(stmt, lookup(stmt.table), resolve);
        case 'select': {
          const b = bindSelect(stmt, lookup(stmt.table), resolve);
          // Selections are long: one string of `alias type`, with `= kind(column)` unless a plain column.
          const show = (c: (typeof b.selection)[number]): string =>
            c.kind === 'column' && c.alias === c.column ? `${c.alias} ${formatType(c.type)}` : `${c.alias} = ${c.kind}(${c.column}) ${formatType(c.type)}`;
          // Filters as `column op 0xvalue` strings.
          const hex = (v: Uint8Array) => `0x${Buffer.from(v).toString('hex')}`;
          const filter = (f: NonNullable<typeof b.filters>[number]): string =>
            [
              ...(f.values === undefined ? [] : [`${f.column} IN (${f.values.map(hex).join(', ')})`]),
              ...(f.lower === undefined ? [] : [`${f.column} ${f.lower.inclusive ? '>=' : '>'} ${hex(f.lower.value)}`]),
              ...(f.upper === undefined ? [] : [`${f.column} ${f.upper.inclusive ? '<=' : '<'} ${hex(f.upper.value)}`]),
            ].join(' AND ');
          return { ...b, selection: b.selection.map(show).join(', '), ...(b.filters === undefined ? {} : { filters: b.filters.map(filter).join(' AND ') }) };
        }
        case 'batch': {
          const b = bindBatch(stmt, lookup, resolve);
          return { ...b, statements: b.statements.map((x) => ({ kind: x.kind, table: x.table.name, bound: x.bound })) };
        }
        default:
          throw new Error(`testdata/bind: cannot bind a ${stmt.kind} statement`);
      }
    });
  };
}

/** Runs every case of every file in testdata/<dir>, or rewrites the files under REWRITE=1. */
function dataDriven(dir: string, makeRunner: () => (input: string) => string): void {
  const path = TESTDATA + dir;
  const files = readdirSync(path).filter((f) => f.endsWith('.txt')).sort();
  describe(`testdata/${dir}`, () => {
    it('has test files', () => expect(files.length).toBeGreaterThan(0));
    for (const file of files) {
      it(file, () => {
        const cases = readCases(`${path}/${file}`);
        const run = makeRunner();
        if (REWRITE) {
          writeCases(`${path}/${file}`, cases.map((c) => ({ input: c.input, expected: run(c.input) })));
          return;
        }
        for (const c of cases) expect(run(c.input), `${file}:${c.line}\n${c.input}`).toBe(c.expected);
      });
    }
  });
}

dataDriven('parse', () => runParse);
dataDriven('bind', bindRunner);

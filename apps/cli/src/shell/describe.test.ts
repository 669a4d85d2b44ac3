// DESCRIBE rendered from schema rows: data-driven cases in testdata/describe.txt.
//
// The file starts with schema rows, one per line: `<table> <json>` where <table> is
// keyspaces, tables, columns (system_schema.*) or virtual_keyspaces, virtual_tables,
// virtual_columns (system_virtual_schema.*); `#` lines are comments. Then cases, each a line
// `==== [current keyspace] <DESCRIBE command>` followed by the lines the shell prints (blank
// lines included) up to the next `====` line, or `error: <message>`.
// `REWRITE=1 npx vitest run src/shell/describe.test.ts` regenerates the expectations from
// what the code does now: review the diff, never accept a wrong one.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe as suite, expect, it } from 'vitest';
import { parseShellCommand } from './commands.js';
import { describe, DescribeError, javaDouble, quoteName } from './describe.js';
import { schemaFromRows, type Row, type SchemaRows } from './schema.js';

const FILE = fileURLToPath(new URL('./testdata/describe.txt', import.meta.url));
const REWRITE = process.env['REWRITE'] === '1';

const SOURCES: Record<string, keyof SchemaRows> = {
  keyspaces: 'keyspaces',
  tables: 'tables',
  columns: 'columns',
  virtual_keyspaces: 'virtualKeyspaces',
  virtual_tables: 'virtualTables',
  virtual_columns: 'virtualColumns',
};

interface Case {
  header: string;
  keyspace: string | undefined;
  command: string;
  expected: string[];
  line: number;
}

function readFile(): { preamble: string[]; rows: SchemaRows; cases: Case[] } {
  const lines = readFileSync(FILE, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const rows: SchemaRows = { keyspaces: [], tables: [], columns: [], virtualKeyspaces: [], virtualTables: [], virtualColumns: [] };
  const preamble: string[] = [];
  let i = 0;
  for (; i < lines.length && !lines[i]!.startsWith('===='); i++) {
    const line = lines[i]!;
    preamble.push(line);
    if (line.startsWith('#') || line.trim() === '') continue;
    const space = line.indexOf(' ');
    const source = SOURCES[line.slice(0, space)];
    if (source === undefined) throw new Error(`${FILE}:${i + 1}: unknown schema table ${line.slice(0, space)}`);
    rows[source].push(JSON.parse(line.slice(space + 1)) as Row);
  }
  const cases: Case[] = [];
  while (i < lines.length) {
    const header = lines[i]!;
    const m = /^==== (?:\[([^\]]+)\] )?(.*)$/.exec(header);
    if (m === null) throw new Error(`${FILE}:${i + 1}: not a case header: ${header}`);
    const line = ++i;
    const expected: string[] = [];
    while (i < lines.length && !lines[i]!.startsWith('====')) expected.push(lines[i++]!);
    cases.push({ header, keyspace: m[1], command: m[2]!, expected, line });
  }
  return { preamble, rows, cases };
}

function output(rows: SchemaRows, c: Case): string[] {
  const command = parseShellCommand(c.command);
  if (command?.kind !== 'describe') throw new Error(`${FILE}:${c.line}: not a DESCRIBE command: ${c.command}`);
  try {
    return describe(schemaFromRows(rows), command.target, c.keyspace);
  } catch (err) {
    if (err instanceof DescribeError) return [`error: ${err.message}`];
    throw err;
  }
}

suite('DESCRIBE (testdata/describe.txt)', () => {
  const { preamble, rows, cases } = readFile();
  if (REWRITE) {
    const text = [...preamble, ...cases.flatMap((c) => [c.header, ...output(rows, c)])].join('\n') + '\n';
    writeFileSync(FILE, text);
  }
  for (const c of cases) {
    it(`${c.keyspace === undefined ? '' : `[${c.keyspace}] `}${c.command} (line ${c.line})`, () => {
      expect(output(rows, c).join('\n')).toBe(c.expected.join('\n'));
    });
  }
});

suite('DESCRIBE details', () => {
  it('quotes names as Cassandra does', () => {
    expect(quoteName('events')).toBe('events');
    expect(quoteName('Events')).toBe('"Events"');
    expect(quoteName('we"ird')).toBe('"we""ird"');
    expect(quoteName('select')).toBe('"select"');
    expect(quoteName('1abc')).toBe('"1abc"');
    expect(quoteName('mbeans')).toBe('"mbeans"');
  });

  it('prints doubles as Java does', () => {
    expect([1, 0.01, 0.5, 1e-5, 0.001, 1e7, 1234567.5, 0, -2].map(javaDouble)).toEqual(['1.0', '0.01', '0.5', '1.0E-5', '0.001', '1.0E7', '1234567.5', '0.0', '-2.0']);
  });

  it('marks static columns and orders them before regular ones', () => {
    const rows: SchemaRows = {
      keyspaces: [{ keyspace_name: 'k', durable_writes: true, replication: { class: 'org.apache.cassandra.locator.SimpleStrategy', replication_factor: '1' } }],
      tables: [{ keyspace_name: 'k', table_name: 's', comment: '' }],
      columns: [
        { keyspace_name: 'k', table_name: 's', column_name: 'v', kind: 'regular', position: -1, type: 'int', clustering_order: 'none' },
        { keyspace_name: 'k', table_name: 's', column_name: 'z', kind: 'static', position: -1, type: 'text', clustering_order: 'none' },
        { keyspace_name: 'k', table_name: 's', column_name: 'c', kind: 'clustering', position: 0, type: 'int', clustering_order: 'asc' },
        { keyspace_name: 'k', table_name: 's', column_name: 'p', kind: 'partition_key', position: 0, type: 'int', clustering_order: 'none' },
      ],
      virtualKeyspaces: [],
      virtualTables: [],
      virtualColumns: [],
    };
    const lines = describe(schemaFromRows(rows), { kind: 'table', keyspace: 'k', name: 's' }, undefined);
    expect(lines[1]!.split('\n').slice(0, 7)).toEqual([
      'CREATE TABLE k.s (',
      '    p int,',
      '    c int,',
      '    z text static,',
      '    v int,',
      '    PRIMARY KEY (p, c)',
      ') WITH CLUSTERING ORDER BY (c ASC)',
    ]);
  });

  it('names the schema table of a row it cannot read', () => {
    const rows: SchemaRows = { keyspaces: [{ durable_writes: true }], tables: [], columns: [], virtualKeyspaces: [], virtualTables: [], virtualColumns: [] };
    expect(() => schemaFromRows(rows)).toThrow(/^system_schema\.keyspaces: a row without a valid keyspace_name/);
  });
});

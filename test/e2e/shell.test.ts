// `cassia shell` end to end: the real binary (-e, -f, piped input, and a real terminal
// through a pseudo-terminal) against a real cluster. DESCRIBE output that round-trips (run
// under another keyspace name, it describes the same), EXPAND, PAGING over more rows than
// one page (with ---MORE--- at a terminal), SOURCE of a file with errors in the middle.
import { execFile, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '@cassia/testkit';
import { CLI_MAIN, LocalCluster } from '../src/cluster.js';

const PYTHON = '/usr/bin/python3';
const SHELL_TIMEOUT_MS = 60_000;
const ROWS = 250;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe('cassia shell', () => {
  let cluster: LocalCluster;
  let dir: { path: string; remove(): Promise<void> };

  /** Runs `cassia shell --url <gateway> ...args`, with `stdin` piped in when given. */
  const shell = (args: string[], stdin?: string): Promise<Run> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [CLI_MAIN, 'shell', '--url', cluster.gateway.url, ...args], {
        cwd: dir.path,
        env: { ...process.env, CASSIA_HISTORY: join(dir.path, 'history') },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), SHELL_TIMEOUT_MS);
      child.once('error', reject);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
      child.stdin.end(stdin ?? '');
    });

  const ok = async (args: string[], stdin?: string): Promise<string> => {
    const run = await shell(args, stdin);
    expect(run.stderr, `cassia shell ${args.join(' ')}`).toBe('');
    expect(run.code).toBe(0);
    return run.stdout;
  };

  beforeAll(async () => {
    dir = await tempDir('shell');
    cluster = await LocalCluster.start({ nodes: 1 });
    await cluster.ok({ query: "CREATE KEYSPACE src WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}" });
    await cluster.ok({
      query:
        'CREATE TABLE src.events (a text, b int, at timestamp, seq int, "Note" text, tags set<text>, scores map<text, double>, ' +
        'payload frozen<list<blob>>, PRIMARY KEY ((a, b), at, seq)) WITH CLUSTERING ORDER BY (at DESC, seq ASC) ' +
        "AND comment = 'it''s events' AND default_time_to_live = 3600 AND gc_grace_seconds = 3600 " +
        "AND compaction = {'class': 'LeveledCompactionStrategy', 'sstable_size_in_mb': '64'} AND bloom_filter_fp_chance = 0.001",
    });
    await cluster.ok({ query: 'CREATE TABLE src."Odd Names" ("select" int PRIMARY KEY, "from" text, "we""ird" bigint)' });
    await cluster.ok({ query: 'CREATE TABLE src.p (k int, c int, v text, PRIMARY KEY (k, c))' });
    for (let c = 0; c < ROWS; c++) await cluster.ok({ query: 'INSERT INTO src.p (k, c, v) VALUES (0, ?, ?)', params: [c, `v${c}`] });
  });
  afterAll(async () => {
    await cluster?.stop();
    await dir?.remove();
  });

  it('DESCRIBE KEYSPACE output recreates the keyspace and its tables under another name', async () => {
    const original = await ok(['-e', 'DESCRIBE KEYSPACE src']);
    expect(original).toContain("\nCREATE KEYSPACE src WITH replication = {'class': 'org.apache.cassandra.locator.SimpleStrategy', 'replication_factor': '1'}  AND durable_writes = true;\n");
    expect(original).toContain('\nCREATE TABLE src."Odd Names" (\n    "select" int PRIMARY KEY,\n    "from" text,\n    "we""ird" bigint\n) WITH additional_write_policy');
    expect(original).toContain(
      '\nCREATE TABLE src.events (\n    a text,\n    b int,\n    at timestamp,\n    seq int,\n    "Note" text,\n    payload frozen<list<blob>>,\n' +
        '    scores map<text, double>,\n    tags set<text>,\n    PRIMARY KEY ((a, b), at, seq)\n) WITH CLUSTERING ORDER BY (at DESC, seq ASC)\n',
    );
    expect(original).toContain("    AND comment = 'it''s events'\n");
    expect(original).toContain("    AND compaction = {'class': 'org.apache.cassandra.db.compaction.LeveledCompactionStrategy', 'max_threshold': '32', 'min_threshold': '4', 'sstable_size_in_mb': '64'}\n");
    expect(original).toContain('    AND bloom_filter_fp_chance = 0.001\n');
    expect(original).toContain('    AND default_time_to_live = 3600\n');

    const rename = (text: string, from: string, to: string) => text.replace(new RegExp(`(KEYSPACE |TABLE )${from}([ .])`, 'g'), `$1${to}$2`);
    const script = join(dir.path, 'copy.cql');
    await writeFile(script, rename(original, 'src', 'copy'));
    expect(await ok(['-f', script])).toBe('');
    const copied = await ok(['-e', 'DESCRIBE KEYSPACE copy']);
    expect(rename(copied, 'copy', 'src')).toBe(original);

    // The copy behaves as the original: its clustering order and default TTL hold.
    await cluster.ok({ query: "INSERT INTO copy.events (a, b, at, seq) VALUES ('x', 1, '2024-01-01', 1)" });
    await cluster.ok({ query: "INSERT INTO copy.events (a, b, at, seq) VALUES ('x', 1, '2024-01-02', 1)" });
    const rows = await cluster.ok({ query: "SELECT at FROM copy.events WHERE a = 'x' AND b = 1" });
    expect(rows.rows.map((r: { at: string }) => r.at)).toEqual(['2024-01-02T00:00:00.000Z', '2024-01-01T00:00:00.000Z']);
  });

  it('DESCRIBE TABLE prints one CREATE TABLE that round-trips, by qualified name or in the current keyspace', async () => {
    const qualified = await ok(['-e', 'DESC TABLE src."Odd Names"']);
    expect(qualified.startsWith('\nCREATE TABLE src."Odd Names" (\n')).toBe(true);
    expect(qualified.endsWith("    AND speculative_retry = '99p';\n")).toBe(true);
    expect(await ok(['-k', 'src', '-e', 'DESCRIBE "Odd Names"'])).toBe(qualified);
    await ok(['-e', "CREATE KEYSPACE other WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}"]);
    await ok(['-k', 'other', '-e', qualified.replace('TABLE src.', 'TABLE ')]);
    expect((await ok(['-e', 'DESCRIBE TABLE other."Odd Names"'])).replace('other.', 'src.')).toBe(qualified);
  });

  it('DESCRIBE KEYSPACES and TABLES list names as cqlsh does', async () => {
    expect(await ok(['-e', 'DESCRIBE KEYSPACES'])).toBe(
      [
        '',
        'copy   src     system_auth         system_schema  system_virtual_schema',
        'other  system  system_distributed  system_traces',
        '',
        '',
      ].join('\n'),
    );
    expect(await ok(['-k', 'src', '-e', 'DESC TABLES'])).toBe('\n"Odd Names"  events  p\n\n');
    const all = await ok(['-e', 'DESCRIBE TABLES']);
    expect(all).toContain('\nKeyspace src\n------------\n"Odd Names"  events  p\n');
    expect(all).toContain('\nKeyspace system_schema\n----------------------\n');
  });

  it('reports unknown keyspaces and tables as cqlsh does, with an error status', async () => {
    const cases: [string[], string][] = [
      [['-e', 'DESCRIBE KEYSPACE nope'], "'nope' not found in keyspaces\n"],
      [['-e', 'DESCRIBE TABLE src.nope'], "Table 'nope' not found in keyspace 'src'\n"],
      [['-e', 'DESCRIBE TABLE nope.t'], "'nope' not found in keyspaces\n"],
      [['-k', 'src', '-e', 'DESCRIBE nope'], "'nope' not found in keyspace 'src'\n"],
      [['-e', 'DESCRIBE TABLE t'], 'No keyspace specified and no current keyspace\n'],
      [['-e', 'DESCRIBE TABLES src'], "Improper DESCRIBE command (problem at 'src').\n"],
    ];
    for (const [args, message] of cases) {
      const run = await shell(args);
      expect(run.stderr, args.join(' ')).toBe(message);
      expect(run.stdout).toBe('');
      expect(run.code).toBe(2);
    }
  });

  it('EXPAND ON prints rows vertically, EXPAND shows the setting', async () => {
    const out = await ok(['-e', "EXPAND; EXPAND ON; EXPAND; SELECT c, v FROM src.p WHERE k = 0 AND c >= 119 AND c <= 120; EXPAND OFF; SELECT c FROM src.p WHERE k = 0 AND c = 7"]);
    expect(out).toBe(
      [
        'Expanded output is currently disabled. Use EXPAND ON to enable.',
        'Now Expanded output is enabled',
        'Expanded output is currently enabled. Use EXPAND OFF to disable',
        '',
        '@ Row 1',
        '---+------',
        ' c | 119',
        ' v | v119',
        '',
        '@ Row 2',
        '---+------',
        ' c | 120',
        ' v | v120',
        '',
        '',
        '(2 rows)',
        '',
        'Disabled Expanded output.',
        '',
        ' c',
        '---',
        ' 7',
        '',
        '(1 rows)',
        '',
        '',
      ].join('\n'),
    );
  });

  it('pages SELECTs 100 rows at a time by default and reads every page without prompting', async () => {
    const lines = (await ok(['-e', 'SELECT c FROM src.p WHERE k = 0'])).split('\n');
    expect(lines.filter((l) => /^ +\d+$/.test(l)).map(Number)).toEqual(Array.from({ length: ROWS }, (_, i) => i));
    // Each page is laid out on its own, as cqlsh does: rows 0-99 are two characters wide, so
    // they were a page of their own; one page of 250 would make them three wide.
    expect(lines.slice(0, 5)).toEqual(['', ' c ', '----', '  0', '  1']);
    expect(lines).toContain(' 100');
    expect(lines.slice(-3)).toEqual(['(250 rows)', '', '']);
    expect(lines.some((l) => l.includes('---MORE---'))).toBe(false);

    const off = (await ok(['-e', 'PAGING OFF; SELECT c FROM src.p WHERE k = 0'])).split('\n');
    expect(off.slice(0, 5)).toEqual(['Disabled Query paging.', '', ' c  ', '-----', '   0']);
    // Pages of 10: 0-9 one character wide, 10-14 two.
    const small = (await ok(['-e', 'PAGING 10; SELECT c FROM src.p WHERE k = 0 AND c < 15'])).split('\n');
    expect(small.slice(0, 5)).toEqual(['Page size: 10', '', ' c', '---', ' 0']);
    expect(small).toContain(' 10');
    expect(small).toContain('(15 rows)');
  });

  it('shows PAGING settings and refuses bad ones', async () => {
    const run = await shell([], 'PAGING\nPAGING 30\nPAGING OFF\nPAGING OFF\nPAGING ON\nPAGING none\n');
    expect(run.stdout).toBe(
      ['Query paging is currently enabled. Use PAGING OFF to disable', 'Page size: 100', 'Page size: 30', 'Disabled Query paging.', 'Now Query paging is enabled', 'Page size: 100', ''].join('\n'),
    );
    expect(run.stderr).toBe("<stdin>:4:Query paging is not enabled.\n<stdin>:6:Improper PAGING command (problem at 'none').\n");
    expect(run.code).toBe(2);
  });

  it('waits at ---MORE--- between pages at a terminal; Ctrl-C stops the result', async () => {
    const steps = [
      { expect: 'cassia> ' },
      { send: 'PAGING 100\r' },
      { expect: 'Page size: 100' },
      { send: 'SELECT c FROM src.p\r' },
      { expect: '   ... ' },
      { send: '  WHERE k = 0;\r' },
      { expect: '---MORE---' },
      { send: '\r' },
      { expect: '---MORE---' },
      { send: '\r' },
      { expect: '\\(250 rows\\)' },
      { send: 'SELECT c FROM src.p WHERE k = 0;\r' },
      { expect: '---MORE---' },
      { send: '\x03' },
      { expect: 'cassia> ' },
      { send: 'EXIT\r' },
    ];
    const transcript = await terminal([CLI_MAIN, 'shell', '--url', cluster.gateway.url], steps, { CASSIA_HISTORY: join(dir.path, 'history') });
    const first = transcript.slice(transcript.indexOf('  WHERE k = 0;'), transcript.indexOf('(250 rows)'));
    // Every page has its header at a terminal.
    expect(first.match(/ c\s*\n-+\n/g)).toHaveLength(3);
    expect(first.match(/---MORE---/g)).toHaveLength(2);
    const second = transcript.slice(transcript.indexOf('(250 rows)') + '(250 rows)'.length);
    expect(second.match(/---MORE---/g)).toHaveLength(1);
    expect(second).not.toContain('rows)');
  });

  it('SOURCE runs a file, reporting errors with the file and line and going on', async () => {
    const file = join(dir.path, 'mid.cql');
    await writeFile(
      file,
      [
        '-- a script with errors in the middle',
        'USE src;',
        "INSERT INTO p (k, c, v) VALUES (9, 1, 'one');",
        'SELECT c',
        '  FROM nosuch',
        '  WHERE k = 9;',
        "INSERT INTO p (k, c, v) VALUES (9, 2, 'two');",
        'EXPAND maybe',
        'SELECT c, v FROM p WHERE k = 9;',
        '',
      ].join('\n'),
    );
    const run = await shell(['-e', "SOURCE 'mid.cql'; SELECT COUNT(*) FROM src.p WHERE k = 9"]);
    expect(run.stderr).toBe(
      'mid.cql:4:Invalid: Error from server: code=2200 [Invalid] message="unconfigured table nosuch"\n' + "mid.cql:8:Improper EXPAND command (problem at 'maybe').\n",
    );
    expect(run.stdout).toBe('\n c | v  \n---+-----\n 1 | one\n 2 | two\n\n(2 rows)\n\n\n count\n-------\n     2\n\n(1 rows)\n\n');
    expect(run.code).toBe(2);

    // The file's USE ended with it: the statement after SOURCE has no keyspace.
    const after = await shell(['-e', "SOURCE 'mid.cql'; SELECT * FROM p WHERE k = 9"]);
    expect(after.stderr).toContain('No keyspace has been specified');

    const missing = await shell(['-e', "SOURCE 'nope.cql'"]);
    expect(missing.stderr).toBe("Could not open 'nope.cql': ENOENT: no such file or directory, open 'nope.cql'\n");
    expect(missing.code).toBe(2);
  });

  it('-f runs a file and exits non-zero after an error; a missing file is an error', async () => {
    const file = join(dir.path, 'mid.cql');
    const run = await shell(['-f', file]);
    expect(run.stderr).toBe(
      `${file}:4:Invalid: Error from server: code=2200 [Invalid] message="unconfigured table nosuch"\n` + `${file}:8:Improper EXPAND command (problem at 'maybe').\n`,
    );
    expect(run.stdout).toContain(' 2 | two');
    expect(run.code).toBe(2);

    const clean = join(dir.path, 'clean.cql');
    await writeFile(clean, 'EXPAND ON\nSELECT v FROM src.p\n  WHERE k = 0 AND c = 3;\nBEGIN BATCH\n  INSERT INTO src.p (k, c) VALUES (8, 1);\n  INSERT INTO src.p (k, c) VALUES (8, 2);\nAPPLY BATCH;\n');
    expect(await ok(['-f', clean])).toBe('Now Expanded output is enabled\n\n@ Row 1\n---+----\n v | v3\n\n\n(1 rows)\n\n');
    expect((await cluster.ok({ query: 'SELECT c FROM src.p WHERE k = 8' })).rows).toEqual([{ c: 1 }, { c: 2 }]);

    const incomplete = join(dir.path, 'incomplete.cql');
    await writeFile(incomplete, "SELECT * FROM src.p\n  WHERE k = 0\n");
    const cut = await shell(['-f', incomplete]);
    expect(cut.stderr).toBe(`${incomplete}:1:Incomplete statement at end of file\n`);
    expect(cut.code).toBe(2);

    const missing = await shell(['-f', join(dir.path, 'nope.cql')]);
    expect(missing.stderr).toMatch(/^Can't open '.*nope\.cql': ENOENT: no such file or directory/);
    expect(missing.code).toBe(1);
  });

  it('HELP lists the new commands', async () => {
    const help = await ok(['-e', 'HELP']);
    for (const command of ['DESCRIBE', 'EXPAND', 'PAGING', 'SOURCE', 'CONSISTENCY']) expect(help).toContain(command);
    expect(await ok(['-e', 'HELP PAGING'])).toContain('---MORE---');
  });
});

/**
 * Runs node with `args` on a pseudo-terminal (Python's pty module: the shell sees a real
 * terminal), sending each `send` once the output so far matches the `expect` before it.
 * Resolves with everything the terminal showed (carriage returns removed).
 */
async function terminal(args: string[], steps: ({ send: string } | { expect: string })[], env: Record<string, string>): Promise<string> {
  const driver = `
import json, os, pty, re, select, sys, time
steps = json.loads(sys.argv[1])
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
out = b''
seen = 0
def wait_for(pattern, deadline_s=30):
    global out, seen
    end = time.time() + deadline_s
    while True:
        m = re.compile(pattern.encode()).search(out, seen)
        if m:
            seen = m.end()
            return
        if time.time() > end:
            sys.stdout.write(out.decode(errors='replace'))
            sys.exit('no ' + pattern)
        r, _, _ = select.select([fd], [], [], 0.2)
        if r:
            try:
                out += os.read(fd, 65536)
            except OSError:
                pass
for step in steps:
    if 'expect' in step:
        wait_for(step['expect'])
    else:
        os.write(fd, step['send'].encode())
_, status = os.waitpid(pid, 0)
try:
    while True:
        r, _, _ = select.select([fd], [], [], 0.2)
        if not r:
            break
        d = os.read(fd, 65536)
        if not d:
            break
        out += d
except OSError:
    pass
sys.stdout.write(out.decode(errors='replace'))
sys.exit(os.waitstatus_to_exitcode(status))
`;
  return new Promise((resolve, reject) => {
    execFile(PYTHON, ['-c', driver, JSON.stringify(steps), process.execPath, ...args], { env: { ...process.env, ...env }, timeout: SHELL_TIMEOUT_MS }, (err, stdout, stderr) => {
      if (err !== null) reject(new Error(`terminal session failed: ${err.message}\n${stdout}\n${stderr}`));
      else resolve(stdout.replaceAll('\r', ''));
    });
  });
}

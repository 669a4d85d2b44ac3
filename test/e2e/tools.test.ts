// The cluster tools (`cassia status`, `getendpoints`, `tablestats`, `flush`, `compact`, …)
// as separate processes against a real 3-node cluster: 3 UN, then a SIGKILLed node DN within
// a bounded wait; getendpoints agrees with where the gateway actually wrote each key (the
// node whose per-table write count moved, RF 1); flush and compact change SSTable counts as
// they should; every --json output parses; bad input is a one-line error and exit status 2.
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_MAIN, LocalCluster } from '../src/cluster.js';

/** How long a SIGKILLed node may take to show DN (expected: at once, its NATS subject has no responders). */
const DOWN_SHOWN_WITHIN_MS = 10_000;
/** Deadline of one tool invocation. */
const TOOL_RUN_TIMEOUT_MS = 60_000;
const POLL_MS = 200;

interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

describe('cluster tools against a real cluster', () => {
  let cluster: LocalCluster;

  beforeAll(async () => {
    cluster = await LocalCluster.start({ nodes: 3 });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  /** Runs `cassia <args> --nats … --cluster …` to completion. */
  function tool(...args: string[]): Promise<ToolRun> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [CLI_MAIN, ...args, '--nats', cluster.nats.url, '--cluster', cluster.clusterName],
        { timeout: TOOL_RUN_TIMEOUT_MS, env: { ...process.env, CASSIA_LOG_LEVEL: 'warn' } },
        (err, stdout, stderr) => {
          const code = err === null ? 0 : typeof err.code === 'number' ? err.code : -1;
          resolve({ code, stdout, stderr });
        },
      );
    });
  }

  /** Runs a tool with --json, expects success, returns the parsed output. */
  async function json(...args: string[]): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
    const run = await tool(...args, '--json');
    expect(run.stderr, `${args.join(' ')}: ${run.stderr}`).toBe('');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout);
  }

  const statusLines = (text: string) => text.split('\n').filter((l) => /^[UD][NJL] /.test(l));

  /** Per-node write count of a table, from tablestats --json. */
  async function writesByNode(keyspace: string, table: string): Promise<Record<string, number>> {
    const stats = await json('tablestats', `${keyspace}.${table}`);
    const t = stats.keyspaces[0].tables[0];
    return Object.fromEntries(t.perNode.map((n: { name: string; writes: number }) => [n.name, n.writes]));
  }

  async function sstablesByNode(keyspace: string, table: string): Promise<Record<string, number>> {
    const stats = await json('tablestats', `${keyspace}.${table}`);
    return Object.fromEntries(stats.keyspaces[0].tables[0].perNode.map((n: { name: string; sstables: number }) => [n.name, n.sstables]));
  }

  it('status shows 3 nodes UN, by data center, in text and JSON', async () => {
    const text = await tool('status');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Datacenter: datacenter1');
    expect(statusLines(text.stdout).map((l) => l.slice(0, 2))).toEqual(['UN', 'UN', 'UN']);
    const status = await json('status');
    const nodes = status.datacenters.flatMap((d: { nodes: unknown[] }) => d.nodes);
    expect(nodes.map((n: { name: string; status: string }) => `${n.name} ${n.status}`)).toEqual(['node1 UN', 'node2 UN', 'node3 UN']);
    const owns = nodes.reduce((s: number, n: { owns: number }) => s + n.owns, 0);
    expect(owns).toBeCloseTo(1, 9);
    expect(nodes.every((n: { tokens: number }) => n.tokens === 16)).toBe(true);
  });

  it('describecluster, ring, info and gossipinfo answer and their JSON parses', async () => {
    const described = await json('describecluster');
    expect(described.partitioner).toBe('org.apache.cassandra.dht.Murmur3Partitioner');
    expect(Object.values(described.schemaVersions).flat().sort()).toEqual(['node1', 'node2', 'node3']);
    expect(described.stats.live).toBe(3);
    const ring = await json('ring');
    expect(ring.datacenters[0].tokens).toHaveLength(48);
    const info = await json('info', '--node', 'node2');
    expect(info.name).toBe('node2');
    expect(info.gossipActive).toBe(true);
    expect(info.tokens).toHaveLength(16);
    const gossip = await json('gossipinfo', '--node', 'node1');
    const names = gossip.endpoints.map((e: { name: string }) => e.name);
    for (const n of ['node1', 'node2', 'node3']) expect(names).toContain(n);
  });

  it('getendpoints names the node the gateway writes each key to', async () => {
    await cluster.ok({ query: "CREATE KEYSPACE tools WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}" });
    await cluster.ok({ query: 'CREATE TABLE tools.kv (k int PRIMARY KEY, v text)' });
    await cluster.ok({ query: 'CREATE TABLE tools.comp (a text, b int, c int, v text, PRIMARY KEY ((a, b), c))' });
    await cluster.ok({ query: "CREATE KEYSPACE tools3 WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}" });
    await cluster.ok({ query: 'CREATE TABLE tools3.kv (k int PRIMARY KEY, v text)' });

    const writes: { table: string; key: string; insert: () => Promise<unknown> }[] = [
      ...[1, 2, 3, 42, 1000].map((k) => ({ table: 'kv', key: String(k), insert: () => cluster.ok({ query: 'INSERT INTO tools.kv (k, v) VALUES (?, ?)', params: [k, `v${k}`] }) })),
      ...[['x:y', 7], ['sensor', 20261122]].map(([a, b]) => ({
        table: 'comp',
        key: `${String(a).replaceAll(':', '\\:')}:${b}`,
        insert: () => cluster.ok({ query: 'INSERT INTO tools.comp (a, b, c, v) VALUES (?, ?, 1, ?)', params: [a, b, 'q'] }),
      })),
    ];
    const seen = new Set<string>();
    for (const w of writes) {
      const before = await writesByNode('tools', w.table);
      await w.insert();
      const after = await writesByNode('tools', w.table);
      const wrote = Object.keys(after).filter((n) => after[n] !== before[n]);
      const endpoints = await json('getendpoints', 'tools', w.table, w.key);
      expect(endpoints.replicas.map((r: { name: string }) => r.name), `key ${w.key} of ${w.table}`).toEqual(wrote);
      const text = await tool('getendpoints', 'tools', w.table, w.key);
      expect(text.stdout).toBe(`${wrote[0]}\n`);
      seen.add(wrote[0]!);
    }
    console.log(`RF 1 keys landed on: ${[...seen].sort().join(', ')}`);
    const three = await json('getendpoints', 'tools3', 'kv', '1');
    expect(three.replicas.map((r: { name: string }) => r.name).sort()).toEqual(['node1', 'node2', 'node3']);
  });

  it('flush turns memtables into SSTables; compact merges them; tablestats and compactionstats show it', async () => {
    const holders = Object.entries(await writesByNode('tools', 'kv')).filter(([, w]) => w > 0).map(([n]) => n);
    expect(Object.values(await sstablesByNode('tools', 'kv'))).toEqual([0, 0, 0]);
    const flushed = await json('flush', 'tools');
    expect(flushed.nodes.map((n: { ok: boolean }) => n.ok)).toEqual([true, true, true]);
    const afterFlush = await sstablesByNode('tools', 'kv');
    for (const [n, count] of Object.entries(afterFlush)) expect(count, n).toBe(holders.includes(n) ? 1 : 0);

    // A second flush of new data gives the holders two SSTables each; compact merges them.
    for (const k of [1, 2, 3, 42, 1000]) await cluster.ok({ query: 'INSERT INTO tools.kv (k, v) VALUES (?, ?)', params: [k, `w${k}`] });
    const text = await tool('flush', 'tools', 'kv');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Flushed tools\.kv on 3 of 3 nodes\./);
    const twice = await sstablesByNode('tools', 'kv');
    for (const n of holders) expect(twice[n]).toBe(2);

    const completedBefore = (await json('compactionstats')).nodes.reduce((s: number, n: { completed: number }) => s + n.completed, 0);
    const compacted = await json('compact', 'tools', 'kv');
    expect(compacted.tables).toEqual([{ keyspace: 'tools', table: 'kv', id: expect.any(String) }]);
    expect(compacted.nodes.every((n: { ok: boolean; tablesDone: number }) => n.ok && n.tablesDone === 1)).toBe(true);
    const afterCompact = await sstablesByNode('tools', 'kv');
    for (const n of holders) expect(afterCompact[n]).toBe(1);
    const stats = await json('compactionstats');
    const completedAfter = stats.nodes.reduce((s: number, n: { completed: number }) => s + n.completed, 0);
    expect(completedAfter).toBeGreaterThanOrEqual(completedBefore + holders.length);
    expect(stats.pendingTasks).toBeGreaterThanOrEqual(0);

    const tablestats = await tool('tablestats', 'tools.kv');
    expect(tablestats.stdout).toContain('\t\tTable: kv\n');
    expect(tablestats.stdout).toMatch(/\t\tSSTable count: \d+\n/);
    expect(tablestats.stdout).toMatch(/\t\tLocal write count: 10\n/);
  });

  it('bad input: a one-line typed error on stderr, exit status 2, no stack trace', async () => {
    const cases: [string[], RegExp][] = [
      [['tablestats', 'nope'], /^cassia tablestats: keyspace 'nope' does not exist \(keyspaces: tools, tools3\)\n$/],
      [['tablestats', 'tools.nope'], /^cassia tablestats: table 'tools\.nope' does not exist/],
      [['getendpoints', 'tools', 'kv', 'abc'], /^cassia getendpoints: "abc" is not a value of "k" \(int\)/],
      [['getendpoints', 'tools', 'comp', 'only-one'], /has 2 components/],
      [['info', '--node', 'node9'], /^cassia info: no node named or with host id 'node9' \(nodes: node1, node2, node3\)\n$/],
      [['flush', 'tools', 'nope'], /^cassia flush: table 'tools\.nope' does not exist/],
      [['status', 'nope'], /^cassia status: keyspace 'nope' does not exist/],
    ];
    for (const [args, message] of cases) {
      const run = await tool(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    const wrongCluster = await new Promise<ToolRun>((resolve) =>
      execFile(process.execPath, [CLI_MAIN, 'status', '--nats', cluster.nats.url, '--cluster', 'no_such_cluster'], (err, stdout, stderr) =>
        resolve({ code: err === null ? 0 : Number(err.code), stdout, stderr }),
      ),
    );
    expect(wrongCluster.code).toBe(1);
    expect(wrongCluster.stderr).toMatch(/^cassia status: no cluster named 'no_such_cluster'/);
  });

  it('a SIGKILLed node shows DN within a bounded wait; flush reports it failed', async () => {
    await cluster.node('node3').proc.kill(); // SIGKILL: no farewell
    const killedAt = Date.now();
    let text = '';
    while (Date.now() - killedAt < DOWN_SHOWN_WITHIN_MS) {
      text = (await tool('status', 'tools3')).stdout;
      if (statusLines(text).some((l) => l.startsWith('DN ') && l.includes(' node3 '))) break;
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
    const shownMs = Date.now() - killedAt;
    console.log(`cassia status tools3, ${shownMs} ms after SIGKILL of node3:\n${text}`);
    expect(statusLines(text).map((l) => l.slice(0, 2))).toEqual(['UN', 'UN', 'DN']);
    expect(text).toContain('Owns (effective)');
    expect(statusLines(text).every((l) => l.includes('100.0%'))).toBe(true); // RF 3 on 3 nodes
    expect(shownMs).toBeLessThan(DOWN_SHOWN_WITHIN_MS);

    const status = await json('status');
    const node3 = status.datacenters[0].nodes.find((n: { name: string }) => n.name === 'node3');
    expect(node3).toMatchObject({ status: 'DN', up: false, address: null, failure: { kind: 'down' } });

    const flush = await tool('flush', '--json');
    expect(flush.code).toBe(1);
    const report = JSON.parse(flush.stdout);
    expect(report.nodes.find((n: { name: string }) => n.name === 'node3')).toMatchObject({ ok: false, failure: { kind: 'down' } });
    expect(flush.stderr).toMatch(/^cassia flush: 1 of 3 nodes failed: node3 \(not running \(no responders\)\)\n$/);

    const described = await json('describecluster');
    expect(described.schemaVersions.UNREACHABLE).toEqual(['node3']);
    const info = await json('info'); // the first node that answers
    expect(info.name).toBe('node1');
  });
});

// The first milestone end to end: real nats-server, 3 node processes and a gateway;
// 1,000 rows written at QUORUM over HTTP with replication factor 3; a node SIGKILLed;
// everything still readable at QUORUM; ALL refused with Unavailable; the node restarted
// from its data directory; everything readable at ALL. Then the shell prints a table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, LocalCluster } from '../src/cluster.js';

const PARTITIONS = 50;
const ROWS_PER_PARTITION = 20; // 1,000 rows in all
const WRITE_CONCURRENCY = 32;

function expectedRow(p: number, seq: number) {
  return { sensor: `s${p}`, seq, value: String(BigInt(p) * 1_000_000_007n + BigInt(seq)), note: `p${p}-r${seq}` };
}

async function inParallel<T>(items: T[], limit: number, f: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await f(items[next++]!);
    }),
  );
}

describe('a 3-node cluster with replication factor 3', () => {
  let cluster: LocalCluster;

  beforeAll(async () => {
    cluster = await LocalCluster.start({ nodes: 3 });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  async function readAll(consistency: string): Promise<void> {
    for (let p = 0; p < PARTITIONS; p++) {
      const body = await cluster.ok({ query: 'SELECT * FROM ks.readings WHERE sensor = ?', params: [`s${p}`], consistency });
      expect(body.columns).toEqual([
        { name: 'sensor', type: 'text' },
        { name: 'seq', type: 'int' },
        { name: 'note', type: 'text' },
        { name: 'value', type: 'bigint' },
      ]);
      expect(body.rows).toEqual(Array.from({ length: ROWS_PER_PARTITION }, (_, seq) => expectedRow(p, seq)));
    }
  }

  it('survives a node SIGKILL and restart without losing a row', async () => {
    await cluster.ok({ query: "CREATE KEYSPACE ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}" });
    await cluster.ok({
      query: 'CREATE TABLE readings (sensor text, seq int, value bigint, note text, PRIMARY KEY (sensor, seq))',
      keyspace: 'ks',
    });

    const rows = Array.from({ length: PARTITIONS * ROWS_PER_PARTITION }, (_, i) => expectedRow(Math.floor(i / ROWS_PER_PARTITION), i % ROWS_PER_PARTITION));
    await inParallel(rows, WRITE_CONCURRENCY, async (r) => {
      await cluster.ok({
        query: 'INSERT INTO ks.readings (sensor, seq, value, note) VALUES (?, ?, ?, ?)',
        params: [r.sensor, r.seq, r.value, r.note],
        consistency: 'QUORUM',
      });
    });

    await cluster.node('node2').proc.kill(); // SIGKILL
    await readAll('QUORUM');

    const all = await cluster.query({
      query: "INSERT INTO ks.readings (sensor, seq, value, note) VALUES ('extra', 0, 0, 'never')",
      consistency: 'ALL',
    });
    expect(all.status).toBe(503);
    expect(all.body.error).toMatchObject({ name: 'Unavailable', code: 4096, consistency: 'ALL', required: 3, alive: 2 });
    // Unavailable means nothing was written anywhere.
    const extra = await cluster.ok({ query: "SELECT * FROM ks.readings WHERE sensor = 'extra'", consistency: 'QUORUM' });
    expect(extra.rows).toEqual([]);

    await cluster.startNode('node2', cluster.node('node2').dataDir);
    await cluster.waitForLiveNodes(3);
    await readAll('ALL');
    expect(cluster.liveness().every(([, alive]) => alive)).toBe(true);
  });

  it('cassia shell -e prints the rows as a table', async () => {
    const shell = cli('shell', ['shell', '--url', cluster.gateway.url, '--consistency', 'ALL', '-e', "SELECT sensor, seq, note FROM ks.readings WHERE sensor = 's7' AND seq < 3"]);
    const exit = await shell.exited();
    expect(exit.code).toBe(0);
    expect(shell.output()).toBe(
      [
        '',
        ' sensor | seq | note ',
        '--------+-----+-------',
        '     s7 |   0 | p7-r0',
        '     s7 |   1 | p7-r1',
        '     s7 |   2 | p7-r2',
        '',
        '(3 rows)',
        '',
        '',
      ].join('\n'),
    );
  });

  it('cassia shell -e exits non-zero and names the error', async () => {
    const shell = cli('shell', ['shell', '--url', cluster.gateway.url, '-e', 'SELECT * FROM ks.nope WHERE a = 1']);
    const exit = await shell.exited();
    expect(exit.code).not.toBe(0);
    expect(shell.output()).toContain('Invalid: Error from server: code=2200 [Invalid] message="unconfigured table nope"');
  });

  it('the shell reads multi-line statements from stdin and keeps CONSISTENCY and USE', async () => {
    const { spawn } = await import('node:child_process');
    const { CLI_MAIN } = await import('../src/cluster.js');
    const child = spawn(process.execPath, [CLI_MAIN, 'shell', '--url', cluster.gateway.url], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.stdin.end('CONSISTENCY QUORUM\nUSE ks;\nSELECT note\n  FROM readings\n  WHERE sensor = \'s1\'\n  AND seq = 4;\nEXIT\n');
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(out).toContain('Consistency level set to QUORUM.');
    expect(out).toBe('Consistency level set to QUORUM.\n\n note \n-------\n p1-r4\n\n(1 rows)\n\n');
  });
});

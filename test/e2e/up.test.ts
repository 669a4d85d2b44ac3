// `cassia up`: one command brings up nats-server, 3 nodes and a gateway on loopback and
// stops them all on SIGTERM; with --shell it opens the shell and stops the cluster when
// the shell ends.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, freePortRange, tempDir } from '@cassia/testkit';
import { cli, CLI_MAIN } from '../src/cluster.js';

async function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function ports() {
  return { http: await freePort(), native: await freePort(), nats: await freePort(), metricsBase: await freePortRange(3) };
}

describe('cassia up', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it('starts the cluster, prints the endpoints, serves CQL and stops everything on SIGTERM', async () => {
    const dir = await tempDir('up');
    cleanups.push(() => dir.remove());
    const p = await ports();
    const up = cli('up', [
      'up', '--data', dir.path, '--http-port', String(p.http), '--native-port', String(p.native), '--nats-port', String(p.nats),
      '--metrics-base-port', String(p.metricsBase), '--cluster', 'uptest',
    ]);
    cleanups.push(() => up.stop());
    await up.waitForOutput(/Press Ctrl-C to stop/, 60_000);
    expect(up.output()).toContain(`CQL over HTTP  http://127.0.0.1:${p.http}/v1/cql`);
    expect(up.output()).toContain(`CQL native     127.0.0.1:${p.native}`);
    expect(up.output()).toContain(`NATS           nats://127.0.0.1:${p.nats}`);

    const shell = cli('shell', ['shell', '--url', `http://127.0.0.1:${p.http}`, '-e',
      "CREATE KEYSPACE k WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}; " +
      'CREATE TABLE k.t (id int PRIMARY KEY, v text); ' +
      "INSERT INTO k.t (id, v) VALUES (1, 'one'); SELECT * FROM k.t WHERE id = 1;"]);
    expect((await shell.exited()).code).toBe(0);
    expect(shell.output()).toContain('  1 | one');

    up.child.kill('SIGTERM');
    expect((await up.exited()).code).toBe(0);
    for (const port of [p.http, p.native, p.nats, p.metricsBase + 1, p.metricsBase + 2, p.metricsBase + 3]) {
      expect(await portOpen(port)).toBe(false);
    }
  });

  it('with --shell, runs the shell and stops the cluster when it exits', async () => {
    const dir = await tempDir('up');
    cleanups.push(() => dir.remove());
    const p = await ports();
    const child = spawn(process.execPath, [
      CLI_MAIN, 'up', '--shell', '--nodes', '1', '--data', dir.path, '--http-port', String(p.http), '--native-port', String(p.native),
      '--nats-port', String(p.nats), '--metrics-base-port', String(p.metricsBase),
    ], { stdio: ['pipe', 'pipe', 'pipe'] });
    cleanups.push(async () => {
      // SIGTERM, so that `cassia up` stops its children too (SIGKILL would orphan them).
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.stdin.end(
      "CREATE KEYSPACE k WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1};\n" +
        'CREATE TABLE k.t (id int PRIMARY KEY, v text);\nINSERT INTO k.t (id, v) VALUES (7, \'seven\');\n' +
        'SELECT * FROM k.t WHERE id = 7;\nEXIT\n',
    );
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(out).toContain('Cassia is up: 1 node(s)');
    expect(out).toContain('  7 | seven');
    expect(code).toBe(0);
    for (const port of [p.http, p.nats, p.metricsBase + 1]) expect(await portOpen(port)).toBe(false);
  });
});

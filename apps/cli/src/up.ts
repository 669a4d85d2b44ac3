// `cassia up`: a local cluster on loopback for development — nats-server with JetStream,
// N storage nodes and a gateway as child processes — until Ctrl-C or SIGTERM, which
// stop them all (gateway, nodes, then NATS). With --shell, opens the shell in the
// foreground and stops the cluster when the shell exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DC } from '@cassia/node';

export const UP_START_TIMEOUT_MS = 30_000;
export const UP_STOP_GRACE_MS = 10_000;
export const UP_POLL_INTERVAL_MS = 200;
/** Node i serves /metrics on metricsBasePort + i. */
export const DEFAULT_METRICS_BASE_PORT = 9180;

/** One data center of a local cluster: its name, node count and rack count. */
export interface UpDataCenter {
  name: string;
  nodes: number;
  racks: number;
}

/**
 * Parses `--dcs dc1:3,dc2:2` (name:nodes, optionally name:nodes:racks). Nodes of a data
 * center are spread over its racks round-robin (rack1, rack2, ...).
 */
export function parseDataCenters(spec: string, defaultRacks = 1): UpDataCenter[] {
  const out: UpDataCenter[] = [];
  for (const part of spec.split(',')) {
    const m = /^([A-Za-z0-9_-]+):([1-9][0-9]*)(?::([1-9][0-9]*))?$/.exec(part.trim());
    if (m === null) throw new RangeError(`--dcs: "${part}" is not name:nodes[:racks] (e.g. dc1:3,dc2:2)`);
    if (out.some((d) => d.name === m[1])) throw new RangeError(`--dcs: data center ${m[1]} listed twice`);
    out.push({ name: m[1]!, nodes: Number(m[2]), racks: Number(m[3] ?? defaultRacks) });
  }
  return out;
}

export interface UpOptions {
  nodes: number;
  /** Data centers; when given, `nodes` is ignored and the gateway is in the first one. */
  dcs?: UpDataCenter[];
  data: string;
  httpPort: number;
  /** The gateway's CQL native protocol port (drivers, cqlsh). */
  nativePort: number;
  natsPort: number;
  metricsBasePort: number;
  cluster: string;
  shell: boolean;
}

interface Child {
  name: string;
  proc: ChildProcess;
  exited: Promise<void>;
}

const CLI_MAIN = fileURLToPath(new URL('./main.js', import.meta.url));

function natsServerBinary(): string {
  const fromEnv = process.env['NATS_SERVER_BIN'];
  if (fromEnv) return fromEnv;
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    if (dir !== '' && existsSync(join(dir, 'nats-server'))) return join(dir, 'nats-server');
  }
  if (existsSync('/usr/sbin/nats-server')) return '/usr/sbin/nats-server';
  throw new Error('nats-server not found: run scripts/provision (apt-get install nats-server) or set NATS_SERVER_BIN');
}

/**
 * Starts a child with its output appended to `logFile`. Children get their own process
 * group (detached), so Ctrl-C at the terminal reaches only `cassia up`, which then stops
 * them in order; a child that cannot be spawned at all counts as exited.
 */
function start(name: string, command: string, args: string[], logFile: string): Child {
  const log = openSync(logFile, 'a');
  let proc: ChildProcess;
  try {
    proc = spawn(command, args, { stdio: ['ignore', log, log], detached: true });
  } finally {
    closeSync(log); // the child holds its own copy
  }
  const exited = new Promise<void>((resolve) => {
    proc.once('exit', () => resolve());
    proc.once('error', (err) => {
      process.stderr.write(`cassia up: cannot start ${name}: ${err.message}\n`);
      resolve();
    });
  });
  return { name, proc, exited };
}

function hasExited(child: Child): boolean {
  return child.proc.exitCode !== null || child.proc.signalCode !== null || child.proc.pid === undefined;
}

async function waitFor(what: string, probe: () => Promise<boolean>, children: Child[]): Promise<void> {
  const deadline = Date.now() + UP_START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const dead = children.find(hasExited);
    if (dead) throw new Error(`${dead.name} exited during start-up; see its log`);
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, UP_POLL_INTERVAL_MS));
  }
  throw new Error(`${what} not ready within ${UP_START_TIMEOUT_MS} ms`);
}

async function httpOk(url: string): Promise<boolean> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
  return res.ok;
}

async function stopAll(children: Child[]): Promise<void> {
  // Reverse start order: the gateway first, NATS last.
  for (const child of [...children].reverse()) {
    if (hasExited(child)) continue;
    child.proc.kill('SIGTERM');
    const timer = setTimeout(() => child.proc.kill('SIGKILL'), UP_STOP_GRACE_MS);
    await child.exited;
    clearTimeout(timer);
  }
}

export async function up(options: UpOptions, openShell: (url: string) => Promise<number>): Promise<number> {
  const dcs = options.dcs ?? [{ name: DEFAULT_DC, nodes: options.nodes, racks: 1 }];
  const placements = dcs.flatMap((dc) => Array.from({ length: dc.nodes }, (_, i) => ({ dc: dc.name, rack: `rack${(i % dc.racks) + 1}` })));
  options = { ...options, nodes: placements.length };
  if (!(options.nodes >= 1)) throw new RangeError('--nodes must be at least 1');
  const data = resolve(options.data);
  const logs = join(data, 'logs');
  mkdirSync(logs, { recursive: true });
  const natsUrl = `nats://127.0.0.1:${options.natsPort}`;
  const httpUrl = `http://127.0.0.1:${options.httpPort}`;
  const children: Child[] = [];
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stopAll(children));
  const onSignal = () => void stop();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    children.push(
      start('nats-server', natsServerBinary(), ['-a', '127.0.0.1', '-p', String(options.natsPort), '-js', '-sd', join(data, 'nats')], join(logs, 'nats.log')),
    );
    const nodeMetrics: string[] = [];
    for (let i = 1; i <= options.nodes; i++) {
      const metricsPort = options.metricsBasePort + i;
      const { dc, rack } = placements[i - 1]!;
      nodeMetrics.push(`node${i} (${dc}/${rack}): http://127.0.0.1:${metricsPort}/metrics`);
      children.push(
        start(`node${i}`, process.execPath, [
          CLI_MAIN, 'node', '--nats', natsUrl, '--data', join(data, `node${i}`), '--name', `node${i}`,
          '--metrics-port', String(metricsPort), '--cluster', options.cluster, '--dc', dc, '--rack', rack,
        ], join(logs, `node${i}.log`)),
      );
    }
    children.push(
      start('gateway', process.execPath, [
        CLI_MAIN, 'gateway', '--nats', natsUrl, '--http-port', String(options.httpPort), '--native-port', String(options.nativePort), '--cluster', options.cluster,
        '--dc', dcs[0]!.name,
      ], join(logs, 'gateway.log')),
    );
    for (let i = 1; i <= options.nodes; i++) {
      await waitFor(`node${i}`, () => httpOk(`http://127.0.0.1:${options.metricsBasePort + i}/healthz`), children);
    }
    await waitFor('gateway', async () => {
      const res = await fetch(`${httpUrl}/healthz`, { signal: AbortSignal.timeout(1_000) });
      const body = (await res.json()) as { liveNodes?: number };
      return res.ok && (body.liveNodes ?? 0) >= options.nodes;
    }, children);
    const lines = [
      `Cassia is up: ${options.nodes} node(s) in ${dcs.map((d) => `${d.name} (${d.nodes})`).join(', ')}, cluster "${options.cluster}", data in ${data}`,
      `  CQL over HTTP  ${httpUrl}/v1/cql`,
      `  CQL native     127.0.0.1:${options.nativePort} (Cassandra drivers, cqlsh)`,
      `  gateway        ${httpUrl}/metrics  ${httpUrl}/healthz`,
      `  NATS           ${natsUrl}`,
      ...nodeMetrics.map((m) => `  ${m}`),
      `  logs           ${logs}`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
    if (options.shell) {
      const code = await openShell(httpUrl);
      await stop();
      return code;
    }
    process.stdout.write('Press Ctrl-C to stop.\n');
    await Promise.race(children.map((c) => c.exited));
    if (stopping === undefined) {
      const dead = children.find(hasExited);
      process.stderr.write(`${dead?.name ?? 'a process'} exited; stopping the cluster\n`);
      await stop();
      return 1;
    }
    await stopping;
    return 0;
  } catch (err) {
    await stop();
    throw err;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

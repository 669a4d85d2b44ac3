/**
 * The cluster under test, as separate processes on loopback: nats-server with JetStream (its own
 * free port and store directory), NODE_COUNT storage nodes and one gateway from the built CLI
 * (apps/cli/dist/main.js), each with its own free ports, data directory and log file. Ready once
 * every node's /healthz answers 200 and the gateway's /healthz reports NODE_COUNT live nodes.
 *
 * BENCH_CPU_PROF_DIR=DIR runs every node and the gateway with `node --cpu-prof` into DIR: one
 * CPU.<date>.<pid>...cpuprofile per process, written when it stops (the gateway's is the one
 * whose frames are in apps/gateway).
 *
 * After every measured run the harness saves each node's and the gateway's /metrics into the logs
 * directory (saveMetrics): the replica and coordinator latency histograms, GC and event-loop lag
 * of that run, to read where its latency went.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, natsServerBinary } from '@cassia/testkit';
import type { Child, Children } from './processes.ts';
import { waitFor } from './processes.ts';

export const CLI_MAIN = fileURLToPath(new URL('../../apps/cli/dist/main.js', import.meta.url));
export const NODE_COUNT = 3;
export const CLUSTER_NAME = 'bench';
export const START_TIMEOUT_MS = 60_000;
const HEALTH_PROBE_TIMEOUT_MS = 1_000;

/**
 * Node flags of the cluster's processes: a CPU profile each when BENCH_CPU_PROF_DIR is set, and
 * the space-separated flags of BENCH_NODE_FLAGS (e.g. `--heap-prof --heap-prof-dir DIR`).
 */
function nodeFlags(): string[] {
  const dir = process.env['BENCH_CPU_PROF_DIR'];
  const extra = (process.env['BENCH_NODE_FLAGS'] ?? '').split(' ').filter((f) => f !== '');
  return [...(dir === undefined || dir === '' ? [] : ['--cpu-prof', '--cpu-prof-dir', dir]), ...extra];
}

export interface RunDirs {
  readonly root: string;
  readonly logs: string;
  readonly data: string;
}

export interface Nats {
  readonly url: string;
  readonly child: Child;
}

export interface Cluster {
  readonly nats: Nats;
  readonly nodes: readonly Child[];
  readonly gateway: Child;
  readonly gatewayUrl: string;
  /** The gateway's CQL native protocol port (loopback). */
  readonly nativePort: number;
  /** Every process of the cluster, NATS included. */
  readonly processes: readonly Child[];
  /** The /metrics address of each node and of the gateway, by process name. */
  readonly metricsUrls: ReadonlyMap<string, string>;
}

const METRICS_SCRAPE_TIMEOUT_MS = 5_000;

/**
 * Saves every node's and the gateway's /metrics text as `<logs>/<label>.<process>.metrics`
 * (label: e.g. `A-native`). Counters and histograms are cumulative since the process started:
 * compare two snapshots for one run's share. A scrape that fails is noted in the file, never thrown.
 */
export async function saveMetrics(cluster: Cluster, dirs: RunDirs, label: string): Promise<void> {
  const file = label.replace(/[^A-Za-z0-9_-]+/g, '-');
  await Promise.all(
    [...cluster.metricsUrls].map(async ([name, url]) => {
      let text: string;
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(METRICS_SCRAPE_TIMEOUT_MS) });
        text = res.ok ? await res.text() : `# scrape of ${url} answered HTTP ${res.status}\n${await res.text()}`;
      } catch (error) {
        text = `# scrape of ${url} failed: ${error instanceof Error ? error.message : String(error)}\n`;
      }
      writeFileSync(join(dirs.logs, `${file}.${name}.metrics`), text);
    }),
  );
}

/** Starts nats-server with JetStream on a free loopback port; resolves once it accepts clients. */
export async function startNats(children: Children, dirs: RunDirs): Promise<Nats> {
  const port = await freePort();
  const store = join(dirs.data, 'nats');
  mkdirSync(store, { recursive: true });
  const logFile = join(dirs.logs, 'nats-server.log');
  const child = children.start('nats-server', natsServerBinary(), ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', store], logFile);
  await waitFor('nats-server ready', async () => readFileSync(logFile, 'utf8').includes('Server is ready'), START_TIMEOUT_MS, [child]);
  return { url: `nats://127.0.0.1:${port}`, child };
}

/** Starts the nodes and the gateway against `nats` and waits until the gateway sees every node. */
export async function startCluster(children: Children, dirs: RunDirs, nats: Nats): Promise<Cluster> {
  if (!existsSync(CLI_MAIN)) throw new Error(`${CLI_MAIN} is missing: build it with npx nx run @cassia/cli:build`);
  const env = { ...process.env, CASSIA_LOG_LEVEL: process.env['CASSIA_LOG_LEVEL'] ?? 'info' };
  const nodes: Child[] = [];
  const healthUrls: string[] = [];
  const metricsUrls = new Map<string, string>();
  for (let i = 1; i <= NODE_COUNT; i++) {
    const name = `node${i}`;
    const metricsPort = await freePort();
    const dataDir = join(dirs.data, name);
    mkdirSync(dataDir, { recursive: true });
    nodes.push(
      children.start(
        name,
        process.execPath,
        [...nodeFlags(), CLI_MAIN, 'node', '--nats', nats.url, '--data', dataDir, '--name', name, '--metrics-port', String(metricsPort), '--metrics-host', '127.0.0.1', '--cluster', CLUSTER_NAME],
        join(dirs.logs, `${name}.log`),
        env,
      ),
    );
    healthUrls.push(`http://127.0.0.1:${metricsPort}/healthz`);
    metricsUrls.set(name, `http://127.0.0.1:${metricsPort}/metrics`);
  }
  const httpPort = await freePort();
  const nativePort = await freePort();
  const gateway = children.start(
    'gateway',
    process.execPath,
    [...nodeFlags(), CLI_MAIN, 'gateway', '--nats', nats.url, '--http-port', String(httpPort), '--http-host', '127.0.0.1', '--native-port', String(nativePort), '--cluster', CLUSTER_NAME],
    join(dirs.logs, 'gateway.log'),
    env,
  );
  const processes = [nats.child, ...nodes, gateway];
  for (const [i, url] of healthUrls.entries()) {
    await waitFor(`node${i + 1} /healthz`, async () => (await fetch(url, { signal: AbortSignal.timeout(HEALTH_PROBE_TIMEOUT_MS) })).ok, START_TIMEOUT_MS, processes);
  }
  const gatewayUrl = `http://127.0.0.1:${httpPort}`;
  await waitFor(
    `${NODE_COUNT} live nodes at the gateway`,
    async () => {
      const res = await fetch(`${gatewayUrl}/healthz`, { signal: AbortSignal.timeout(HEALTH_PROBE_TIMEOUT_MS) });
      return res.ok && ((await res.json()) as { liveNodes?: number }).liveNodes === NODE_COUNT;
    },
    START_TIMEOUT_MS,
    processes,
  );
  metricsUrls.set('gateway', `${gatewayUrl}/metrics`);
  return { nats, nodes, gateway, gatewayUrl, nativePort, processes, metricsUrls };
}

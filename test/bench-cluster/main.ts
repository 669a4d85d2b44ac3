/**
 * `npm run bench:cluster`: the cluster end to end on one machine — nats-server, 3 storage nodes and
 * a gateway as separate processes — loaded with YCSB's usertable and driven with YCSB workloads
 * A, B and C (scrambled-zipfian keys) at QUORUM over HTTP, next to the machine's raw NATS
 * request/reply rate measured in the same run. Prints a table, and the same figures as JSON with
 * `--json FILE`. See README.md for what each figure means.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Cluster, RunDirs } from './cluster.ts';
import { CLI_MAIN, NODE_COUNT, saveMetrics, startCluster, startNats } from './cluster.ts';
import { CqlHttpClient } from './http-client.ts';
import { closedLoop, openLoop } from './loops.ts';
import { CONSISTENCY, load, workloadOperation } from './operations.ts';
import { nativeClient, nativeWorkloadOperation } from './native-client.ts';
import type { Client } from 'cassandra-driver';
import { NATS_IN_FLIGHT, NATS_PAYLOAD_BYTES, measureNatsRate } from './nats-rate.ts';
import type { BenchOptions } from './options.ts';
import { USAGE, UsageError, parseOptions } from './options.ts';
import { Children, CpuMeter, assertAlive } from './processes.ts';
import type { BenchReport, CpuShares } from './report.ts';
import {
  NATIVE_PROTOCOL_STATUS,
  OPEN_LOOP_LOAD_SHARE,
  P99_TARGET_MS,
  REPORT_FORMAT_VERSION,
  formatCount,
  formatCpu,
  formatErrors,
  judgeTargets,
  renderResults,
  renderTargets,
} from './report.ts';
import { CREATE_KEYSPACE, CREATE_TABLE, FIELD_BYTES, FIELD_COUNT, REPLICATION_FACTOR, WORKLOADS } from './ycsb.ts';

const run = promisify(execFile);
/** Set when SIGINT or SIGTERM arrived: failures after it are the shutdown's, not the cluster's. */
let interruptedBy: NodeJS.Signals | undefined;
const ROOT = join(import.meta.dirname, '..', '..');

const NOTES = [
  'vs raw NATS = ops/s ÷ the raw NATS request/reply rate measured at the start of this run (one requester process, ' +
    `${NATS_IN_FLIGHT} in flight, ${NATS_PAYLOAD_BYTES}-byte payloads, echo responder in another process)`,
  'closed loop: a fixed number of requests in flight, each caller sending its next when the last answered; latency = send → answer',
  'open loop: arrivals at a fixed rate; latency from each operation\'s scheduled start (no coordinated omission), so the client\'s own lateness counts against the cluster',
  'every process (nats-server, nodes, gateway, this client) shares the same machine: the cpu lines show which one was busy; a process near 1.00 core is a bottleneck',
  'reads are checked (one row, its key, ten 100-character fields); errors are counted by Cassandra error name from the answer (or the bench check that failed) and never retried, except during the load',
];

async function main(): Promise<number> {
  let parsed: BenchOptions | 'help';
  try {
    parsed = parseOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const options = parsed;
  const root = mkdtempSync(join(options.dir, 'cassia-bench-cluster-'));
  const dirs: RunDirs = { root, logs: join(root, 'logs'), data: join(root, 'data') };
  mkdirSync(dirs.logs);
  mkdirSync(dirs.data);
  const children = new Children();
  let cleaning: Promise<void> | undefined;
  const cleanUp = (): Promise<void> =>
    (cleaning ??= (async () => {
      await children.stopAll();
      if (!options.keepData) await rm(dirs.data, { recursive: true, force: true });
      progress(`[bench] logs kept in ${dirs.logs}${options.keepData ? `; data kept in ${dirs.data}` : ''}`);
    })());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      interruptedBy = signal;
      progress(`[bench] ${signal}: stopping every process`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  try {
    return await runAll(options, dirs, children);
  } finally {
    await cleanUp();
  }
}

async function runAll(options: BenchOptions, dirs: RunDirs, children: Children): Promise<number> {
  const report: BenchReport = {
    formatVersion: REPORT_FORMAT_VERSION,
    startedAt: new Date().toISOString(),
    environment: await environment(),
    settings: {
      records: options.records,
      fields: FIELD_COUNT,
      fieldBytes: FIELD_BYTES,
      nodes: NODE_COUNT,
      replicationFactor: REPLICATION_FACTOR,
      consistency: CONSISTENCY,
      keyChooser: 'YCSB scrambled zipfian (constant 0.99)',
      seconds: options.seconds,
      warmupSeconds: options.warmupSeconds,
      concurrency: options.concurrency,
      workloads: options.workloads,
      protocols: options.protocols,
      natsSeconds: options.natsSeconds,
      openLoop: !options.skipOpenLoop,
      seed: options.seed,
      runDir: dirs.root,
    },
    logs: dirs.logs,
    workloads: [],
    nativeProtocol: NATIVE_PROTOCOL_STATUS,
    notes: [...NOTES],
  };
  const env = report.environment;
  print(`Cassia cluster benchmark (YCSB over HTTP and the CQL native protocol) — ${report.startedAt}`);
  print(`machine: ${env['cpus']} cpus (${env['cpuModel']}), ${formatCount(Number(env['memoryBytes']) / 2 ** 30)} GiB RAM; node ${env['node']}; commit ${env['commit']}; ${env['build']}`);
  print(
    `${NODE_COUNT} nodes + 1 gateway + nats-server on loopback; ycsb.usertable: ${formatCount(options.records)} rows of ${FIELD_COUNT} fields × ${FIELD_BYTES} B, RF ${REPLICATION_FACTOR}, ${CONSISTENCY}; ` +
      `${options.concurrency} in flight, ${options.warmupSeconds} s warm-up + ${options.seconds} s per workload; seed ${options.seed}`,
  );
  print(`logs: ${dirs.logs}`);

  let client: CqlHttpClient | undefined;
  let native: Client | undefined;
  let cluster: Cluster | undefined;
  try {
    const nats = await startNats(children, dirs);
    progress(`[bench] nats-server at ${nats.url}; measuring raw request/reply for ${options.natsSeconds} s`);
    const raw = await measureNatsRate(children, dirs, nats, { seconds: options.natsSeconds }, progress);
    report.rawNats = { ...raw, inFlight: NATS_IN_FLIGHT, payloadBytes: NATS_PAYLOAD_BYTES };
    progress(`[bench] raw NATS: ${formatCount(raw.opsPerSec)} req/s, p50 ${raw.latency.p50Ms.toFixed(2)} ms, p99 ${raw.latency.p99Ms.toFixed(2)} ms`);
    await writeReport(options, report);

    cluster = await startCluster(children, dirs, nats);
    progress(`[bench] cluster up: gateway ${cluster.gatewayUrl}, ${NODE_COUNT} live nodes`);
    client = new CqlHttpClient(cluster.gatewayUrl, options.concurrency);
    await client.ok({ query: CREATE_KEYSPACE });
    await client.ok({ query: CREATE_TABLE });
    report.load = await load(client, { records: options.records, concurrency: options.concurrency, seed: options.seed }, progress);
    progress(`[bench] loaded ${formatCount(options.records)} rows in ${report.load.seconds.toFixed(1)} s (${formatCount(report.load.rowsPerSec)} rows/s)`);
    assertAlive(cluster.processes);
    await saveMetrics(cluster, dirs, 'load');
    await writeReport(options, report);

    const measured = cluster.processes;
    for (const name of options.protocols.includes('http') ? options.workloads : []) {
      const workload = WORKLOADS[name];
      let cpu: CpuShares = {};
      let meter: CpuMeter | undefined;
      progress(`[bench] workload ${name} (${workload.mix}): ${options.warmupSeconds} s warm-up, ${options.seconds} s measured`);
      const m = await closedLoop(
        workloadOperation(client, workload, { records: options.records, seed: options.seed }),
        { concurrency: options.concurrency, warmupMs: options.warmupSeconds * 1000, measureMs: options.seconds * 1000, label: `workload ${name}` },
        { onMeasureStart: () => (meter = new CpuMeter(measured)), onMeasureEnd: () => (cpu = meter?.read() ?? {}), progress },
      );
      assertAlive(cluster.processes);
      await saveMetrics(cluster, dirs, `${name}-http`);
      report.workloads.push({ ...m, workload: name, mix: workload.mix, protocol: 'http', concurrency: options.concurrency, ratioToRawNats: m.opsPerSec / raw.opsPerSec, cpu });
      progress(`[bench] ${name}: ${formatCount(m.opsPerSec)} ops/s, p99 ${m.latency.p99Ms.toFixed(2)} ms, errors: ${formatErrors(m.errors)}; cpu: ${formatCpu(cpu)}`);
      await writeReport(options, report);
    }

    // The same workloads through the native protocol, as a driver application runs them.
    native = nativeClient(cluster.nativePort);
    await native.connect();
    for (const name of options.protocols.includes('native') ? options.workloads : []) {
      const workload = WORKLOADS[name];
      let cpu: CpuShares = {};
      let meter: CpuMeter | undefined;
      progress(`[bench] workload ${name} over the native protocol: ${options.warmupSeconds} s warm-up, ${options.seconds} s measured`);
      const m = await closedLoop(
        nativeWorkloadOperation(native, workload, { records: options.records, seed: options.seed }),
        { concurrency: options.concurrency, warmupMs: options.warmupSeconds * 1000, measureMs: options.seconds * 1000, label: `workload ${name} (native)` },
        { onMeasureStart: () => (meter = new CpuMeter(measured)), onMeasureEnd: () => (cpu = meter?.read() ?? {}), progress },
      );
      assertAlive(cluster.processes);
      await saveMetrics(cluster, dirs, `${name}-native`);
      report.workloads.push({ ...m, workload: name, mix: workload.mix, protocol: 'native', concurrency: options.concurrency, ratioToRawNats: m.opsPerSec / raw.opsPerSec, cpu });
      progress(`[bench] ${name} (native): ${formatCount(m.opsPerSec)} ops/s, p99 ${m.latency.p99Ms.toFixed(2)} ms, errors: ${formatErrors(m.errors)}; cpu: ${formatCpu(cpu)}`);
      await writeReport(options, report);
    }

    // The open loop goes over HTTP when the run measured it (as before native existed), else native.
    const openProtocol = options.protocols.includes('http') ? 'http' : 'native';
    const a = report.workloads.find((w) => w.workload === 'A' && w.protocol === openProtocol);
    if (options.skipOpenLoop) report.notes.push('open loop skipped (--skip-open-loop)');
    else if (options.openLoopRate === undefined && a === undefined) report.notes.push('open loop not run: it needs workload A\'s peak (add A to --workloads)');
    else if (options.openLoopRate === undefined && a?.ops === 0) report.notes.push('open loop not run: workload A completed no operation');
    else {
      const peak = a?.opsPerSec ?? 0;
      const rate = options.openLoopRate ?? peak * OPEN_LOOP_LOAD_SHARE;
      let cpu: CpuShares = {};
      let meter: CpuMeter | undefined;
      const share = options.openLoopRate === undefined ? `${OPEN_LOOP_LOAD_SHARE * 100}% of ${formatCount(peak)}` : '--open-loop-rate';
      progress(`[bench] workload A open loop over ${openProtocol} at ${formatCount(rate)} ops/s (${share})`);
      const openSeed = { records: options.records, seed: options.seed + 1 };
      const m = await openLoop(
        openProtocol === 'http' ? workloadOperation(client, WORKLOADS.A, openSeed) : nativeWorkloadOperation(native, WORKLOADS.A, openSeed),
        { opsPerSec: rate, inFlightMax: options.concurrency, warmupMs: options.warmupSeconds * 1000, measureMs: options.seconds * 1000, label: 'workload A open loop' },
        { onMeasureStart: () => (meter = new CpuMeter(measured)), onMeasureEnd: () => (cpu = meter?.read() ?? {}), progress },
      );
      assertAlive(cluster.processes);
      await saveMetrics(cluster, dirs, 'open-loop');
      report.openLoop = {
        ...m,
        workload: 'A',
        protocol: openProtocol,
        peakOpsPerSec: peak,
        fixedRate: options.openLoopRate !== undefined,
        p99TargetMs: P99_TARGET_MS,
        p99Met: m.latency.count > 0 && m.latency.p99Ms < P99_TARGET_MS && m.errorCount === 0 && m.issuedLate === 0,
        cpu,
      };
    }
  } catch (error) {
    if (interruptedBy !== undefined) {
      report.failure = `interrupted by ${interruptedBy}`;
    } else {
      report.failure = firstLine(error);
      progress(`[bench] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
    progress(`[bench] the logs of every process are in ${dirs.logs}`);
  } finally {
    client?.close();
    await native?.shutdown().catch(() => undefined);
  }

  report.targets = judgeTargets(report);
  print('');
  print(renderResults(report));
  print('\nTargets (from the issue):');
  print(renderTargets(report.targets));
  print('\nNotes:');
  for (const note of report.notes) print(`  - ${note}`);
  if (report.failure !== undefined) print(`\nRUN ${interruptedBy === undefined ? 'FAILED' : 'STOPPED'}: ${report.failure} (figures above are what was measured before)`);
  report.finishedAt = new Date().toISOString();
  await writeReport(options, report);
  if (options.json !== undefined) print(`\nJSON written to ${options.json}`);
  print(`logs: ${dirs.logs}`);
  return report.failure === undefined ? 0 : 1;
}

async function environment(): Promise<Record<string, string | number>> {
  let commit = 'unknown commit';
  try {
    const { stdout } = await run('git', ['-C', ROOT, 'describe', '--always', '--dirty']);
    commit = stdout.trim();
  } catch {
    // not a git checkout
  }
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryBytes: totalmem(),
    commit,
    build: buildStatus(),
  };
}

/**
 * How the measured build relates to the sources: the CLI's build time, and the projects whose
 * sources are newer than their dist (the run measures the last build, never rebuilds).
 */
function buildStatus(): string {
  let cliBuilt: number;
  try {
    cliBuilt = statSync(CLI_MAIN).mtimeMs;
  } catch {
    return 'CLI not built (npx nx run @cassia/cli:build)';
  }
  const stale: string[] = [];
  for (const group of ['apps', 'libs']) {
    for (const project of readdirSync(join(ROOT, group))) {
      const dist = join(ROOT, group, project, 'dist', 'index.js');
      const src = join(ROOT, group, project, 'src');
      let built: number;
      try {
        built = statSync(dist).mtimeMs;
      } catch {
        continue; // no build output to compare (or not a project)
      }
      if (newestSource(src) > built) stale.push(`${group}/${project}`);
    }
  }
  const when = new Date(cliBuilt).toISOString().replace(/\.\d+Z$/, 'Z');
  return `build of ${when}${stale.length === 0 ? '' : `, older than the sources of ${stale.join(', ')}`}`;
}

function newestSource(dir: string): number {
  let newest = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!entry.endsWith('.ts') || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, statSync(join(dir, entry)).mtimeMs);
  }
  return newest;
}

async function writeReport(options: BenchOptions, report: BenchReport): Promise<void> {
  if (options.json !== undefined) await writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

function progress(line: string): void {
  process.stderr.write(`${line}\n`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);

// Prometheus end to end: the real Prometheus server (Debian package `prometheus`) scrapes a
// real cluster (3 nodes, 1 gateway) every second. Traffic exercises what the dashboards show:
// writes and reads at several consistency levels, errors (Invalid, Unavailable), hinted
// handoff (a node stopped, writes hinted, the node back and the hints replayed), enough data
// for every node to flush its memtable, gossip, and the native protocol when the gateway
// serves it. Then:
//   - promtool accepts every process's /metrics and the Prometheus configs;
//   - every target is up, and the dashboards' request-rate and latency queries return data;
//   - every PromQL expression of docker/grafana/dashboards/*.json returns a non-empty series.
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, LocalCluster, type GatewayProcess, type NodeProcess } from '../src/cluster.js';
import {
  dashboardQueries,
  GATEWAY_JOB,
  metricNamesIn,
  NODE_JOB,
  prometheusBinaries,
  promtoolCheckConfig,
  promtoolCheckMetrics,
  shippedPrometheusConfigs,
  startPrometheus,
  type DashboardQuery,
  type PrometheusServer,
} from '../src/prometheus.js';

const SCRAPE_INTERVAL_S = 1;
/** Long enough for Prometheus to scrape every target at least twice. */
const SCRAPES_SETTLE_MS = 3_000;
/** Bulk rows of BULK_VALUE_BYTES: ≈ 40 MiB on every replica, past the 32 MiB memtable. */
const BULK_ROWS = 160;
const BULK_VALUE_BYTES = 256 * 1024;
const BULK_CONCURRENCY = 4;
const FLUSH_TIMEOUT_MS = 90_000;
const HINT_ROWS = 20;
const SETUP_TIMEOUT_MS = 300_000;
const CONSISTENCY_LEVELS = ['ONE', 'TWO', 'QUORUM', 'ALL'] as const;
/** Metrics of the CQL native protocol (apps/gateway/src/native/metrics.ts). */
const NATIVE_PREFIX = 'cassia_native_';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function inParallel(count: number, limit: number, f: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < count) await f(next++);
  }));
}

/** A gateway of a LocalCluster that serves the native protocol (when this build has it). */
type MaybeNativeGateway = GatewayProcess & { nativeHost?: string; nativePort?: number };

/**
 * Opens a CQL native protocol v4 connection and sends OPTIONS, STARTUP and one QUERY, each
 * answered before the next; returns the open socket (a connection the gauge counts).
 */
async function nativeRequests(host: string, port: number, query: string): Promise<Socket> {
  const socket = connect({ host, port });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let buffered = Buffer.alloc(0);
  const answers: number[] = [];
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    while (buffered.length >= 9 && buffered.length >= 9 + buffered.readInt32BE(5)) {
      answers.push(buffered[4]!);
      buffered = buffered.subarray(9 + buffered.readInt32BE(5));
    }
  });
  const str = (s: string) => Buffer.concat([Buffer.from([Buffer.byteLength(s) >> 8, Buffer.byteLength(s) & 0xff]), Buffer.from(s)]);
  const longStr = (s: string) => {
    const n = Buffer.alloc(4);
    n.writeInt32BE(Buffer.byteLength(s));
    return Buffer.concat([n, Buffer.from(s)]);
  };
  const request = async (stream: number, opcode: number, body: Buffer) => {
    const header = Buffer.alloc(9);
    header.writeUInt8(0x04, 0);
    header.writeInt16BE(stream, 2);
    header.writeUInt8(opcode, 4);
    header.writeInt32BE(body.length, 5);
    const before = answers.length;
    socket.write(Buffer.concat([header, body]));
    await eventually(`native answer to opcode ${opcode}`, async () => answers.length > before, 10_000);
  };
  await request(1, 0x05, Buffer.alloc(0)); // OPTIONS
  await request(2, 0x01, Buffer.concat([Buffer.from([0, 1]), str('CQL_VERSION'), str('3.0.0')])); // STARTUP
  await request(3, 0x07, Buffer.concat([longStr(query), Buffer.from([0, 1, 0])])); // QUERY at ONE, no flags
  return socket;
}

describe('Prometheus scraping a real cluster, and the Grafana dashboards', () => {
  let binaries: { prometheus: string; promtool: string };
  let cluster: LocalCluster | undefined;
  let prometheus: PrometheusServer | undefined;
  let nativeSocket: Socket | undefined;
  let nativeServed = false;

  const processes = (): (NodeProcess | GatewayProcess)[] => [...cluster!.nodes, ...cluster!.gateways];
  const scrapeTarget = (p: NodeProcess | GatewayProcess) => ('url' in p ? `127.0.0.1:${p.httpPort}` : `127.0.0.1:${p.metricsPort}`);

  /** Writes and reads at several consistency levels, a delete, and one Invalid query. */
  async function traffic(round: number): Promise<void> {
    const c = cluster!;
    for (const consistency of CONSISTENCY_LEVELS) {
      for (let i = 0; i < 10; i++) {
        const k = round * 1000 + i;
        await c.ok({ query: 'INSERT INTO prom.kv (k, v) VALUES (?, ?)', params: [k, `v${k}`], consistency });
        await c.ok({ query: 'SELECT v FROM prom.kv WHERE k = ?', params: [k], consistency });
      }
    }
    await c.ok({ query: 'DELETE FROM prom.kv WHERE k = ?', params: [round * 1000 + 1], consistency: 'QUORUM' });
    const invalid = await c.query({ query: 'SELECT nope FROM prom.kv WHERE k = 1' });
    expect(invalid.body.error?.name, JSON.stringify(invalid.body)).toBe('Invalid');
  }

  /** node3 stops; writes for it become hints (and ALL is Unavailable); it returns and the hints are replayed. */
  async function hintedHandoff(): Promise<void> {
    const c = cluster!;
    const node3 = c.node('node3');
    await node3.proc.stop(); // SIGTERM: it announces its shutdown, so it is down at once
    await c.waitForLiveNodes(2);
    for (let k = 0; k < HINT_ROWS; k++) {
      await c.ok({ query: 'INSERT INTO prom.kv (k, v) VALUES (?, ?)', params: [k, `hinted${k}`], consistency: 'ONE' });
    }
    const unavailable = await c.query({ query: 'INSERT INTO prom.kv (k, v) VALUES (1, ?)', params: ['x'], consistency: 'ALL' });
    expect(unavailable.body.error?.name, JSON.stringify(unavailable.body)).toBe('Unavailable');
    const stored = (await Promise.all(c.nodes.filter((n) => n !== node3).map((n) => c.metricSum(n, 'cassia_hints_stored_total')))).reduce((a, b) => a + b, 0);
    expect(stored).toBeGreaterThanOrEqual(HINT_ROWS);
    await c.startNode('node3', node3.dataDir);
    await c.waitForLiveNodes(3);
    await eventually('hints replayed', async () => {
      const pending = await Promise.all(c.nodes.map((n) => c.metricSum(n, 'cassia_hints_pending')));
      return pending.every((p) => p === 0);
    }, 60_000);
    const replayed = (await Promise.all(c.nodes.map((n) => c.metricSum(n, 'cassia_hints_replayed_total')))).reduce((a, b) => a + b, 0);
    console.log(`hinted handoff: ${stored} hints stored while node3 was down, ${replayed} replayed once it was back`);
  }

  /** Writes ≈ BULK_ROWS × BULK_VALUE_BYTES to every replica, then reads some of it back, until every node has flushed. */
  async function bulkLoadUntilFlushed(): Promise<void> {
    const c = cluster!;
    const value = 'x'.repeat(BULK_VALUE_BYTES);
    const started = Date.now();
    await inParallel(BULK_ROWS, BULK_CONCURRENCY, async (k) => {
      await c.ok({ query: 'INSERT INTO prom.bulk (k, v) VALUES (?, ?)', params: [k, value], consistency: 'ONE' });
    });
    await eventually('every node flushed a memtable', async () => {
      const flushes = await Promise.all(c.nodes.map((n) => c.metricSum(n, 'cassia_memtable_flushes_total')));
      return flushes.every((f) => f > 0);
    }, FLUSH_TIMEOUT_MS);
    const sstables = await Promise.all(c.nodes.map((n) => c.metricSum(n, 'cassia_sstables')));
    console.log(`bulk load: ${BULK_ROWS} rows of ${BULK_VALUE_BYTES} B, every node flushed after ${Date.now() - started} ms; SSTables per node: ${sstables.join(', ')}`);
    // Reads that reach SSTables: bloom filters, read amplification, block cache.
    for (let k = 0; k < 20; k++) await c.ok({ query: 'SELECT k FROM prom.bulk WHERE k = ?', params: [k * 7 + 1_000_000 * (k % 2)], consistency: 'ALL' });
  }

  beforeAll(async () => {
    binaries = prometheusBinaries(); // says plainly when Prometheus is not installed here
    cluster = await LocalCluster.start({ nodes: 3 });
    await cluster.ok({ query: "CREATE KEYSPACE prom WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}" });
    await cluster.ok({ query: 'CREATE TABLE prom.kv (k int PRIMARY KEY, v text)' });
    await cluster.ok({ query: 'CREATE TABLE prom.bulk (k int PRIMARY KEY, v text)' });
    // Before Prometheus starts: node3's restart gives it a new metrics port.
    await hintedHandoff();

    prometheus = await startPrometheus(binaries, [
      { name: NODE_JOB, targets: cluster.nodes.map(scrapeTarget) },
      { name: GATEWAY_JOB, targets: cluster.gateways.map(scrapeTarget) },
    ], SCRAPE_INTERVAL_S);
    await traffic(1); // every label set the traffic makes exists before the next scrapes...
    await sleep(SCRAPES_SETTLE_MS);
    await bulkLoadUntilFlushed();
    await traffic(2); // ...so rate() over them sees this round's increments
    const gateway = cluster.gateway as MaybeNativeGateway;
    nativeServed = (await cluster.metrics(gateway)).includes(NATIVE_PREFIX);
    if (nativeServed && gateway.nativePort !== undefined) {
      nativeSocket = await nativeRequests(gateway.nativeHost ?? '127.0.0.1', gateway.nativePort, 'SELECT v FROM prom.kv WHERE k = 1000');
    }
    await sleep(SCRAPES_SETTLE_MS);
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    nativeSocket?.destroy();
    await prometheus?.stop();
    await cluster?.stop();
  });

  it('promtool accepts every process\'s /metrics and the Prometheus configs', async () => {
    for (const p of processes()) {
      const text = await cluster!.metrics(p);
      const check = await promtoolCheckMetrics(binaries.promtool, text);
      const name = 'url' in p ? 'gateway' : p.name;
      console.log(`promtool check metrics ${name}: exit ${check.code}, ${text.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length} samples${check.output.trim() === '' ? '' : `\n${check.output}`}`);
      expect(check.output.trim(), `promtool check metrics on ${name}`).toBe('');
      expect(check.code, `promtool check metrics on ${name}`).toBe(0);
    }
    const configs = shippedPrometheusConfigs();
    expect(configs.length).toBeGreaterThan(0);
    for (const config of [...configs, prometheus!.configPath]) {
      const check = await promtoolCheckConfig(binaries.promtool, config);
      console.log(`promtool check config ${config}: exit ${check.code}`);
      expect(check.code, check.output).toBe(0);
    }
  });

  it('scrapes every node and gateway, and the dashboards\' request-rate and latency queries return data', async () => {
    const prom = prometheus!;
    const targets = await prom.activeTargets();
    const expected = processes().map(scrapeTarget).sort();
    expect(targets.map((t) => t.labels['instance']).sort()).toEqual(expected);
    for (const t of targets) expect(t.health, `${t.scrapeUrl}: ${t.lastError}`).toBe('up');
    const up = await prom.query('up');
    expect(up.map((s) => s.value[1])).toEqual(expected.map(() => '1'));

    const byPanel = (title: string) => {
      const found = dashboardQueries().filter((q) => q.panel === title);
      expect(found.length, `dashboard panel "${title}"`).toBeGreaterThan(0);
      return found;
    };
    const values = async (q: DashboardQuery) => {
      const result = await prom.query(q.promql);
      return new Map(result.map((s) => [JSON.stringify(s.metric), Number(s.value[1])]));
    };
    const [byOperation] = byPanel('Requests/s by operation');
    const rates = await prom.query(byOperation!.promql);
    const rateOf = (operation: string) => Number(rates.find((s) => s.metric['operation'] === operation)?.value[1] ?? 0);
    console.log(`requests/s by operation: ${rates.map((s) => `${s.metric['operation']}=${Number(s.value[1]).toFixed(2)}`).join(' ')}`);
    expect(rateOf('insert')).toBeGreaterThan(0);
    expect(rateOf('select')).toBeGreaterThan(0);
    const [byConsistency] = byPanel('Requests/s by consistency level');
    const consistencies = await prom.query(byConsistency!.promql);
    for (const level of CONSISTENCY_LEVELS) {
      expect(Number(consistencies.find((s) => s.metric['consistency'] === level)?.value[1] ?? 0), level).toBeGreaterThan(0);
    }
    for (const q of [...byPanel('Request latency p50 / p95 / p99'), ...byPanel('Replica p99 latency by verb')]) {
      const latencies = [...(await values(q)).values()];
      console.log(`${q.panel} [${q.expr.slice(0, 22)}…]: ${latencies.map((v) => `${(v * 1000).toFixed(2)} ms`).join(', ')}`);
      expect(latencies.length, q.expr).toBeGreaterThan(0);
      expect(latencies.some((v) => Number.isFinite(v) && v > 0), q.expr).toBe(true);
    }
    const [replicaRates] = byPanel('Replica requests/s by verb');
    const replica = [...(await values(replicaRates!)).values()];
    expect(replica.some((v) => v > 0)).toBe(true);
  });

  it('every PromQL expression of the dashboards returns a series', async () => {
    const prom = prometheus!;
    const queries = dashboardQueries();
    const names = await prom.metricNames();
    const skipped: DashboardQuery[] = [];
    const empty: string[] = [];
    const unknown: string[] = [];
    const report: string[] = [];
    for (const q of queries) {
      const metrics = metricNamesIn(q.promql);
      expect(metrics.length, `${q.dashboard} "${q.panel}" names no metric: ${q.expr}`).toBeGreaterThan(0);
      if (!nativeServed && metrics.some((m) => m.startsWith(NATIVE_PREFIX))) {
        skipped.push(q);
        continue;
      }
      for (const m of metrics) if (m !== 'up' && !names.has(m)) unknown.push(`${q.dashboard} "${q.panel}": ${m}`);
      const result = await prom.query(q.promql);
      report.push(`${String(result.length).padStart(3)} series  ${q.dashboard} "${q.panel}"`);
      if (result.length === 0) empty.push(`${q.dashboard} "${q.panel}": ${q.promql}`);
    }
    console.log(`${report.join('\n')}\n${queries.length} dashboard expressions, ${report.length} run, ${report.length - empty.length} returned series`);
    if (skipped.length > 0) {
      console.log(`the gateway of this build does not serve the native protocol (no ${NATIVE_PREFIX}* metrics): ${skipped.length} native-protocol expressions not run:\n  ${skipped.map((q) => q.panel).join('\n  ')}`);
    }
    expect(unknown, 'metrics named by the dashboards that no process exposes').toEqual([]);
    expect(empty, 'dashboard expressions without a series').toEqual([]);
  });
});

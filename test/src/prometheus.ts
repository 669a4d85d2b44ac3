// The real Prometheus server and promtool (Debian package `prometheus`, installed by
// scripts/provision) for end-to-end checks: a server with a generated config scraping given
// targets, its HTTP API, `promtool check metrics|config`, and the PromQL expressions of the
// Grafana dashboards in docker/grafana/dashboards.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startProcess, tempDir, type ManagedProcess } from '@cassia/testkit';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DASHBOARDS_DIR = join(REPO_ROOT, 'docker/grafana/dashboards');
export const PROMETHEUS_CONFIG_DIR = join(REPO_ROOT, 'docker/prometheus');

/** The Prometheus configs shipped in docker/prometheus. */
export function shippedPrometheusConfigs(): string[] {
  return readdirSync(PROMETHEUS_CONFIG_DIR).filter((f) => f.endsWith('.yml')).sort().map((f) => join(PROMETHEUS_CONFIG_DIR, f));
}
/** Job names the dashboards expect (the configs in docker/prometheus use the same). */
export const NODE_JOB = 'cassia-node';
export const GATEWAY_JOB = 'cassia-gateway';

export const PROMETHEUS_READY_TIMEOUT_MS = 30_000;
export const PROMTOOL_TIMEOUT_MS = 30_000;
const POLL_MS = 200;

/**
 * Paths of `prometheus` and `promtool`: $PROMETHEUS_BIN / $PROMTOOL_BIN, else on PATH, else
 * Debian's /usr/bin. Throws a plain explanation when either is missing.
 */
export function prometheusBinaries(): { prometheus: string; promtool: string } {
  const find = (name: string, envVar: string): string => {
    const fromEnv = process.env[envVar];
    const candidates = fromEnv !== undefined && fromEnv !== ''
      ? [fromEnv]
      : [...(process.env['PATH'] ?? '').split(':'), '/usr/bin'].filter((dir) => dir !== '').map((dir) => join(dir, name));
    const found = candidates.find((path) => existsSync(path));
    if (found !== undefined) return found;
    throw new Error(
      `${name} is not installed on this machine, so the Prometheus checks cannot run: install the Debian ` +
        `package "prometheus" (scripts/provision does) or set ${envVar}`,
    );
  };
  return { prometheus: find('prometheus', 'PROMETHEUS_BIN'), promtool: find('promtool', 'PROMTOOL_BIN') };
}

/** Runs a command with `input` on stdin; resolves with its exit code and combined output. */
export function run(command: string, args: string[], input = '', timeoutMs = PROMTOOL_TIMEOUT_MS): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`${command} could not run on this machine: ${err.message}`, { cause: err }));
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
    child.stdin.end(input);
  });
}

/** `promtool check metrics` on Prometheus text (exit 0 and no complaint when it lints clean). */
export function promtoolCheckMetrics(promtool: string, text: string): Promise<{ code: number | null; output: string }> {
  return run(promtool, ['check', 'metrics'], text);
}

/** `promtool check config` on a Prometheus config file. */
export function promtoolCheckConfig(promtool: string, path: string): Promise<{ code: number | null; output: string }> {
  return run(promtool, ['check', 'config', path]);
}

export interface ScrapeJob {
  name: string;
  /** host:port of each target's /metrics. */
  targets: string[];
}

/** A Prometheus config (JSON, which is YAML) scraping `jobs` every `scrapeIntervalS` seconds. */
export function prometheusConfig(jobs: ScrapeJob[], scrapeIntervalS: number): string {
  const interval = `${scrapeIntervalS}s`;
  return JSON.stringify(
    {
      global: { scrape_interval: interval, scrape_timeout: interval, evaluation_interval: interval },
      scrape_configs: jobs.map((j) => ({ job_name: j.name, metrics_path: '/metrics', static_configs: [{ targets: j.targets }] })),
    },
    null,
    2,
  );
}

export interface PrometheusSample {
  metric: Record<string, string>;
  value: [number, string];
}

export interface ActiveTarget {
  labels: Record<string, string>;
  scrapeUrl: string;
  health: 'up' | 'down' | 'unknown';
  lastError: string;
}

export interface PrometheusServer {
  readonly url: string;
  readonly configPath: string;
  readonly proc: ManagedProcess;
  /** An instant query at the current time; throws on a PromQL error. */
  query(expr: string): Promise<PrometheusSample[]>;
  activeTargets(): Promise<ActiveTarget[]>;
  /** Every metric name Prometheus has stored. */
  metricNames(): Promise<Set<string>>;
  stop(): Promise<void>;
}

async function api<T>(base: string, path: string): Promise<T> {
  const res = await fetch(`${base}${path}`);
  const body = (await res.json()) as { status: string; data: T; error?: string; errorType?: string };
  if (body.status !== 'success') throw new Error(`Prometheus ${path}: ${body.errorType ?? res.status} ${body.error ?? ''}`);
  return body.data;
}

/**
 * Starts the real Prometheus server on a free loopback port with its own storage directory and a
 * generated config (checked with promtool first), and waits until it is ready.
 */
export async function startPrometheus(binaries: { prometheus: string; promtool: string }, jobs: ScrapeJob[], scrapeIntervalS = 1): Promise<PrometheusServer> {
  const dir = await tempDir('prometheus');
  const configPath = join(dir.path, 'prometheus.yml');
  await writeFile(configPath, prometheusConfig(jobs, scrapeIntervalS));
  const check = await promtoolCheckConfig(binaries.promtool, configPath);
  if (check.code !== 0) {
    await dir.remove();
    throw new Error(`promtool rejects the generated config:\n${check.output}`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = startProcess('prometheus', binaries.prometheus, [
    `--config.file=${configPath}`,
    `--storage.tsdb.path=${join(dir.path, 'data')}`,
    `--web.listen-address=127.0.0.1:${port}`,
    '--log.level=warn',
  ]);
  let exited = false;
  void proc.exited().then(() => (exited = true)); // also when it could not be started at all
  const stop = async () => {
    await proc.stop();
    await dir.remove();
  };
  const deadline = Date.now() + PROMETHEUS_READY_TIMEOUT_MS;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`prometheus (${binaries.prometheus}) exited at start-up; it cannot run on this machine:\n${proc.output()}`);
    }
    const ready = await fetch(`${url}/-/ready`).then((r) => r.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus not ready within ${PROMETHEUS_READY_TIMEOUT_MS} ms:\n${proc.output()}`);
    }
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return {
    url,
    configPath,
    proc,
    query: async (expr) => (await api<{ result: PrometheusSample[] }>(url, `/api/v1/query?query=${encodeURIComponent(expr)}`)).result,
    activeTargets: async () => (await api<{ activeTargets: ActiveTarget[] }>(url, '/api/v1/targets?state=active')).activeTargets,
    metricNames: async () => new Set(await api<string[]>(url, '/api/v1/label/__name__/values')),
    stop,
  };
}

/** One PromQL expression of a dashboard, with where it comes from. */
export interface DashboardQuery {
  dashboard: string;
  /** Panel title (or "variable <name>"). */
  panel: string;
  /** The expression as written in the dashboard. */
  expr: string;
  /** The expression runnable against Prometheus: Grafana's variables replaced. */
  promql: string;
}

/** Values standing in for Grafana's built-in interval variables. */
export const GRAFANA_INTERVALS: Record<string, string> = { __rate_interval: '1m', __interval: '15s', __range: '5m' };

interface GrafanaPanel {
  title?: string;
  targets?: { expr?: string }[];
  panels?: GrafanaPanel[];
}

interface GrafanaVariable {
  name: string;
  type: string;
  query?: string | { query?: string };
  allValue?: string;
}

interface GrafanaDashboard {
  title: string;
  panels?: GrafanaPanel[];
  templating?: { list?: GrafanaVariable[] };
}

/** Replaces $name, ${name} and [[name]] of the given variables in `expr`. */
function substitute(expr: string, values: Record<string, string>): string {
  return expr.replace(/\$\{(\w+)(?::\w+)?\}|\$(\w+)|\[\[(\w+)\]\]/g, (whole, a?: string, b?: string, c?: string) => {
    const name = a ?? b ?? c ?? '';
    return values[name] ?? whole;
  });
}

/**
 * Every PromQL expression in the dashboards: each panel target's `expr` (rows' nested panels
 * included) and each query variable's `label_values(metric, label)` (as `count by (label) (metric)`).
 * Template variables become their "All" value (allValue, else `.+`); intervals GRAFANA_INTERVALS.
 */
export function dashboardQueries(dir = DASHBOARDS_DIR): DashboardQuery[] {
  const out: DashboardQuery[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const dashboard = JSON.parse(readFileSync(join(dir, file), 'utf8')) as GrafanaDashboard;
    const values: Record<string, string> = { ...GRAFANA_INTERVALS };
    const variables = dashboard.templating?.list ?? [];
    for (const v of variables) if (v.type === 'query' || v.type === 'custom') values[v.name] = v.allValue ?? '.+';
    for (const v of variables) {
      if (v.type !== 'query') continue;
      const query = typeof v.query === 'string' ? v.query : (v.query?.query ?? '');
      const m = /^label_values\(\s*(.+?)\s*,\s*(\w+)\s*\)$/.exec(query.trim());
      if (m === null) throw new Error(`${file}: variable ${v.name} has a query other than label_values(metric, label): ${query}`);
      out.push({ dashboard: file, panel: `variable ${v.name}`, expr: query, promql: `count by (${m[2]}) (${substitute(m[1]!, values)})` });
    }
    const walk = (panels: GrafanaPanel[]) => {
      for (const p of panels) {
        for (const t of p.targets ?? []) {
          if (t.expr !== undefined) out.push({ dashboard: file, panel: p.title ?? '(untitled)', expr: t.expr, promql: substitute(t.expr, values) });
        }
        walk(p.panels ?? []);
      }
    };
    walk(dashboard.panels ?? []);
  }
  return out;
}

/** Metric names an expression reads (Cassia's, prom-client's process/nodejs ones, and `up`). */
export function metricNamesIn(promql: string): string[] {
  const code = promql.replace(/"(?:[^"\\]|\\.)*"/g, '""'); // label values are not metric names
  const names = new Set<string>();
  for (const m of code.matchAll(/\b(?:cassia|process|nodejs)_[a-z0-9_]+\b|\bup\b(?=\s*[{[)])/g)) names.add(m[0]);
  return [...names];
}

// A prom-client registry per process: Node's default metrics plus Cassia's own.
//
// Naming (Prometheus conventions, checked by `promtool check metrics` in test/e2e):
// `cassia_<subsystem>_<what>_<unit>`, base units (seconds, bytes), `_total` on counters and
// only on counters, latency histograms in `_seconds`, labels of bounded cardinality (an
// operation, a consistency level, a keyspace and table, a member id; never a key).
// Every series carries the process's labels `role` (node, gateway) and `server` (a node's
// name, a gateway's host:port); `instance` and `job` are left to Prometheus, which sets
// them from the scrape target.
import { hostname } from 'node:os';
import { collectDefaultMetrics, Registry } from 'prom-client';

export { Registry };

/** Latency buckets in seconds, 100 µs to 10 s: replica and coordinator calls live in here. */
export const LATENCY_BUCKETS_SECONDS = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

/** The labels createRegistry puts on every series of a process. */
export const PROCESS_LABEL_NAMES = ['role', 'server'] as const;

/**
 * prom-client default metrics left out of every registry: gauges whose names end in `_total`
 * (only counters may; `promtool check metrics` rejects them). Each is the sum of the per-type
 * gauge of the same name without `_total` (e.g. `sum without (type) (nodejs_active_handles)`).
 */
export const DEFAULT_METRICS_EXCLUDED: readonly string[] = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

/** Listen addresses that name no host: in a `server` label they become the host name. */
const WILDCARD_HOST = /^(?:0\.0\.0\.0|::|\[::\])(?=:\d+$)/;

/**
 * A registry with prom-client's default process and Node.js metrics (less
 * DEFAULT_METRICS_EXCLUDED), every series labelled with the process's `role` and `server`.
 * A `server` of the form `<wildcard address>:<port>` (a gateway listening on every interface)
 * becomes `<host name>:<port>`, so that such processes on different hosts stay apart.
 */
export function createRegistry(role: string, server: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ role, server: server.replace(WILDCARD_HOST, hostname()) });
  collectDefaultMetrics({ register: registry });
  for (const name of DEFAULT_METRICS_EXCLUDED) registry.removeSingleMetric(name);
  return registry;
}

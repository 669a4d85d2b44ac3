// A prom-client registry per process: Node's default metrics plus Cassia's own.
import { collectDefaultMetrics, Registry } from 'prom-client';

export { Registry };

/** Latency buckets in seconds, 100 µs to 10 s: replica and coordinator calls live in here. */
export const LATENCY_BUCKETS_SECONDS = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];

/** A registry with prom-client's default process and Node.js metrics, labelled by role. */
export function createRegistry(role: string, instance: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ role, instance });
  collectDefaultMetrics({ register: registry });
  return registry;
}

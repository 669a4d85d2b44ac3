// Metrics of the CQL native protocol listener, registered on the gateway's registry.
// Labels stay low-cardinality: opcode names (a dozen), Cassandra error names (a few dozen),
// event types (three).
import { Counter, Gauge } from 'prom-client';
import type { Registry } from '@cassia/telemetry';

export interface NativeMetrics {
  /** Open client connections. */
  connections: Gauge;
  /** Requests by opcode name (startup, options, query, prepare, execute, batch, register, ...). */
  requests: Counter<'opcode'>;
  /** ERROR responses by opcode name and Cassandra error name. */
  requestErrors: Counter<'opcode' | 'error'>;
  /** EVENT frames pushed to registered connections, by event type. */
  events: Counter<'type'>;
  /** Times a connection stopped reading because it had too many requests in flight or its client was not reading. */
  backpressurePauses: Counter;
}

export function createNativeMetrics(registry: Registry): NativeMetrics {
  return {
    connections: new Gauge({ name: 'cassia_native_connections', help: 'Open CQL native protocol connections.', registers: [registry] }),
    requests: new Counter({
      name: 'cassia_native_requests_total',
      help: 'CQL native protocol requests received, by opcode.',
      labelNames: ['opcode'],
      registers: [registry],
    }),
    requestErrors: new Counter({
      name: 'cassia_native_request_errors_total',
      help: 'CQL native protocol ERROR responses, by request opcode and Cassandra error name.',
      labelNames: ['opcode', 'error'],
      registers: [registry],
    }),
    events: new Counter({
      name: 'cassia_native_events_total',
      help: 'EVENT frames pushed to registered connections, by event type.',
      labelNames: ['type'],
      registers: [registry],
    }),
    backpressurePauses: new Counter({
      name: 'cassia_native_backpressure_pauses_total',
      help: 'Times a native connection stopped reading: too many requests in flight, or its client not reading responses.',
      registers: [registry],
    }),
  };
}

type RequestsChild = ReturnType<NativeMetrics['requests']['labels']>;
const requestChildren = new WeakMap<NativeMetrics, Map<string, RequestsChild>>();

/** `metrics.requests` for one opcode, its labelled child bound once (prom-client hashes a label object on every call). */
export function requestsFor(metrics: NativeMetrics, opcode: string): RequestsChild {
  let byOpcode = requestChildren.get(metrics);
  if (byOpcode === undefined) requestChildren.set(metrics, (byOpcode = new Map()));
  let child = byOpcode.get(opcode);
  if (child === undefined) byOpcode.set(opcode, (child = metrics.requests.labels({ opcode })));
  return child;
}

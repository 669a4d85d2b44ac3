// The gateway's own metrics: coordinator requests by operation and consistency level.
import { Counter, Gauge, Histogram } from 'prom-client';
import { LATENCY_BUCKETS_SECONDS, type Registry } from '@cassia/telemetry';

export interface GatewayMetrics {
  /** Requests by operation (select, insert, delete, create_table, ...), consistency and outcome. */
  requests: Counter<'operation' | 'consistency' | 'outcome'>;
  /** Latency by operation and consistency level, successful or not. */
  latency: Histogram<'operation' | 'consistency'>;
  /** Failed requests by the Cassandra error name (Unavailable, WriteTimeout, Invalid, ...). */
  errors: Counter<'operation' | 'consistency' | 'error'>;
  liveNodes: Gauge;
  metadataEpoch: Gauge;
}

export function createGatewayMetrics(registry: Registry): GatewayMetrics {
  return {
    requests: new Counter({
      name: 'cassia_coordinator_requests_total',
      help: 'CQL requests coordinated, by operation, consistency level and outcome (ok or error).',
      labelNames: ['operation', 'consistency', 'outcome'],
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'cassia_coordinator_request_duration_seconds',
      help: 'CQL request latency at the coordinator, by operation and consistency level.',
      labelNames: ['operation', 'consistency'],
      buckets: LATENCY_BUCKETS_SECONDS,
      registers: [registry],
    }),
    errors: new Counter({
      name: 'cassia_coordinator_errors_total',
      help: 'Failed CQL requests by operation, consistency level and Cassandra error name.',
      labelNames: ['operation', 'consistency', 'error'],
      registers: [registry],
    }),
    liveNodes: new Gauge({ name: 'cassia_gateway_live_nodes', help: 'Storage nodes this gateway deems up.', registers: [registry] }),
    metadataEpoch: new Gauge({ name: 'cassia_metadata_epoch', help: 'Cluster metadata epoch applied by this process.', registers: [registry] }),
  };
}

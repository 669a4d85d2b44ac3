// The gateway's own metrics: coordinator requests by operation and consistency level.
// Counters whose label values are known in advance start at 0 for them (Prometheus's advice),
// so a dashboard shows 0 unavailables rather than "no data", and rate() sees the first one.
import { Counter, Gauge, Histogram } from 'prom-client';
import { CONSISTENCY_LEVELS } from '@cassia/ring';
import { LATENCY_BUCKETS_SECONDS, type Registry } from '@cassia/telemetry';

/** Operations that read or write data: the ones that can be Unavailable or time out. */
export const DATA_OPERATIONS = ['select', 'insert', 'update', 'delete', 'batch'] as const;
/** Read repair modes (cassia_coordinator_read_repairs_total{mode}). */
export const READ_REPAIR_MODES = ['blocking', 'background'] as const;
/** Outcomes of a hint the coordinator asks a live node to store (cassia_coordinator_hints_total{outcome}). */
export const HINT_OUTCOMES = ['stored', 'failed'] as const;

export interface GatewayMetrics {
  /** Requests by operation (select, insert, delete, create_table, ...), consistency and outcome. */
  requests: Counter<'operation' | 'consistency' | 'outcome'>;
  /** Latency by operation and consistency level, successful or not. */
  latency: Histogram<'operation' | 'consistency'>;
  /** Failed requests by the Cassandra error name (Unavailable, WriteTimeout, Invalid, ...). */
  errors: Counter<'operation' | 'consistency' | 'error'>;
  /** Unavailable answers by operation and consistency level. */
  unavailables: Counter<'operation' | 'consistency'>;
  /** WriteTimeout and ReadTimeout answers by operation and consistency level. */
  timeouts: Counter<'operation' | 'consistency'>;
  /** Read repairs started: blocking (before answering) or background (a late digest). */
  readRepairs: Counter<'mode'>;
  /** Hints this gateway asked a live node to store, by outcome (stored, failed). */
  hintsWritten: Counter<'outcome'>;
  liveNodes: Gauge;
  metadataEpoch: Gauge;
}

/** What the gateway's ReplicaClient has counted since it started (its `stats`). */
export interface ReplicaTrafficStats {
  readonly calls: number;
  readonly requests: number;
}

/**
 * cassia_coordinator_replica_calls_total and cassia_coordinator_replica_messages_total: replica
 * verbs the coordinator called and the NATS requests that carried them (a batch carries many),
 * read from `stats` at each scrape. Their ratio is how well calls are coalesced.
 */
export function registerReplicaTrafficMetrics(registry: Registry, stats: ReplicaTrafficStats): void {
  const counterOf = (name: string, help: string, read: () => number): void => {
    let reported = 0;
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        const now = read();
        this.inc(now - reported);
        reported = now;
      },
    });
  };
  counterOf('cassia_coordinator_replica_calls_total', 'Replica verbs (read, digest, mutate, …) the coordinator called.', () => stats.calls);
  counterOf('cassia_coordinator_replica_messages_total', 'NATS requests that carried the replica calls (one batch carries many calls).', () => stats.requests);
}

export function createGatewayMetrics(registry: Registry): GatewayMetrics {
  const metrics: GatewayMetrics = {
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
    unavailables: new Counter({
      name: 'cassia_coordinator_unavailables_total',
      help: 'Requests answered Unavailable (too few live replicas), by operation and consistency level.',
      labelNames: ['operation', 'consistency'],
      registers: [registry],
    }),
    timeouts: new Counter({
      name: 'cassia_coordinator_timeouts_total',
      help: 'Requests answered WriteTimeout or ReadTimeout, by operation and consistency level.',
      labelNames: ['operation', 'consistency'],
      registers: [registry],
    }),
    readRepairs: new Counter({
      name: 'cassia_coordinator_read_repairs_total',
      help: 'Read repairs after a digest mismatch: blocking (before answering) or background (a late digest).',
      labelNames: ['mode'],
      registers: [registry],
    }),
    hintsWritten: new Counter({
      name: 'cassia_coordinator_hints_total',
      help: 'Hints the coordinator asked a live node to store for a down or timed-out replica, by outcome.',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    liveNodes: new Gauge({ name: 'cassia_gateway_live_nodes', help: 'Storage nodes this gateway deems up.', registers: [registry] }),
    metadataEpoch: new Gauge({ name: 'cassia_metadata_epoch', help: 'Cluster metadata epoch applied by this process.', registers: [registry] }),
  };
  for (const operation of DATA_OPERATIONS) {
    for (const consistency of Object.keys(CONSISTENCY_LEVELS)) {
      metrics.unavailables.inc({ operation, consistency }, 0);
      metrics.timeouts.inc({ operation, consistency }, 0);
    }
  }
  for (const mode of READ_REPAIR_MODES) metrics.readRepairs.inc({ mode }, 0);
  for (const outcome of HINT_OUTCOMES) metrics.hintsWritten.inc({ outcome }, 0);
  return metrics;
}

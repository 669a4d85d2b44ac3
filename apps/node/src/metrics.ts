// The storage node's own metrics (replica verbs, storage engine), beside prom-client's
// defaults. Engine figures are read from StorageEngine.stats() at scrape time.
import { Counter, Gauge, Histogram } from 'prom-client';
import type { StorageEngine } from '@cassia/lsm';
import { LATENCY_BUCKETS_SECONDS, type Registry } from '@cassia/telemetry';

export interface NodeMetrics {
  replicaRequests: Counter<'verb' | 'outcome'>;
  replicaLatency: Histogram<'verb'>;
  mutationsApplied: Counter;
  up: Gauge;
}

export function createNodeMetrics(registry: Registry): NodeMetrics {
  return {
    replicaRequests: new Counter({
      name: 'cassia_replica_requests_total',
      help: 'Replica verbs served, by verb (mutate, read) and outcome (ok, error, overloaded).',
      labelNames: ['verb', 'outcome'],
      registers: [registry],
    }),
    replicaLatency: new Histogram({
      name: 'cassia_replica_request_duration_seconds',
      help: 'Time to serve a replica verb, from receipt to reply.',
      labelNames: ['verb'],
      buckets: LATENCY_BUCKETS_SECONDS,
      registers: [registry],
    }),
    mutationsApplied: new Counter({
      name: 'cassia_replica_mutations_applied_total',
      help: 'Partition mutations applied durably (commit log synced).',
      registers: [registry],
    }),
    up: new Gauge({ name: 'cassia_node_up', help: '1 while the node serves replica verbs.', registers: [registry] }),
  };
}

/** Engine metrics sampled from the engine's own counters when Prometheus scrapes. */
export function registerEngineMetrics(registry: Registry, engine: StorageEngine): void {
  let syncsSeen = 0;
  let syncSecondsSeen = 0;
  let bytesSeen = 0;
  new Counter({
    name: 'cassia_commitlog_syncs_total',
    help: 'Commit log fdatasync calls (one per group commit).',
    registers: [registry],
    collect() {
      const s = engine.stats().commitLog;
      this.inc(s.syncs - syncsSeen);
      syncsSeen = s.syncs;
    },
  });
  new Counter({
    name: 'cassia_commitlog_sync_seconds_total',
    help: 'Time spent in commit log fdatasync calls.',
    registers: [registry],
    collect() {
      const total = engine.stats().commitLog.syncLatencyMicrosTotal / 1e6;
      this.inc(total - syncSecondsSeen);
      syncSecondsSeen = total;
    },
  });
  new Counter({
    name: 'cassia_commitlog_written_bytes_total',
    help: 'Bytes written to the commit log.',
    registers: [registry],
    collect() {
      const s = engine.stats().commitLog;
      this.inc(s.bytesWritten - bytesSeen);
      bytesSeen = s.bytesWritten;
    },
  });
  new Gauge({
    name: 'cassia_commitlog_pending_bytes',
    help: 'Commit log bytes appended and not yet acknowledged.',
    registers: [registry],
    collect() {
      this.set(engine.stats().commitLog.pendingBytes);
    },
  });
  new Gauge({
    name: 'cassia_commitlog_segments',
    help: 'Commit log segment files on disk.',
    registers: [registry],
    collect() {
      this.set(engine.stats().commitLog.segmentCount);
    },
  });
  new Gauge({
    name: 'cassia_memtable_bytes',
    help: 'Approximate bytes held by the memtable.',
    registers: [registry],
    collect() {
      this.set(engine.stats().memtableBytes);
    },
  });
  new Gauge({
    name: 'cassia_memtable_partitions',
    help: 'Partitions held by the memtable.',
    registers: [registry],
    collect() {
      this.set(engine.stats().memtablePartitions);
    },
  });
}

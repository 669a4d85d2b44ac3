// The storage node's own metrics (replica verbs, hints, storage engine), beside prom-client's
// defaults. Engine figures are read from StorageEngine.stats() at scrape time. Names follow
// the conventions in @cassia/telemetry (base units, `_total` only on counters); storage
// metrics are grouped by subsystem: cassia_commitlog_*, cassia_memtable*, cassia_sstable*,
// cassia_compaction*, cassia_bloom_filter_*, cassia_block_cache_*, cassia_storage_*.
import { Counter, Gauge, Histogram, type MetricObjectWithValues, type MetricValue } from 'prom-client';
import type { StorageEngine } from '@cassia/lsm';
import { LATENCY_BUCKETS_SECONDS, type Registry } from '@cassia/telemetry';

export interface NodeMetrics {
  replicaRequests: Counter<'verb' | 'outcome'>;
  replicaLatency: Histogram<'verb'>;
  mutationsApplied: Counter;
  /** Requests per coalesced batch verb. */
  replicaBatchEntries: Histogram;
  /** Hints stored here for other replicas, by target host id. */
  hintsStored: HintCounter;
  /** Hints delivered to their target. */
  hintsReplayed: HintCounter;
  /** Hints dropped unreplayed (older than max_hint_window, or refused by their target). */
  hintsDropped: HintCounter;
  up: Gauge;
}

/**
 * A counter of hints by target host id. Every target counted by one of the node's hint
 * counters has a series (at 0) in all of them, so "hints dropped" reads 0 for a target with
 * hints rather than "no data".
 */
export interface HintCounter {
  inc(labels: { target: string }, value?: number): void;
  get(): Promise<MetricObjectWithValues<MetricValue<'target'>>>;
}

export function createNodeMetrics(registry: Registry): NodeMetrics {
  const hintTargets = new Set<string>();
  const hintCounter = (name: string, help: string): HintCounter => {
    const counter = new Counter({
      name,
      help,
      labelNames: ['target'],
      registers: [registry],
      collect() {
        for (const target of hintTargets) this.inc({ target }, 0);
      },
    });
    return {
      inc(labels, value) {
        hintTargets.add(labels.target);
        counter.inc(labels, value);
      },
      get: () => counter.get(),
    };
  };
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
    replicaBatchEntries: new Histogram({
      name: 'cassia_replica_batch_entries',
      help: 'Replica requests carried by one coalesced batch message.',
      buckets: [2, 4, 8, 16, 32, 64, 128, 256],
      registers: [registry],
    }),
    hintsStored: hintCounter('cassia_hints_stored_total', 'Hints stored on this node for a replica that could not take a write, by target host id.'),
    hintsReplayed: hintCounter('cassia_hints_replayed_total', 'Hints this node delivered to their target replica, by target host id.'),
    hintsDropped: hintCounter('cassia_hints_dropped_total', 'Hints dropped unreplayed (older than max_hint_window, or refused by their target), by target host id.'),
    up: new Gauge({ name: 'cassia_node_up', help: '1 while the node serves replica verbs.', registers: [registry] }),
  };
}

/** Exposes the hints waiting on this node, read at scrape time. */
export function registerHintMetrics(registry: Registry, pending: () => number): void {
  new Gauge({
    name: 'cassia_hints_pending',
    help: 'Hints stored on this node not yet delivered to their target.',
    registers: [registry],
    collect() {
      this.set(pending());
    },
  });
}

/** Keeps a prom-client counter equal to a running total read from elsewhere at scrape time. */
function totalCounter(registry: Registry, name: string, help: string, read: () => number): void {
  let seen = 0;
  new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      const total = read();
      if (total > seen) this.inc(total - seen);
      seen = Math.max(seen, total);
    },
  });
}

function gauge(registry: Registry, name: string, help: string, read: () => number): void {
  new Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      this.set(read());
    },
  });
}

/** A table's keyspace and name, for labels; undefined when unknown (e.g. dropped). */
export type TableNameLookup = (tableId: string) => { keyspace: string; table: string } | undefined;

/**
 * Storage engine metrics, read from StorageEngine.stats() when Prometheus scrapes. Per-table
 * series are labelled `keyspace` and `table` from `tableNames`; a table it does not know (or
 * every table, without it) is labelled `keyspace=""` and `table=<table id>`.
 */
export function registerEngineMetrics(registry: Registry, engine: StorageEngine, tableNames?: TableNameLookup): void {
  const s = () => engine.stats();
  const tableLabels = (tableId: string) => tableNames?.(tableId) ?? { keyspace: '', table: tableId };
  totalCounter(registry, 'cassia_commitlog_syncs_total', 'Commit log fdatasync calls (one per group commit).', () => s().commitLog.syncs);
  totalCounter(registry, 'cassia_commitlog_written_bytes_total', 'Bytes written to the commit log.', () => s().commitLog.bytesWritten);
  totalCounter(registry, 'cassia_commitlog_segments_recycled_total', 'Commit log segments deleted once flushed.', () => s().commitLog.segmentsRecycled);
  gauge(registry, 'cassia_commitlog_pending_bytes', 'Commit log bytes appended and not yet acknowledged.', () => s().commitLog.pendingBytes);
  gauge(registry, 'cassia_commitlog_segments', 'Commit log segment files on disk.', () => s().commitLog.segmentCount);
  gauge(registry, 'cassia_memtable_bytes', 'Approximate bytes held by memtables (active and flushing).', () => s().memtableBytes);
  gauge(registry, 'cassia_memtable_partitions', 'Partitions held by memtables.', () => s().memtablePartitions);
  gauge(registry, 'cassia_memtables_flushing', 'Memtables switched out and waiting for (or in) flush.', () => s().memtablesFlushing);
  totalCounter(registry, 'cassia_memtable_flushes_total', 'Memtable flushes completed.', () => s().flushes);
  totalCounter(registry, 'cassia_memtable_flushed_bytes_total', 'Bytes of SSTables written by memtable flushes.', () => s().flushBytesWritten);
  totalCounter(registry, 'cassia_storage_write_stalls_total', 'Writes that waited because memtable flushes fell behind.', () => s().writeStalls);
  totalCounter(registry, 'cassia_compactions_total', 'Compactions completed.', () => s().compaction.completed);
  totalCounter(registry, 'cassia_compaction_read_bytes_total', 'Bytes read by compactions (compaction input).', () => s().compaction.bytesRead);
  totalCounter(registry, 'cassia_compaction_written_bytes_total', 'Bytes written by compactions (compaction output).', () => s().compaction.bytesWritten);
  totalCounter(registry, 'cassia_compaction_tombstones_purged_total', 'Tombstones dropped by compaction after gc grace.', () => s().compaction.tombstonesPurged);
  gauge(registry, 'cassia_compactions_pending', 'Compactions the strategies would run now.', () => s().compaction.pending);
  gauge(registry, 'cassia_compactions_running', 'Compactions running now.', () => s().compaction.running);
  totalCounter(registry, 'cassia_storage_reads_total', 'Partition reads served by the storage engine.', () => s().reads);
  totalCounter(registry, 'cassia_storage_read_sstables_total', 'SSTables read, summed over reads (read amplification = rate of this / rate of cassia_storage_reads_total).', () => s().sstablesTouched);
  totalCounter(registry, 'cassia_bloom_filter_checks_total', 'Bloom filter (and key range) checks on reads.', () => s().bloomChecks);
  totalCounter(registry, 'cassia_bloom_filter_useful_total', 'Bloom filter checks that ruled an SSTable out.', () => s().bloomNegatives);
  totalCounter(registry, 'cassia_bloom_filter_false_positives_total', 'Bloom filter "maybe" answers for partitions the SSTable did not hold.', () => s().bloomFalsePositives);
  totalCounter(registry, 'cassia_scan_pages_resumed_total', 'Scan pages that continued the previous page\'s SSTable streams instead of seeking again.', () => s().scanPagesResumed);
  totalCounter(registry, 'cassia_block_cache_hits_total', 'Block cache hits.', () => s().blockCache.hits);
  totalCounter(registry, 'cassia_block_cache_misses_total', 'Block cache misses.', () => s().blockCache.misses);
  totalCounter(registry, 'cassia_block_cache_evictions_total', 'Blocks evicted from the block cache.', () => s().blockCache.evictions);
  gauge(registry, 'cassia_block_cache_bytes', 'Bytes held by the block cache.', () => s().blockCache.bytes);
  gauge(registry, 'cassia_sstables_quarantined', 'SSTables taken out of service after failing a checksum.', () => s().quarantinedSSTables);
  new Gauge({
    name: 'cassia_sstables',
    help: 'Live SSTables per table and level.',
    labelNames: ['keyspace', 'table', 'level'],
    registers: [registry],
    collect() {
      this.reset();
      for (const e of s().sstables) this.inc({ ...tableLabels(e.tableId), level: String(e.level) }, e.count);
    },
  });
  new Gauge({
    name: 'cassia_sstable_bytes',
    help: 'Bytes of live SSTables per table and level.',
    labelNames: ['keyspace', 'table', 'level'],
    registers: [registry],
    collect() {
      this.reset();
      for (const e of s().sstables) this.inc({ ...tableLabels(e.tableId), level: String(e.level) }, e.bytes);
    },
  });
}

/** Commit log sync latency, observed on every group commit. */
export function commitLogSyncHistogram(registry: Registry): Histogram {
  return new Histogram({
    name: 'cassia_commitlog_sync_duration_seconds',
    help: 'Time of one commit log fdatasync (one group commit).',
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [registry],
  });
}

/** Buckets for background work (a flush, a compaction), in seconds: 10 ms to 5 min. */
export const BACKGROUND_DURATION_BUCKETS_SECONDS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

export interface BackgroundDurationHistograms {
  flush: Histogram;
  compaction: Histogram;
}

/**
 * Wall time of each memtable flush and compaction, observed from the engine's listener. A flush
 * with time to spare is paced (libs/lsm/doc/engine_design.md, "Pacing"), so its duration is
 * mostly the pacing; one that was hurried shows how fast the disk and the worker are.
 */
export function backgroundDurationHistograms(registry: Registry): BackgroundDurationHistograms {
  return {
    flush: new Histogram({
      name: 'cassia_memtable_flush_duration_seconds',
      help: 'Wall time of one memtable flush (paced while nothing waits for it).',
      buckets: BACKGROUND_DURATION_BUCKETS_SECONDS,
      registers: [registry],
    }),
    compaction: new Histogram({
      name: 'cassia_compaction_duration_seconds',
      help: 'Wall time of one compaction (throttled by compaction throughput).',
      buckets: BACKGROUND_DURATION_BUCKETS_SECONDS,
      registers: [registry],
    }),
  };
}

import { describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import type { StorageEngine, StorageEngineStats } from '@cassia/lsm';
import { createNodeMetrics, registerEngineMetrics } from './metrics.js';

/** Engine statistics with every figure 0 except what `over` sets. */
function stats(over: Partial<StorageEngineStats> = {}): StorageEngineStats {
  const zero = {
    commitLog: { syncs: 0, syncLatencyMicrosTotal: 0, syncLatencyMicrosMax: 0, writes: 0, bytesWritten: 0, entriesWritten: 0, pendingBytes: 0, backpressureWaits: 0, segmentsCreated: 0, segmentsRecycled: 0, segmentCount: 0, activeSegmentId: undefined },
    memtableBytes: 0, memtablePartitions: 0, memtablesFlushing: 0, droppedTables: 0, flushes: 0, flushBytesWritten: 0, flushInWorker: false,
    writeStalls: 0, sstables: [], sstableBytesTotal: 0, reads: 0, sstablesTouched: 0, bloomChecks: 0, bloomNegatives: 0, bloomFalsePositives: 0, scanPagesResumed: 0,
    blockCache: { hits: 0, misses: 0, bytes: 0, evictions: 0 },
    compaction: { completed: 0, running: 0, bytesRead: 0, bytesWritten: 0, tombstonesPurged: 0, pending: 0, inWorker: false },
    quarantinedSSTables: 0,
  };
  return { ...zero, ...over } as StorageEngineStats;
}

describe('node metrics', () => {
  it('gives every hint target a series in all three hint counters', async () => {
    const registry = new Registry();
    const m = createNodeMetrics(registry);
    m.hintsStored.inc({ target: 'h3' }, 2);
    m.hintsReplayed.inc({ target: 'h2' });
    const text = await registry.metrics();
    expect(text).toContain('cassia_hints_stored_total{target="h3"} 2');
    expect(text).toContain('cassia_hints_stored_total{target="h2"} 0');
    expect(text).toContain('cassia_hints_replayed_total{target="h3"} 0');
    expect(text).toContain('cassia_hints_dropped_total{target="h3"} 0');
    expect(text).toContain('cassia_hints_dropped_total{target="h2"} 0');
  });

  it('labels SSTables by keyspace and table name, or by table id when the name is unknown', async () => {
    const registry = new Registry();
    let current = stats({
      flushes: 2,
      sstables: [
        { tableId: 'id-1', level: 0, count: 3, bytes: 300 },
        { tableId: 'id-1', level: 1, count: 1, bytes: 1000 },
        { tableId: 'id-9', level: 0, count: 1, bytes: 10 },
      ],
    });
    const engine = { stats: () => current } as unknown as StorageEngine;
    registerEngineMetrics(registry, engine, (id) => (id === 'id-1' ? { keyspace: 'ks', table: 't' } : undefined));
    let text = await registry.metrics();
    expect(text).toContain('cassia_sstables{keyspace="ks",table="t",level="0"} 3');
    expect(text).toContain('cassia_sstable_bytes{keyspace="ks",table="t",level="1"} 1000');
    expect(text).toContain('cassia_sstables{keyspace="",table="id-9",level="0"} 1');
    expect(text).toContain('cassia_memtable_flushes_total 2');
    current = stats({ flushes: 5 }); // SSTables gone (compacted away, table dropped): no stale series
    text = await registry.metrics();
    expect(text).toContain('cassia_memtable_flushes_total 5');
    expect(text).not.toMatch(/^cassia_sstables\{/m);
  });
});

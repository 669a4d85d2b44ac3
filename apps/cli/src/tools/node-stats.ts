// A node's admin answers as plain numbers and strings (what the renderers and --json use),
// from the protobuf messages (64-bit fields arrive as Long).
import { toBigInt, toNumber, type GossipInfoMessage, type NodeStatsMessage } from '@cassia/wire';

export interface TableCounters {
  tableId: string;
  /** SSTable count per level, index = level. */
  sstablesPerLevel: number[];
  sstables: number;
  bytes: number;
  reads: number;
  writes: number;
}

export interface RunningMajorCompaction {
  tableId: string;
  startedAtMs: number;
}

export interface CompactionCounters {
  completed: number;
  running: number;
  pending: number;
  bytesRead: number;
  bytesWritten: number;
  tombstonesPurged: number;
  major: RunningMajorCompaction[];
}

export interface NodeStats {
  hostId: string;
  name: string;
  dc: string;
  rack: string;
  tokens: bigint[];
  generation: number;
  uptimeMs: number;
  loadBytes: number;
  metadataEpoch: number;
  address: string;
  metricsPort: number;
  gossipActive: boolean;
  heapUsedBytes: number;
  heapTotalBytes: number;
  rssBytes: number;
  memtableBytes: number;
  memtablePartitions: number;
  memtablesFlushing: number;
  flushes: number;
  storageReads: number;
  sstablesTouched: number;
  bloomChecks: number;
  bloomNegatives: number;
  bloomFalsePositives: number;
  quarantinedSSTables: number;
  commitlogSegments: number;
  storageFailure: string;
  tables: TableCounters[];
  compaction: CompactionCounters;
}

export function nodeStatsFrom(m: NodeStatsMessage): NodeStats {
  const c = m.compaction ?? {};
  return {
    hostId: m.hostId ?? '',
    name: m.name ?? '',
    dc: m.dc ?? '',
    rack: m.rack ?? '',
    tokens: (m.tokens ?? []).map(toBigInt),
    generation: toNumber(m.generation),
    uptimeMs: toNumber(m.uptimeMs),
    loadBytes: toNumber(m.loadBytes),
    metadataEpoch: toNumber(m.metadataEpoch),
    address: m.address ?? '',
    metricsPort: m.metricsPort ?? 0,
    gossipActive: m.gossipActive ?? false,
    heapUsedBytes: toNumber(m.heapUsedBytes),
    heapTotalBytes: toNumber(m.heapTotalBytes),
    rssBytes: toNumber(m.rssBytes),
    memtableBytes: toNumber(m.memtableBytes),
    memtablePartitions: toNumber(m.memtablePartitions),
    memtablesFlushing: m.memtablesFlushing ?? 0,
    flushes: toNumber(m.flushes),
    storageReads: toNumber(m.storageReads),
    sstablesTouched: toNumber(m.sstablesTouched),
    bloomChecks: toNumber(m.bloomChecks),
    bloomNegatives: toNumber(m.bloomNegatives),
    bloomFalsePositives: toNumber(m.bloomFalsePositives),
    quarantinedSSTables: m.quarantinedSstables ?? 0,
    commitlogSegments: toNumber(m.commitlogSegments),
    storageFailure: m.storageFailure ?? '',
    tables: (m.tables ?? []).map((t) => {
      const perLevel: number[] = [];
      let sstables = 0;
      let bytes = 0;
      for (const l of t.levels ?? []) {
        const level = l.level ?? 0;
        while (perLevel.length <= level) perLevel.push(0);
        perLevel[level] = (perLevel[level] ?? 0) + (l.count ?? 0);
        sstables += l.count ?? 0;
        bytes += toNumber(l.bytes);
      }
      return { tableId: t.tableId ?? '', sstablesPerLevel: perLevel, sstables, bytes, reads: toNumber(t.reads), writes: toNumber(t.writes) };
    }),
    compaction: {
      completed: toNumber(c.completed),
      running: c.running ?? 0,
      pending: c.pending ?? 0,
      bytesRead: toNumber(c.bytesRead),
      bytesWritten: toNumber(c.bytesWritten),
      tombstonesPurged: toNumber(c.tombstonesPurged),
      major: (c.major ?? []).map((x) => ({ tableId: x.tableId ?? '', startedAtMs: toNumber(x.startedAtMs) })),
    },
  };
}

export interface GossipEndpointView {
  endpoint: string;
  generation: number;
  heartbeat: number;
  maxVersion: number;
  alive: boolean;
  phi: number;
  states: { key: string; value: string; version: number }[];
}

export interface GossipView {
  observer: string;
  endpoints: GossipEndpointView[];
}

export function gossipViewFrom(m: GossipInfoMessage): GossipView {
  return {
    observer: m.observer ?? '',
    endpoints: (m.endpoints ?? []).map((e) => ({
      endpoint: e.endpoint ?? '',
      generation: toNumber(e.generation),
      heartbeat: toNumber(e.heartbeat),
      maxVersion: toNumber(e.maxVersion),
      alive: e.alive ?? false,
      phi: e.phi ?? 0,
      states: (e.states ?? []).map((s) => ({ key: s.key ?? '', value: s.value ?? '', version: toNumber(s.version) })),
    })),
  };
}

/** An application state of a gossip endpoint, or undefined. */
export function gossipState(e: GossipEndpointView | undefined, key: string): string | undefined {
  return e?.states.find((s) => s.key === key)?.value;
}

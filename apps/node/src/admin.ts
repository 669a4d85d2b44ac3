// The admin verb a node serves for operator tools (`cassia status`, `tablestats`, `flush`,
// `compact`, `gossipinfo`, …) on cassia.<cluster>.node.<hostId>.admin (libs/wire
// admin.proto):
//   stats       identity, tokens, load, uptime, gossip generation, heap, storage engine
//               figures, per-table SSTables by level and read/write counts, compactions;
//   flush       memtables to SSTables (shared by every table: all of them are flushed);
//   compact     a major compaction of each table asked for (or every table), in turn;
//   gossipInfo  this node's gossip view of every endpoint.
// Like the replica verbs, a request never takes the process down: bad input or a failing
// engine answers an AdminError. At most ADMIN_MAX_IN_FLIGHT requests run at once; more are
// answered Busy at once.
import process from 'node:process';
import type { NatsConnection, Subscription } from '@nats-io/nats-core';
import type { Membership } from '@cassia/cluster';
import { TableDroppedError, type StorageEngine } from '@cassia/lsm';
import type { Token } from '@cassia/ring';
import type { Logger } from '@cassia/telemetry';
import {
  admin,
  adminSubject,
  AdminErrorCode,
  encode,
  serve,
  toLong,
  toULong,
  type AdminResponseMessage,
  type GossipInfoMessage,
  type NodeStatsMessage,
  type TableStatsMessage,
} from '@cassia/wire';

type SSTableLevelMessage = NonNullable<TableStatsMessage['levels']>[number];

/** A count or size as an unsigned 64-bit protobuf field (negative or fractional input: floored at 0). */
function u64(n: number): ReturnType<typeof toULong> {
  return toULong(BigInt(Math.max(0, Math.floor(n))));
}

/** Admin requests handled at once; more are answered Busy. */
export const ADMIN_MAX_IN_FLIGHT = 16;
/** Tables a compact request may name. */
export const ADMIN_TABLES_PER_REQUEST_MAX = 4096;
class AdminRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface AdminServiceOptions {
  nc: NatsConnection;
  cluster: string;
  hostId: string;
  name: string;
  dc: string;
  rack: string;
  tokens: readonly Token[];
  engine: StorageEngine;
  membership: Membership;
  /** The cluster metadata epoch this node has applied. */
  metadataEpoch: () => number;
  /** Whether a table id is in the node's metadata and not dropped. */
  hasTable: (tableId: string) => Promise<boolean>;
  metricsPort: number;
  /** When the node process started, ms since the epoch. */
  startedAtMs: number;
  log: Logger;
  /** Milliseconds since the epoch (tests pass their own). */
  nowMs?: () => number;
}

/** Serves the admin verb on the node's subject until the subscription is unsubscribed. */
export function serveAdmin(o: AdminServiceOptions): Subscription {
  const now = o.nowMs ?? Date.now;
  /** Major compactions this verb started and that are still running. */
  const majors = new Map<number, { tableId: string; startedAtMs: number }>();
  let nextMajor = 0;

  const tableIdsOf = async (ids: readonly string[]): Promise<string[]> => {
    if (ids.length > ADMIN_TABLES_PER_REQUEST_MAX) {
      throw new AdminRequestError(AdminErrorCode.BadRequest, `at most ${ADMIN_TABLES_PER_REQUEST_MAX} tables per request, got ${ids.length}`);
    }
    for (const id of ids) {
      if (!(await o.hasTable(id)) || o.engine.isDropped(id)) throw new AdminRequestError(AdminErrorCode.UnknownTable, `unknown table id ${id}`);
    }
    return [...new Set(ids)];
  };

  const handle = async (data: Uint8Array): Promise<AdminResponseMessage> => {
    let request;
    try {
      request = admin.AdminRequest.decode(data);
    } catch (err) {
      throw new AdminRequestError(AdminErrorCode.BadRequest, `undecodable request: ${(err as Error).message}`);
    }
    switch (request.op) {
      case 'stats':
        return { stats: nodeStats(o, now(), [...majors.values()]) };
      case 'gossipInfo':
        return { gossipInfo: gossipInfo(o) };
      case 'flush': {
        const tableIds = await tableIdsOf(request.flush?.tableIds ?? []);
        const started = now();
        await o.engine.flush();
        o.log.info({ tables: tableIds.length === 0 ? 'all' : tableIds }, 'flushed on request');
        return { flush: { tableIds, durationMs: u64(now() - started) } };
      }
      case 'compact': {
        const asked = await tableIdsOf(request.compact?.tableIds ?? []);
        const tableIds = asked.length > 0 ? asked : o.engine.tableIds().sort();
        const started = now();
        for (const tableId of tableIds) {
          const id = nextMajor++;
          majors.set(id, { tableId, startedAtMs: now() });
          try {
            await o.engine.majorCompact(tableId);
          } finally {
            majors.delete(id);
          }
        }
        o.log.info({ tables: tableIds }, 'major compaction on request');
        return { compact: { tableIds, durationMs: u64(now() - started) } };
      }
      default:
        throw new AdminRequestError(AdminErrorCode.BadRequest, 'the request names no operation');
    }
  };

  const failure = (err: unknown): Uint8Array => {
    if (err instanceof AdminRequestError) return encode(admin.AdminResponse, { error: { code: err.code, message: err.message } });
    if (err instanceof TableDroppedError) return encode(admin.AdminResponse, { error: { code: AdminErrorCode.UnknownTable, message: err.message } });
    o.log.error({ err }, 'admin verb failed');
    return encode(admin.AdminResponse, { error: { code: AdminErrorCode.Storage, message: err instanceof Error ? err.message : String(err) } });
  };

  return serve(o.nc, adminSubject(o.cluster, o.hostId), async (data) => encode(admin.AdminResponse, await handle(data)), {
    maxInFlight: ADMIN_MAX_IN_FLIGHT,
    overloaded: () => encode(admin.AdminResponse, { error: { code: AdminErrorCode.Busy, message: `more than ${ADMIN_MAX_IN_FLIGHT} admin requests in flight` } }),
    failed: failure,
  });
}

function nodeStats(o: AdminServiceOptions, nowMs: number, majors: { tableId: string; startedAtMs: number }[]): NodeStatsMessage {
  const s = o.engine.stats();
  const memory = process.memoryUsage();
  const levels = new Map<string, SSTableLevelMessage[]>();
  for (const e of s.sstables) {
    const list = levels.get(e.tableId) ?? [];
    list.push({ level: e.level, count: e.count, bytes: u64(e.bytes) });
    levels.set(e.tableId, list);
  }
  const activity = new Map(s.tableActivity.map((a) => [a.tableId, a]));
  const ids = new Set([...levels.keys(), ...o.engine.tableIds(), ...activity.keys()]);
  const tables: TableStatsMessage[] = [...ids]
    .filter((id) => !o.engine.isDropped(id))
    .sort()
    .map((tableId) => {
      const a = activity.get(tableId);
      return { tableId, levels: levels.get(tableId) ?? [], reads: u64(a?.reads ?? 0), writes: u64(a?.writes ?? 0) };
    });
  return {
    hostId: o.hostId,
    name: o.name,
    dc: o.dc,
    rack: o.rack,
    tokens: o.tokens.map(toLong),
    generation: u64(o.membership.gossiper.generation),
    uptimeMs: u64(Math.max(0, nowMs - o.startedAtMs)),
    loadBytes: u64(s.sstableBytesTotal),
    metadataEpoch: u64(o.metadataEpoch()),
    address: o.nc.info?.client_ip ?? '',
    metricsPort: o.metricsPort,
    gossipActive: o.membership.gossiper.isAlive(o.hostId),
    heapUsedBytes: u64(memory.heapUsed),
    heapTotalBytes: u64(memory.heapTotal),
    rssBytes: u64(memory.rss),
    memtableBytes: u64(s.memtableBytes),
    memtablePartitions: u64(s.memtablePartitions),
    memtablesFlushing: s.memtablesFlushing,
    flushes: u64(s.flushes),
    storageReads: u64(s.reads),
    sstablesTouched: u64(s.sstablesTouched),
    bloomChecks: u64(s.bloomChecks),
    bloomNegatives: u64(s.bloomNegatives),
    bloomFalsePositives: u64(s.bloomFalsePositives),
    quarantinedSstables: s.quarantinedSSTables,
    tables,
    compaction: {
      completed: u64(s.compaction.completed),
      running: Math.max(s.compaction.running, majors.length),
      pending: s.compaction.pending,
      bytesRead: u64(s.compaction.bytesRead),
      bytesWritten: u64(s.compaction.bytesWritten),
      tombstonesPurged: u64(s.compaction.tombstonesPurged),
      major: majors.map((m) => ({ tableId: m.tableId, startedAtMs: u64(m.startedAtMs) })),
    },
    storageFailure: o.engine.failure?.message ?? '',
    commitlogSegments: u64(s.commitLog.segmentCount),
  };
}

function gossipInfo(o: AdminServiceOptions): GossipInfoMessage {
  const g = o.membership.gossiper;
  return {
    observer: o.hostId,
    endpoints: g
      .snapshot()
      .sort((a, b) => a.endpoint.localeCompare(b.endpoint))
      .map((s) => ({
        endpoint: s.endpoint,
        generation: u64(s.generation),
        heartbeat: u64(s.heartbeatVersion),
        maxVersion: u64(s.maxVersion),
        alive: s.endpoint === o.hostId ? s.alive : o.membership.isAlive(s.endpoint),
        phi: Number.isFinite(s.phi) ? s.phi : Number.MAX_VALUE,
        states: [...s.applicationStates.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, v]) => ({ key, value: v.value, version: u64(v.version) })),
      })),
  };
}

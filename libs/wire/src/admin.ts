// The admin verb (proto/admin.proto): operator tools ask one storage node for its stats,
// gossip view, a flush or a major compaction, on the node's own subject
//
//   cassia.<cluster>.node.<hostId>.admin    request/reply, AdminRequest → AdminResponse
//
// Contract of requestAdmin: resolves with the decoded result of the one operation asked,
// or rejects with RpcTimeoutError (no reply within timeoutMs: the node may be hung or
// partitioned, and a flush or compaction may still be running there),
// RpcNoRespondersError (nothing serves the subject: the node is not running),
// RpcConnectionError, or AdminRefusedError (the node answered with an AdminError).
import type { NatsConnection } from '@nats-io/nats-core';
import { cassia } from './gen/messages.js';
import { encode } from './messages.js';
import { request } from './rpc.js';
import { assertSubjectToken } from './subjects.js';

export const admin = cassia.admin;

export type AdminRequestMessage = cassia.admin.AdminRequest.$Properties;
export type AdminResponseMessage = cassia.admin.AdminResponse.$Properties;
export type NodeStatsMessage = cassia.admin.NodeStats.$Properties;
export type TableStatsMessage = cassia.admin.TableStats.$Properties;
export type CompactionInfoMessage = cassia.admin.CompactionInfo.$Properties;
export type FlushResultMessage = cassia.admin.FlushResult.$Properties;
export type CompactResultMessage = cassia.admin.CompactResult.$Properties;
export type GossipInfoMessage = cassia.admin.GossipInfo.$Properties;
export type GossipEndpointMessage = cassia.admin.GossipEndpoint.$Properties;

/** The last subject token of the admin verb. */
export const ADMIN_VERB = 'admin';

/** Where one node serves the admin verb. */
export function adminSubject(cluster: string, hostId: string): string {
  assertSubjectToken('cluster name', cluster);
  assertSubjectToken('host id', hostId);
  return `cassia.${cluster}.node.${hostId}.${ADMIN_VERB}`;
}

/** Codes a node answers in AdminError.code. */
export const AdminErrorCode = {
  /** The request could not be decoded, or carries no operation. */
  BadRequest: 'BAD_REQUEST',
  /** A table id the node does not know (not in its metadata, or dropped). */
  UnknownTable: 'UNKNOWN_TABLE',
  /** Another admin operation of the same kind is running on the node. */
  Busy: 'BUSY',
  /** The storage engine failed. */
  Storage: 'STORAGE',
} as const;

export type AdminErrorCode = (typeof AdminErrorCode)[keyof typeof AdminErrorCode];

/** The node answered the admin verb with an error; `code` is an AdminErrorCode. */
export class AdminRefusedError extends Error {
  override readonly name = 'AdminRefusedError';
  constructor(
    readonly hostId: string,
    readonly code: string,
    message: string,
  ) {
    super(`node ${hostId} refused: ${message} (${code})`);
  }
}

/** What each operation answers. */
export interface AdminResults {
  stats: NodeStatsMessage;
  flush: FlushResultMessage;
  compact: CompactResultMessage;
  gossipInfo: GossipInfoMessage;
}

export type AdminOp = keyof AdminResults;

/** The request for `op` with its arguments (table ids for flush and compact). */
export function adminRequestFor(op: AdminOp, tableIds: readonly string[] = []): AdminRequestMessage {
  switch (op) {
    case 'stats':
      return { stats: {} };
    case 'gossipInfo':
      return { gossipInfo: {} };
    case 'flush':
      return { flush: { tableIds: [...tableIds] } };
    case 'compact':
      return { compact: { tableIds: [...tableIds] } };
  }
}

/** Sends one admin operation to node `hostId` and resolves with its result (see the file's contract). */
export async function requestAdmin<K extends AdminOp>(
  nc: NatsConnection,
  cluster: string,
  hostId: string,
  op: K,
  timeoutMs: number,
  tableIds: readonly string[] = [],
): Promise<AdminResults[K]> {
  const reply = await request(nc, adminSubject(cluster, hostId), encode(admin.AdminRequest, adminRequestFor(op, tableIds)), timeoutMs);
  let response: AdminResponseMessage;
  try {
    response = admin.AdminResponse.decode(reply);
  } catch (err) {
    throw new AdminRefusedError(hostId, AdminErrorCode.BadRequest, `undecodable admin reply: ${(err as Error).message}`);
  }
  if (response.error) throw new AdminRefusedError(hostId, response.error.code ?? '', response.error.message ?? '');
  const result = response[op] as AdminResults[K] | null | undefined;
  if (result === null || result === undefined) {
    throw new AdminRefusedError(hostId, AdminErrorCode.BadRequest, `the admin reply carries no ${op} result`);
  }
  return result;
}

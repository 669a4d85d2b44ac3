// Where native protocol EVENTs come from (native_protocol_v4.spec, section 4.2.6):
//
// SCHEMA_CHANGE — from the difference between two cluster views (before and after a metadata
//   change). Every DDL, run here or through another gateway, changes the metadata document,
//   and this gateway applies its own changes as soon as their compare-and-set succeeds, so
//   the diff is the one source: a DDL run here is announced once, before its RESULT.
//   A keyspace appearing gives CREATED KEYSPACE and CREATED TABLE for each of its tables;
//   a table whose id changed was dropped and created again (DROPPED then CREATED TABLE);
//   any other change of a table or of a keyspace's replication is UPDATED.
// STATUS_CHANGE / TOPOLOGY_CHANGE — from gossip, about the OTHER gateways (what drivers
//   connect to), once they publish their native address (NATIVE_ADDRESS): NEW_NODE when one
//   is first heard of (or its address changes), UP/DOWN as the failure detector decides,
//   REMOVED_NODE when it leaves (status LEFT) or moves to another address.
import { ApplicationState, MemberRole, MemberStatus, type GossipEvent } from '@cassia/gossip';
import type { TableSchema } from '@cassia/cql-lite';
import { parseNativeAddress } from './identity.js';
import type { NativeEvent } from './responses.js';

/** The part of a cluster view schema events are computed from. */
export interface SchemaView {
  readonly keyspaces: ReadonlyMap<string, { readonly schema: { readonly replication: Readonly<Record<string, string>> }; readonly tables: ReadonlyMap<string, TableSchema> }>;
}

function sameReplication(a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}

/** The SCHEMA_CHANGE events that lead from `before` to `after`, keyspaces in name order. */
export function schemaChangeEvents(before: SchemaView, after: SchemaView): NativeEvent[] {
  const out: NativeEvent[] = [];
  const table = (change: 'CREATED' | 'UPDATED' | 'DROPPED', keyspace: string, name: string): NativeEvent => ({ type: 'SCHEMA_CHANGE', change, target: 'TABLE', keyspace, name });
  const names = [...new Set([...before.keyspaces.keys(), ...after.keyspaces.keys()])].sort();
  for (const ks of names) {
    const was = before.keyspaces.get(ks);
    const is = after.keyspaces.get(ks);
    if (is === undefined) {
      out.push({ type: 'SCHEMA_CHANGE', change: 'DROPPED', target: 'KEYSPACE', keyspace: ks });
      continue;
    }
    if (was === undefined) {
      out.push({ type: 'SCHEMA_CHANGE', change: 'CREATED', target: 'KEYSPACE', keyspace: ks });
      for (const t of [...is.tables.keys()].sort()) out.push(table('CREATED', ks, t));
      continue;
    }
    if (!sameReplication(was.schema.replication, is.schema.replication)) {
      out.push({ type: 'SCHEMA_CHANGE', change: 'UPDATED', target: 'KEYSPACE', keyspace: ks });
    }
    for (const t of [...new Set([...was.tables.keys(), ...is.tables.keys()])].sort()) {
      const old = was.tables.get(t);
      const now = is.tables.get(t);
      if (now === undefined) out.push(table('DROPPED', ks, t));
      else if (old === undefined) out.push(table('CREATED', ks, t));
      else if (old.id !== now.id) out.push(table('DROPPED', ks, t), table('CREATED', ks, t));
      else if (JSON.stringify(old) !== JSON.stringify(now)) out.push(table('UPDATED', ks, t));
    }
  }
  return out;
}

/**
 * Turns gossip events about other members into STATUS_CHANGE and TOPOLOGY_CHANGE events for
 * the gateways among them. Remembers each gateway's published native address.
 */
export class GatewayEvents {
  /** Each gateway's published native address and the status last announced for it. */
  private readonly gateways = new Map<string, { ip: string; port: number; announced: 'UP' | 'DOWN' | undefined }>();

  /** The events `e` gives (none for storage nodes or gateways without a native address). */
  onGossip(e: GossipEvent): NativeEvent[] {
    const states = e.state.applicationStates;
    if (states.get(ApplicationState.ROLE)?.value !== MemberRole.GATEWAY) return [];
    const out: NativeEvent[] = [];
    const known = this.gateways.get(e.endpoint);
    if (states.get(ApplicationState.STATUS)?.value === MemberStatus.LEFT) {
      if (known !== undefined) {
        this.gateways.delete(e.endpoint);
        out.push({ type: 'TOPOLOGY_CHANGE', change: 'REMOVED_NODE', address: known.ip, port: known.port });
      }
      return out;
    }
    const current = parseNativeAddress(states.get(ApplicationState.NATIVE_ADDRESS)?.value);
    let gateway = known;
    if (current !== undefined && (known === undefined || known.ip !== current.ip || known.port !== current.port)) {
      if (known !== undefined) out.push({ type: 'TOPOLOGY_CHANGE', change: 'REMOVED_NODE', address: known.ip, port: known.port });
      gateway = { ...current, announced: undefined };
      this.gateways.set(e.endpoint, gateway);
      out.push({ type: 'TOPOLOGY_CHANGE', change: 'NEW_NODE', address: current.ip, port: current.port });
    }
    if (gateway === undefined) return out;
    // Up or down as gossip says now; announced only when it differs from what was last said.
    const status = e.kind === 'up' ? 'UP' : e.kind === 'down' ? 'DOWN' : e.state.alive ? 'UP' : gateway.announced;
    if (status !== undefined && status !== gateway.announced) {
      gateway.announced = status;
      out.push({ type: 'STATUS_CHANGE', change: status, address: gateway.ip, port: gateway.port });
    }
    return out;
  }
}

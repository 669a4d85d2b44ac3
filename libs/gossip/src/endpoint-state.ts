// What one gossiper knows of one endpoint (Cassandra's EndpointState + HeartBeatState +
// VersionedValue): the generation of the endpoint's current incarnation, its heartbeat
// version and its application states, each with the version it was set at.
//
// Versions come from one counter per endpoint incarnation (Cassandra's VersionGenerator):
// the heartbeat and every application state take the next value, so the highest version an
// endpoint state holds (maxVersion) says exactly how far a gossiper's view of it reaches,
// and the next version the owner hands out is maxVersion + 1.

import assert from 'node:assert/strict';
import {
  APPLICATION_STATES_MAX,
  APPLICATION_STATE_VALUE_CHARS_MAX,
  isApplicationStateKey,
  type ApplicationStateEntry,
  type EndpointStateDelta,
  type GossipDigest,
} from './messages.js';

/** Keys of the application states Cassia's processes publish. Values are always strings. */
export const ApplicationState = {
  /** Lifecycle, one of MemberStatus. SHUTDOWN and LEFT mean "down, do not wait for it". */
  STATUS: 'STATUS',
  /** What the member is, one of MemberRole (gateways gossip as members without tokens). */
  ROLE: 'ROLE',
  /** Bytes of data on disk, decimal. */
  LOAD: 'LOAD',
  DC: 'DC',
  RACK: 'RACK',
  /** The cluster metadata epoch (KV revision) the member has applied, decimal. */
  METADATA_EPOCH: 'METADATA_EPOCH',
  HOST_NAME: 'HOST_NAME',
  /** The software version, e.g. "0.1.0". */
  RELEASE_VERSION: 'RELEASE_VERSION',
  /** host:port of a gateway's HTTP API. */
  HTTP_ADDRESS: 'HTTP_ADDRESS',
  /** host:port of a gateway's CQL native protocol listener. */
  NATIVE_ADDRESS: 'NATIVE_ADDRESS',
} as const;

/** Values of ApplicationState.STATUS. */
export const MemberStatus = {
  JOINING: 'JOINING',
  NORMAL: 'NORMAL',
  LEAVING: 'LEAVING',
  LEFT: 'LEFT',
  /** Announced by Gossiper.shutdown(): peers mark the member down at once. */
  SHUTDOWN: 'SHUTDOWN',
} as const;

/** Values of ApplicationState.ROLE. */
export const MemberRole = {
  NODE: 'node',
  GATEWAY: 'gateway',
} as const;

/** A status after which a member is down whatever its heartbeat says (Cassandra's isDeadState). */
export function isDeadStatus(status: string | undefined): boolean {
  return status === MemberStatus.SHUTDOWN || status === MemberStatus.LEFT;
}

/** An application state's value and the version it was set at. */
export interface VersionedValue {
  readonly value: string;
  readonly version: number;
}

/** An immutable copy of what a gossiper knows of one endpoint. */
export interface EndpointSnapshot {
  readonly endpoint: string;
  readonly generation: number;
  readonly heartbeatVersion: number;
  readonly maxVersion: number;
  /** This gossiper's verdict: up (true) or down (false). Always true for the gossiper itself while running. */
  readonly alive: boolean;
  /** Current suspicion (0 for the gossiper itself). */
  readonly phi: number;
  readonly applicationStates: ReadonlyMap<string, VersionedValue>;
}

/** The outcome of merging a same-generation delta. */
export interface MergeResult {
  readonly heartbeatAdvanced: boolean;
  /** Keys that are new or whose value changed, in the delta's order. */
  readonly changedKeys: readonly string[];
}

/** Mutable endpoint state, owned by one Gossiper. */
export class EndpointState {
  private heartbeat: number;
  private max: number;
  private readonly states = new Map<string, VersionedValue>();

  constructor(
    readonly endpoint: string,
    readonly generation: number,
    heartbeatVersion: number,
  ) {
    assert.ok(Number.isSafeInteger(generation) && generation > 0, `bad generation ${generation}`);
    assert.ok(Number.isSafeInteger(heartbeatVersion) && heartbeatVersion >= 0, `bad heartbeat ${heartbeatVersion}`);
    this.heartbeat = heartbeatVersion;
    this.max = heartbeatVersion;
  }

  /** A state holding exactly what `delta` carries (a new endpoint, or a new generation). */
  static fromDelta(delta: EndpointStateDelta): EndpointState {
    assert.ok(delta.applicationStates.length <= APPLICATION_STATES_MAX, 'too many application states');
    const state = new EndpointState(delta.endpoint, delta.generation, delta.heartbeatVersion);
    for (const s of delta.applicationStates) state.put(s.key, { value: s.value, version: s.version });
    return state;
  }

  get heartbeatVersion(): number {
    return this.heartbeat;
  }

  /** The highest version of the heartbeat and of every application state. */
  get maxVersion(): number {
    return this.max;
  }

  get(key: string): VersionedValue | undefined {
    return this.states.get(key);
  }

  get size(): number {
    return this.states.size;
  }

  /** STATUS is SHUTDOWN or LEFT. */
  isDead(): boolean {
    return isDeadStatus(this.states.get(ApplicationState.STATUS)?.value);
  }

  digest(): GossipDigest {
    return { endpoint: this.endpoint, generation: this.generation, maxVersion: this.max };
  }

  /** The heartbeat and every application state with a version above `version` (0: everything). */
  deltaAfter(version: number): EndpointStateDelta {
    const applicationStates: ApplicationStateEntry[] = [];
    for (const [key, v] of this.states) {
      if (v.version > version) applicationStates.push({ key, value: v.value, version: v.version });
    }
    return { endpoint: this.endpoint, generation: this.generation, heartbeatVersion: this.heartbeat, applicationStates };
  }

  /**
   * Merges a delta of the same generation: newer heartbeat and newer application states win.
   * Returns undefined, changing nothing, when the result would exceed APPLICATION_STATES_MAX.
   */
  merge(delta: EndpointStateDelta): MergeResult | undefined {
    assert.equal(delta.generation, this.generation, 'merge across generations');
    let added = 0;
    for (const s of delta.applicationStates) if (!this.states.has(s.key)) added++;
    if (this.states.size + added > APPLICATION_STATES_MAX) return undefined;
    const heartbeatAdvanced = delta.heartbeatVersion > this.heartbeat;
    if (heartbeatAdvanced) {
      this.heartbeat = delta.heartbeatVersion;
      this.max = Math.max(this.max, this.heartbeat);
    }
    const changedKeys: string[] = [];
    for (const s of delta.applicationStates) {
      const current = this.states.get(s.key);
      if (current !== undefined && current.version >= s.version) continue;
      if (current === undefined || current.value !== s.value) changedKeys.push(s.key);
      this.put(s.key, { value: s.value, version: s.version });
    }
    return { heartbeatAdvanced, changedKeys };
  }

  /** For the owner: takes the next version for the heartbeat. */
  bumpHeartbeat(): void {
    this.heartbeat = this.nextVersion();
    this.max = this.heartbeat;
  }

  /**
   * For the owner: sets an application state at the next version. Throws RangeError for a
   * bad key, a value over APPLICATION_STATE_VALUE_CHARS_MAX, or a new key beyond
   * APPLICATION_STATES_MAX.
   */
  set(key: string, value: string): void {
    if (!isApplicationStateKey(key)) throw new RangeError(`bad application state key ${JSON.stringify(key)}`);
    if (typeof value !== 'string' || value.length > APPLICATION_STATE_VALUE_CHARS_MAX) {
      throw new RangeError(`application state ${key}: value must be a string of at most ${APPLICATION_STATE_VALUE_CHARS_MAX} chars`);
    }
    if (!this.states.has(key) && this.states.size >= APPLICATION_STATES_MAX) {
      throw new RangeError(`at most ${APPLICATION_STATES_MAX} application states per endpoint`);
    }
    this.put(key, { value, version: this.nextVersion() });
  }

  snapshot(alive: boolean, phi: number): EndpointSnapshot {
    return {
      endpoint: this.endpoint,
      generation: this.generation,
      heartbeatVersion: this.heartbeat,
      maxVersion: this.max,
      alive,
      phi,
      applicationStates: new Map(this.states),
    };
  }

  private nextVersion(): number {
    assert.ok(this.max < Number.MAX_SAFE_INTEGER, 'version counter exhausted');
    return this.max + 1;
  }

  private put(key: string, value: VersionedValue): void {
    this.states.set(key, value);
    if (value.version > this.max) this.max = value.version;
  }
}

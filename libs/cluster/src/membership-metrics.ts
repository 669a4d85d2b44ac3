// Gossip metrics every process exposes: members up and down (by member role), each member's
// phi (labelled by member id, which is bounded: host ids and gateway ids, never keys), and the
// gossip message counters. Read from the Membership at scrape time.
// The observed member's role is `member_role`: `role` is the observing process's own label
// (set on every series by @cassia/telemetry's createRegistry).
import { Counter, Gauge, type Registry } from 'prom-client';
import { MemberRole } from '@cassia/gossip';
import type { Membership } from './membership.js';

/** Member states counted by cassia_gossip_members. */
const MEMBER_STATES = ['up', 'down'] as const;
/** The role label of a member that has not gossiped its role yet. */
const UNKNOWN_ROLE = 'unknown';

export function registerMembershipMetrics(registry: Registry, membership: Membership): void {
  new Gauge({
    name: 'cassia_gossip_members',
    help: 'Cluster members this process knows, by member role (node, gateway) and state (up, down); 0 when none.',
    labelNames: ['member_role', 'state'],
    registers: [registry],
    collect() {
      this.reset();
      // Both states of both roles always have a series, so "members down" reads 0, not "no data".
      for (const role of Object.values(MemberRole)) for (const state of MEMBER_STATES) this.set({ member_role: role, state }, 0);
      for (const m of membership.members()) this.inc({ member_role: m.role || UNKNOWN_ROLE, state: m.alive ? 'up' : 'down' });
    },
  });
  new Gauge({
    name: 'cassia_gossip_member_up',
    help: 'Whether this process deems each member up (1) or down (0).',
    labelNames: ['member', 'name', 'member_role', 'dc'],
    registers: [registry],
    collect() {
      this.reset();
      for (const m of membership.members()) this.set({ member: m.id, name: m.name, member_role: m.role || UNKNOWN_ROLE, dc: m.dc }, m.alive ? 1 : 0);
    },
  });
  new Gauge({
    name: 'cassia_gossip_phi',
    help: "Phi-accrual suspicion of each member (convicted above the threshold, 8 by default).",
    labelNames: ['member', 'name'],
    registers: [registry],
    collect() {
      this.reset();
      for (const m of membership.members()) this.set({ member: m.id, name: m.name }, m.phi);
    },
  });
  let seen = { rounds: 0, messagesReceived: 0, messagesRejected: 0, convictions: 0 };
  const counter = (name: string, help: string, key: keyof typeof seen) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        const now = membership.gossiper.stats()[key];
        if (now > seen[key]) this.inc(now - seen[key]);
        seen = { ...seen, [key]: now };
      },
    });
  counter('cassia_gossip_rounds_total', 'Gossip rounds run.', 'rounds');
  counter('cassia_gossip_messages_received_total', 'Gossip messages received.', 'messagesReceived');
  counter('cassia_gossip_messages_rejected_total', 'Gossip messages refused (malformed, over a limit, another cluster).', 'messagesRejected');
  counter('cassia_gossip_convictions_total', 'Members convicted (marked down) by the phi-accrual detector.', 'convictions');
}

import { describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import type { Membership, MemberView } from './membership.js';
import { registerMembershipMetrics } from './membership-metrics.js';

function member(id: string, name: string, role: string, alive: boolean, phi: number): MemberView {
  return { id, role, name, dc: 'dc1', rack: 'r1', status: 'NORMAL', alive, phi, generation: 1, heartbeat: 1, load: 0, metadataEpoch: 1 };
}

/** The parts of a Membership the metrics read. */
function fakeMembership(members: MemberView[], stats = { rounds: 3, messagesReceived: 7, messagesRejected: 0, convictions: 1 }): Membership {
  return { members: () => members, gossiper: { stats: () => stats } } as unknown as Membership;
}

describe('registerMembershipMetrics', () => {
  it('counts members by member_role and state, with 0 for states nobody is in', async () => {
    const registry = new Registry();
    registry.setDefaultLabels({ role: 'gateway', server: 'g1' });
    registerMembershipMetrics(registry, fakeMembership([
      member('h1', 'node1', 'node', true, 0.2),
      member('h2', 'node2', 'node', false, 9.5),
      member('g1', 'g1', 'gateway', true, 0),
    ]));
    const text = await registry.metrics();
    expect(text).toContain('cassia_gossip_members{member_role="node",state="up",role="gateway",server="g1"} 1');
    expect(text).toContain('cassia_gossip_members{member_role="node",state="down",role="gateway",server="g1"} 1');
    expect(text).toContain('cassia_gossip_members{member_role="gateway",state="down",role="gateway",server="g1"} 0');
    // The observer's own role label is never overwritten by the member's.
    expect(text).toContain('cassia_gossip_member_up{member="h2",name="node2",member_role="node",dc="dc1",role="gateway",server="g1"} 0');
    expect(text).toContain('cassia_gossip_phi{member="h2",name="node2",role="gateway",server="g1"} 9.5');
    expect(text).toContain('cassia_gossip_convictions_total{role="gateway",server="g1"} 1');
  });
});

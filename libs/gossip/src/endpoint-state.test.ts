import { describe, expect, it } from 'vitest';
import { ApplicationState, EndpointState, MemberStatus, isDeadStatus } from './endpoint-state.js';
import { APPLICATION_STATES_MAX, APPLICATION_STATE_VALUE_CHARS_MAX } from './messages.js';

describe('EndpointState', () => {
  it('takes every version from one counter: heartbeat and application states', () => {
    const s = new EndpointState('a', 100, 0);
    s.set('DC', 'dc1'); // 1
    s.bumpHeartbeat(); // 2
    s.set('RACK', 'r1'); // 3
    s.bumpHeartbeat(); // 4
    s.set('DC', 'dc2'); // 5
    expect(s.heartbeatVersion).toBe(4);
    expect(s.maxVersion).toBe(5);
    expect(s.get('DC')).toEqual({ value: 'dc2', version: 5 });
    expect(s.digest()).toEqual({ endpoint: 'a', generation: 100, maxVersion: 5 });
  });

  it('sends as a delta the heartbeat and the states above a version', () => {
    const s = new EndpointState('a', 100, 0);
    s.set('DC', 'dc1'); // 1
    s.set('RACK', 'r1'); // 2
    s.bumpHeartbeat(); // 3
    expect(s.deltaAfter(0).applicationStates.map((e) => e.key)).toEqual(['DC', 'RACK']);
    expect(s.deltaAfter(1)).toEqual({
      endpoint: 'a',
      generation: 100,
      heartbeatVersion: 3,
      applicationStates: [{ key: 'RACK', value: 'r1', version: 2 }],
    });
    expect(s.deltaAfter(3).applicationStates).toEqual([]);
  });

  it('merges same-generation deltas: newer versions win, changed values are reported', () => {
    const owner = new EndpointState('a', 100, 0);
    owner.set('DC', 'dc1');
    owner.set('LOAD', '10');
    owner.bumpHeartbeat();
    const view = EndpointState.fromDelta(owner.deltaAfter(0));
    owner.set('LOAD', '20');
    owner.set('LOAD', '20'); // a new version, same value
    owner.bumpHeartbeat();
    const result = view.merge(owner.deltaAfter(view.maxVersion));
    expect(result).toEqual({ heartbeatAdvanced: true, changedKeys: ['LOAD'] });
    expect(view.maxVersion).toBe(owner.maxVersion);
    // A stale or repeated delta changes nothing.
    expect(view.merge({ endpoint: 'a', generation: 100, heartbeatVersion: 1, applicationStates: [{ key: 'LOAD', value: '0', version: 2 }] })).toEqual({
      heartbeatAdvanced: false,
      changedKeys: [],
    });
    expect(view.get('LOAD')?.value).toBe('20');
  });

  it('refuses a merge that would exceed APPLICATION_STATES_MAX, changing nothing', () => {
    const view = new EndpointState('a', 1, 0);
    const full = Array.from({ length: APPLICATION_STATES_MAX }, (_, i) => ({ key: `K${i}`, value: '', version: i + 1 }));
    expect(view.merge({ endpoint: 'a', generation: 1, heartbeatVersion: 40, applicationStates: full })).toBeDefined();
    expect(view.merge({ endpoint: 'a', generation: 1, heartbeatVersion: 50, applicationStates: [{ key: 'NEW', value: '', version: 45 }] })).toBeUndefined();
    expect(view.heartbeatVersion).toBe(40);
  });

  it('validates what the owner sets', () => {
    const s = new EndpointState('a', 1, 0);
    expect(() => s.set('bad key', 'v')).toThrow(RangeError);
    expect(() => s.set('K', 'x'.repeat(APPLICATION_STATE_VALUE_CHARS_MAX + 1))).toThrow(RangeError);
    for (let i = 0; i < APPLICATION_STATES_MAX; i++) s.set(`K${i}`, 'v');
    expect(() => s.set('ONE_MORE', 'v')).toThrow(RangeError);
    s.set('K0', 'replacing an existing key is fine');
  });

  it('knows the dead states', () => {
    expect(isDeadStatus(MemberStatus.SHUTDOWN)).toBe(true);
    expect(isDeadStatus(MemberStatus.LEFT)).toBe(true);
    expect(isDeadStatus(MemberStatus.NORMAL)).toBe(false);
    expect(isDeadStatus(undefined)).toBe(false);
    const s = new EndpointState('a', 1, 0);
    s.set(ApplicationState.STATUS, MemberStatus.SHUTDOWN);
    expect(s.isDead()).toBe(true);
  });
});

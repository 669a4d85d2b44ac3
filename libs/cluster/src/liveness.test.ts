import { describe, expect, it } from 'vitest';
import type { NatsConnection } from '@nats-io/nats-core';
import { toULong } from '@cassia/wire';
import { HEARTBEAT_TIMEOUT_MS, LivenessTracker, type Clock } from './liveness.js';

function tracker(clock: Clock): LivenessTracker {
  // observe() is driven directly here; start() (which subscribes) is not called.
  return new LivenessTracker({} as NatsConnection, 'c', clock);
}

const beat = (hostId: string, generation: bigint, version: bigint) => ({
  hostId,
  name: hostId,
  dc: 'dc1',
  rack: 'r1',
  generation: toULong(generation),
  version: toULong(version),
  metadataEpoch: toULong(1n),
});

describe('LivenessTracker', () => {
  it('is up after a heartbeat and down once it is older than the timeout', () => {
    let now = 1_000;
    const t = tracker({ nowMs: () => now });
    expect(t.isAlive('a')).toBe(false);
    t.observe(beat('a', 1n, 1n));
    expect(t.isAlive('a')).toBe(true);
    now += HEARTBEAT_TIMEOUT_MS - 1;
    expect(t.isAlive('a')).toBe(true);
    now += 1;
    expect(t.isAlive('a')).toBe(false);
  });

  it('stays down after markDown until a newer heartbeat arrives', () => {
    const now = 1_000;
    const t = tracker({ nowMs: () => now });
    const changes: boolean[] = [];
    t.onChange((n) => changes.push(n.up));
    t.observe(beat('a', 1n, 1n));
    t.markDown('a');
    expect(t.isAlive('a')).toBe(false);
    t.observe(beat('a', 1n, 1n)); // a repeat does not revive it
    expect(t.isAlive('a')).toBe(false);
    t.observe(beat('a', 2n, 1n)); // a restart (new generation) does
    expect(t.isAlive('a')).toBe(true);
    expect(changes).toEqual([true, false, true]);
  });
});

import { describe, expect, it } from 'vitest';
import { allocateRandomTokens } from './allocation.js';
import { CASSANDRA_ERROR_CODE_CONFIG, ReplicationConfigError } from './errors.js';
import { seededRandomSource } from './random.js';
import { NetworkTopologyStrategy } from './network-topology-strategy.js';
import { prepareReplicationOptions, strategyFromOptions } from './replication-options.js';
import { SimpleStrategy } from './replication.js';
import { TokenRing, type RingMember } from './ring.js';

describe('SimpleStrategy', () => {
  it('on random vnode rings: primary first, distinct, min(rf, hosts) replicas, clockwise order', () => {
    const random = seededRandomSource(21);
    const taken = new Set<bigint>();
    const members: RingMember[] = [];
    for (let h = 0; h < 5; h++) {
      const tokens = allocateRandomTokens(8, random, taken);
      tokens.forEach((t) => taken.add(t));
      members.push({ hostId: `h${h}`, tokens, dc: 'dc1', rack: 'r1' });
    }
    const ring = TokenRing.build(members);
    for (const rf of [1, 2, 3, 5, 7]) {
      const strategy = new SimpleStrategy(rf);
      for (let i = 0; i < 100; i++) {
        const token = BigInt.asIntN(64, (BigInt(random.nextUint32()) << 32n) | BigInt(random.nextUint32()));
        const replicas = strategy.replicasFor(token, ring);
        expect(replicas.length).toBe(Math.min(rf, 5));
        expect(new Set(replicas).size).toBe(replicas.length);
        expect(replicas[0]).toBe(ring.primaryHostId(token));
        // Each next replica owns the first vnode after the previous replicas' vnodes.
        const start = ring.firstIndexAtOrAfter(token);
        const walk: string[] = [];
        for (let s = 0; s < ring.tokenCount; s++) {
          const h = ring.hostIdAt((start + s) % ring.tokenCount);
          if (!walk.includes(h)) walk.push(h);
        }
        expect(replicas).toEqual(walk.slice(0, rf));
      }
    }
  });

  it('asserts on an invalid replication factor', () => {
    expect(() => new SimpleStrategy(-1)).toThrow();
    expect(() => new SimpleStrategy(1.5)).toThrow();
  });
});

describe('strategyFromOptions', () => {
  it('builds SimpleStrategy', () => {
    const s = strategyFromOptions({ class: 'SimpleStrategy', replication_factor: '3' });
    expect(s).toBeInstanceOf(SimpleStrategy);
    expect(s.replicationFactor).toBe(3);
    expect(s.replicationFactorByDc).toBeUndefined();
  });

  it('builds NetworkTopologyStrategy with per-data-center factors in the order given', () => {
    const s = strategyFromOptions({ class: 'NetworkTopologyStrategy', dc2: '2', dc1: '3', dc3: '0' });
    expect(s).toBeInstanceOf(NetworkTopologyStrategy);
    expect(s.replicationFactor).toBe(5);
    expect([...s.replicationFactorByDc!]).toEqual([['dc2', 2], ['dc1', 3]]);
  });

  it('prepareReplicationOptions output is accepted by strategyFromOptions and keeps odd names as data', () => {
    const prepared = prepareReplicationOptions({ class: 'NetworkTopologyStrategy', replication_factor: '3' }, ['__proto__', 'dc1']);
    expect(Object.keys(prepared)).toEqual(['class', '__proto__', 'dc1']);
    expect(Object.getPrototypeOf(prepared)).toBe(Object.prototype);
    expect(strategyFromOptions(prepared).replicationFactor).toBe(6);
  });

  it('throws ReplicationConfigError carrying Cassandra\'s Config_error code', () => {
    try {
      strategyFromOptions({ class: 'SimpleStrategy', replication_factor: '' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ReplicationConfigError);
      expect((e as ReplicationConfigError).code).toBe(CASSANDRA_ERROR_CODE_CONFIG);
      expect((e as Error).message).toBe('Replication factor must be numeric; found ');
    }
  });

  it('ignores inherited properties', () => {
    const options = Object.create({ class: 'SimpleStrategy', replication_factor: '1' }) as Record<string, string>;
    expect(() => strategyFromOptions(options)).toThrow('Missing replication strategy class');
  });
});

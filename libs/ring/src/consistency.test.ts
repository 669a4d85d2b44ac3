import { describe, expect, it } from 'vitest';
import {
  blockFor,
  CONSISTENCY_LEVELS,
  consistencyLevelFromCode,
  eachQuorumByDc,
  isDatacenterLocal,
  parseConsistencyLevel,
  type ConsistencyLevel,
} from './consistency.js';
import { UnsupportedConsistencyError } from './errors.js';
import { NetworkTopologyStrategy } from './network-topology-strategy.js';
import { SimpleStrategy } from './replication.js';

describe('consistency levels', () => {
  it('carry the native protocol codes', () => {
    expect(CONSISTENCY_LEVELS).toEqual({
      ANY: 0,
      ONE: 1,
      TWO: 2,
      THREE: 3,
      QUORUM: 4,
      ALL: 5,
      LOCAL_QUORUM: 6,
      EACH_QUORUM: 7,
      SERIAL: 8,
      LOCAL_SERIAL: 9,
      LOCAL_ONE: 10,
    });
    for (const [level, code] of Object.entries(CONSISTENCY_LEVELS)) {
      expect(consistencyLevelFromCode(code)).toBe(level);
    }
    expect(consistencyLevelFromCode(11)).toBeUndefined();
  });

  it('parse case-insensitively and reject everything else', () => {
    expect(parseConsistencyLevel('Local_Quorum')).toBe('LOCAL_QUORUM');
    expect(parseConsistencyLevel('one')).toBe('ONE');
    for (const s of ['', 'QUORUM ', 'constructor', '__proto__', 'toString', 'NODE_LOCAL']) {
      expect(parseConsistencyLevel(s), s).toBeUndefined();
    }
  });

  it('blockFor: QUORUM is floor(rf/2)+1 for rf 0..10', () => {
    for (let rf = 0; rf <= 10; rf++) {
      expect(blockFor('QUORUM', rf)).toBe(Math.floor(rf / 2) + 1);
      expect(blockFor('ALL', rf)).toBe(rf);
    }
  });

  it('blockFor throws UnsupportedConsistencyError for SERIAL and LOCAL_SERIAL only', () => {
    for (const level of ['SERIAL', 'LOCAL_SERIAL'] as ConsistencyLevel[]) {
      expect(() => blockFor(level, 3)).toThrow(UnsupportedConsistencyError);
      expect(() => blockFor(level, { replicationFactor: 3 }, 'dc1')).toThrow(UnsupportedConsistencyError);
    }
    expect(blockFor('EACH_QUORUM', 3)).toBe(2);
  });

  it('blockFor asserts on invalid factors', () => {
    expect(() => blockFor('ONE', -1)).toThrow();
    expect(() => blockFor('ONE', 1.5)).toThrow();
    expect(() => blockFor('ONE', { replicationFactor: 3, replicationFactorByDc: new Map([['dc1', -1]]) }, 'dc1')).toThrow();
  });
});

describe('blockFor with per-data-center factors (dc1:3, dc2:2)', () => {
  const nts = new NetworkTopologyStrategy(new Map([['dc1', 3], ['dc2', 2]]));
  const expected: Record<Exclude<ConsistencyLevel, 'SERIAL' | 'LOCAL_SERIAL'>, [number, number]> = {
    // level: [local dc1, local dc2]
    ANY: [1, 1],
    ONE: [1, 1],
    TWO: [2, 2],
    THREE: [3, 3],
    QUORUM: [3, 3], // floor(5/2)+1
    ALL: [5, 5],
    LOCAL_ONE: [1, 1],
    LOCAL_QUORUM: [2, 2], // floor(3/2)+1, floor(2/2)+1
    EACH_QUORUM: [4, 4], // 2 + 2
  };
  for (const [level, [dc1, dc2]] of Object.entries(expected) as [ConsistencyLevel, [number, number]][]) {
    it(level, () => {
      expect(blockFor(level, nts, 'dc1')).toBe(dc1);
      expect(blockFor(level, nts, 'dc2')).toBe(dc2);
    });
  }

  it('LOCAL_QUORUM in a data center without a factor needs 1, as Cassandra (rf 0 → 0/2+1)', () => {
    expect(blockFor('LOCAL_QUORUM', nts, 'dc9')).toBe(1);
  });

  it('without per-data-center factors, LOCAL_QUORUM and EACH_QUORUM are a quorum of the total', () => {
    const simple = new SimpleStrategy(5);
    expect(blockFor('LOCAL_QUORUM', simple, 'dc1')).toBe(3);
    expect(blockFor('EACH_QUORUM', simple, 'dc1')).toBe(3);
    expect(eachQuorumByDc(simple)).toBeUndefined();
  });

  it('eachQuorumByDc: a quorum per data center, zero factors left out', () => {
    expect(eachQuorumByDc(nts)).toEqual(new Map([['dc1', 2], ['dc2', 2]]));
    const factors = { replicationFactor: 4, replicationFactorByDc: new Map([['a', 4], ['b', 0]]) };
    expect(eachQuorumByDc(factors)).toEqual(new Map([['a', 3]]));
    expect(blockFor('EACH_QUORUM', factors, 'a')).toBe(3);
  });

  it('isDatacenterLocal', () => {
    expect((Object.keys(CONSISTENCY_LEVELS) as ConsistencyLevel[]).filter(isDatacenterLocal)).toEqual([
      'LOCAL_QUORUM',
      'LOCAL_SERIAL',
      'LOCAL_ONE',
    ]);
  });
});

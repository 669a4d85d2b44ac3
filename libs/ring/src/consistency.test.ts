import { describe, expect, it } from 'vitest';
import {
  blockFor,
  CONSISTENCY_LEVELS,
  consistencyLevelFromCode,
  parseConsistencyLevel,
  replicaPlan,
  type ConsistencyLevel,
} from './consistency.js';
import { UnsupportedConsistencyError } from './errors.js';

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

  it('blockFor throws UnsupportedConsistencyError for SERIAL, LOCAL_SERIAL, EACH_QUORUM', () => {
    for (const level of ['SERIAL', 'LOCAL_SERIAL', 'EACH_QUORUM'] as ConsistencyLevel[]) {
      expect(() => blockFor(level, 3)).toThrow(UnsupportedConsistencyError);
    }
  });

  it('replicaPlan keeps preference order and calls isAlive once per replica', () => {
    const asked: string[] = [];
    const plan = replicaPlan('QUORUM', ['c', 'a', 'b'], (h) => {
      asked.push(h);
      return h !== 'a';
    });
    expect(plan).toEqual({ required: 2, alive: ['c', 'b'] });
    expect(asked).toEqual(['c', 'a', 'b']);
  });
});

import { describe, expect, it } from 'vitest';
import type { ConsistencyLevel } from './consistency.js';
import { UnsupportedConsistencyError } from './errors.js';
import { NetworkTopologyStrategy } from './network-topology-strategy.js';
import { SimpleStrategy } from './replication.js';
import {
  checkAvailability,
  countAcks,
  isPlanSatisfied,
  replicaPlan,
  type ReplicaPlan,
  type ReplicaTopology,
  type Unavailability,
} from './replica-plan.js';

// The layout of every multi-data-center case: {dc1: 3, dc2: 2}, replicas in the order
// NetworkTopologyStrategy's walk could give them.
const NTS = new NetworkTopologyStrategy(new Map([['dc1', 3], ['dc2', 2]]));
const REPLICAS = ['a1', 'b1', 'a2', 'b2', 'a3'];
const DC_OF = (h: string): string => (h.startsWith('a') ? 'dc1' : 'dc2');

function topology(localDc: string): ReplicaTopology {
  return { replicationFactor: NTS.replicationFactor, replicationFactorByDc: NTS.replicationFactorByDc, dcOf: DC_OF, localDc };
}

function plan(level: ConsistencyLevel, down: string[], localDc = 'dc1'): ReplicaPlan {
  return replicaPlan(level, REPLICAS, (h) => !down.includes(h), topology(localDc));
}

interface Case {
  level: ConsistencyLevel;
  down: string[];
  localDc?: string;
  required: number;
  /** The Unavailable numbers, or undefined when the request may proceed. */
  unavailable: Unavailability | undefined;
}

const CASES: Case[] = [
  { level: 'ANY', down: [], required: 1, unavailable: undefined },
  // A hint stored by the coordinator answers ANY: never Unavailable.
  { level: 'ANY', down: REPLICAS, required: 1, unavailable: undefined },
  { level: 'ONE', down: ['a1', 'a2', 'a3'], required: 1, unavailable: undefined },
  { level: 'ONE', down: REPLICAS, required: 1, unavailable: { required: 1, alive: 0 } },
  { level: 'TWO', down: ['a1', 'a2', 'a3'], required: 2, unavailable: undefined },
  { level: 'TWO', down: ['a1', 'a2', 'a3', 'b1'], required: 2, unavailable: { required: 2, alive: 1 } },
  { level: 'THREE', down: ['a1', 'a2'], required: 3, unavailable: undefined },
  { level: 'THREE', down: ['a1', 'a2', 'b1'], required: 3, unavailable: { required: 3, alive: 2 } },
  // QUORUM counts replicas anywhere against the total factor 5.
  { level: 'QUORUM', down: ['a1', 'a2'], required: 3, unavailable: undefined },
  { level: 'QUORUM', down: ['a1', 'a2', 'b1'], required: 3, unavailable: { required: 3, alive: 2 } },
  { level: 'ALL', down: [], required: 5, unavailable: undefined },
  { level: 'ALL', down: ['b2'], required: 5, unavailable: { required: 5, alive: 4 } },
  // LOCAL_* count only the local data center: live remote replicas do not help.
  { level: 'LOCAL_ONE', down: ['a1', 'a2'], required: 1, unavailable: undefined },
  { level: 'LOCAL_ONE', down: ['a1', 'a2', 'a3'], required: 1, unavailable: { required: 1, alive: 0, dc: 'dc1' } },
  { level: 'LOCAL_ONE', down: ['b1', 'b2'], localDc: 'dc2', required: 1, unavailable: { required: 1, alive: 0, dc: 'dc2' } },
  { level: 'LOCAL_QUORUM', down: ['a1', 'b1', 'b2'], required: 2, unavailable: undefined },
  { level: 'LOCAL_QUORUM', down: ['a1', 'a2'], required: 2, unavailable: { required: 2, alive: 1, dc: 'dc1' } },
  { level: 'LOCAL_QUORUM', down: ['a1', 'a2', 'a3'], localDc: 'dc2', required: 2, unavailable: undefined },
  { level: 'LOCAL_QUORUM', down: ['b1'], localDc: 'dc2', required: 2, unavailable: { required: 2, alive: 1, dc: 'dc2' } },
  // EACH_QUORUM: 2 of 3 in dc1 and 2 of 2 in dc2; the first data center short is reported.
  { level: 'EACH_QUORUM', down: ['a1'], required: 4, unavailable: undefined },
  { level: 'EACH_QUORUM', down: ['b1'], required: 4, unavailable: { required: 2, alive: 1, dc: 'dc2' } },
  { level: 'EACH_QUORUM', down: ['a1', 'a2', 'b1'], required: 4, unavailable: { required: 2, alive: 1, dc: 'dc1' } },
  { level: 'EACH_QUORUM', down: ['a1'], localDc: 'dc2', required: 4, unavailable: undefined },
];

describe('replicaPlan over dc1:3, dc2:2', () => {
  for (const c of CASES) {
    const name = `${c.level} from ${c.localDc ?? 'dc1'} with ${c.down.join(',') || 'nothing'} down`;
    it(`${name}: required ${c.required}, ${c.unavailable === undefined ? 'available' : 'Unavailable'}`, () => {
      const p = plan(c.level, c.down, c.localDc);
      expect(p.required).toBe(c.required);
      expect(new Set(p.alive)).toEqual(new Set(REPLICAS.filter((h) => !c.down.includes(h))));
      expect(checkAvailability(p)).toEqual(c.unavailable);
    });
  }

  it('covers every level but SERIAL and LOCAL_SERIAL, which throw UnsupportedConsistencyError', () => {
    expect(new Set(CASES.map((c) => c.level)).size).toBe(9);
    for (const level of ['SERIAL', 'LOCAL_SERIAL'] as ConsistencyLevel[]) {
      expect(() => plan(level, [])).toThrow(UnsupportedConsistencyError);
    }
  });

  it('orders live replicas local data center first, replica order within each', () => {
    expect(plan('ONE', []).alive).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(plan('QUORUM', ['a2'], 'dc2').alive).toEqual(['b1', 'b2', 'a1', 'a3']);
  });

  it('lists per data center needs for LOCAL_* and EACH_QUORUM only', () => {
    expect(plan('LOCAL_QUORUM', ['a2']).perDc).toEqual(new Map([['dc1', { required: 2, alive: ['a1', 'a3'] }]]));
    expect(plan('LOCAL_ONE', [], 'dc2').perDc).toEqual(new Map([['dc2', { required: 1, alive: ['b1', 'b2'] }]]));
    expect(plan('EACH_QUORUM', ['b2']).perDc).toEqual(
      new Map([
        ['dc1', { required: 2, alive: ['a1', 'a2', 'a3'] }],
        ['dc2', { required: 2, alive: ['b1'] }],
      ]),
    );
    for (const level of ['ANY', 'ONE', 'TWO', 'THREE', 'QUORUM', 'ALL'] as ConsistencyLevel[]) {
      expect(plan(level, []).perDc, level).toBeUndefined();
    }
  });

  it('calls isAlive once per replica, in replica order', () => {
    const asked: string[] = [];
    replicaPlan('EACH_QUORUM', REPLICAS, (h) => (asked.push(h), true), topology('dc2'));
    expect(asked).toEqual(REPLICAS);
  });
});

describe('isPlanSatisfied and countAcks', () => {
  it('LOCAL_QUORUM and LOCAL_ONE: answers from another data center do not count', () => {
    const p = plan('LOCAL_QUORUM', []);
    expect(isPlanSatisfied(p, ['b1', 'b2', 'a1'])).toBe(false);
    expect(countAcks(p, ['b1', 'b2', 'a1'])).toBe(1);
    expect(isPlanSatisfied(p, ['a1', 'b1', 'a3'])).toBe(true);
    expect(isPlanSatisfied(plan('LOCAL_ONE', []), ['b1'])).toBe(false);
    expect(isPlanSatisfied(plan('LOCAL_ONE', [], 'dc2'), ['b1'])).toBe(true);
  });

  it('EACH_QUORUM: a quorum in every data center; all their answers count towards received', () => {
    const p = plan('EACH_QUORUM', []);
    expect(isPlanSatisfied(p, ['a1', 'a2', 'a3', 'b1'])).toBe(false);
    expect(countAcks(p, ['a1', 'a2', 'a3', 'b1'])).toBe(4);
    expect(isPlanSatisfied(p, ['a1', 'a3', 'b1', 'b2'])).toBe(true);
  });

  it('global levels count any live replica once; unknown hosts never count', () => {
    const p = plan('QUORUM', []);
    expect(isPlanSatisfied(p, ['b1', 'b2', 'a1'])).toBe(true);
    expect(isPlanSatisfied(p, ['b1', 'b1', 'b1'])).toBe(false);
    expect(countAcks(p, ['b1', 'zz', 'b1'])).toBe(1);
    expect(isPlanSatisfied(plan('ALL', []), REPLICAS)).toBe(true);
    expect(isPlanSatisfied(plan('ALL', []), REPLICAS.slice(1))).toBe(false);
  });

  it('ANY: one answer from anyone, a hinted down replica included', () => {
    const p = plan('ANY', REPLICAS);
    expect(isPlanSatisfied(p, [])).toBe(false);
    expect(isPlanSatisfied(p, ['b1'])).toBe(true);
    expect(countAcks(p, ['b1'])).toBe(1);
  });

  it('a Set of hosts or a Map keyed by them answers as the same hosts in a list', () => {
    const levels: ConsistencyLevel[] = ['ANY', 'ONE', 'TWO', 'QUORUM', 'ALL', 'LOCAL_ONE', 'LOCAL_QUORUM', 'EACH_QUORUM'];
    const lists = [[], ['a1'], ['b1', 'b2'], ['a1', 'a2', 'b1'], ['a1', 'a3', 'b1', 'b2'], REPLICAS, ['zz', 'a2']];
    for (const level of levels) {
      const p = plan(level, ['a3']);
      for (const hosts of lists) {
        const asMap = new Map(hosts.map((h) => [h, { answer: h }]));
        for (const acked of [new Set(hosts), asMap]) {
          expect(isPlanSatisfied(p, acked), `${level} ${hosts.join(',')}`).toBe(isPlanSatisfied(p, hosts));
          expect(countAcks(p, acked), `${level} ${hosts.join(',')}`).toBe(countAcks(p, hosts));
        }
      }
    }
  });
});

describe('replicaPlan under SimpleStrategy across data centers', () => {
  const simple: ReplicaTopology = { replicationFactor: 5, replicationFactorByDc: new SimpleStrategy(5).replicationFactorByDc, dcOf: DC_OF, localDc: 'dc1' };

  it('LOCAL_QUORUM needs a quorum of the total from local replicas, as Cassandra', () => {
    const ok = replicaPlan('LOCAL_QUORUM', REPLICAS, () => true, simple);
    expect(ok.required).toBe(3);
    expect(checkAvailability(ok)).toBeUndefined();
    const short = replicaPlan('LOCAL_QUORUM', REPLICAS, (h) => h !== 'a1', simple);
    expect(checkAvailability(short)).toEqual({ required: 3, alive: 2, dc: 'dc1' });
  });

  it('EACH_QUORUM is a quorum of the total anywhere', () => {
    const p = replicaPlan('EACH_QUORUM', REPLICAS, (h) => h.startsWith('b') || h === 'a1', simple);
    expect(p.required).toBe(3);
    expect(p.perDc).toBeUndefined();
    expect(checkAvailability(p)).toBeUndefined();
  });

  it('without dcOf every replica is local', () => {
    const p = replicaPlan('LOCAL_QUORUM', REPLICAS, (h) => h !== 'a1', { ...simple, dcOf: undefined });
    expect(p.perDc).toEqual(new Map([['dc1', { required: 3, alive: ['b1', 'a2', 'b2', 'a3'] }]]));
  });
});

describe('replicaPlan for one data center (replicationFactor as a number)', () => {
  it('keeps replica order, calls isAlive once per replica, has no perDc', () => {
    const asked: string[] = [];
    const p = replicaPlan('QUORUM', ['c', 'a', 'b'], (h) => {
      asked.push(h);
      return h !== 'a';
    });
    expect(p).toEqual({ level: 'QUORUM', required: 2, alive: ['c', 'b'] });
    expect(asked).toEqual(['c', 'a', 'b']);
  });

  it('counts against the factor given, LOCAL_* and EACH_QUORUM like their global levels', () => {
    expect(replicaPlan('ALL', ['a', 'b'], () => true, 3).required).toBe(3);
    expect(checkAvailability(replicaPlan('ALL', ['a', 'b'], () => true, 3))).toEqual({ required: 3, alive: 2 });
    expect(replicaPlan('LOCAL_QUORUM', ['a', 'b', 'c'], () => true).required).toBe(2);
    expect(replicaPlan('EACH_QUORUM', ['a', 'b', 'c'], () => true).required).toBe(2);
    expect(isPlanSatisfied(replicaPlan('LOCAL_ONE', ['a', 'b'], () => true), ['b'])).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { mergePartialAnswers, sliceAfter } from './read-merge.js';
import { clusteringInSlice, FULL_SLICE } from './slice.js';
import type { PartitionData } from './types.js';

const row = (k: number, deleted = false) => ({
  clustering: Uint8Array.of(k),
  cells: new Map([['v', { value: deleted ? null : Uint8Array.of(k), timestamp: deleted ? 20n : 10n, ttlSeconds: 0, localDeletionTime: 0 }]]),
});
const part = (rows: ReturnType<typeof row>[]): PartitionData => ({ token: 1n, partitionKey: Uint8Array.of(1), rows });

describe('mergePartialAnswers (short-read protection)', () => {
  it('keeps only what every truncated answer vouched for, and says where to resume', () => {
    // A stopped after key 2; B after key 4 and holds a tombstone for 3 that A never reached.
    const a = { partition: part([row(1), row(2)]), truncated: true };
    const b = { partition: part([row(1), row(2), row(3, true), row(4)]), truncated: true };
    const r = mergePartialAnswers([a, b], false);
    expect(r.partition!.rows.map((x) => x.clustering[0])).toEqual([1, 2]);
    expect([...r.resumeAfter!]).toEqual([2]);
  });

  it('resumes from the far end when reversed, and not at all when nobody was cut short', () => {
    const a = { partition: part([row(4), row(5)]), truncated: true };
    const b = { partition: part([row(2), row(3), row(4), row(5)]), truncated: false };
    const r = mergePartialAnswers([a, b], true);
    expect(r.partition!.rows.map((x) => x.clustering[0])).toEqual([4, 5]);
    expect([...r.resumeAfter!]).toEqual([4]);
    expect(mergePartialAnswers([b, { partition: undefined, truncated: false }], false).resumeAfter).toBeUndefined();
  });
});

describe('sliceAfter', () => {
  it('excludes exactly the key, even the empty key that prefixes every other', () => {
    const after = sliceAfter(FULL_SLICE, new Uint8Array(0), false);
    expect(clusteringInSlice(new Uint8Array(0), after)).toBe(false);
    expect(clusteringInSlice(Uint8Array.of(0), after)).toBe(true);
    expect(clusteringInSlice(Uint8Array.of(1, 2), after)).toBe(true);
    const afterAb = sliceAfter(FULL_SLICE, Uint8Array.of(1), false);
    expect(clusteringInSlice(Uint8Array.of(1), afterAb)).toBe(false);
    expect(clusteringInSlice(Uint8Array.of(1, 0), afterAb)).toBe(true);
    const before = sliceAfter(FULL_SLICE, Uint8Array.of(5), true);
    expect(clusteringInSlice(Uint8Array.of(5), before)).toBe(false);
    expect(clusteringInSlice(Uint8Array.of(4, 9), before)).toBe(true);
  });
});

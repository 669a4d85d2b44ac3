// The coordinator's reconciliation of range-read answers (reconcileRange) and the executor's
// narrowing of IN slices (narrowAfter), on hand-built replica answers.
import { describe, expect, it } from 'vitest';
import type { PartitionData, RowData } from '@cassia/lsm';
import { reconcileRange } from './coordinator.js';
import { narrowAfter } from './executor.js';

const row = (c: number, ts: bigint, value: number | null): RowData => ({
  clustering: Uint8Array.of(c),
  ...(value === null ? { deletion: { timestamp: ts, localDeletionTime: 1 } } : { liveness: { timestamp: ts, ttlSeconds: 0, localExpirationTime: 0 } }),
  cells: new Map(value === null ? [] : [['v', { value: Uint8Array.of(value), timestamp: ts, ttlSeconds: 0, localDeletionTime: 0 }]]),
});
const partition = (token: bigint, key: number, rows: RowData[]): PartitionData => ({ token, partitionKey: Uint8Array.of(key), rows });
const keys = (ps: PartitionData[]) => ps.map((p) => `${p.token}:${p.partitionKey[0]}:${p.rows.map((r) => r.clustering[0]).join(',')}`);

describe('reconcileRange', () => {
  it('merges each partition from every answer: the newest row wins, a tombstone shadows older data', () => {
    const a = { partitions: [{ partition: partition(1n, 1, [row(0, 10n, 1), row(1, 10n, 1)]), truncated: false }], last: undefined };
    const b = { partitions: [{ partition: partition(1n, 1, [row(0, 20n, 2), row(1, 20n, null)]), truncated: false }, { partition: partition(5n, 2, [row(0, 1n, 9)]), truncated: false }], last: undefined };
    const r = reconcileRange([a, b]);
    expect(r.resume).toBeUndefined();
    expect(keys(r.partitions)).toEqual(['1:1:0,1', '5:2:0']);
    const merged = r.partitions[0]!;
    expect(merged.rows[0]!.cells.get('v')!.value).toEqual(Uint8Array.of(2));
    expect(merged.rows[1]!.deletion).toBeDefined();
  });

  it('covers only up to the nearest stop among the answers, and resumes there', () => {
    // a stopped after partition 3 (complete); b went on to partition 9.
    const a = { partitions: [{ partition: partition(3n, 3, [row(0, 1n, 1)]), truncated: false }], last: { token: 3n, partitionKey: Uint8Array.of(3) } };
    const b = { partitions: [{ partition: partition(3n, 3, [row(0, 1n, 1)]), truncated: false }, { partition: partition(9n, 9, [row(0, 1n, 1)]), truncated: false }], last: undefined };
    const r = reconcileRange([a, b]);
    expect(keys(r.partitions)).toEqual(['3:3:0']);
    expect(r.resume).toEqual({ token: 3n, partitionKey: Uint8Array.of(3) });
  });

  it('resumes inside a partition a replica cut short, after the last row every answer covers', () => {
    const a = { partitions: [{ partition: partition(3n, 3, [row(0, 1n, 1), row(1, 1n, 1)]), truncated: true }], last: { token: 3n, partitionKey: Uint8Array.of(3) } };
    const b = { partitions: [{ partition: partition(3n, 3, [row(0, 1n, 1), row(1, 1n, 1), row(2, 1n, 1)]), truncated: false }], last: undefined };
    const r = reconcileRange([a, b]);
    expect(keys(r.partitions)).toEqual(['3:3:0,1']);
    expect(r.resume).toEqual({ token: 3n, partitionKey: Uint8Array.of(3), clustering: Uint8Array.of(1) });
  });

  it('orders partitions by token, then key bytes, whatever order the answers came in', () => {
    const a = { partitions: [{ partition: partition(7n, 2, [row(0, 1n, 1)]), truncated: false }], last: undefined };
    const b = { partitions: [{ partition: partition(7n, 1, [row(0, 1n, 1)]), truncated: false }, { partition: partition(8n, 0, [row(0, 1n, 1)]), truncated: false }], last: undefined };
    expect(keys(reconcileRange([a, b]).partitions)).toEqual(['7:1:0', '7:2:0', '8:0:0']);
  });
});

describe('narrowAfter', () => {
  const point = (c: number) => ({ start: Uint8Array.of(c), startInclusive: true, end: Uint8Array.of(c), endInclusive: true });

  it('leaves a later IN slice whole: the last row of one slice does not widen the next', () => {
    expect(narrowAfter(point(100), Uint8Array.of(7), false)).toEqual(point(100));
    expect(narrowAfter(point(7), Uint8Array.of(7), false)).toEqual({ ...point(7), start: Uint8Array.of(7, 0) }); // empty: nothing after 7 in [7, 7]
    expect(narrowAfter(point(7), Uint8Array.of(100), false)).toBeUndefined();
    expect(narrowAfter(point(7), undefined, false)).toEqual(point(7));
  });

  it('in reverse, a slice below the key is whole and one above it is done', () => {
    expect(narrowAfter(point(7), Uint8Array.of(100), true)).toEqual(point(7));
    expect(narrowAfter(point(100), Uint8Array.of(7), true)).toBeUndefined();
  });

  it('narrows a slice the key lies in', () => {
    const span = { start: Uint8Array.of(1), startInclusive: true, end: Uint8Array.of(9), endInclusive: true };
    expect(narrowAfter(span, Uint8Array.of(4), false)).toEqual({ ...span, start: Uint8Array.of(4, 0) });
    expect(narrowAfter(span, Uint8Array.of(4), true)).toEqual({ ...span, end: Uint8Array.of(4), endInclusive: false });
  });
});

import { describe, expect, it } from 'vitest';
import { TIMESTAMP_MAX, TIMESTAMP_MIN } from '../limits.js';
import { liveRows, purgeShadowed } from '../purge.js';
import { makePartition, makeRow, mergePartitions, mergeRangeTombstones } from '../reconcile.js';
import { b, del, expiring, live, partition, randomPartition, row, tombstone } from '../testing/fixtures.js';
import { Random, seeds } from '../testing/random.js';
import type { Cell, PartitionData, RangeTombstone } from '../types.js';
import { purgeTombstones } from './tombstone-purge.js';
import type { TombstonePurgeOptions } from './tombstone-purge.js';

const NOW = 10_000;
const GC = 100;
const everything = (): bigint => TIMESTAMP_MAX;
const opts = (maxPurgeable: bigint | (() => bigint) = everything, gcGraceSeconds = GC, nowSeconds = NOW): TombstonePurgeOptions => ({
  gcGraceSeconds,
  nowSeconds,
  maxPurgeableTimestamp: typeof maxPurgeable === 'bigint' ? () => maxPurgeable : maxPurgeable,
});

function rangeTombstone(start: string, end: string, ts: bigint, ldt: number): RangeTombstone {
  return { start: b(start), startInclusive: true, end: b(end), endInclusive: true, deletion: del(ts, ldt) };
}

describe('purgeTombstones: gc grace', () => {
  it('keeps a tombstone until localDeletionTime + gcGraceSeconds < now (strictly)', () => {
    const p = partition([row('a', { x: tombstone(5n, NOW - GC), y: live('v', 5n) })]);
    expect(purgeTombstones(p, opts()).partition).toBe(p);
    const older = partition([row('a', { x: tombstone(5n, NOW - GC - 1), y: live('v', 5n) })]);
    const r = purgeTombstones(older, opts());
    expect(r.partition).toEqual(partition([row('a', { y: live('v', 5n) })]));
    expect(r.tombstonesPurged).toBe(1);
  });

  it('purges every kind of tombstone and drops what becomes empty', () => {
    const old = NOW - GC - 1;
    const p = makePartition(
      7n,
      b('pk'),
      del(3n, old),
      [
        makeRow(b('a'), undefined, del(4n, old), new Map()),
        makeRow(b('b'), { timestamp: 6n, ttlSeconds: 10, localExpirationTime: old }, undefined, new Map([['x', tombstone(6n, old)]])),
      ],
      [rangeTombstone('c', 'd', 5n, old)],
    );
    const r = purgeTombstones(p, opts());
    expect(r.partition).toBeUndefined();
    // partition deletion, row deletion, expired row marker, cell tombstone, range tombstone
    expect(r.tombstonesPurged).toBe(5);
  });

  it('keeps an expired row marker until its expiration time + gc grace has passed', () => {
    const marker = { timestamp: 6n, ttlSeconds: 10, localExpirationTime: NOW - GC };
    const p = makePartition(7n, b('pk'), undefined, [makeRow(b('a'), marker, undefined, new Map())]);
    expect(purgeTombstones(p, opts()).partition).toBe(p);
    const liveMarker = { timestamp: 6n, ttlSeconds: 10, localExpirationTime: NOW + 1 };
    const q = makePartition(7n, b('pk'), undefined, [makeRow(b('a'), liveMarker, undefined, new Map())]);
    expect(purgeTombstones(q, opts(everything, 0, NOW)).partition).toBe(q);
  });
});

describe('purgeTombstones: max purgeable timestamp', () => {
  it('drops only tombstones with timestamp < maxPurgeableTimestamp', () => {
    const old = NOW - GC - 1;
    const p = partition([row('a', { x: tombstone(5n, old), y: tombstone(6n, old), z: live('v', 1n) })]);
    const r = purgeTombstones(p, opts(6n));
    expect(r.partition).toEqual(partition([row('a', { y: tombstone(6n, old), z: live('v', 1n) })]));
    expect(r.tombstonesPurged).toBe(1);
    expect(purgeTombstones(p, opts(TIMESTAMP_MIN)).partition).toBe(p);
  });

  it('asks for it lazily: never when nothing is past gc grace, at most once per partition', () => {
    let calls = 0;
    const counting = (): bigint => {
      calls++;
      return TIMESTAMP_MAX;
    };
    purgeTombstones(partition([row('a', { x: tombstone(5n, NOW), y: live('v', 1n) })]), opts(counting));
    expect(calls).toBe(0);
    const old = NOW - GC - 1;
    purgeTombstones(partition([row('a', { x: tombstone(5n, old) }), row('b', { x: tombstone(5n, old) })], del(1n, old)), opts(counting));
    expect(calls).toBe(1);
  });
});

describe('purgeTombstones: TTL', () => {
  it('turns an expired cell into a tombstone deleted at expiry - ttl, then applies gc grace to that', () => {
    const p = partition([row('a', { x: expiring('v', 5n, 50, NOW), y: live('w', 1n) })]);
    // written at NOW - 50: not yet past gc grace (100 s)
    expect(purgeTombstones(p, opts()).partition).toEqual(partition([row('a', { x: tombstone(5n, NOW - 50), y: live('w', 1n) })]));
    const q = partition([row('a', { x: expiring('v', 5n, 200, NOW), y: live('w', 1n) })]);
    const r = purgeTombstones(q, opts());
    expect(r.partition).toEqual(partition([row('a', { y: live('w', 1n) })]));
    expect(r.tombstonesPurged).toBe(1);
  });

  it('keeps a cell that expires after now', () => {
    const p = partition([row('a', { x: expiring('v', 5n, 50, NOW + 1) })]);
    expect(purgeTombstones(p, opts()).partition).toBe(p);
  });
});

describe('purgeTombstones: versions (history)', () => {
  const withHistory = (current: Cell, older: Cell[]): PartitionData =>
    makePartition(7n, b('pk'), undefined, [makeRow(b('a'), undefined, undefined, new Map([['x', current]]), new Map([['x', older]]))]);

  it('an expired current cell takes the older versions with it', () => {
    const p = withHistory(expiring('v3', 3n, 10, NOW), [live('v2', 2n), live('v1', 1n)]);
    expect(purgeTombstones(p, opts(TIMESTAMP_MIN)).partition).toEqual(partition([row('a', { x: tombstone(3n, NOW - 10) })]));
  });

  it('an expired older version ends the history, and goes once purgeable', () => {
    const p = withHistory(live('v3', 3n), [expiring('v2', 2n, 10, NOW), live('v1', 1n)]);
    expect(purgeTombstones(p, opts(TIMESTAMP_MIN)).partition).toEqual(withHistory(live('v3', 3n), [tombstone(2n, NOW - 10)]));
    const q = withHistory(live('v3', 3n), [expiring('v2', 2n, 1000, NOW), live('v1', 1n)]);
    const r = purgeTombstones(q, opts());
    expect(r.partition).toEqual(partition([row('a', { x: live('v3', 3n) })]));
    expect(r.tombstonesPurged).toBe(1);
  });

  it('leaves live versions alone', () => {
    const p = withHistory(live('v3', 3n), [live('v2', 2n), expiring('v1', 1n, 10, NOW + 5)]);
    expect(purgeTombstones(p, opts()).partition).toBe(p);
  });
});

/** Smallest timestamp of anything in a partition (what an SSTable's minTimestamp covers). */
function minTimestampOf(p: PartitionData): bigint {
  let min = TIMESTAMP_MAX;
  const see = (t: bigint): void => {
    if (t < min) min = t;
  };
  if (p.partitionDeletion) see(p.partitionDeletion.timestamp);
  for (const rt of p.rangeTombstones ?? []) see(rt.deletion.timestamp);
  for (const r of p.rows) {
    if (r.liveness) see(r.liveness.timestamp);
    if (r.deletion) see(r.deletion.timestamp);
    for (const c of r.cells.values()) see(c.timestamp);
    for (const vs of r.history?.values() ?? []) for (const c of vs) see(c.timestamp);
  }
  return min;
}

/** randomPartition plus random range tombstones (timestamps 0..3, deletion times 100..101). */
function randomPartitionWithRanges(r: Random): PartitionData {
  const p = randomPartition(r);
  const bounds = ['', 'a', 'ab', 'b', 'c'];
  const rts: RangeTombstone[] = [];
  for (let i = r.int(3); i > 0; i--) {
    const rt: { -readonly [K in keyof RangeTombstone]: RangeTombstone[K] } = {
      startInclusive: r.bool(),
      endInclusive: r.bool(),
      deletion: del(BigInt(r.int(4)), 100 + r.int(2)),
    };
    if (r.bool(0.8)) rt.start = b(r.pick(bounds));
    if (r.bool(0.8)) rt.end = b(r.pick(bounds));
    rts.push(rt);
  }
  return makePartition(p.token, p.partitionKey, p.partitionDeletion, p.rows, mergeRangeTombstones(rts, undefined, p.partitionDeletion));
}

function normalized(p: PartitionData, versions = 1): PartitionData {
  return mergePartitions(p, makePartition(p.token, p.partitionKey, undefined, []), { versions });
}

describe('purgeTombstones: properties', () => {
  // randomPartition: timestamps 0..3, deletion and expiry times 100..102.
  const now = 103;
  const gc = 1;

  it('never changes what a read sees, even merged with data held outside the compaction', () => {
    for (const seed of seeds(300)) {
      const r = new Random(seed);
      const inside = normalized(mergePartitions(randomPartitionWithRanges(r), randomPartitionWithRanges(r), { versions: 3 }), 3);
      const outside = r.bool(0.8) ? normalized(randomPartitionWithRanges(r), 3) : undefined;
      const maxPurgeable = outside === undefined ? TIMESTAMP_MAX : minTimestampOf(outside);
      const { partition: purged } = purgeTombstones(inside, opts(maxPurgeable, gc, now));
      const withOutside = (p: PartitionData | undefined): PartitionData | undefined =>
        outside === undefined ? p : p === undefined ? outside : mergePartitions(p, outside, { versions: 3 });
      const expected = withOutside(inside);
      const actual = withOutside(purged);
      expect(actual === undefined ? [] : liveRows(actual, now), `seed ${seed}`).toEqual(expected === undefined ? [] : liveRows(expected, now));
    }
  });

  it('with nothing purgeable it only expires cells, like purgeShadowed', () => {
    for (const seed of seeds(200)) {
      const p = normalized(randomPartitionWithRanges(new Random(seed)));
      const { partition, tombstonesPurged } = purgeTombstones(p, opts(TIMESTAMP_MIN, gc, now));
      expect(tombstonesPurged, `seed ${seed}`).toBe(0);
      const expected = purgeShadowed(p, now);
      const empty = expected.rows.length === 0 && expected.partitionDeletion === undefined && expected.rangeTombstones === undefined;
      expect(partition, `seed ${seed}`).toEqual(empty ? undefined : expected);
    }
  });

  it('with everything purgeable no tombstone survives', () => {
    for (const seed of seeds(200)) {
      const p = normalized(randomPartitionWithRanges(new Random(seed)), 3);
      const { partition } = purgeTombstones(p, opts(TIMESTAMP_MAX, 0, 1_000));
      const msg = `seed ${seed}`;
      for (const row of partition?.rows ?? []) {
        expect(row.deletion, msg).toBeUndefined();
        for (const c of row.cells.values()) expect(c.value, msg).not.toBeNull();
        for (const vs of row.history?.values() ?? []) for (const c of vs) expect(c.value, msg).not.toBeNull();
        if (row.liveness) expect(row.liveness.ttlSeconds, msg).toBe(0);
      }
      expect(partition?.partitionDeletion, msg).toBeUndefined();
      expect(partition?.rangeTombstones, msg).toBeUndefined();
    }
  });
});

// Range tombstones and multi-version cells in reconciliation and the memtable.
import { describe, expect, it } from 'vitest';
import { Memtable } from './memtable.js';
import { liveRows } from './purge.js';
import { mergeCellVersions, mergePartitions, mergeRangeTombstones, partitionFromMutation } from './reconcile.js';
import { FULL_SLICE } from './slice.js';
import { b, del, live, mutation, partition, row, rowUpdate, tombstone } from './testing/fixtures.js';
import { Random, seeds } from './testing/random.js';
import type { Mutation, RangeTombstone } from './types.js';

const rt = (start: string | undefined, end: string | undefined, ts: bigint, inclusive = true): RangeTombstone => ({
  ...(start === undefined ? {} : { start: b(start) }),
  startInclusive: inclusive,
  ...(end === undefined ? {} : { end: b(end) }),
  endInclusive: inclusive,
  deletion: del(ts),
});
const text = (u: Uint8Array) => new TextDecoder().decode(u);

describe('range tombstones', () => {
  it('shadow the rows in their slice written at or before their timestamp', () => {
    const data = partition([row('a', { x: live('1', 5n) }), row('b', { x: live('2', 5n) }), row('c', { x: live('3', 9n) }), row('d', { x: live('4', 5n) })]);
    const deletion = { ...partition([]), rangeTombstones: [rt('b', 'c', 6n)] };
    const merged = mergePartitions(data, deletion);
    expect(merged.rows.map((r) => text(r.clustering))).toEqual(['a', 'c', 'd']);
    expect(merged.rangeTombstones).toEqual([rt('b', 'c', 6n)]);
    expect(mergePartitions(deletion, data)).toEqual(merged);
  });

  it('follow the prefix bound rules: an inclusive end covers every key that starts with it', () => {
    const data = partition([row('b', { x: live('1', 1n) }), row('bz', { x: live('2', 1n) }), row('c', { x: live('3', 1n) })]);
    const merged = mergePartitions(data, { ...partition([]), rangeTombstones: [rt('a', 'b', 2n)] });
    expect(merged.rows.map((r) => text(r.clustering))).toEqual(['c']);
  });

  it('are dropped when the partition deletion covers them, deduplicated and sorted', () => {
    expect(mergeRangeTombstones([rt('b', 'c', 3n)], [rt('a', 'b', 1n), rt('b', 'c', 3n)], del(2n))).toEqual([rt('b', 'c', 3n)]);
    expect(mergeRangeTombstones([rt('a', 'b', 1n)], undefined, del(5n))).toBeUndefined();
    expect(mergeRangeTombstones([rt('c', undefined, 1n), rt(undefined, 'a', 1n)], undefined, undefined)!.map((x) => x.start && text(x.start))).toEqual([undefined, 'c']);
  });

  it('merge commutatively and associatively with rows and deletions (property, seeded)', () => {
    for (const seed of seeds(200)) {
      const r = new Random(seed);
      const keys = ['a', 'b', 'c', 'd'];
      const random = () => {
        const rows = keys.filter(() => r.bool(0.5)).map((k) => row(k, { x: r.bool(0.8) ? live(r.pick(['p', 'q']), BigInt(r.int(5))) : tombstone(BigInt(r.int(5)), 100) }));
        const p = partition(rows, r.bool(0.2) ? del(BigInt(r.int(5))) : undefined);
        return r.bool(0.5) ? p : { ...p, rangeTombstones: [rt(r.pick(keys), r.pick(keys), BigInt(r.int(5)), r.bool())] };
      };
      const [x, y, z] = [random(), random(), random()];
      expect(mergePartitions(x, y), `seed ${seed}`).toEqual(mergePartitions(y, x));
      expect(mergePartitions(mergePartitions(x, y), z), `seed ${seed}`).toEqual(mergePartitions(x, mergePartitions(y, z)));
    }
  });

  it('apply in the memtable in any order and come back from reads', () => {
    const write: Mutation = mutation('t', 'k', [rowUpdate('a', { x: live('1', 1n) }), rowUpdate('b', { x: live('2', 1n) }), rowUpdate('c', { x: live('3', 3n) })]);
    const erase: Mutation = { ...mutation('t', 'k', []), rangeTombstones: [rt('a', 'c', 2n)] };
    for (const order of [[write, erase], [erase, write]]) {
      const mt = new Memtable();
      for (const m of order) mt.apply(m);
      const p = mt.read('t', 7n, b('k'), FULL_SLICE, { nowSeconds: 1000 })!;
      expect(p.rows.map((x) => text(x.clustering))).toEqual(['c']);
      expect(p.rangeTombstones).toEqual([rt('a', 'c', 2n)]);
      expect(liveRows(p, 1000).map((x) => text(x.clustering))).toEqual(['c']);
    }
  });
});

describe('cell versions (Bigtable-style)', () => {
  it('keeps the newest versions, newest first, up to the limit', () => {
    const cells = [live('v1', 1n), live('v3', 3n), live('v2', 2n), live('v4', 4n)];
    expect(mergeCellVersions(cells, 3)).toEqual({ current: live('v4', 4n), older: [live('v3', 3n), live('v2', 2n)] });
    expect(mergeCellVersions(cells, 1)).toEqual({ current: live('v4', 4n), older: [] });
  });

  it('ends history at a tombstone, and keeps none when the newest is a tombstone', () => {
    expect(mergeCellVersions([live('v3', 3n), tombstone(2n, 9), live('v1', 1n)], 5)).toEqual({ current: live('v3', 3n), older: [tombstone(2n, 9)] });
    expect(mergeCellVersions([tombstone(3n, 9), live('v1', 1n)], 5)).toEqual({ current: tombstone(3n, 9), older: [] });
  });

  it('are kept by the memtable for a table with versions > 1 and shown live by liveRows', () => {
    const mt = new Memtable();
    for (const ts of [1n, 2n, 3n]) mt.apply(mutation('t', 'k', [rowUpdate('r', { x: live(`v${ts}`, ts) })]), 2);
    const p = mt.read('t', 7n, b('k'), FULL_SLICE, { nowSeconds: 1000 })!;
    expect(p.rows[0]!.cells.get('x')).toEqual(live('v3', 3n));
    expect(p.rows[0]!.history?.get('x')).toEqual([live('v2', 2n)]);
    expect(liveRows(p, 1000)[0]!.history?.get('x')).toEqual([live('v2', 2n)]);
    // A row deletion shadows every version it covers.
    mt.apply(mutation('t', 'k', [{ clustering: b('r'), deletion: del(2n), cells: [] }]), 2);
    const after = mt.read('t', 7n, b('k'), FULL_SLICE, { nowSeconds: 1000 })!;
    expect(after.rows[0]!.history).toBeUndefined();
  });

  it('merge the same regardless of order (property, seeded)', () => {
    for (const seed of seeds(200)) {
      const r = new Random(seed);
      const muts = Array.from({ length: 6 }, () => mutation('t', 'k', [rowUpdate('r', { x: r.bool(0.85) ? live(r.pick(['a', 'b']), BigInt(r.int(8))) : tombstone(BigInt(r.int(8)), 100) })]));
      const versions = 1 + r.int(4);
      const one = muts.map((m) => partitionFromMutation(m)).reduce((x, y) => mergePartitions(x, y, { versions }));
      const other = [...muts].reverse().map((m) => partitionFromMutation(m)).reduce((x, y) => mergePartitions(x, y, { versions }));
      expect(one, `seed ${seed}`).toEqual(other);
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  deletionSupersedes,
  livenessSupersedes,
  mergeOptionalPartitions,
  mergePartitions,
  reconcileCell,
} from './reconcile.js';
import { b, del, expiring, live, partition, randomCell, randomPartition, row, tombstone } from './testing/fixtures.js';
import { Random, seeds } from './testing/random.js';
import type { Cell } from './types.js';

/** Both argument orders must agree. */
function winner(x: Cell, y: Cell): Cell {
  const w = reconcileCell(x, y);
  expect(reconcileCell(y, x)).toBe(w);
  return w;
}

describe('reconcileCell (Cassandra Cells.resolveRegular)', () => {
  it('higher timestamp wins whatever the kind', () => {
    expect(winner(live('a', 2n), tombstone(1n, 500))).toEqual(live('a', 2n));
    expect(winner(live('a', 1n), tombstone(2n, 500))).toEqual(tombstone(2n, 500));
    expect(winner(live('a', 1n), live('b', 2n))).toEqual(live('b', 2n));
    expect(winner(expiring('a', 3n, 10, 900), live('z', 2n))).toEqual(expiring('a', 3n, 10, 900));
  });

  it('on equal timestamps a tombstone beats a live cell', () => {
    expect(winner(live('zzz', 5n), tombstone(5n, 1))).toEqual(tombstone(5n, 1));
  });

  it('on equal timestamps an expiring cell beats a non-expiring one, even with a smaller value', () => {
    expect(winner(live('zzz', 5n), expiring('a', 5n, 10, 900))).toEqual(expiring('a', 5n, 10, 900));
  });

  it('on equal timestamps a tombstone beats an expiring cell', () => {
    expect(winner(expiring('a', 5n, 10, 9999), tombstone(5n, 1))).toEqual(tombstone(5n, 1));
  });

  it('two expiring cells: the later expiration wins before values are compared', () => {
    expect(winner(expiring('zzz', 5n, 10, 900), expiring('a', 5n, 10, 901))).toEqual(expiring('a', 5n, 10, 901));
  });

  it('two tombstones: the later deletion time wins', () => {
    expect(winner(tombstone(5n, 100), tombstone(5n, 200))).toEqual(tombstone(5n, 200));
  });

  it('two live cells: the greater value, unsigned bytewise', () => {
    expect(winner(live('a', 5n), live('b', 5n))).toEqual(live('b', 5n));
    expect(winner(live(new Uint8Array([0x7f]), 5n), live(new Uint8Array([0x80]), 5n)).value).toEqual(new Uint8Array([0x80]));
    expect(winner(live('ab', 5n), live('a', 5n))).toEqual(live('ab', 5n));
    expect(winner(live('', 5n), live('a', 5n))).toEqual(live('a', 5n));
  });

  it('is commutative and associative (random cells with frequent ties)', () => {
    for (const seed of seeds(300)) {
      const r = new Random(seed);
      const [x, y, z] = [randomCell(r), randomCell(r), randomCell(r)];
      expect(reconcileCell(x, y), `seed ${seed}`).toEqual(reconcileCell(y, x));
      expect(reconcileCell(reconcileCell(x, y), z), `seed ${seed}`).toEqual(reconcileCell(x, reconcileCell(y, z)));
    }
  });
});

describe('deletions and row markers', () => {
  it('DeletionTime.supersedes: timestamp, then local deletion time', () => {
    expect(deletionSupersedes(del(2n, 1), del(1n, 9))).toBe(true);
    expect(deletionSupersedes(del(1n, 9), del(1n, 8))).toBe(true);
    expect(deletionSupersedes(del(1n, 8), del(1n, 8))).toBe(false);
  });

  it('LivenessInfo.supersedes: timestamp, then expiring beats non-expiring, then later expiry', () => {
    const plain = { timestamp: 5n, ttlSeconds: 0, localExpirationTime: 0 };
    const exp = { timestamp: 5n, ttlSeconds: 10, localExpirationTime: 100 };
    const later = { timestamp: 5n, ttlSeconds: 10, localExpirationTime: 200 };
    expect(livenessSupersedes(exp, plain)).toBe(true);
    expect(livenessSupersedes(plain, exp)).toBe(false);
    expect(livenessSupersedes(later, exp)).toBe(true);
    expect(livenessSupersedes({ ...plain, timestamp: 6n }, later)).toBe(true);
  });
});

describe('mergePartitions', () => {
  it('reconciles rows cell by cell and keeps rows sorted', () => {
    const a = partition([row('b', { x: live('1', 1n) }), row('d', { x: live('d', 1n) })]);
    const c = partition([row('a', { x: live('a', 1n) }), row('b', { x: live('2', 2n), y: live('y', 1n) })]);
    const m = mergePartitions(a, c);
    expect(m.rows.map((r) => new TextDecoder().decode(r.clustering))).toEqual(['a', 'b', 'd']);
    expect(m.rows[1]?.cells).toEqual(new Map([['x', live('2', 2n)], ['y', live('y', 1n)]]));
  });

  it('a row deletion at T shadows cells and the row marker with timestamp <= T, not later ones', () => {
    const a = partition([row('r', { x: live('old', 10n), y: live('new', 11n) }, { liveness: { timestamp: 10n, ttlSeconds: 0, localExpirationTime: 0 } })]);
    const d = partition([row('r', {}, { deletion: del(10n) })]);
    const m = mergePartitions(a, d);
    expect(m.rows).toHaveLength(1);
    expect(m.rows[0]?.liveness).toBeUndefined();
    expect(m.rows[0]?.deletion).toEqual(del(10n));
    expect(m.rows[0]?.cells).toEqual(new Map([['y', live('new', 11n)]]));
  });

  it('a partition deletion shadows older rows everywhere and drops superseded row deletions', () => {
    const a = partition([row('a', { x: live('a', 3n) }), row('b', { x: live('b', 9n) }, { deletion: del(4n) })]);
    const d = partition([], del(5n));
    const m = mergePartitions(a, d);
    expect(m.partitionDeletion).toEqual(del(5n));
    expect(m.rows).toEqual([row('b', { x: live('b', 9n) })]);
  });

  it('keeps a tombstone-only row (it must still shadow other replicas)', () => {
    const m = mergePartitions(partition([row('a', { x: tombstone(3n, 100) })]), partition([]));
    expect(m.rows).toEqual([row('a', { x: tombstone(3n, 100) })]);
  });

  it('refuses to merge different partitions', () => {
    expect(() => mergePartitions(partition([]), partition([], undefined, 8n))).toThrow(/different partitions/);
  });

  it('mergeOptionalPartitions treats a missing answer as empty', () => {
    const p = partition([row('a', { x: live('a', 3n) })]);
    expect(mergeOptionalPartitions(undefined, p)).toBe(p);
    expect(mergeOptionalPartitions(p, undefined)).toBe(p);
    expect(mergeOptionalPartitions(undefined, undefined)).toBeUndefined();
  });

  it('is commutative and associative (random partitions)', () => {
    for (const seed of seeds(300)) {
      const r = new Random(seed);
      const [x, y, z] = [randomPartition(r), randomPartition(r), randomPartition(r)];
      expect(mergePartitions(x, y), `seed ${seed}`).toEqual(mergePartitions(y, x));
      expect(mergePartitions(mergePartitions(x, y), z), `seed ${seed}`).toEqual(mergePartitions(x, mergePartitions(y, z)));
      const xy = mergePartitions(x, y);
      expect(mergePartitions(xy, xy), `seed ${seed} idempotent`).toEqual(xy);
    }
  });

  it('clustering keys compare unsigned', () => {
    const m = mergePartitions(
      { token: 1n, partitionKey: b('k'), rows: [row('\u007f', { x: live('a', 1n) })] },
      { token: 1n, partitionKey: b('k'), rows: [{ clustering: new Uint8Array([0xff]), cells: new Map([['x', live('b', 1n)]]) }] },
    );
    expect(m.rows.map((r) => r.clustering[0])).toEqual([0x7f, 0xff]);
  });
});

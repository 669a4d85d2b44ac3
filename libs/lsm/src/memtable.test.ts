import { describe, expect, it } from 'vitest';
import { Memtable } from './memtable.js';
import { ARENA_CHUNK_BYTES_MIN, ArenaChunkPool } from './arena.js';
import { BlobWriter, decodeBlobIn, encodePartitionBlob, encodeSimpleMutationBlob, sortBlobPositions } from './memtable-codec.js';
import { makePartition, makeRow, mergePartitions, partitionFromMutation } from './reconcile.js';
import { FULL_SLICE } from './slice.js';
import { b, del, expiring, live, mutation, randomRowUpdate, rowUpdate, tombstone } from './testing/fixtures.js';
import { Random, seeds } from './testing/random.js';
import type { Mutation, PartitionData } from './types.js';

const NOW = 1000;
const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const clusterings = (p: PartitionData | undefined): string[] => (p ? p.rows.map((r) => text(r.clustering)) : []);

function read(mt: Memtable, key = 'k', options: { reversed?: boolean; limitRows?: number } = {}, slice = FULL_SLICE): PartitionData | undefined {
  return mt.read('t', 7n, b(key), slice, { nowSeconds: NOW, ...options });
}

describe('Memtable', () => {
  it('reconciles on apply: an older write does not overwrite a newer one', () => {
    const mt = new Memtable();
    mt.apply(mutation('t', 'k', [rowUpdate('r', { x: live('new', 5n) })]));
    mt.apply(mutation('t', 'k', [rowUpdate('r', { x: live('old', 4n), y: live('y', 1n) })]));
    expect(read(mt)?.rows[0]?.cells).toEqual(new Map([['x', live('new', 5n)], ['y', live('y', 1n)]]));
  });

  it('keeps rows sorted by unsigned clustering bytes and reads slices', () => {
    const mt = new Memtable();
    for (const c of ['b', 'a', 'ab', 'c', '']) mt.apply(mutation('t', 'k', [rowUpdate(c, { x: live(c, 1n) })]));
    mt.apply(mutation('t', 'k', [{ clustering: new Uint8Array([0xff]), cells: [{ column: 'x', cell: live('ff', 1n) }] }]));
    expect(clusterings(read(mt)).slice(0, 5)).toEqual(['', 'a', 'ab', 'b', 'c']);
    expect(read(mt)?.rows[5]?.clustering).toEqual(new Uint8Array([0xff]));
    expect(clusterings(read(mt, 'k', {}, { start: b('a'), startInclusive: false, end: b('c'), endInclusive: false }))).toEqual(['b']);
    expect(clusterings(read(mt, 'k', {}, { start: b('a'), startInclusive: true, end: b('a'), endInclusive: true }))).toEqual(['a', 'ab']);
    expect(read(mt, 'k', {}, { start: b('x'), startInclusive: true, endInclusive: true })?.rows.length).toBe(1);
    expect(read(mt, 'k', {}, { start: b('d'), startInclusive: true, end: b('e'), endInclusive: true })).toBeUndefined();
    expect(read(mt, 'other')).toBeUndefined();
  });

  it('limitRows counts live rows only; reversed selects from the end but returns ascending rows', () => {
    const mt = new Memtable();
    mt.apply(
      mutation('t', 'k', [
        rowUpdate('a', { x: live('a', 1n) }),
        rowUpdate('b', { x: tombstone(1n, 1) }),
        rowUpdate('c', { x: expiring('c', 1n, 10, NOW) }),
        rowUpdate('d', { x: live('d', 1n) }),
        rowUpdate('e', { x: live('e', 1n) }),
      ]),
    );
    expect(clusterings(read(mt, 'k', { limitRows: 2 }))).toEqual(['a', 'b', 'c', 'd']);
    expect(clusterings(read(mt, 'k', { limitRows: 2, reversed: true }))).toEqual(['d', 'e']);
    expect(clusterings(read(mt, 'k', { limitRows: 3, reversed: true }))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(clusterings(read(mt, 'k', { reversed: true }))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('a partition deletion sweeps shadowed rows and is returned even without rows', () => {
    const mt = new Memtable();
    mt.apply(mutation('t', 'k', [rowUpdate('a', { x: live('a', 1n) }), rowUpdate('b', { x: live('b', 9n) })]));
    mt.apply(mutation('t', 'k', [], del(5n)));
    expect(clusterings(read(mt))).toEqual(['b']);
    expect(read(mt, 'k', {}, { start: b('z'), startInclusive: true, endInclusive: true })).toEqual({ token: 7n, partitionKey: b('k'), partitionDeletion: del(5n), rows: [] });
    mt.apply(mutation('t', 'k', [rowUpdate('c', { x: live('c', 4n) })]));
    expect(clusterings(read(mt))).toEqual(['b']);
  });

  it('copies what it stores and never changes what a read returned', () => {
    const mt = new Memtable();
    const value = b('v1');
    const m = mutation('t', 'k', [rowUpdate('r', { x: live(value, 1n) })]);
    mt.apply(m);
    value[0] = 0;
    m.partitionKey[0] = 0;
    const first = read(mt);
    expect(first?.rows[0]?.cells.get('x')?.value).toEqual(b('v1'));
    mt.apply(mutation('t', 'k', [rowUpdate('r', { x: live('v2', 2n) })]));
    expect(first?.rows[0]?.cells.get('x')?.value).toEqual(b('v1'));
    expect(read(mt)?.rows[0]?.cells.get('x')?.value).toEqual(b('v2'));
  });

  it('tracks approximate bytes and forgets a dropped table', () => {
    const mt = new Memtable();
    expect(mt.bytes).toBe(0);
    mt.apply(mutation('t', 'k', [rowUpdate('r', { x: live('x'.repeat(1000), 1n) })]));
    mt.apply(mutation('u', 'k', [rowUpdate('r', { x: live('x', 1n) })]));
    expect(mt.bytes).toBeGreaterThan(1000);
    expect(mt.partitionCount).toBe(2);
    mt.dropTable('t');
    expect(read(mt)).toBeUndefined();
    expect(mt.partitionCount).toBe(1);
    mt.apply(mutation('u', 'k', [], del(10n)));
    const before = mt.bytes;
    mt.dropTable('u');
    // What is left is the arena's blobs (dropped, replaced), which count until the memtable goes.
    expect(mt.bytes).toBeLessThan(before);
    expect(mt.bytes).toBe(mt.arenaBytes);
    expect(mt.arenaBytes).toBeGreaterThan(1000);
  });

  it('lists partitions in token order, then key bytes', () => {
    const mt = new Memtable();
    mt.apply(mutation('t', 'b', [rowUpdate('', { x: live('1', 1n) })], undefined, 5n));
    mt.apply(mutation('t', 'a', [rowUpdate('', { x: live('1', 1n) })], undefined, 5n));
    mt.apply(mutation('t', 'z', [rowUpdate('', { x: live('1', 1n) })], undefined, -3n));
    expect(mt.partitions('t').map((p) => `${p.token}:${text(p.partitionKey)}`)).toEqual(['-3:z', '5:a', '5:b']);
  });

  it('the result does not depend on the order mutations arrive in (= merging them all)', () => {
    for (const seed of seeds(200)) {
      const r = new Random(seed);
      const mutations: Mutation[] = Array.from({ length: 1 + r.int(6) }, () =>
        mutation('t', 'k', Array.from({ length: r.int(3) }, () => randomRowUpdate(r)), r.bool(0.2) ? del(BigInt(r.int(4)), 100) : undefined),
      );
      const forward = new Memtable();
      for (const m of mutations) forward.apply(m);
      const backward = new Memtable();
      for (const m of [...mutations].reverse()) backward.apply(m);
      const merged = mutations.map((m) => partitionFromMutation(m)).reduce((a, b) => mergePartitions(a, b));
      const expected = merged.rows.length === 0 && merged.partitionDeletion === undefined ? undefined : merged;
      expect(read(forward), `seed ${seed}`).toEqual(expected);
      expect(read(backward), `seed ${seed}`).toEqual(expected);
    }
  });
});

describe('Memtable partition order and keys', () => {
  it('iterates every token, extremes included, in signed order and gives back exact tokens and keys', () => {
    const mt = new Memtable();
    const tokens = [2n ** 63n - 1n, -(2n ** 63n), -1n, 0n, 1n, 2n ** 32n, -(2n ** 32n) - 5n, 123456789012345n];
    for (const [i, t] of tokens.entries()) mt.apply(mutation('t', `k${i}\u00ff`, [rowUpdate('', { x: live('v', 1n) })], undefined, t));
    const seen = [...mt.iterate('t')].map((p) => [p.token, Buffer.from(p.partitionKey).toString('latin1')]);
    const expected = tokens.map((t, i) => [t, Buffer.from(b(`k${i}\u00ff`)).toString('latin1')]).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
    expect(seen).toEqual(expected);
    const after = [...mt.iterate('t', { token: 0n, partitionKey: new Uint8Array(0) })].map((p) => p.token);
    expect(after).toEqual(tokens.filter((t) => t >= 0n).sort((x, y) => (x < y ? -1 : 1)));
  });
});

describe('Memtable.flushBlobs (a flush in a worker thread)', () => {
  it('sortBlobPositions puts the blobs in the order iterate() gives, large partitions included', () => {
    for (const seed of seeds(5)) {
      const r = new Random(seed);
      const mt = new Memtable();
      const tokens = [-(2n ** 63n), -1n, 0n, 1n, 2n ** 32n, -(2n ** 32n), 2n ** 63n - 3n, 12345n];
      for (let i = 0; i < 300; i++) {
        const token = tokens[r.int(tokens.length)]! + BigInt(r.int(3));
        const key = ['', 'a', 'ab', 'b', '\u00ff', 'k' + r.int(20)][r.int(6)]!;
        // Some partitions grow past MEMTABLE_BLOB_ROWS_MAX rows and are kept as objects.
        const rows = Array.from({ length: 1 + r.int(4) }, () => rowUpdate(`c${r.int(12)}`, { x: live(`v${i}`, BigInt(i)) }));
        mt.apply(mutation('t', key, rows, undefined, token));
      }
      const { chunks, positions } = mt.flushBlobs('t');
      // Pooled arena chunks are shared memory; large partitions' blobs are ordinary memory (copied to the worker).
      expect(chunks.some((c) => c.buffer instanceof SharedArrayBuffer)).toBe(true);
      const fromBlobs = sortBlobPositions(chunks, positions).map((p) => decodeBlobIn(chunks, p));
      const expected = [...mt.iterate('t')];
      expect(fromBlobs.length, `seed ${seed}`).toBe(expected.length);
      expect(expected.some((p) => p.rows.length > 8), `seed ${seed}: a large partition`).toBe(true);
      for (let i = 0; i < expected.length; i++) {
        const want = expected[i]!;
        const got = fromBlobs[i]!;
        expect([got.token, text(got.partitionKey)], `seed ${seed} #${i}`).toEqual([want.token, text(want.partitionKey)]);
        expect(got.rows.map((row) => [text(row.clustering), row.cells]), `seed ${seed} #${i}`).toEqual(want.rows.map((row) => [text(row.clustering), row.cells]));
      }
    }
  });
});

describe('encodeSimpleMutationBlob', () => {
  it('encodes a one-row mutation exactly as the partition it makes, and declines any other', () => {
    const r = new Random(99);
    let simple = 0;
    let declined = 0;
    for (let i = 0; i < 2000; i++) {
      const rows = Array.from({ length: r.bool(0.8) ? 1 : 2 }, () => randomRowUpdate(r));
      const m = mutation('t', `k${i}`, rows, r.bool(0.1) ? { timestamp: 5n, localDeletionTime: 9 } : undefined, BigInt(i) * 7919n - 5000n);
      const fast = encodeSimpleMutationBlob(new BlobWriter(), m);
      const row = m.rows[0]!;
      const eligible = m.partitionDeletion === undefined && m.rows.length === 1 && row.deletion === undefined && (row.liveness !== undefined || row.cells.length > 0);
      expect(fast !== undefined, `mutation ${i}`).toBe(eligible);
      if (fast === undefined) {
        declined++;
        continue;
      }
      simple++;
      const partition = makePartition(m.token, m.partitionKey, undefined, [makeRow(row.clustering, row.liveness, undefined, new Map(row.cells.map((c) => [c.column, c.cell])))]);
      expect(Buffer.from(fast).equals(Buffer.from(encodePartitionBlob(new BlobWriter(), partition))), `mutation ${i}`).toBe(true);
    }
    expect(simple).toBeGreaterThan(500);
    expect(declined).toBeGreaterThan(500);
  });
});

describe('Memtable.stage', () => {
  it('a staged blob is invisible until applied; applied after another write of the partition, it merges', () => {
    const mt = new Memtable();
    const first = mutation('t', 'k', [rowUpdate('r', { x: live('staged', 5n) })]);
    const staged = mt.stage(first);
    expect(staged).toBeDefined();
    expect(read(mt)).toBeUndefined();
    mt.apply(first, 1, staged);
    expect(read(mt)?.rows[0]?.cells.get('x')).toEqual(live('staged', 5n));

    const older = mutation('t', 'j', [rowUpdate('r', { x: live('older', 1n) })]);
    const stagedOlder = mt.stage(older);
    mt.apply(mutation('t', 'j', [rowUpdate('r', { x: live('newer', 2n), y: live('y', 2n) })]));
    mt.apply(older, 1, stagedOlder); // the partition exists by now: merged, the newer cell wins
    expect(read(mt, 'j')?.rows[0]?.cells).toEqual(new Map([['x', live('newer', 2n)], ['y', live('y', 2n)]]));
    expect(mt.stage(mutation('t', 'k', [rowUpdate('a', { x: live('1', 1n) }), rowUpdate('b', { x: live('2', 1n) })]))).toBeUndefined();
  });
});

describe('Memtable lifetime (arena chunks back to the pool)', () => {
  it('read and iterate results stay intact after the memtable is retired and its chunks reused', () => {
    const pool = new ArenaChunkPool(ARENA_CHUNK_BYTES_MIN, 8);
    const mt = new Memtable(pool);
    for (let i = 0; i < 50; i++) mt.apply(mutation('t', `k${i}`, [rowUpdate('r', { x: live(`value-${i}`, 1n) })]));
    const one = read(mt, 'k7');
    const all = [...mt.iterate('t')];
    mt.retire();
    expect(pool.stats().chunksFree).toBeGreaterThan(0);
    const next = new Memtable(pool); // reuses (and overwrites) the same chunks
    for (let i = 0; i < 50; i++) next.apply(mutation('t', `k${i}`, [rowUpdate('r', { x: live('overwritten', 2n) })]));
    expect(pool.stats().chunksAllocated).toBe(pool.stats().chunksHeld);
    expect(text(one?.rows[0]?.cells.get('x')?.value ?? new Uint8Array(0))).toBe('value-7');
    expect(all.map((p) => text(p.rows[0]!.cells.get('x')!.value!)).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `value-${i}`).sort());
  });

  it('a retained memtable keeps its arena until released; using a released arena is an assertion', () => {
    const pool = new ArenaChunkPool(ARENA_CHUNK_BYTES_MIN, 8);
    const mt = new Memtable(pool);
    mt.apply(mutation('t', 'k', [rowUpdate('r', { x: live('v', 1n) })]));
    mt.retain();
    mt.retire();
    expect(pool.stats().chunksFree).toBe(0);
    expect(read(mt)?.rows[0]?.cells.get('x')).toEqual(live('v', 1n));
    mt.release();
    expect(pool.stats().chunksFree).toBe(1);
    expect(() => read(mt)).toThrow(/arena used after release/);
    expect(() => mt.release()).toThrow(/without retain/);
  });
});

import { describe, expect, it } from 'vitest';
import { PAGING_STATE_CHARS_MAX, decodePagingState, encodePagingState, queryDigest } from './paging.js';

describe('paging state', () => {
  const digest = queryDigest('SELECT * FROM t WHERE a = 1', 'ks');

  it('round-trips a position', () => {
    const pos = { partition: 2, lastClustering: Uint8Array.of(0, 255, 7), rowsReturned: 40, partitionRows: 0 };
    expect(decodePagingState(encodePagingState(digest, pos), digest)).toEqual(pos);
    const start = { partition: 1, lastClustering: undefined, rowsReturned: 0, partitionRows: 0 };
    expect(decodePagingState(encodePagingState(digest, start), digest)).toEqual(start);
  });

  it('refuses garbage and states of another query', () => {
    const state = encodePagingState(digest, { partition: 0, lastClustering: undefined, rowsReturned: 1, partitionRows: 0 });
    expect(() => decodePagingState(state, queryDigest('SELECT * FROM t WHERE a = 2', 'ks'))).toThrow(/another query/);
    expect(() => decodePagingState('!!!', digest)).toThrow(/Invalid paging state/);
    expect(() => decodePagingState(Buffer.from('{"v":1}').toString('base64url'), digest)).toThrow(/Invalid paging state/);
  });

  it('round-trips a range scan position (the extreme tokens too) and refuses a malformed one', () => {
    for (const token of [-(2n ** 63n), 0n, 2n ** 63n - 1n]) {
      const pos = { partition: 0, lastClustering: Uint8Array.of(1), rowsReturned: 3, partitionRows: 1, scan: { token, partitionKey: Uint8Array.of(0, 9) } };
      expect(decodePagingState(encodePagingState(digest, pos), digest)).toEqual(pos);
    }
    const bad = (extra: object) => Buffer.from(JSON.stringify({ v: 1, q: digest, p: 0, c: null, n: 0, k: 0, ...extra })).toString('base64url');
    expect(() => decodePagingState(bad({ t: '1' }), digest)).toThrow(/bad scan position/);
    expect(() => decodePagingState(bad({ t: '9223372036854775808', r: '00' }), digest)).toThrow(/bad scan position/);
    expect(() => decodePagingState(bad({ t: 'x', r: '00' }), digest)).toThrow(/bad scan position/);
    expect(decodePagingState(bad({}), digest).scan).toBeUndefined();
  });

  it('fits the longest partition and clustering keys, and refuses anything longer than PAGING_STATE_CHARS_MAX', () => {
    const pos = { partition: 0, lastClustering: new Uint8Array(65_535).fill(0xab), rowsReturned: 1, partitionRows: 1, scan: { token: 1n, partitionKey: new Uint8Array(65_535).fill(0xcd) } };
    const state = encodePagingState(digest, pos);
    expect(state.length).toBeLessThanOrEqual(PAGING_STATE_CHARS_MAX);
    expect(decodePagingState(state, digest)).toEqual(pos);
    expect(() => decodePagingState('A'.repeat(PAGING_STATE_CHARS_MAX + 1), digest)).toThrow(/too long/);
  });
});


import { describe, expect, it } from 'vitest';
import type { PartitionData } from '@cassia/lsm';
import { partitionFromMessage, replica } from '@cassia/wire';
import { encodeBatchReply, encodeReadReply } from './replica.js';

const partition = (rows: number, valueBytes: number): PartitionData => ({
  token: 1n,
  partitionKey: Uint8Array.of(1),
  rows: Array.from({ length: rows }, (_, i) => ({
    clustering: Uint8Array.of(i),
    liveness: { timestamp: 1n, ttlSeconds: 0, localExpirationTime: 0 },
    cells: new Map([['v', { value: new Uint8Array(valueBytes), timestamp: 1n, ttlSeconds: 0, localDeletionTime: 0 }]]),
  })),
});

describe('encodeReadReply', () => {
  it('sends everything, with more=false, when it fits and no limit was hit', () => {
    const reply = replica.ReadResponse.decode(encodeReadReply(partition(5, 10), { reversed: false, limitRows: 0, budget: 1 << 20, nowSeconds: 0 }));
    expect(reply.more).toBe(false);
    expect(partitionFromMessage(reply.partition!).rows).toHaveLength(5);
  });

  it('says more=true when the engine stopped at limitRows', () => {
    const reply = replica.ReadResponse.decode(encodeReadReply(partition(3, 10), { reversed: false, limitRows: 3, budget: 1 << 20, nowSeconds: 0 }));
    expect(reply.more).toBe(true);
  });

  it('cuts from the far end of the scan to fit the byte budget', () => {
    const forward = encodeReadReply(partition(10, 1000), { reversed: false, limitRows: 0, budget: 4000, nowSeconds: 0 });
    expect(forward.length).toBeLessThanOrEqual(4000);
    const f = replica.ReadResponse.decode(forward);
    expect(f.more).toBe(true);
    expect(partitionFromMessage(f.partition!).rows.map((r) => r.clustering[0])).toEqual([0, 1]);
    const r = replica.ReadResponse.decode(encodeReadReply(partition(10, 1000), { reversed: true, limitRows: 0, budget: 4000, nowSeconds: 0 }));
    expect(partitionFromMessage(r.partition!).rows.map((x) => x.clustering[0])).toEqual([8, 9]);
  });

  it('refuses a single row larger than the budget with a typed error', () => {
    expect(() => encodeReadReply(partition(1, 5000), { reversed: false, limitRows: 0, budget: 1000, nowSeconds: 0 })).toThrow(/larger than the reply limit/);
  });
});

describe('encodeBatchReply', () => {
  it('keeps every reply when they fit', () => {
    const reply = replica.BatchResponse.decode(encodeBatchReply([Uint8Array.of(1), Uint8Array.of(2, 3)], 1024));
    expect(reply.replies.map((r) => [...r])).toEqual([[1], [2, 3]]);
    expect(reply.resend).toEqual([]);
  });

  it('leaves the largest replies out, listed for resending, until the rest fits', () => {
    const big = (n: number) => new Uint8Array(n);
    const encoded = encodeBatchReply([big(100), big(600), big(50), big(500)], 800);
    expect(encoded.length).toBeLessThanOrEqual(800);
    const reply = replica.BatchResponse.decode(encoded);
    expect(reply.resend).toEqual([1]);
    expect(reply.replies.map((r) => r.length)).toEqual([100, 0, 50, 500]);
  });
});

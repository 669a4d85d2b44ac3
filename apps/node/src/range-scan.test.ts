import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StorageEngine, nodeFileSystem, systemClock, type Mutation, type PartitionData } from '@cassia/lsm';
import { murmur3Token } from '@cassia/ring';
import { partitionFromMessage, replica, toBigInt } from '@cassia/wire';
import { RANGE_SCAN_EXAMINED_MAX, scanRange, type RangeScanRequest } from './range-scan.js';

const TABLE = 'range-scan-test';
const PARTITIONS = 60;
const ROWS = 5;
const TS = 1_700_000_000_000_000n;

function key(i: number): Uint8Array {
  return new TextEncoder().encode(`pk-${i}`);
}

function mutation(i: number, rows: number, deletedRow?: number): Mutation {
  const partitionKey = key(i);
  return {
    tableId: TABLE,
    token: murmur3Token(partitionKey),
    partitionKey,
    rows: Array.from({ length: rows }, (_, r) => ({
      clustering: Uint8Array.of(r),
      ...(r === deletedRow ? { deletion: { timestamp: TS + 1n, localDeletionTime: 1_700_000_000 } } : { liveness: { timestamp: TS, ttlSeconds: 0, localExpirationTime: 0 } }),
      cells: r === deletedRow ? [] : [{ column: 'v', cell: { value: Uint8Array.of(i, r), timestamp: TS, ttlSeconds: 0, localDeletionTime: 0 } }],
    })),
  };
}

/** Every partition in engine order (token, then key), as the reference. */
const expected: { token: bigint; partitionKey: Uint8Array }[] = [];

let dir: string;
let engine: StorageEngine;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cassia-range-scan-'));
  engine = await StorageEngine.open({ dataDir: dir, fs: nodeFileSystem, clock: systemClock, compactionMode: 'manual', compactionInWorker: false });
  // Half the partitions in an SSTable, half in the memtable: the scan merges both.
  for (let i = 0; i < PARTITIONS / 2; i++) await engine.apply(mutation(i, ROWS));
  await engine.flush();
  for (let i = PARTITIONS / 2; i < PARTITIONS; i++) await engine.apply(mutation(i, ROWS, i === PARTITIONS - 1 ? 2 : undefined));
  for (let i = 0; i < PARTITIONS; i++) expected.push({ token: murmur3Token(key(i)), partitionKey: key(i) });
  expected.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : Buffer.compare(a.partitionKey, b.partitionKey)));
});

afterAll(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

const MIN = -(2n ** 63n);
const MAX = 2n ** 63n - 1n;

function request(over: Partial<RangeScanRequest> = {}): RangeScanRequest {
  return { tableId: TABLE, startToken: MIN, endToken: MAX, slices: [], limitRows: 0, perPartitionLimitRows: 0, budgetBytes: 1 << 20, nowSeconds: 1_700_000_000, ...over };
}

interface Reply {
  partitions: { p: PartitionData; truncated: boolean }[];
  more: boolean;
  last?: { token: bigint; partitionKey: Uint8Array; clustering?: Uint8Array };
}

async function scan(over: Partial<RangeScanRequest> = {}): Promise<Reply> {
  const bytes = await scanRange(engine, request(over));
  const r = replica.RangeReadResponse.decode(bytes);
  return {
    partitions: r.partitions.map((x) => ({ p: partitionFromMessage(x.partition!), truncated: x.truncated === true })),
    more: r.more === true,
    ...(r.last ? { last: { token: toBigInt(r.last.token), partitionKey: r.last.partitionKey ?? new Uint8Array(0) } } : {}),
  };
}

const names = (r: Reply) => r.partitions.map((x) => Buffer.from(x.p.partitionKey).toString());

describe('scanRange', () => {
  it('returns every partition of the ring in partition order, SSTable and memtable merged', async () => {
    const r = await scan();
    expect(r.more).toBe(false);
    expect(names(r)).toEqual(expected.map((e) => Buffer.from(e.partitionKey).toString()));
    expect(r.partitions.every((x) => x.p.rows.length === ROWS && !x.truncated)).toBe(true);
  });

  it('keeps to the token range, both bounds inclusive', async () => {
    const lo = expected[10]!.token;
    const hi = expected[20]!.token;
    const r = await scan({ startToken: lo, endToken: hi });
    expect(names(r)).toEqual(expected.slice(10, 21).map((e) => Buffer.from(e.partitionKey).toString()));
  });

  it('stops at limitRows live rows inside a partition and says where (tombstoned rows do not count)', async () => {
    const r = await scan({ limitRows: 12 });
    expect(r.more).toBe(true);
    expect(r.partitions).toHaveLength(3);
    expect(r.partitions[2]!.truncated).toBe(true);
    expect(r.partitions[2]!.p.rows).toHaveLength(2);
    expect(r.last!.token).toBe(expected[2]!.token);
    // Resume in that partition after its last row, then on.
    const resumed = await scan({ after: { ...expected[2]!, clustering: Uint8Array.of(1) }, limitRows: 4 });
    expect(resumed.partitions[0]!.p.rows.map((row) => row.clustering[0])).toEqual([2, 3, 4]);
    expect(Buffer.from(resumed.partitions[1]!.p.partitionKey)).toEqual(Buffer.from(expected[3]!.partitionKey));
  });

  it('resumes strictly after a whole partition', async () => {
    const r = await scan({ after: expected[5]!, limitRows: ROWS * 2 });
    expect(names(r)).toEqual(expected.slice(6, 8).map((e) => Buffer.from(e.partitionKey).toString()));
  });

  it('applies the per-partition limit and the clustering slices', async () => {
    const r = await scan({ perPartitionLimitRows: 2, slices: [{ start: Uint8Array.of(1), startInclusive: true, end: Uint8Array.of(3), endInclusive: true }] });
    expect(r.more).toBe(false);
    expect(r.partitions).toHaveLength(PARTITIONS);
    const deleted = Buffer.from(key(PARTITIONS - 1)).toString();
    for (const x of r.partitions) {
      if (Buffer.from(x.p.partitionKey).toString() === deleted) {
        // Row 2 is a tombstone: it travels but does not count, so the two live rows are 1
        // and 3, and nothing within the slice is left behind (not truncated).
        expect(x.truncated).toBe(false);
        expect(x.p.rows.map((row) => row.clustering[0])).toEqual([1, 2, 3]);
        expect(x.p.rows[1]!.deletion).toBeDefined();
      } else {
        expect(x.truncated).toBe(true);
        expect(x.p.rows.map((row) => row.clustering[0])).toEqual([1, 2]);
      }
    }
  });

  it('counts only live rows: a row tombstone travels with the rows but is not counted', async () => {
    const deleted = Buffer.from(key(PARTITIONS - 1)).toString();
    const r = await scan();
    const p = r.partitions.find((x) => Buffer.from(x.p.partitionKey).toString() === deleted)!;
    expect(p.p.rows).toHaveLength(ROWS);
    expect(p.p.rows[2]!.deletion).toBeDefined();
    const at = expected.findIndex((e) => Buffer.from(e.partitionKey).toString() === deleted);
    const limited = await scan({ startToken: expected[at]!.token, endToken: expected[at]!.token, perPartitionLimitRows: 3 });
    // Three live rows need four stored rows: 0, 1, (2 deleted), 3.
    expect(limited.partitions[0]!.p.rows.map((row) => row.clustering[0])).toEqual([0, 1, 2, 3]);
  });

  it('cuts the reply to the byte budget and covers only what it sent', async () => {
    const r = await scan({ budgetBytes: 600 });
    expect(r.more).toBe(true);
    const bytes = await scanRange(engine, request({ budgetBytes: 600 }));
    expect(bytes.length).toBeLessThanOrEqual(600);
    const lastSent = r.partitions[r.partitions.length - 1]!;
    expect(r.last!.token).toBe(lastSent.p.token);
    expect(r.partitions.length).toBeLessThan(PARTITIONS);
  });

  it('refuses a budget too small for a single row, and malformed ranges', async () => {
    await expect(scanRange(engine, request({ budgetBytes: 20 }))).rejects.toThrow(/larger than the reply limit/);
    await expect(scanRange(engine, request({ startToken: 5n, endToken: 4n }))).rejects.toThrow(/start token lies after/);
    await expect(scanRange(engine, request({ startToken: 0n, endToken: 4n, after: { token: 10n, partitionKey: key(1) } }))).rejects.toThrow(/outside the range/);
  });

  it('answers an empty range with nothing and no more', async () => {
    const r = await scan({ startToken: 5n, endToken: 5n });
    expect(r).toEqual({ partitions: [], more: false });
    expect(RANGE_SCAN_EXAMINED_MAX).toBeGreaterThan(PARTITIONS);
  });
});

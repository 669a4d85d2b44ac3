import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchScanSource, ParkedScans, SCAN_PARKED_IDLE_MS, SCAN_PARKED_MAX, closeParked, type ParkedScan } from './scan-sources.js';
import type { LiveSSTable } from './sstable-set.js';
import type { PartitionData } from './types.js';

const position = (n: number) => ({ token: BigInt(n), partitionKey: new Uint8Array([n]) });

/** A source over a generator that records whether its stream was ended. */
function source(): { source: BatchScanSource; ended: () => boolean } {
  let ended = false;
  async function* batches(): AsyncGenerator<PartitionData[]> {
    try {
      yield [{ ...position(1), rows: [] }];
    } finally {
      ended = true;
    }
  }
  const it = batches();
  return { source: new BatchScanSource({} as LiveSSTable, it), ended: () => ended };
}

function parked(next: number, sources: BatchScanSource[] = [], tableId = 't'): ParkedScan & { released: () => number } {
  let released = 0;
  return { tableId, versions: 1, next: position(next), sources, release: () => void released++, released: () => released };
}

describe('ParkedScans', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands a parked scan to the page after its position only, once', () => {
    const scans = new ParkedScans();
    const p = parked(5);
    scans.park(p);
    expect(scans.take('t', 1, position(4))).toBeUndefined();
    expect(scans.take('other', 1, position(5))).toBeUndefined();
    expect(scans.take('t', 2, position(5))).toBeUndefined();
    expect(scans.take('t', 1, position(5))).toBe(p);
    expect(scans.take('t', 1, position(5))).toBeUndefined();
    expect(p.released()).toBe(0);
  });

  it(`closes a scan that waits ${SCAN_PARKED_IDLE_MS} ms for its next page: its stream ends and its files are released`, async () => {
    const scans = new ParkedScans();
    const s = source();
    await s.source.fill();
    const p = parked(5, [s.source]);
    scans.park(p);
    await vi.advanceTimersByTimeAsync(SCAN_PARKED_IDLE_MS - 1);
    expect(p.released()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.ended()).toBe(true);
    expect(p.released()).toBe(1);
    expect(scans.take('t', 1, position(5))).toBeUndefined();
  });

  it(`keeps at most ${SCAN_PARKED_MAX}, closing the oldest`, async () => {
    const scans = new ParkedScans();
    const all = Array.from({ length: SCAN_PARKED_MAX + 2 }, (_, i) => parked(i));
    for (const p of all) scans.park(p);
    await vi.advanceTimersByTimeAsync(0);
    expect(scans.size).toBe(SCAN_PARKED_MAX);
    expect(all.map((p) => p.released())).toEqual([1, 1, ...Array<number>(SCAN_PARKED_MAX).fill(0)]);
    expect(scans.take('t', 1, position(0))).toBeUndefined();
    expect(scans.take('t', 1, position(2))).toBe(all[2]);
  });

  it('closeAll ends every parked stream and releases every file', async () => {
    const scans = new ParkedScans();
    const s = source();
    await s.source.fill();
    const p = parked(1, [s.source]);
    scans.park(p);
    await scans.closeAll();
    expect(s.ended()).toBe(true);
    expect(p.released()).toBe(1);
    expect(scans.size).toBe(0);
  });

  it('closeParked ends only the sources not taken over, then releases', async () => {
    const kept = source();
    const dropped = source();
    await kept.source.fill();
    await dropped.source.fill();
    const p = parked(1, [kept.source, dropped.source]);
    await closeParked(p, [kept.source]);
    expect(kept.ended()).toBe(false);
    expect(dropped.ended()).toBe(true);
    expect(p.released()).toBe(1);
  });
});

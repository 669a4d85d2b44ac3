import { describe, expect, it } from 'vitest';
import { Random } from '../testing/random.js';
import { estimateDroppableTombstoneRatio, TombstoneHistogramBuilder } from './tombstone-histogram.js';

const counts = { cellCount: 100, rowDeletionCount: 0, rangeTombstoneCount: 0, partitionDeletionCount: 0 };

describe('tombstone drop-time histogram', () => {
  it('counts exactly while few minutes are distinct', () => {
    const h = new TombstoneHistogramBuilder();
    for (const t of [61, 120, 119, 600, 600]) h.add(t);
    expect(h.bins()).toEqual([
      { timeSeconds: 120, count: 3 },
      { timeSeconds: 600, count: 2 },
    ]);
    const stats = { ...counts, tombstoneDropTimes: h.bins() };
    expect(estimateDroppableTombstoneRatio(stats, 120)).toBe(0);
    expect(estimateDroppableTombstoneRatio(stats, 121)).toBe(0.03);
    expect(estimateDroppableTombstoneRatio(stats, 10_000)).toBe(0.05);
  });

  it('stays bounded and keeps the total and the rough shape with many distinct times', () => {
    const seed = 9;
    const r = new Random(seed);
    const h = new TombstoneHistogramBuilder();
    const times: number[] = [];
    for (let i = 0; i < 50_000; i++) {
      const t = 1_700_000_000 + r.int(3600 * 24 * 60);
      times.push(t);
      h.add(t);
    }
    const bins = h.bins();
    expect(bins.length).toBeLessThanOrEqual(100);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(50_000);
    for (let i = 1; i < bins.length; i++) expect(bins[i]!.timeSeconds).toBeGreaterThan(bins[i - 1]!.timeSeconds);
    const stats = { cellCount: 50_000, rowDeletionCount: 0, rangeTombstoneCount: 0, partitionDeletionCount: 0, tombstoneDropTimes: bins };
    for (const q of [0.1, 0.5, 0.9]) {
      const gcBefore = 1_700_000_000 + q * 3600 * 24 * 60;
      const exact = times.filter((t) => t < gcBefore).length / 50_000;
      expect(Math.abs(estimateDroppableTombstoneRatio(stats, gcBefore) - exact), `seed ${seed} q ${q}`).toBeLessThan(0.03);
    }
  });
});

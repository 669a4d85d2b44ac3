import { describe, expect, it } from 'vitest';
import { PHI_CONVICT_THRESHOLD, PhiAccrualFailureDetector, phiAccrualOptionsFor, phiOf } from './phi.js';

const options = phiAccrualOptionsFor(1_000);

/** A detector fed heartbeats at `times` (ms). */
function fed(times: number[], o = options): PhiAccrualFailureDetector {
  const d = new PhiAccrualFailureDetector(o);
  for (const t of times) d.heartbeat(t);
  return d;
}

/** The first whole ms after the last arrival at which phi exceeds `threshold`. */
function convictionDelayMs(d: PhiAccrualFailureDetector, lastMs: number, threshold = PHI_CONVICT_THRESHOLD): number {
  let t = lastMs;
  while (d.phi(t) <= threshold) t++;
  return t - lastMs;
}

describe('phiOf', () => {
  it('is about 0.3 (half the mass later) at the mean and grows monotonically after it', () => {
    expect(phiOf(1_000, 1_000, 100)).toBeCloseTo(-Math.log10(0.5), 3);
    let previous = 0;
    for (let t = 0; t <= 3_000; t += 50) {
      const p = phiOf(t, 1_000, 100);
      expect(p).toBeGreaterThanOrEqual(previous);
      previous = p;
    }
  });

  it('matches the normal tail: 1 - CDF(mean + 5.22 sd) ≈ 1e-8', () => {
    // Akka's logistic approximation: phi = 8 at y ≈ 5.22 (the exact normal gives 5.61).
    expect(phiOf(1_000 + 5.22 * 100, 1_000, 100)).toBeCloseTo(8, 1);
    expect(phiOf(1_000 + 2 * 100, 1_000, 100)).toBeCloseTo(-Math.log10(0.0228), 0);
  });

  it('stays finite far into the tail until it underflows to Infinity', () => {
    expect(Number.isFinite(phiOf(1_000 + 15 * 100, 1_000, 100))).toBe(true); // phi ≈ 440
    expect(phiOf(1e9, 1_000, 100)).toBe(Infinity);
  });
});

describe('PhiAccrualFailureDetector', () => {
  it('is 0 before the first heartbeat and low right after one', () => {
    const d = new PhiAccrualFailureDetector(options);
    expect(d.phi(123)).toBe(0);
    d.heartbeat(1_000);
    expect(d.phi(1_000)).toBeLessThan(0.1);
    expect(d.samples()).toBe(2); // the first-heartbeat estimate: 750 and 1250 ms
    expect(d.meanMs()).toBe(1_000);
  });

  it('convicts regular 1 s heartbeats 5.1 s after the last one (mean 1 s + pause 1.5 s + 5.22 × 500 ms)', () => {
    const times = Array.from({ length: 100 }, (_, i) => i * 1_000);
    const d = fed(times);
    expect(d.stdDeviationMs()).toBe(500); // floored: the real spread is ~35 ms
    const delay = convictionDelayMs(d, times.at(-1)!);
    expect(delay).toBeGreaterThan(5_000);
    expect(delay).toBeLessThan(5_200);
  });

  it('waits longer for irregular heartbeats (the std dev is learned)', () => {
    const times: number[] = [0];
    for (let i = 1; i < 200; i++) times.push(times[i - 1]! + (i % 2 === 0 ? 200 : 1_800)); // mean 1 s, sd 800 ms
    const d = fed(times);
    expect(d.stdDeviationMs()).toBeCloseTo(800, -1); // the first-heartbeat estimate's two samples pull it a little
    const delay = convictionDelayMs(d, times.at(-1)!);
    expect(delay).toBeGreaterThan(2_500 + 5 * 800);
    expect(delay).toBeLessThan(2_500 + 5.5 * 800);
  });

  it('forgets intervals beyond the window', () => {
    const o = { ...options, samplesMax: 10 };
    const times: number[] = [0];
    for (let i = 1; i < 50; i++) times.push(times[i - 1]! + (i < 40 ? 5_000 : 1_000));
    const d = fed(times, o);
    expect(d.samples()).toBe(10);
    expect(d.meanMs()).toBeCloseTo(1_000, 6); // the 5 s intervals are gone
  });

  it('does not sample the gap of an outage on resume()', () => {
    const times = Array.from({ length: 50 }, (_, i) => i * 1_000);
    const d = fed(times);
    const before = { mean: d.meanMs(), sd: d.stdDeviationMs(), n: d.samples() };
    d.resume(49_000 + 60_000);
    expect({ mean: d.meanMs(), sd: d.stdDeviationMs(), n: d.samples() }).toEqual(before);
    expect(d.phi(109_000)).toBeLessThan(0.1);
    d.heartbeat(110_000);
    expect(d.samples()).toBe(before.n + 1);
  });

  it('keeps exact statistics over many windows (no drift of the running sums)', () => {
    const o = { ...options, samplesMax: 16 };
    const d = new PhiAccrualFailureDetector(o);
    let t = 0;
    for (let i = 0; i < 100_000; i++) {
      t += 1_000 + (i % 7) * 37;
      d.heartbeat(t);
    }
    // The last 16 intervals, computed directly.
    const last: number[] = [];
    for (let i = 100_000 - 16; i < 100_000; i++) last.push(1_000 + (i % 7) * 37);
    const mean = last.reduce((a, b) => a + b, 0) / last.length;
    expect(d.meanMs()).toBeCloseTo(mean, 9);
  });

  it('scales its defaults with the interval', () => {
    expect(phiAccrualOptionsFor(100)).toEqual({
      samplesMax: 1_000,
      minStdDeviationMs: 50,
      acceptableHeartbeatPauseMs: 150,
      firstHeartbeatEstimateMs: 100,
    });
    expect(() => new PhiAccrualFailureDetector({ ...options, samplesMax: 1 })).toThrow();
  });
});

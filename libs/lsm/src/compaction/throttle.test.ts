import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.js';
import { Throttle } from './throttle.js';
import type { Sleep } from './throttle.js';

const MiB = 1024 * 1024;

/** A sleep that advances a ManualClock instead of waiting (and records each wait). */
function simulated(clock: ManualClock): { sleep: Sleep; waits: number[] } {
  const waits: number[] = [];
  const sleep: Sleep = async (ms, signal) => {
    signal?.throwIfAborted();
    waits.push(ms);
    clock.advanceMicros(BigInt(Math.ceil(ms * 1000)));
  };
  return { sleep, waits };
}

const elapsedSeconds = (clock: ManualClock, start: bigint): number => Number(clock.nowMicros() - start) / 1e6;

describe('Throttle', () => {
  it('holds the configured rate over a long run, within 1%', async () => {
    const clock = new ManualClock();
    const { sleep } = simulated(clock);
    const throttle = new Throttle(8 * MiB, { clock, sleep });
    const start = clock.nowMicros();
    // 200 MiB in uneven chunks; the first second's worth is the initial burst.
    let total = 0;
    for (let i = 0; total < 200 * MiB; i++) {
      const n = 1000 + ((i * 7919) % 300_000);
      await throttle.consume(n);
      total += n;
    }
    const expected = (total - 8 * MiB) / (8 * MiB);
    expect(elapsedSeconds(clock, start)).toBeGreaterThan(expected * 0.99);
    expect(elapsedSeconds(clock, start)).toBeLessThan(expected * 1.01);
  });

  it('lets a burst through without waiting, then waits for the debt', async () => {
    const clock = new ManualClock();
    const { sleep, waits } = simulated(clock);
    const throttle = new Throttle(MiB, { clock, sleep, burstBytes: 2 * MiB });
    await throttle.consume(2 * MiB);
    expect(waits).toEqual([]);
    await throttle.consume(MiB / 2);
    expect(waits).toEqual([500]);
    // Idle time refills the bucket, up to the burst size only.
    clock.advanceSeconds(100);
    await throttle.consume(2 * MiB);
    expect(waits).toEqual([500]);
    await throttle.consume(MiB);
    expect(waits).toEqual([500, 1000]);
  });

  it('a request larger than the bucket waits for its own debt', async () => {
    const clock = new ManualClock();
    const { sleep, waits } = simulated(clock);
    const throttle = new Throttle(MiB, { clock, sleep });
    await throttle.consume(5 * MiB);
    expect(waits).toEqual([4000]);
  });

  it('0 is unlimited', async () => {
    const clock = new ManualClock();
    const { sleep, waits } = simulated(clock);
    const throttle = new Throttle(0, { clock, sleep });
    for (let i = 0; i < 100; i++) await throttle.consume(1024 * MiB);
    expect(waits).toEqual([]);
  });

  it('concurrent consumers queue behind each other', async () => {
    const clock = new ManualClock();
    const waits: number[] = [];
    // A sleep that does not advance the clock: both callers see the same instant.
    const throttle = new Throttle(MiB, { clock, burstBytes: 0, sleep: async (ms) => void waits.push(ms) });
    await Promise.all([throttle.consume(MiB), throttle.consume(MiB)]);
    expect(waits.sort((a, b) => a - b)).toEqual([1000, 2000]);
  });

  it('setRate changes the rate; setting 0 lifts the limit', async () => {
    const clock = new ManualClock();
    const { sleep, waits } = simulated(clock);
    const throttle = new Throttle(MiB, { clock, sleep, burstBytes: 0 });
    await throttle.consume(MiB);
    throttle.setRate(2 * MiB);
    expect(throttle.bytesPerSecond).toBe(2 * MiB);
    await throttle.consume(MiB);
    expect(waits).toEqual([1000, 500]);
    throttle.setRate(0);
    await throttle.consume(100 * MiB);
    expect(waits).toEqual([1000, 500]);
  });

  it('rejects with the abort reason while waiting, or before taking tokens', async () => {
    const controller = new AbortController();
    const throttle = new Throttle(1, { burstBytes: 0 });
    const waiting = throttle.consume(10, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    await expect(throttle.consume(1, controller.signal)).rejects.toThrow('stop');
  });
});

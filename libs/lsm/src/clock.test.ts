import { describe, expect, it } from 'vitest';
import { ManualClock, systemClock } from './clock.js';

describe('clocks', () => {
  it('systemClock agrees with Date.now()', () => {
    const micros = systemClock.nowMicros();
    expect(Math.abs(Number(micros / 1000n) - Date.now())).toBeLessThan(1000);
    expect(Math.abs(systemClock.nowSeconds() - Date.now() / 1000)).toBeLessThan(2);
  });

  it('ManualClock moves only when told', () => {
    const c = new ManualClock(5_000_000n);
    expect(c.nowSeconds()).toBe(5);
    c.advanceSeconds(2);
    c.advanceMicros(1n);
    expect(c.nowMicros()).toBe(7_000_001n);
  });
});

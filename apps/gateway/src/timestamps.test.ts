import { describe, expect, it } from 'vitest';
import { TimestampGenerator } from './timestamps.js';

describe('TimestampGenerator', () => {
  it('gives microseconds, strictly increasing even when the clock stalls or steps back', () => {
    let now = 1_000;
    const g = new TimestampGenerator(() => now);
    expect(g.nextMicros()).toBe(1_000_000n);
    expect(g.nextMicros()).toBe(1_000_001n);
    now = 999;
    expect(g.nextMicros()).toBe(1_000_002n);
    now = 2_000;
    expect(g.nextMicros()).toBe(2_000_000n);
  });
});

/** Time, passed in so tests can control it. */
export interface Clock {
  /** Wall-clock microseconds since the epoch (write timestamps, latency measurement). */
  nowMicros(): bigint;
  /** Wall-clock whole seconds since the epoch (TTL expiry, deletion times). */
  nowSeconds(): number;
}

/** The real clock: `performance.timeOrigin + performance.now()`, i.e. wall-clock time with sub-millisecond resolution. */
export const systemClock: Clock = {
  nowMicros: () => BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000)),
  nowSeconds: () => Math.floor((performance.timeOrigin + performance.now()) / 1000),
};

/** A clock that moves only when told to. */
export class ManualClock implements Clock {
  constructor(private micros: bigint = 1_700_000_000_000_000n) {}
  nowMicros(): bigint {
    return this.micros;
  }
  nowSeconds(): number {
    return Number(this.micros / 1_000_000n);
  }
  advanceMicros(delta: bigint): void {
    this.micros += delta;
  }
  advanceSeconds(delta: number): void {
    this.micros += BigInt(delta) * 1_000_000n;
  }
}

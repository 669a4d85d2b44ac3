/**
 * A token bucket in bytes per second (Cassandra's `compaction_throughput`, a Guava RateLimiter
 * shared by every compaction). Tokens accrue at `bytesPerSecond` up to `burstBytes`; `consume(n)`
 * takes n tokens, waiting while the bucket is in debt. A request larger than the bucket is
 * allowed: the bucket goes into debt and the next caller waits it out, so the long-run rate holds.
 * Concurrent callers queue behind each other's debt. `0` means unlimited.
 */
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import type { Clock } from '../clock.js';
import { systemClock } from '../clock.js';

/** Cassandra's default `compaction_throughput`: 64 MiB/s. */
export const COMPACTION_BYTES_PER_SECOND_DEFAULT = 64 * 1024 * 1024;

/** Default bucket size: one second of throughput (Guava's SmoothBursty default). */
export const THROTTLE_BURST_SECONDS_DEFAULT = 1;

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** `setTimeout` as a promise; rejects with the signal's reason when aborted. */
export const realSleep: Sleep = async (ms, signal) => {
  try {
    await delay(ms, undefined, signal === undefined ? {} : { signal });
  } catch (err) {
    if (signal?.aborted === true) throw signal.reason;
    throw err;
  }
};

export interface ThrottleOptions {
  /** Source of time (only `nowMicros` is used). Default: the system clock. */
  readonly clock?: Clock;
  /** How to wait. Default: `setTimeout`. Tests pass one that advances a ManualClock. */
  readonly sleep?: Sleep;
  /** Bucket size; default `bytesPerSecond × THROTTLE_BURST_SECONDS_DEFAULT`. */
  readonly burstBytes?: number;
}

export class Throttle {
  private rate: number;
  private burst: number;
  private readonly fixedBurst: number | undefined;
  private readonly clock: Clock;
  private readonly sleep: Sleep;
  /** Tokens in the bucket as of `updatedMicros`; negative = debt. */
  private tokens = 0;
  private updatedMicros: bigint;

  constructor(bytesPerSecond: number = COMPACTION_BYTES_PER_SECOND_DEFAULT, options: ThrottleOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.sleep = options.sleep ?? realSleep;
    this.fixedBurst = options.burstBytes;
    assert.ok(this.fixedBurst === undefined || (Number.isFinite(this.fixedBurst) && this.fixedBurst >= 0), 'burstBytes must be >= 0');
    this.rate = 0;
    this.burst = 0;
    this.updatedMicros = this.clock.nowMicros();
    this.setRate(bytesPerSecond);
    this.tokens = this.burst;
  }

  get bytesPerSecond(): number {
    return this.rate;
  }

  /** Changes the rate (nodetool setcompactionthroughput); `0` = unlimited. Debt already owed is kept. */
  setRate(bytesPerSecond: number): void {
    assert.ok(Number.isFinite(bytesPerSecond) && bytesPerSecond >= 0, `bytesPerSecond must be >= 0, got ${bytesPerSecond}`);
    if (this.rate > 0) this.refill();
    this.rate = bytesPerSecond;
    this.burst = this.fixedBurst ?? bytesPerSecond * THROTTLE_BURST_SECONDS_DEFAULT;
    if (this.tokens > this.burst) this.tokens = this.burst;
  }

  /**
   * Takes `bytes` tokens and resolves once the bucket is out of debt (immediately when there were
   * enough). With `signal`, rejects with its reason if aborted while waiting.
   */
  async consume(bytes: number, signal?: AbortSignal): Promise<void> {
    assert.ok(Number.isFinite(bytes) && bytes >= 0, `consume: bytes must be >= 0, got ${bytes}`);
    signal?.throwIfAborted();
    if (this.rate === 0 || bytes === 0) return;
    this.refill();
    this.tokens -= bytes;
    if (this.tokens >= 0) return;
    const waitMs = (-this.tokens / this.rate) * 1000;
    await this.sleep(waitMs, signal);
  }

  private refill(): void {
    const now = this.clock.nowMicros();
    const elapsedSeconds = Number(now - this.updatedMicros) / 1e6;
    this.updatedMicros = now;
    if (elapsedSeconds > 0) this.tokens = Math.min(this.burst, this.tokens + elapsedSeconds * this.rate);
  }
}

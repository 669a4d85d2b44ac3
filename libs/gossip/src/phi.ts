// The phi-accrual failure detector (Hayashibara, Défago, Yared, Katayama 2004), in the
// normal-distribution form Akka uses (akka.remote.PhiAccrualFailureDetector), one instance
// per observed endpoint.
//
//   phi(t) = -log10(1 - F(t))    F = CDF of Normal(mean + acceptablePause, max(stdDev, minStdDev))
//
// where t is the time since the last heartbeat arrival and mean / stdDev are taken over
// the last `samplesMax` inter-arrival intervals. F uses Akka's logistic approximation of
// the normal CDF (error < 0.0002 on the CDF, finite in the far tail).
//
// Why not Cassandra's formula: Cassandra (FailureDetector.ArrivalWindow) assumes
// exponentially distributed arrivals, phi = t / (mean · ln 10). With a 1 s gossip interval
// phi reaches 8 only at t = 8 · ln 10 · 1 s ≈ 18.4 s, and Cassia must see a killed node down
// within 10 s. Under the normal model phi = 8 is reached at t = mean + pause + 5.22 · sd.
// The defaults for a 1 s interval (acceptable pause 1.5 s, minimum std dev 500 ms) give
// t ≈ 1.0 + 1.5 + 5.22 · 0.5 ≈ 5.1 s after the last arrival while the observed std dev stays
// under 500 ms (heartbeats relayed by gossip with fanout 2 measure mean ≈ 1.03 s and
// sd ≈ 0.43 s in a 10-member cluster, 1.16 s and 0.58 s at 10% loss: t ≈ 5.7 s). The
// Gossiper checks every interval and the last heartbeat reaches an observer up to ~2 s
// after it was made, so a crashed member is convicted 4–7 s after it stopped.
//
// Why these two settings (simulation, fanout 2, 10 members, 10% loss, 20 seeds × 10 min):
// relayed heartbeats have a heavier tail than a normal distribution — gaps of 4.7 s occur
// while the learned sd is under 500 ms. With Akka's ratios for a 1 s interval (minimum sd
// a quarter interval, pause one interval) that convicted live members; a half-interval
// floor and a pause of one interval still reached phi 7.65 and convicted once; a pause of
// 1.5 intervals kept phi under 4.9 with detection at most 7.6 s (6.4 s without loss).

import assert from 'node:assert/strict';

/** Cassandra's phi_convict_threshold default. */
export const PHI_CONVICT_THRESHOLD = 8;
/** Inter-arrival intervals kept per endpoint (Akka's max-sample-size). */
export const PHI_SAMPLES_MAX = 1000;

export interface PhiAccrualOptions {
  /** Intervals kept in the sliding window. */
  readonly samplesMax: number;
  /** Floor of the std dev, so perfectly regular heartbeats do not make phi explode. */
  readonly minStdDeviationMs: number;
  /** Added to the mean interval: pauses this long (GC, a lost round) are not suspicious. */
  readonly acceptableHeartbeatPauseMs: number;
  /** The window starts as if intervals of this mean (± a quarter) had been seen. */
  readonly firstHeartbeatEstimateMs: number;
}

/**
 * Detector settings for heartbeats every `intervalMs`: acceptable pause 1.5 intervals,
 * minimum std dev half an interval, first estimate one interval. For 1000 ms that is
 * 1500 / 500 / 1000 ms — the figures the detection times above are computed from.
 */
export function phiAccrualOptionsFor(intervalMs: number): PhiAccrualOptions {
  assert.ok(Number.isFinite(intervalMs) && intervalMs > 0, `bad interval ${intervalMs}`);
  return {
    samplesMax: PHI_SAMPLES_MAX,
    minStdDeviationMs: intervalMs / 2,
    acceptableHeartbeatPauseMs: intervalMs * 1.5,
    firstHeartbeatEstimateMs: intervalMs,
  };
}

/**
 * phi for a heartbeat `timeDiffMs` late, given the expected interval and its std dev:
 * -log10 of the probability that a heartbeat arrives later than that. 0 when on time,
 * growing without bound (Infinity once the tail underflows).
 */
export function phiOf(timeDiffMs: number, meanMs: number, stdDeviationMs: number): number {
  const y = (timeDiffMs - meanMs) / stdDeviationMs;
  const e = Math.exp(-y * (1.5976 + 0.070566 * y * y));
  return timeDiffMs > meanMs ? -Math.log10(e / (1 + e)) : -Math.log10(1 - 1 / (1 + e));
}

/** Suspicion of one endpoint, fed with the times its heartbeat was seen to advance. */
export class PhiAccrualFailureDetector {
  private readonly intervals: Float64Array;
  private size = 0;
  private next = 0;
  private sum = 0;
  private sumSquares = 0;
  private lastArrivalMs: number | undefined;

  constructor(readonly options: PhiAccrualOptions) {
    assert.ok(Number.isSafeInteger(options.samplesMax) && options.samplesMax >= 2, 'samplesMax must be >= 2');
    assert.ok(options.minStdDeviationMs > 0, 'minStdDeviationMs must be > 0');
    assert.ok(options.acceptableHeartbeatPauseMs >= 0, 'acceptableHeartbeatPauseMs must be >= 0');
    assert.ok(options.firstHeartbeatEstimateMs > 0, 'firstHeartbeatEstimateMs must be > 0');
    this.intervals = new Float64Array(options.samplesMax);
  }

  /** Records an arrival at `nowMs`, sampling the interval since the previous one. */
  heartbeat(nowMs: number): void {
    if (this.lastArrivalMs === undefined) {
      const estimate = this.options.firstHeartbeatEstimateMs;
      this.sample(estimate - estimate / 4);
      this.sample(estimate + estimate / 4);
    } else if (nowMs >= this.lastArrivalMs) {
      this.sample(nowMs - this.lastArrivalMs);
    }
    this.lastArrivalMs = nowMs;
  }

  /**
   * Records an arrival after an outage (the endpoint had been convicted) without sampling
   * the gap: one long outage would otherwise inflate mean and std dev for the next
   * `samplesMax` intervals and delay every later conviction (Cassandra drops such
   * intervals too, above MAX_INTERVAL_IN_NANO).
   */
  resume(nowMs: number): void {
    if (this.lastArrivalMs === undefined) this.heartbeat(nowMs);
    else this.lastArrivalMs = nowMs;
  }

  /** Suspicion at `nowMs`; 0 before the first arrival. */
  phi(nowMs: number): number {
    if (this.lastArrivalMs === undefined) return 0;
    const timeDiffMs = Math.max(0, nowMs - this.lastArrivalMs);
    return phiOf(timeDiffMs, this.meanMs() + this.options.acceptableHeartbeatPauseMs, this.stdDeviationMs());
  }

  /** Mean of the sampled intervals. */
  meanMs(): number {
    return this.size === 0 ? this.options.firstHeartbeatEstimateMs : this.sum / this.size;
  }

  /** Std dev of the sampled intervals, floored at minStdDeviationMs. */
  stdDeviationMs(): number {
    if (this.size === 0) return this.options.minStdDeviationMs;
    const mean = this.sum / this.size;
    const variance = Math.max(0, this.sumSquares / this.size - mean * mean);
    return Math.max(Math.sqrt(variance), this.options.minStdDeviationMs);
  }

  /** Intervals in the window (for tests and metrics). */
  samples(): number {
    return this.size;
  }

  private sample(intervalMs: number): void {
    if (this.size === this.intervals.length) {
      const evicted = this.intervals[this.next]!;
      this.sum -= evicted;
      this.sumSquares -= evicted * evicted;
    } else {
      this.size++;
    }
    this.intervals[this.next] = intervalMs;
    this.sum += intervalMs;
    this.sumSquares += intervalMs * intervalMs;
    this.next = (this.next + 1) % this.intervals.length;
    if (this.next === 0 && this.size === this.intervals.length) this.resum();
  }

  /** Recomputes the running sums once per window, so rounding error cannot accumulate. */
  private resum(): void {
    let sum = 0;
    let sumSquares = 0;
    for (const v of this.intervals) {
      sum += v;
      sumSquares += v * v;
    }
    this.sum = sum;
    this.sumSquares = sumSquares;
  }
}

/**
 * Latencies in HDR-style log-linear buckets: fixed memory (18,432 counters), whole microseconds
 * exact below 2,048 µs and within 0.1% above, up to LATENCY_US_MAX (larger values are clamped
 * into the last bucket and counted in `clamped`). Percentiles report the bucket's highest value,
 * so they never understate a latency.
 */
const SUB_BUCKET_BITS = 11;
const SUB_BUCKET_COUNT = 1 << SUB_BUCKET_BITS; // 2,048: values below are their own bucket
const HALF_SUB_BUCKET_COUNT = SUB_BUCKET_COUNT >> 1;
const VALUE_BITS_MAX = 27;
/** Largest latency recorded as itself, in µs (about 134 s). */
export const LATENCY_US_MAX = 2 ** VALUE_BITS_MAX - 1;
const BUCKET_COUNT = SUB_BUCKET_COUNT + (VALUE_BITS_MAX - SUB_BUCKET_BITS) * HALF_SUB_BUCKET_COUNT;

function bucketOf(us: number): number {
  if (us < SUB_BUCKET_COUNT) return us;
  const shift = 31 - Math.clz32(us) - (SUB_BUCKET_BITS - 1);
  return SUB_BUCKET_COUNT + (shift - 1) * HALF_SUB_BUCKET_COUNT + ((us >>> shift) - HALF_SUB_BUCKET_COUNT);
}

function highestValueOf(bucket: number): number {
  if (bucket < SUB_BUCKET_COUNT) return bucket;
  const k = bucket - SUB_BUCKET_COUNT;
  const shift = Math.floor(k / HALF_SUB_BUCKET_COUNT) + 1;
  const sub = (k % HALF_SUB_BUCKET_COUNT) + HALF_SUB_BUCKET_COUNT;
  return (sub + 1) * 2 ** shift - 1;
}

export interface LatencySummary {
  readonly count: number;
  readonly meanMs: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly p999Ms: number;
  readonly maxMs: number;
}

export class LatencyHistogram {
  private readonly counts = new Float64Array(BUCKET_COUNT);
  count = 0;
  clamped = 0;
  private sumUs = 0;
  private maxUs = 0;

  recordMs(ms: number): void {
    let us = Math.round(ms * 1000);
    if (!(us >= 0)) us = 0; // a clock step backwards, or NaN: count it as instant rather than lose it
    if (us > LATENCY_US_MAX) {
      us = LATENCY_US_MAX;
      this.clamped++;
    }
    this.counts[bucketOf(us)]! += 1;
    this.count++;
    this.sumUs += us;
    if (us > this.maxUs) this.maxUs = us;
  }

  /** The latency (ms) at or below which a share `q` of the recordings fall; 0 when empty. */
  quantileMs(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let b = 0; b < BUCKET_COUNT; b++) {
      seen += this.counts[b]!;
      if (seen >= rank) return Math.min(highestValueOf(b), this.maxUs) / 1000;
    }
    return this.maxUs / 1000;
  }

  summary(): LatencySummary {
    return {
      count: this.count,
      meanMs: this.count === 0 ? 0 : this.sumUs / this.count / 1000,
      p50Ms: this.quantileMs(0.5),
      p99Ms: this.quantileMs(0.99),
      p999Ms: this.quantileMs(0.999),
      maxMs: this.maxUs / 1000,
    };
  }
}

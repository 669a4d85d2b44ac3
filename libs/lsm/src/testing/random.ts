/** Seeded randomness for property and simulation tests (mulberry32). Failures print the seed. */
export class Random {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  bool(p = 0.5): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  bytes(maxLength: number): Uint8Array {
    const out = new Uint8Array(this.int(maxLength + 1));
    for (let i = 0; i < out.length; i++) out[i] = this.int(256);
    return out;
  }
}

/** Seeds for a property test: the `LSM_TEST_SEEDS` env var (comma list) to reproduce, else 1..count. */
export function seeds(count: number): number[] {
  const env = process.env['LSM_TEST_SEEDS'];
  if (env) return env.split(',').map(Number);
  return Array.from({ length: count }, (_, i) => i + 1);
}

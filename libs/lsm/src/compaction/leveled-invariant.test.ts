/**
 * Simulation: random flushes, picks, and compactions completing or failing in any order (up to
 * three at once), with simulated outputs (the union of the inputs' keys, split at the target
 * size). After every step no level ≥ 1 may hold overlapping files, and no pick may take a file
 * already being compacted. Failures print the seed (rerun with LSM_TEST_SEEDS=<seed>).
 */
import { describe, expect, it } from 'vitest';
import { Random, seeds } from '../testing/random.js';
import type { CompactionPick, SSTableDescriptor } from './descriptor.js';
import { assertLevelInvariant, checkLevelInvariant, newLeveledState, pickLeveled } from './leveled.js';
import type { LeveledOptions, StrategyInput } from './options.js';
import { pickSizeTiered } from './size-tiered.js';

const KEY_BYTES = 1024;
const EMPTY = new Uint8Array(0);

interface SimFile {
  readonly descriptor: SSTableDescriptor;
  readonly keys: readonly number[];
}

function fileOf(generation: number, level: number, keys: readonly number[]): SimFile {
  return {
    keys,
    descriptor: {
      generation,
      level,
      fileBytes: keys.length * KEY_BYTES,
      first: { token: BigInt(keys[0]!), partitionKey: EMPTY },
      last: { token: BigInt(keys[keys.length - 1]!), partitionKey: EMPTY },
      minTimestamp: BigInt(generation),
      maxTimestamp: BigInt(generation),
      maxLocalDeletionTime: 0,
    },
  };
}

class Simulation {
  readonly files = new Map<number, SimFile>();
  readonly running: CompactionPick[] = [];
  readonly compacting = new Set<number>();
  nextGeneration = 1;
  compactionsDone = 0;
  maxLevel = 0;

  constructor(readonly r: Random) {}

  input(): StrategyInput {
    return { sstables: [...this.files.values()].map((f) => f.descriptor), compacting: this.compacting };
  }

  flush(keySpace: number): void {
    const keys = [...new Set(Array.from({ length: 5 + this.r.int(30) }, () => this.r.int(keySpace)))].sort((a, b) => a - b);
    const g = this.nextGeneration++;
    this.files.set(g, fileOf(g, 0, keys));
  }

  start(pick: CompactionPick | undefined): void {
    if (pick === undefined) return;
    for (const g of pick.inputs) {
      expect(this.files.has(g), `pick names unknown generation ${g}`).toBe(true);
      expect(this.compacting.has(g), `pick takes generation ${g}, already compacting`).toBe(false);
      this.compacting.add(g);
    }
    this.running.push(pick);
  }

  /** Completes (or fails) a random running compaction. */
  finishOne(fail: boolean): void {
    if (this.running.length === 0) return;
    const pick = this.running.splice(this.r.int(this.running.length), 1)[0]!;
    for (const g of pick.inputs) this.compacting.delete(g);
    if (fail) return;
    const keys = [...new Set(pick.inputs.flatMap((g) => this.files.get(g)!.keys))].sort((a, b) => a - b);
    for (const g of pick.inputs) this.files.delete(g);
    const perFile = pick.maxOutputFileBytes === undefined ? keys.length : Math.max(1, Math.floor(pick.maxOutputFileBytes / KEY_BYTES));
    for (let i = 0; i < keys.length; i += perFile) {
      const g = this.nextGeneration++;
      this.files.set(g, fileOf(g, pick.outputLevel, keys.slice(i, i + perFile)));
    }
    this.compactionsDone++;
    this.maxLevel = Math.max(this.maxLevel, pick.outputLevel);
  }
}

describe('leveled compaction keeps levels ≥ 1 free of overlaps', () => {
  // Small files and levels so that a few hundred flushes reach L4: L1 32 keys, L2 128, L3 512, L4 2048.
  const options: Partial<LeveledOptions> = { sstableSizeBytesTarget: 16 * KEY_BYTES, levelBaseBytes: 32 * KEY_BYTES, fanout: 4, l0CompactionTrigger: 4 };

  it('under random flushes, picks and compactions completing or failing in any order', () => {
    let deepest = 0;
    for (const seed of seeds(30)) {
      const r = new Random(seed);
      const sim = new Simulation(r);
      const state = newLeveledState();
      for (let step = 0; step < 400; step++) {
        const action = r.next();
        if (action < 0.35) sim.flush(3000);
        else if (action < 0.7 && sim.running.length < 3) sim.start(pickLeveled(sim.input(), state, options));
        else sim.finishOne(r.bool(0.1));
        const violations = checkLevelInvariant(sim.input().sstables);
        expect(violations, `seed ${seed} step ${step}`).toEqual([]);
      }
      while (sim.running.length > 0) sim.finishOne(false);
      assertLevelInvariant(sim.input().sstables);
      deepest = Math.max(deepest, sim.maxLevel);
    }
    // The simulation is worth something only if data went past L1.
    expect(deepest).toBeGreaterThanOrEqual(3);
  });

  it('drains to a quiet state: once nothing is written, picks stop with every level within target', () => {
    for (const seed of seeds(10)) {
      const r = new Random(seed);
      const sim = new Simulation(r);
      const state = newLeveledState();
      for (let i = 0; i < 100; i++) sim.flush(3000);
      let rounds = 0;
      for (;;) {
        const pick = pickLeveled(sim.input(), state, options);
        if (pick === undefined) break;
        sim.start(pick);
        sim.finishOne(false);
        expect(++rounds, `seed ${seed}: compaction never settles`).toBeLessThan(10_000);
      }
      assertLevelInvariant(sim.input().sstables);
      const l0 = sim.input().sstables.filter((s) => s.level === 0);
      expect(l0.length, `seed ${seed}`).toBeLessThan(4);
    }
  });

  it('checkLevelInvariant reports overlapping files of a level, not of L0', () => {
    const a = fileOf(1, 1, [1, 5]).descriptor;
    const b = fileOf(2, 1, [5, 9]).descriptor;
    const c = fileOf(3, 0, [0, 10]).descriptor;
    const d = fileOf(4, 0, [0, 10]).descriptor;
    expect(checkLevelInvariant([a, b, c, d])).toEqual([{ level: 1, generations: [1, 2] }]);
    expect(() => assertLevelInvariant([a, b])).toThrow(/L1 1\/2/);
    expect(checkLevelInvariant([a, fileOf(2, 1, [6, 9]).descriptor, c, d])).toEqual([]);
  });
});

describe('size-tiered under the same simulation', () => {
  it('never picks a file being compacted, and keeps the file count bounded', () => {
    for (const seed of seeds(30)) {
      const r = new Random(seed);
      const sim = new Simulation(r);
      for (let step = 0; step < 400; step++) {
        const action = r.next();
        if (action < 0.35) sim.flush(3000);
        else if (action < 0.7 && sim.running.length < 3) sim.start(pickSizeTiered(sim.input(), { minSSTableSizeBytes: 8 * KEY_BYTES }));
        else sim.finishOne(r.bool(0.1));
      }
      while (sim.running.length > 0) sim.finishOne(false);
      for (;;) {
        const pick = pickSizeTiered(sim.input(), { minSSTableSizeBytes: 8 * KEY_BYTES });
        if (pick === undefined) break;
        expect(pick.outputLevel).toBe(0);
        sim.start(pick);
        sim.finishOne(false);
      }
      // At most 3 files per tier when quiet; sizes span at most ~12 tiers here.
      expect(sim.files.size, `seed ${seed}`).toBeLessThan(40);
    }
  });
});

/**
 * Leveled compaction, after LevelDB (`VersionSet::Finalize` / `PickCompaction`) and Cassandra's
 * `LeveledManifest`:
 * - L0 holds flush outputs, which may overlap. Levels 1..8 never hold overlapping files; level n
 *   targets `levelBaseBytes × fanout^(n-1)` bytes.
 * - Scores (LevelDB's): L0 = files / l0CompactionTrigger; level n = bytes / target (files being
 *   compacted left out, so a level a compaction is already draining is not picked twice). The
 *   highest score ≥ 1 is compacted first; ties go to the lower level. The last level is never a
 *   source.
 * - L0: all of L0 (the oldest l0FilesMax) plus the L1 files overlapping their range → L1. Never
 *   while another L0 compaction runs (two would write overlapping L1 files).
 * - Level n: one file, round-robin by key (the first file starting after the last compacted key
 *   of that level, `LeveledState`; wrapping), plus the overlapping files of level n+1 → n+1.
 * Outputs are split at `sstableSizeBytesTarget`.
 *
 * Why outputs never overlap level n+1: the inputs' n+1 files are exactly those overlapping the
 * source range, a contiguous run, so every other n+1 file lies outside the hull of all inputs,
 * and the outputs hold only keys of the inputs. Concurrent picks stay disjoint because a
 * candidate whose inputs or hull touch a file being compacted at its source or output level is
 * skipped. `checkLevelInvariant` verifies the result (tests, engine debug mode).
 */
import assert from 'node:assert/strict';
import { comparePartitionPositions } from '../bytes.js';
import type { CompactionPick, CompactionReason, PartitionPosition, SSTableDescriptor } from './descriptor.js';
import { assertDescriptors, compareByFirst, rangeHull, rangesOverlap, totalBytes } from './descriptor.js';
import { LEVEL_COUNT_MAX, resolveLeveledOptions } from './options.js';
import type { LevelSummary, LeveledOptions, PendingCompactions, StrategyInput } from './options.js';

/**
 * Round-robin position per level (LevelDB's `compact_pointer_`): the last partition of the last
 * file picked from that level. The caller keeps one per table (`{}` to start) and passes it to
 * every pick; `pickLeveled` updates it. Losing it (a restart) only changes which file goes next.
 */
export interface LeveledState {
  lastCompactedKey?: Map<number, PartitionPosition>;
}

export function newLeveledState(): LeveledState {
  return {};
}

type ResolvedLeveled = ReturnType<typeof resolveLeveledOptions>;

/** Target size of level ≥ 1: levelBaseBytes × fanout^(level-1). */
export function levelTargetBytes(level: number, options: Partial<LeveledOptions> = {}): number {
  assert.ok(Number.isInteger(level) && level >= 1 && level < LEVEL_COUNT_MAX, `levelTargetBytes: bad level ${level}`);
  const o = resolveLeveledOptions(options);
  return o.levelBaseBytes * o.fanout ** (level - 1);
}

/** Files per level (index = level), each level sorted by first position. */
export function filesByLevel(sstables: readonly SSTableDescriptor[]): SSTableDescriptor[][] {
  const levels: SSTableDescriptor[][] = [];
  for (const s of sstables) {
    assert.ok(s.level < LEVEL_COUNT_MAX, `generation ${s.generation}: level ${s.level} >= ${LEVEL_COUNT_MAX}`);
    while (levels.length <= s.level) levels.push([]);
    levels[s.level]!.push(s);
  }
  for (const files of levels) files.sort(compareByFirst);
  return levels;
}

/**
 * The compaction leveled would run next, or `undefined`; updates `state` (the round-robin key of
 * the source level) when it picks from a level ≥ 1. Never picks a file in `compacting`.
 */
export function pickLeveled(input: StrategyInput, state: LeveledState, options: Partial<LeveledOptions> = {}): CompactionPick | undefined {
  assertDescriptors(input.sstables);
  const o = resolveLeveledOptions(options);
  const levels = filesByLevel(input.sstables);
  const scored: { level: number; score: number }[] = [];
  for (let level = 0; level < LEVEL_COUNT_MAX - 1; level++) {
    const idle = (levels[level] ?? []).filter((s) => !input.compacting.has(s.generation));
    const score = level === 0 ? idle.length / o.l0CompactionTrigger : totalBytes(idle) / targetOf(level, o);
    if (score >= 1) scored.push({ level, score });
  }
  scored.sort((a, b) => b.score - a.score || a.level - b.level);
  for (const { level } of scored) {
    const pick = level === 0 ? pickL0(levels, input.compacting, o) : pickFromLevel(level, levels, input.compacting, state, o);
    if (pick !== undefined) return pick;
  }
  return undefined;
}

function targetOf(level: number, o: ResolvedLeveled): number {
  return o.levelBaseBytes * o.fanout ** (level - 1);
}

function pickL0(levels: SSTableDescriptor[][], compacting: ReadonlySet<number>, o: ResolvedLeveled): CompactionPick | undefined {
  const l0 = levels[0] ?? [];
  if (l0.some((s) => compacting.has(s.generation))) return undefined;
  const sources = [...l0].sort((a, b) => a.generation - b.generation).slice(0, o.l0FilesMax);
  return withNextLevel(0, sources, levels, compacting, o, 'l0-file-count');
}

function pickFromLevel(
  level: number,
  levels: SSTableDescriptor[][],
  compacting: ReadonlySet<number>,
  state: LeveledState,
  o: ResolvedLeveled,
): CompactionPick | undefined {
  const files = levels[level] ?? [];
  const after = state.lastCompactedKey?.get(level);
  let start = after === undefined ? 0 : files.findIndex((f) => comparePartitionPositions(f.first, after) > 0);
  if (start < 0) start = 0;
  for (let i = 0; i < files.length; i++) {
    const source = files[(start + i) % files.length]!;
    if (compacting.has(source.generation)) continue;
    const pick = withNextLevel(level, [source], levels, compacting, o, 'level-size');
    if (pick === undefined) continue;
    (state.lastCompactedKey ??= new Map()).set(level, source.last);
    return pick;
  }
  return undefined;
}

/** `sources` of `level` plus the overlapping files of level+1, unless any of it is busy. */
function withNextLevel(
  level: number,
  sources: readonly SSTableDescriptor[],
  levels: SSTableDescriptor[][],
  compacting: ReadonlySet<number>,
  o: ResolvedLeveled,
  reason: CompactionReason,
): CompactionPick | undefined {
  if (sources.length === 0) return undefined;
  const sourceRange = rangeHull(sources);
  const next = (levels[level + 1] ?? []).filter((s) => rangesOverlap(s, sourceRange));
  if (next.some((s) => compacting.has(s.generation))) return undefined;
  const inputs = [...sources, ...next];
  const hull = rangeHull(inputs);
  const chosen = new Set(inputs.map((s) => s.generation));
  for (const l of [level, level + 1]) {
    for (const s of levels[l] ?? []) {
      if (compacting.has(s.generation) && !chosen.has(s.generation) && rangesOverlap(s, hull)) return undefined;
    }
  }
  return {
    inputs: inputs.map((s) => s.generation).sort((a, b) => a - b),
    outputLevel: level + 1,
    maxOutputFileBytes: o.sstableSizeBytesTarget,
    reason,
  };
}

/** A level ≥ 1 holding two files whose ranges overlap. */
export interface LevelInvariantViolation {
  readonly level: number;
  readonly generations: readonly [number, number];
}

/** Every pair of overlapping files in a level ≥ 1 (adjacent after sorting); empty when the invariant holds. */
export function checkLevelInvariant(sstables: readonly SSTableDescriptor[]): LevelInvariantViolation[] {
  const violations: LevelInvariantViolation[] = [];
  const levels = filesByLevel(sstables);
  for (let level = 1; level < levels.length; level++) {
    const files = levels[level]!;
    for (let i = 1; i < files.length; i++) {
      const a = files[i - 1]!;
      const b = files[i]!;
      if (comparePartitionPositions(a.last, b.first) >= 0) violations.push({ level, generations: [a.generation, b.generation] });
    }
  }
  return violations;
}

/** Throws an AssertionError naming the overlapping files when a level ≥ 1 holds overlapping files. */
export function assertLevelInvariant(sstables: readonly SSTableDescriptor[]): void {
  const v = checkLevelInvariant(sstables);
  assert.ok(v.length === 0, `overlapping files in a level: ${v.map((x) => `L${x.level} ${x.generations.join('/')}`).join(', ')}`);
}

/** Files, bytes, target and score per level, L0 up to the highest level holding a file. */
export function summarizeLevels(sstables: readonly SSTableDescriptor[], options: Partial<LeveledOptions> = {}): LevelSummary[] {
  const o = resolveLeveledOptions(options);
  const levels = filesByLevel(sstables);
  if (levels.length === 0) levels.push([]);
  return levels.map((files, level) => {
    const bytes = totalBytes(files);
    if (level === 0) return { level, fileCount: files.length, bytes, score: files.length / o.l0CompactionTrigger };
    const targetBytes = targetOf(level, o);
    return { level, fileCount: files.length, bytes, targetBytes, score: bytes / targetBytes };
  });
}

/**
 * Estimated remaining work. Compactions (Cassandra's `getEstimatedTasks`): L0 needs
 * ceil(files / l0FilesMax) once it reaches the trigger; level n ≥ 1 needs one per
 * sstableSizeBytesTarget above its target. Bytes (RocksDB's pending-compaction-bytes): L0 with
 * L1 once L0 triggers, then each level's excess (including what arrives from above) times
 * 1 + (next level / this level), the write amplification of pushing it down.
 */
export function leveledPending(input: StrategyInput, options: Partial<LeveledOptions> = {}): PendingCompactions {
  const o = resolveLeveledOptions(options);
  const levels = filesByLevel(input.sstables);
  const bytesAt = (level: number): number => totalBytes(levels[level] ?? []);
  let compactions = 0;
  let bytes = 0;
  let arriving = 0;
  const l0Count = (levels[0] ?? []).length;
  if (l0Count >= o.l0CompactionTrigger) {
    compactions += Math.ceil(l0Count / o.l0FilesMax);
    bytes += bytesAt(0) + bytesAt(1);
    arriving = bytesAt(0);
  }
  for (let level = 1; level < LEVEL_COUNT_MAX - 1; level++) {
    const size = bytesAt(level) + arriving;
    const excess = Math.max(0, size - targetOf(level, o));
    arriving = excess;
    if (excess === 0) continue;
    compactions += Math.ceil(Math.max(0, bytesAt(level) - targetOf(level, o)) / o.sstableSizeBytesTarget);
    bytes += excess * (1 + bytesAt(level + 1) / size);
  }
  return { compactions, bytes: Math.round(bytes) };
}

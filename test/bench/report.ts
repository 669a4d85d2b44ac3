/** The printed tables and the JSON document (same rows in both). */
import type { BigLoadOutcome } from './big-load.ts';
import type { Durability } from './kv-store.ts';
import type { Measurement, WorkloadName } from './workloads.ts';

export const REPORT_FORMAT_VERSION = 1;

export interface ResultRow {
  readonly workload: WorkloadName;
  readonly ops: number;
  readonly cassia?: Measurement;
  readonly classicLevel?: Measurement;
  /** cassia ops/s ÷ classic-level ops/s: above 1 means Cassia is ahead. */
  readonly ratio?: number;
  readonly rocksdb?: Measurement;
  /** Why there is no rocksdb figure: "not installed" or the failure. */
  readonly rocksdbStatus?: string;
  readonly errors?: readonly string[];
}

export interface ModeResult {
  readonly mode: Durability;
  readonly settings: readonly string[];
  readonly rows: readonly ResultRow[];
}

export interface BenchReport {
  readonly formatVersion: number;
  readonly startedAt: string;
  finishedAt?: string;
  readonly environment: Readonly<Record<string, string | number>>;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly modes: ModeResult[];
  bigLoad?: { readonly rows: number; readonly settings: readonly string[]; readonly outcomes: readonly BigLoadOutcome[] };
  readonly notes: string[];
}

const MIB = 1024 * 1024;
/** The RSS target is stated for a load of this many rows. */
const RSS_TARGET_ROWS = 10_000_000;

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function formatBytes(n: number): string {
  return n >= 10 * MIB ? `${formatCount(n / MIB)} MiB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${Math.round(n)} B`;
}

function formatRate(m: Measurement | undefined, fallback: string): string {
  return m === undefined ? fallback : formatCount(m.opsPerSec);
}

function formatRatio(ratio: number | undefined): string {
  return ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}x`;
}

function optional(n: number | undefined, digits = 2): string {
  return n === undefined ? 'n/a' : n.toFixed(digits);
}

function table(header: readonly string[], rows: readonly (readonly string[])[], leftAligned: number): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, c) => (c < leftAligned ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function renderMode(mode: ModeResult): string {
  const body = mode.rows.map((r) => [
    r.workload,
    formatCount(r.ops),
    formatRate(r.cassia, 'failed'),
    formatRate(r.classicLevel, 'failed'),
    formatRatio(r.ratio),
    formatRate(r.rocksdb, r.rocksdbStatus ?? 'n/a'),
  ]);
  const out = [table(['workload', 'ops', 'cassia ops/s', 'classic-level ops/s', 'ratio', 'rocksdb ops/s'], body, 1)];
  const compared = mode.rows.filter((r) => r.ratio !== undefined);
  const behind = compared.filter((r) => (r.ratio as number) < 1).map((r) => r.workload);
  out.push(
    `cassia ahead of classic-level on ${compared.length - behind.length} of ${compared.length} rows` +
      (behind.length === 0 ? '' : ` (behind on: ${behind.join(', ')})`) +
      '; target: every row',
  );
  for (const r of mode.rows) {
    const notes = [
      r.cassia?.note && `cassia ${r.cassia.note}`,
      r.classicLevel?.note && `classic-level ${r.classicLevel.note}`,
      r.rocksdb?.note && `rocksdb ${r.rocksdb.note}`,
      ...(r.errors ?? []),
    ].filter((n): n is string => typeof n === 'string' && n !== '');
    if (notes.length > 0) out.push(`  ${r.workload}: ${notes.join('; ')}`);
  }
  return out.join('\n');
}

export function renderBigLoad(outcomes: readonly BigLoadOutcome[], targetBytes: number): string {
  const body = outcomes.map((o) => {
    const r = o.result;
    if (r === undefined) return [o.strategy, 'failed', '', '', '', '', '', ''];
    const w = r.writeAmplification;
    return [
      r.strategyApplied ? r.strategy : 'engine default',
      `${formatCount(r.rowsLoaded)}${r.rowsLoaded < r.rowsPlanned ? ` of ${formatCount(r.rowsPlanned)}` : ''}`,
      r.loadSeconds.toFixed(1),
      formatCount(r.rowsPerSec),
      formatBytes(r.peakRssBytes),
      optional(w.engine ?? w.os),
      optional(r.readAmplification.sstablesPerRead),
      optional(r.spaceAmplification.ratio),
    ];
  });
  const out = [table(['strategy', 'rows', 'load s', 'rows/s', 'peak RSS', 'write amp', 'read amp', 'space amp'], body, 1)];
  for (const o of outcomes) {
    const r = o.result;
    if (r === undefined) {
      out.push(`  ${o.strategy}: ${o.error ?? 'no result'}`);
      continue;
    }
    const w = r.writeAmplification;
    const ra = r.readAmplification;
    const label = r.strategyApplied ? r.strategy : 'strategy option not available yet: loaded once with the engine\'s default, other strategies skipped';
    out.push(`  ${label}:`);
    if (r.stopReason !== undefined) out.push(`    stopped early: ${r.stopReason}`);
    const verdict =
      r.stopReason !== undefined
        ? `the ${formatBytes(targetBytes)} target is not met: the load stopped early`
        : `${r.peakRssBytes <= targetBytes ? 'within' : 'over'} the ${formatBytes(targetBytes)} target${r.rowsLoaded < RSS_TARGET_ROWS ? `, which is set for ${formatCount(RSS_TARGET_ROWS)} rows` : ''}`;
    out.push(`    peak RSS ${formatBytes(r.peakRssBytes)} (${verdict}); highest 100 ms sample ${formatBytes(r.peakRssBytesSampled)}`);
    out.push(
      `    write amp: engine ${optional(w.engine)} = commit log ${optional(w.commitLog)} + flush ${optional(w.flush)} + compaction ${optional(w.compaction)}; ` +
        `bytes written by the process (/proc/self/io wchar) ${optional(w.os)}`,
    );
    out.push(
      `    read amp: ${optional(ra.sstablesPerRead)} SSTables per read; ${ra.bytesReadPerRead === undefined ? 'n/a' : formatBytes(ra.bytesReadPerRead)} read() per read` +
        ` (${formatCount(ra.reads)} random reads, ${formatCount(ra.readsPerSec)} reads/s)`,
    );
    out.push(
      `    space amp: ${formatBytes(r.spaceAmplification.diskBytes)} on disk / ${formatBytes(r.spaceAmplification.liveBytes)} live key+value bytes` +
        `${r.sstableCount === undefined ? '' : `; ${formatCount(r.sstableCount)} SSTables`}`,
    );
    out.push(`    after the load: ${r.settled.length === 0 ? 'nothing to wait for (no flush()/compact() yet)' : `${r.settled.join(', ')} took ${r.settleSeconds.toFixed(1)} s`}`);
  }
  return out.join('\n');
}

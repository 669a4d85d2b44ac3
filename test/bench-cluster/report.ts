/** The printed table and the JSON document (same figures in both). */
import type { LatencySummary } from './histogram.ts';
import type { Measurement, OpenLoopMeasurement } from './loops.ts';
import type { LoadResult } from './operations.ts';
import type { WorkloadName } from './ycsb.ts';

export const REPORT_FORMAT_VERSION = 1;
export const NATIVE_PROTOCOL_STATUS = 'CQL native protocol v4 through cassandra-driver (prepared statements, default pooling)';
/** Targets from the issue: workload A at QUORUM, RF 3 … */
export const THROUGHPUT_TARGET_RATIO = 0.5;
/** … and p99 under this at half of A's peak load. */
export const P99_TARGET_MS = 10;
export const OPEN_LOOP_LOAD_SHARE = 0.5;

/** CPU use over the measured window, as a share of one core, by process name (`bench` = this one). */
export type CpuShares = Readonly<Record<string, number>>;

export interface RawNatsResult extends Measurement {
  readonly inFlight: number;
  readonly payloadBytes: number;
  /** `bench` is the requester. */
  readonly cpu: CpuShares;
}

export interface WorkloadResult extends Measurement {
  readonly workload: WorkloadName;
  readonly mix: string;
  readonly protocol: 'http' | 'native';
  readonly concurrency: number;
  /** ops/s ÷ raw NATS requests/s. */
  readonly ratioToRawNats?: number;
  readonly cpu: CpuShares;
}

export interface OpenLoopResult extends OpenLoopMeasurement {
  readonly workload: WorkloadName;
  /** The client protocol of the open loop: HTTP when the run measured it, else native. */
  readonly protocol: 'http' | 'native';
  /** The closed-loop peak the rate is half of (0 when A's closed loop was not run). */
  readonly peakOpsPerSec: number;
  /** The rate came from --open-loop-rate, not from the peak: the latency target is not judged. */
  readonly fixedRate: boolean;
  readonly p99TargetMs: number;
  readonly p99Met: boolean;
  readonly cpu: CpuShares;
}

export interface TargetVerdict {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | 'not measured';
}

export interface BenchReport {
  readonly formatVersion: number;
  readonly startedAt: string;
  finishedAt?: string;
  readonly environment: Readonly<Record<string, string | number>>;
  readonly settings: Readonly<Record<string, unknown>>;
  /** Where every process's log is (kept after the run). */
  readonly logs: string;
  rawNats?: RawNatsResult;
  load?: LoadResult;
  readonly workloads: WorkloadResult[];
  openLoop?: OpenLoopResult;
  readonly nativeProtocol: string;
  targets?: readonly TargetVerdict[];
  readonly notes: string[];
  /** Set when the run stopped on a failure; the figures above are what it measured before. */
  failure?: string;
}

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function ms(n: number): string {
  return n.toFixed(n < 10 ? 2 : 1);
}

function ratio(r: number | undefined): string {
  return r === undefined ? 'n/a' : `${r.toFixed(2)}x`;
}

function latencyCells(l: LatencySummary | undefined): string[] {
  return l === undefined || l.count === 0 ? ['n/a', 'n/a', 'n/a'] : [ms(l.p50Ms), ms(l.p99Ms), ms(l.p999Ms)];
}

export function formatErrors(errors: Readonly<Record<string, number>>): string {
  const entries = Object.entries(errors).sort((a, b) => b[1] - a[1]);
  return entries.length === 0 ? 'none' : entries.map(([name, n]) => `${name} ${formatCount(n)}`).join(', ');
}

/**
 * CPU the cluster (every measured process but the bench client) spent per operation, in µs: at a
 * fixed rate below the peak, the figure to compare builds by (closed loops fill every idle cycle).
 */
export function clusterCpuPerOp(cpu: CpuShares, opsPerSec: number): string {
  let cores = 0;
  for (const [name, share] of Object.entries(cpu)) if (name !== 'bench') cores += share;
  return opsPerSec > 0 ? `cluster cpu per operation ${formatCount((cores / opsPerSec) * 1e6)} µs` : 'cluster cpu per operation n/a';
}

export function formatCpu(cpu: CpuShares): string {
  return Object.entries(cpu)
    .map(([name, share]) => `${name} ${share.toFixed(2)}`)
    .join(', ');
}

function table(header: readonly string[], rows: readonly (readonly string[])[], leftAligned: number): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, c) => (c < leftAligned ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function renderResults(report: BenchReport): string {
  const rows: string[][] = [];
  const raw = report.rawNats;
  if (raw !== undefined) {
    rows.push(['raw NATS', `req/reply, ${raw.inFlight} in flight, ${raw.payloadBytes} B`, formatCount(raw.opsPerSec), ...latencyCells(raw.latency), formatCount(raw.errorCount), '1.00x', '']);
  }
  const load = report.load;
  if (load !== undefined) {
    const loadErrors = Object.values(load.errors).reduce((a, b) => a + b, 0);
    rows.push(['load', `${formatCount(load.records)} rows, INSERT`, formatCount(load.rowsPerSec), 'n/a', 'n/a', 'n/a', `${formatCount(loadErrors)} retried`, ratio(raw && load.rowsPerSec / raw.opsPerSec), 'n/a']);
  }
  for (const w of report.workloads) {
    rows.push([w.workload, w.mix, formatCount(w.opsPerSec), ...latencyCells(w.latency), formatCount(w.errorCount), ratio(w.ratioToRawNats), w.protocol === 'native' ? 'yes' : 'no']);
  }
  const open = report.openLoop;
  if (open !== undefined) {
    rows.push([
      `${open.workload} open loop`,
      `fixed ${formatCount(open.targetOpsPerSec)} ops/s (${open.fixedRate ? 'given' : `${Math.round(OPEN_LOOP_LOAD_SHARE * 100)}% of peak`})`,
      formatCount(open.opsPerSec),
      ...latencyCells(open.latency),
      formatCount(open.errorCount),
      ratio(raw && open.opsPerSec / raw.opsPerSec),
      open.protocol === 'native' ? 'yes' : 'no',
    ]);
  }
  const out = [table(['workload', 'mix', 'ops/s', 'p50 ms', 'p99 ms', 'p99.9 ms', 'errors', 'vs raw NATS', 'native'], rows, 2)];
  out.push(`native = yes: ${report.nativeProtocol}; native = no: HTTP (POST /v1/cql); every cluster row at QUORUM`);
  if (load !== undefined && load.retries > 0) out.push(`  load: ${load.retries} attempts retried (${formatErrors(load.errors)}); every row was written`);
  if (raw !== undefined) {
    out.push(`  raw NATS: ${formatCount(raw.ops)} requests in ${raw.seconds} s; errors: ${formatErrors(raw.errors)}`);
    out.push(`     cpu (cores busy): ${formatCpu(raw.cpu)} (bench = the requester)`);
  }
  for (const w of report.workloads) {
    out.push(`  ${w.workload} (${w.protocol}): ${formatCount(w.ops)} ops in ${w.seconds} s, ${w.concurrency} in flight; mean ${ms(w.latency.meanMs)} ms, max ${ms(w.latency.maxMs)} ms; errors: ${formatErrors(w.errors)}`);
    out.push(`     cpu (cores busy): ${formatCpu(w.cpu)}`);
  }
  if (open !== undefined) {
    out.push(
      `  ${open.workload} open loop: ${formatCount(open.ops)} ops in ${open.seconds} s; latency from each operation's scheduled start; ` +
        `client schedule lag p50 ${ms(open.scheduleLag.p50Ms)} ms, p99 ${ms(open.scheduleLag.p99Ms)} ms (inside the latencies); errors: ${formatErrors(open.errors)}`,
    );
    if (open.issuedLate > 0) out.push(`     ${formatCount(open.issuedLate)} operations due in the window were never issued (in-flight cap reached): the cluster did not keep up with the rate`);
    out.push(`     cpu (cores busy): ${formatCpu(open.cpu)}; ${clusterCpuPerOp(open.cpu, open.opsPerSec)}`);
  }
  return out.join('\n');
}

export function renderTargets(targets: readonly TargetVerdict[]): string {
  return targets.map((t) => `  ${t.met === true ? 'MET    ' : t.met === false ? 'NOT MET' : 'n/a    '}  ${t.target}: ${t.measured}`).join('\n');
}

/** The issue's two targets, judged on what this run measured. */
export function judgeTargets(report: BenchReport): TargetVerdict[] {
  const raw = report.rawNats;
  const open = report.openLoop;
  const throughput = (protocol: 'http' | 'native'): TargetVerdict => {
    const a = report.workloads.find((w) => w.workload === 'A' && w.protocol === protocol);
    const target = `workload A over ${protocol === 'http' ? 'HTTP' : 'the native protocol'} at QUORUM, RF 3 ≥ ${Math.round(THROUGHPUT_TARGET_RATIO * 100)}% of the raw NATS request/reply rate`;
    if (raw === undefined || a === undefined || a.ratioToRawNats === undefined) return { target, measured: 'not measured', met: 'not measured' };
    return {
      target,
      measured: `${formatCount(a.opsPerSec)} ops/s ÷ ${formatCount(raw.opsPerSec)} req/s = ${ratio(a.ratioToRawNats)}`,
      met: a.ratioToRawNats >= THROUGHPUT_TARGET_RATIO && a.errorCount === 0,
    };
  };
  const latencyTarget = `p99 < ${P99_TARGET_MS} ms at ${Math.round(OPEN_LOOP_LOAD_SHARE * 100)}% of workload A's peak (open loop)`;
  return [
    throughput('http'),
    throughput('native'),
    open === undefined || open.fixedRate
      ? { target: latencyTarget, measured: open === undefined ? 'not measured' : 'not measured (open loop at --open-loop-rate, not at half the peak)', met: 'not measured' }
      : {
          target: latencyTarget,
          measured: `p99 ${ms(open.latency.p99Ms)} ms at ${formatCount(open.targetOpsPerSec)} ops/s${open.issuedLate > 0 ? `, ${formatCount(open.issuedLate)} operations never issued` : ''}${open.errorCount > 0 ? `, ${formatCount(open.errorCount)} errors` : ''}`,
          met: open.p99Met,
        },
  ];
}

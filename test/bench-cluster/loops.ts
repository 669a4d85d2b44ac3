/**
 * The two ways load is offered, for any operation that resolves with an error name or undefined:
 *
 * - `closedLoop`: `concurrency` callers, each issuing its next operation when the last one
 *   answered, for a warm-up and then a measured window. Counts the operations that complete
 *   inside the window; their latency is send → answer. This finds the peak rate.
 * - `openLoop`: arrivals at a fixed rate whatever the answers do (operation i is due at
 *   start + i / rate), with at most `inFlightMax` outstanding. Latency is measured from the
 *   *scheduled* time, so an operation that waited behind slow ones is charged for the wait
 *   (no coordinated omission); how late the client itself issued operations is reported apart
 *   as the schedule lag. With BENCH_OPEN_LOOP_TRACE=FILE it also writes one line per operation
 *   (due time in Unix ms, latency ms, 1 if measured else 0) to FILE, to see when slow ones happened.
 */
import { writeFileSync } from 'node:fs';
import { LatencyHistogram } from './histogram.ts';
import type { LatencySummary } from './histogram.ts';

/** Resolves with undefined on success or the error's name; must not reject. */
export type Operation = () => Promise<string | undefined>;

/** Interim throughput lines during a measured window, this often. */
export const PROGRESS_INTERVAL_MS = 5_000;
/** How long the open loop waits, after its window, for the operations still in flight. */
export const DRAIN_TIMEOUT_MS = 60_000;
/** The open loop's timer period (Node timers have a 1 ms granularity). */
const OPEN_LOOP_TICK_MS = 1;

export interface Measurement {
  /** Operations that succeeded in the measured window. */
  readonly ops: number;
  readonly seconds: number;
  readonly opsPerSec: number;
  readonly latency: LatencySummary;
  /** Failed operations in the measured window, by error name. */
  readonly errors: Readonly<Record<string, number>>;
  readonly errorCount: number;
}

export interface OpenLoopMeasurement extends Measurement {
  readonly targetOpsPerSec: number;
  /** Issue time − scheduled time: the client's own lateness, already inside `latency`. */
  readonly scheduleLag: LatencySummary;
  /** Operations due in the window that could not be issued before it ended (in-flight cap). */
  readonly issuedLate: number;
}

export interface LoopHooks {
  /** Called when the measured window opens and closes (CPU meters). */
  onMeasureStart?(): void;
  onMeasureEnd?(): void;
  progress?(line: string): void;
}

class Tally {
  readonly latency = new LatencyHistogram();
  readonly errors: Record<string, number> = {};
  ok = 0;
  failed = 0;

  add(error: string | undefined, latencyMs: number): void {
    if (error === undefined) {
      this.ok++;
      this.latency.recordMs(latencyMs);
    } else {
      this.failed++;
      this.errors[error] = (this.errors[error] ?? 0) + 1;
    }
  }

  measurement(seconds: number): Measurement {
    return { ops: this.ok, seconds, opsPerSec: this.ok / seconds, latency: this.latency.summary(), errors: { ...this.errors }, errorCount: this.failed };
  }
}

async function safely(op: Operation): Promise<string | undefined> {
  try {
    return await op();
  } catch (error) {
    return error instanceof Error ? error.name : 'Error';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export async function closedLoop(
  op: Operation,
  options: { concurrency: number; warmupMs: number; measureMs: number; label: string },
  hooks: LoopHooks = {},
): Promise<Measurement> {
  const tally = new Tally();
  const start = performance.now();
  const measureStart = start + options.warmupMs;
  const measureEnd = measureStart + options.measureMs;
  let stopped = false;
  const caller = async (): Promise<void> => {
    while (!stopped) {
      const sent = performance.now();
      const error = await safely(op);
      const done = performance.now();
      if (done >= measureStart && done < measureEnd) tally.add(error, done - sent);
      if (done >= measureEnd) stopped = true;
    }
  };
  const callers = Array.from({ length: options.concurrency }, caller);
  await sleep(measureStart - performance.now());
  hooks.onMeasureStart?.();
  const progress = setInterval(() => {
    const elapsed = (performance.now() - measureStart) / 1000;
    hooks.progress?.(`${options.label}: ${Math.round(tally.ok / elapsed).toLocaleString('en-US')} ops/s after ${elapsed.toFixed(0)} s, ${tally.failed} errors`);
  }, PROGRESS_INTERVAL_MS);
  await sleep(measureEnd - performance.now());
  clearInterval(progress);
  hooks.onMeasureEnd?.();
  stopped = true;
  await Promise.all(callers);
  return tally.measurement(options.measureMs / 1000);
}

export async function openLoop(
  op: Operation,
  options: { opsPerSec: number; inFlightMax: number; warmupMs: number; measureMs: number; label: string },
  hooks: LoopHooks = {},
): Promise<OpenLoopMeasurement> {
  if (!(options.opsPerSec > 0)) throw new RangeError(`open loop rate must be positive, got ${options.opsPerSec}`);
  const tally = new Tally();
  const lag = new LatencyHistogram();
  const intervalMs = 1000 / options.opsPerSec;
  const start = performance.now() + OPEN_LOOP_TICK_MS;
  const measureStart = start + options.warmupMs;
  const measureEnd = measureStart + options.measureMs;
  /** Index of the next operation to issue; it is due at start + next * intervalMs. */
  let next = 0;
  let inFlight = 0;
  let issuedLate = 0;
  let measureStarted = false;
  let finished: () => void = () => {};
  const drained = new Promise<void>((r) => (finished = r));
  let stopped = false;
  const traceFile = process.env['BENCH_OPEN_LOOP_TRACE'];
  const trace: string[] | undefined = traceFile === undefined || traceFile === '' ? undefined : [];

  const issue = (): void => {
    const now = performance.now();
    while (inFlight < options.inFlightMax) {
      const due = start + next * intervalMs;
      if (due > now || due >= measureEnd) break;
      next++;
      inFlight++;
      const measured = due >= measureStart;
      if (measured) lag.recordMs(now - due);
      void safely(op).then((error) => {
        inFlight--;
        if (measured) tally.add(error, performance.now() - due);
        if (trace !== undefined) trace.push(`${(performance.timeOrigin + due).toFixed(1)} ${(performance.now() - due).toFixed(2)} ${measured ? 1 : 0}`);
        if (!stopped) issue();
        else if (inFlight === 0) finished();
      });
    }
  };
  const tick = (): void => {
    const now = performance.now();
    if (!measureStarted && now >= measureStart) {
      measureStarted = true;
      hooks.onMeasureStart?.();
    }
    if (now >= measureEnd) {
      issue(); // operations due since the last tick, before the window closed
      stopped = true;
      hooks.onMeasureEnd?.();
      issuedLate = Math.max(0, Math.ceil((measureEnd - start) / intervalMs) - next);
      if (inFlight === 0) finished();
      return;
    }
    issue();
    setTimeout(tick, OPEN_LOOP_TICK_MS);
  };
  const progress = setInterval(() => {
    if (!measureStarted) return;
    const elapsed = (performance.now() - measureStart) / 1000;
    hooks.progress?.(`${options.label}: ${Math.round(tally.ok / elapsed).toLocaleString('en-US')} ops/s answered after ${elapsed.toFixed(0)} s, ${inFlight} in flight, ${tally.failed} errors`);
  }, PROGRESS_INTERVAL_MS);
  setTimeout(tick, OPEN_LOOP_TICK_MS);
  let timer: NodeJS.Timeout | undefined;
  const drainTimeout = new Promise<void>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${options.label}: operations still unanswered ${DRAIN_TIMEOUT_MS} ms after the window`)), options.warmupMs + options.measureMs + DRAIN_TIMEOUT_MS);
  });
  try {
    await Promise.race([drained, drainTimeout]);
  } finally {
    clearTimeout(timer);
    clearInterval(progress);
    if (trace !== undefined) writeFileSync(traceFile!, trace.join('\n') + '\n');
  }
  const seconds = options.measureMs / 1000;
  return { ...tally.measurement(seconds), targetOpsPerSec: options.opsPerSec, scheduleLag: lag.summary(), issuedLate };
}

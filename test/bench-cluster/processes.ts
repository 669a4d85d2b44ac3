/**
 * The child processes of a run: each started in its own process group (so Ctrl-C at the
 * terminal reaches only the bench, which then stops them in order) with stdout and stderr
 * appended to a log file; stopped with SIGTERM, then SIGKILL after STOP_GRACE_MS. Every child
 * is registered in a `Children` set so that one `stopAll()` — on success, on an error or on a
 * signal — stops whatever was started, and a last-resort `exit` hook SIGKILLs any survivor.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

export const STOP_GRACE_MS = 10_000;
export const POLL_INTERVAL_MS = 100;

export interface Child {
  readonly name: string;
  readonly proc: ChildProcess;
  readonly logFile: string;
  readonly exited: Promise<void>;
}

export function hasExited(child: Child): boolean {
  return child.proc.exitCode !== null || child.proc.signalCode !== null || child.proc.pid === undefined;
}

export class Children {
  private readonly started: Child[] = [];
  private stopping: Promise<void> | undefined;

  constructor() {
    process.once('exit', () => {
      for (const c of this.started) if (!hasExited(c)) c.proc.kill('SIGKILL');
    });
  }

  get all(): readonly Child[] {
    return this.started;
  }

  /** Starts `command` with its output appended to `logFile`. */
  start(name: string, command: string, args: readonly string[], logFile: string, env: NodeJS.ProcessEnv = process.env): Child {
    if (this.stopping !== undefined) throw new Error(`not starting ${name}: the run is stopping`);
    const log = openSync(logFile, 'a');
    let proc: ChildProcess;
    try {
      proc = spawn(command, args, { stdio: ['ignore', log, log], detached: true, env });
    } finally {
      closeSync(log); // the child holds its own copy
    }
    const exited = new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.once('error', (err) => {
        process.stderr.write(`[bench] cannot start ${name}: ${err.message}\n`);
        resolve();
      });
    });
    const child = { name, proc, logFile, exited };
    this.started.push(child);
    return child;
  }

  /** Stops every child in reverse start order (gateway first, NATS last); idempotent. */
  stopAll(): Promise<void> {
    this.stopping ??= (async () => {
      for (const child of [...this.started].reverse()) await stop(child);
    })();
    return this.stopping;
  }
}

export async function stop(child: Child): Promise<void> {
  if (hasExited(child)) return;
  child.proc.kill('SIGTERM');
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), STOP_GRACE_MS);
  await child.exited;
  clearTimeout(timer);
}

/** Polls `probe` until it answers true; fails early when one of `watch` exits. */
export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, watch: readonly Child[]): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dead = watch.find(hasExited);
    if (dead !== undefined) throw new Error(`${dead.name} exited while waiting for ${what}; see ${dead.logFile}`);
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS));
  }
  throw new Error(`${what} not reached within ${timeoutMs} ms`);
}

/** Fails when any of `children` has exited (a crash in the middle of a measurement). */
export function assertAlive(children: readonly Child[]): void {
  const dead = children.filter(hasExited);
  if (dead.length > 0) throw new Error(`${dead.map((c) => c.name).join(', ')} exited during the run; see ${dead.map((c) => c.logFile).join(', ')}`);
}

let clockTicksPerSecond: number | undefined;

/** The kernel's clock ticks per second (USER_HZ), the unit of /proc/PID/stat CPU times. */
function ticksPerSecond(): number {
  if (clockTicksPerSecond === undefined) {
    try {
      clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicksPerSecond = 100; // Linux's USER_HZ on every common architecture
    }
  }
  return clockTicksPerSecond;
}

/** CPU seconds (user + system) a process has used so far, from /proc; undefined off Linux or once it exited. */
export function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at ") "; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond();
  } catch {
    return undefined;
  }
}

/** Per-process CPU use over an interval, as a share of one core. */
export class CpuMeter {
  private readonly startCpu: Map<string, number | undefined>;
  private readonly startSelf = process.cpuUsage();
  private readonly startedAt = performance.now();
  private readonly children: readonly Child[];

  constructor(children: readonly Child[]) {
    this.children = children;
    this.startCpu = new Map(children.map((c) => [c.name, cpuSeconds(c.proc.pid)]));
  }

  /** name → share of one core (1 = one core busy all the time); `bench` is this process. */
  read(): Record<string, number> {
    const seconds = (performance.now() - this.startedAt) / 1000;
    const self = process.cpuUsage(this.startSelf);
    const out: Record<string, number> = { bench: (self.user + self.system) / 1e6 / seconds };
    for (const c of this.children) {
      const before = this.startCpu.get(c.name);
      const after = cpuSeconds(c.proc.pid);
      if (before !== undefined && after !== undefined) out[c.name] = (after - before) / seconds;
    }
    return out;
  }
}

// Child processes for tests: started with their output captured, waited for by a log
// line or a probe, and always stopped (SIGTERM, then SIGKILL after a grace period).
import { spawn, type ChildProcess } from 'node:child_process';

export const STOP_GRACE_MS = 5_000;
export const OUTPUT_TAIL_CHARS_MAX = 64 * 1024;

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** The last OUTPUT_TAIL_CHARS_MAX characters of stdout and stderr, for failure reports. */
  output(): string;
  /** Resolves when a line matching `pattern` has been printed; rejects on exit or timeout. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void>;
  /** Resolves with the exit code (or signal) once the process has exited. */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL after STOP_GRACE_MS. Resolves once it has exited. */
  stop(): Promise<void>;
  /** SIGKILL at once. Resolves once it has exited. */
  kill(): Promise<void>;
}

export function startProcess(
  name: string,
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): ManagedProcess {
  const child = spawn(command, args, {
    env: options.env ?? process.env,
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_TAIL_CHARS_MAX);
    for (const l of listeners) l();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: null, signal: null }));
  });
  let hasExited = false;
  void exit.then(() => {
    hasExited = true;
    for (const l of listeners) l();
  });

  const waitForOutput = (pattern: RegExp, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(tail)) {
          done();
          resolve();
        } else if (hasExited) {
          done();
          reject(new Error(`${name} exited before printing ${pattern}:\n${tail}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${name} did not print ${pattern} within ${timeoutMs} ms:\n${tail}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });

  const signalAndWait = async (signal: NodeJS.Signals) => {
    if (hasExited) return;
    child.kill(signal);
    await exit;
  };

  return {
    name,
    child,
    output: () => tail,
    waitForOutput,
    exited: () => exit,
    kill: () => signalAndWait('SIGKILL'),
    stop: async () => {
      if (hasExited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exit;
      clearTimeout(timer);
    },
  };
}

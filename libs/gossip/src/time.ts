// Time is passed in: a Clock to read it and a Scheduler to run work later. Production uses
// systemClock and timerScheduler; the simulation (sim.ts) implements both deterministically.

/** Reads the current time. */
export interface Clock {
  /** Milliseconds since the Unix epoch (simulated clocks may start anywhere). */
  nowMs(): number;
}

/** A task scheduled with a Scheduler; cancelling it twice, or after it ran, does nothing. */
export interface ScheduledTask {
  cancel(): void;
}

/** Runs tasks later. Tasks never run re-entrantly inside schedule(). */
export interface Scheduler {
  /** Runs `task` once after `delayMs` (>= 0) milliseconds. */
  schedule(delayMs: number, task: () => void): ScheduledTask;
}

export const systemClock: Clock = { nowMs: () => Date.now() };

/** setTimeout-based; the timers are unref'd so a running gossiper never keeps a process alive. */
export const timerScheduler: Scheduler = {
  schedule(delayMs: number, task: () => void): ScheduledTask {
    const timer = setTimeout(task, delayMs);
    timer.unref();
    return { cancel: () => clearTimeout(timer) };
  },
};

/**
 * One worker thread running the engine's background jobs (compactions, memtable flushes), so
 * that merging and SSTable encoding never compete with reads and writes for the event loop
 * (LevelDB and RocksDB flush and compact on background threads too). Jobs and results are
 * defined in compaction/worker.ts; several jobs may be in flight, each answered by id.
 * Used with the real filesystem only: the worker does its own I/O through node:fs.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerMessage, WorkerResult } from './compaction/worker.js';

/** Heap limits of a background worker thread (V8 old and young generations), in MiB. */
const WORKER_OLD_GENERATION_MB = 64;
const WORKER_YOUNG_GENERATION_MB = 8;

/** Where the built worker lives (absent when running from TypeScript sources, e.g. in tests). */
const WORKER_URL = new URL('./compaction/worker.js', import.meta.url);
export const COMPACTION_WORKER_AVAILABLE = existsSync(fileURLToPath(WORKER_URL));

/** A job as the caller states it: the worker assigns the id. */
export type WorkerJobInput = WorkerJob extends infer J ? (J extends WorkerJob ? Omit<J, 'id'> : never) : never;

export class BackgroundWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (r: WorkerResult) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  /**
   * Runs `job`; `signal` asks the worker to abort it (the result then says it failed), `hurry`
   * (when it fires) to lift a paced flush's duty cycle.
   */
  run(job: WorkerJobInput, signal?: AbortSignal, hurry?: AbortSignal): Promise<WorkerResult> {
    const worker = this.start();
    const id = this.nextId++;
    const message = { ...job, id } as WorkerMessage;
    return new Promise<WorkerResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const onAbort = () => worker.postMessage({ kind: 'abort', id } satisfies WorkerMessage);
      signal?.addEventListener('abort', onAbort, { once: true });
      const onHurry = () => {
        if (this.pending.has(id)) worker.postMessage({ kind: 'hurry', id } satisfies WorkerMessage);
      };
      hurry?.addEventListener('abort', onHurry, { once: true });
      worker.ref();
      worker.postMessage(message);
    });
  }

  /** Starts the thread now, so the first job does not wait for a thread to boot. */
  warm(): void {
    this.start();
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker !== undefined) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker !== undefined) return this.worker;
    // A bounded heap: a worker's work is streaming (one partition per input at a time), and an
    // unbounded isolate would let V8 grow its heap far past what the node's budget allows.
    const worker = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    worker.unref();
    worker.on('message', (result: WorkerResult) => {
      const p = this.pending.get(result.id);
      this.pending.delete(result.id);
      if (this.pending.size === 0) worker.unref();
      p?.resolve(result);
    });
    const fail = (err: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`background worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }
}

// A writer process (test-support/kill-writer.mjs, on the real filesystem, group commit,
// flushes and compactions running) is killed with SIGKILL at a random moment, again and
// again on the same data directory. After each kill the engine must open (every file still
// opens: all SSTables and the commit log are read back in a full scan) and hold every write
// the writer acknowledged.
//
// The first run is killed only after its first flush (plus the random delay), so an SSTable
// exists from then on even on a loaded machine: there, a writer killed before the flush of
// what it replayed leaves only a longer commit log to the next, whose replay and flush take
// longer still, and a run could end with every write in the commit log and no SSTable.
//
// Seeded; LSM_KILL_CYCLES sets the number of kills (default 50).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { systemClock } from './clock.js';
import { StorageEngine } from './engine.js';
import { nodeFileSystem } from './node-fs.js';
import { liveRows } from './purge.js';
import { Random } from './testing/random.js';

const CYCLES = Number(process.env['LSM_KILL_CYCLES'] ?? 50);
const SEED = Number(process.env['LSM_TEST_SEEDS'] ?? 7);
const WRITER = fileURLToPath(new URL('../test-support/kill-writer.mjs', import.meta.url));
/** A writer killed after its first flush gets this long, from ready, to complete one. */
const FIRST_FLUSH_WAIT_MS_MAX = 60_000;

/**
 * Runs the writer from `start` and kills it `delayMs` after it is ready (or, with
 * `afterFirstFlush`, after its first flush); resolves with the acknowledged numbers and the
 * flushes it completed.
 */
function runWriter(dataDir: string, start: number, delayMs: number, afterFirstFlush: boolean): Promise<{ acked: number[]; flushes: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dataDir, String(start)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let flushes = 0;
    let buffered = '';
    let stderr = '';
    const killLater = () => setTimeout(() => child.kill('SIGKILL'), delayMs);
    let noFlush: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
        else if (line === 'flushed') {
          if (++flushes === 1 && afterFirstFlush) {
            clearTimeout(noFlush);
            killLater();
          }
        } else if (line === 'ready') {
          if (!afterFirstFlush) killLater();
          else {
            noFlush = setTimeout(() => {
              child.kill('SIGKILL');
              reject(new Error(`the writer completed no flush within ${FIRST_FLUSH_WAIT_MS_MAX} ms of ready`));
            }, FIRST_FLUSH_WAIT_MS_MAX);
          }
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (_code, signal) => {
      clearTimeout(noFlush);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own (${signal ?? _code}): ${stderr}`));
      else resolve({ acked, flushes });
    });
  });
}

describe('SIGKILL of a writer process', () => {
  it(`keeps every acknowledged write and every file readable, ${CYCLES} kills in a row (seed ${SEED})`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cassia-kill-'));
    const r = new Random(SEED);
    const acked: number[] = [];
    let next = 0;
    let flushes = 0;
    try {
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const run = await runWriter(dir, next, 20 + r.int(400), cycle === 0);
        const got = run.acked;
        flushes += run.flushes;
        acked.push(...got);
        next += 1_000_000; // each run writes fresh numbers
        const engine = await StorageEngine.open({ dataDir: dir, fs: nodeFileSystem, clock: systemClock, compactionMode: 'manual' });
        try {
          // Every file opens and every block reads back: a full scan.
          let partitions = 0;
          for (let page = await engine.scan('t', { limit: 5_000 }); ; page = await engine.scan('t', { limit: 5_000, after: page.next! })) {
            partitions += page.partitions.length;
            if (page.next === undefined) break;
          }
          expect(partitions, `cycle ${cycle}`).toBeGreaterThanOrEqual(acked.length);
          const missing: number[] = [];
          for (const i of got) {
            const p = await engine.read('t', BigInt(i % 1000) * 18_446_744_073_709n - 9_000_000_000_000_000n, Buffer.from(`key-${i}`));
            const v = p === undefined ? undefined : liveRows(p, systemClock.nowSeconds())[0]?.cells.get('v')?.value;
            if (v == null || Buffer.from(v).toString() !== `value-${i}`) missing.push(i);
          }
          expect(missing, `cycle ${cycle}: acknowledged but missing`).toEqual([]);
        } finally {
          await engine.close();
        }
      }
      expect(acked.length).toBeGreaterThan(CYCLES);
      const engine = await StorageEngine.open({ dataDir: dir, fs: nodeFileSystem, clock: systemClock, compactionMode: 'manual' });
      const stats = engine.stats();
      await engine.close();
      const sstables = stats.sstables.reduce((n, x) => n + x.count, 0);
      expect(sstables).toBeGreaterThan(0); // the kills landed among flushes, not only commit-log writes
      console.log(
        `SIGKILL: ${CYCLES} kills (seed ${SEED}), ${acked.length} acknowledged writes all present; ${flushes} flushes completed by the writers; ${sstables} SSTables, ${stats.commitLog.segmentCount} commit-log segments at the end`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 900_000);
});

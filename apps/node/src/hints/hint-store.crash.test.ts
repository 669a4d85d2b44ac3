// Power-loss tests on the simulated disk of @cassia/lsm (FaultInjectingFileSystem): only what was
// fdatasync'd (files) and fsync'd (directory entries) survives a crash.
import { FaultInjectingFileSystem } from '@cassia/lsm';
import type { FaultOp } from '@cassia/lsm';
import { describe, expect, it } from 'vitest';
import { HintWriteFailedError } from './errors.js';
import { HintStore } from './hint-store.js';
import { HINT_CHECKPOINT_INTERVAL_HINTS } from './options.js';
import type { HintFileIssue } from './recovery.js';

const DIR = '/data/hints';
const clock = { nowMs: () => 1_700_000_000_000 };
const payload = (i: number): Uint8Array => {
  const p = new Uint8Array(24).fill(i & 0xff);
  new DataView(p.buffer).setUint32(0, i, true);
  return p;
};
const indexOf = (p: Uint8Array): number => new DataView(p.buffer, p.byteOffset).getUint32(0, true);
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);

async function replayAll(store: HintStore, target: string): Promise<number[]> {
  const seen: number[] = [];
  const result = await store.replay(target, async (p) => void seen.push(indexOf(p)));
  expect(result.outcome).toBe('drained');
  return seen;
}

describe('HintStore on power loss', () => {
  const cases: [string, (tail: Uint8Array) => Uint8Array, number[], number][] = [
    ['a prefix of the unsynced write', (tail) => tail.subarray(0, 37), range(0, 5), 1],
    ['garbage', (tail) => tail.map((_, i) => (i * 151 + 7) & 0xff), range(0, 5), 1],
    // Hints whose fdatasync failed may still be replayed (at-least-once).
    ['the whole unsynced write', (tail) => tail, range(0, 10), 0],
  ];
  for (const [name, keep, expected, issueCount] of cases) {
    it(`keeps every acknowledged hint and delivers no garbage when the disk kept ${name}`, async () => {
      const disk = new FaultInjectingFileSystem();
      const store = await HintStore.open({ dir: DIR, fs: disk, clock });
      for (const i of range(0, 5)) await store.append('node-a', payload(i));
      let after: FaultInjectingFileSystem | undefined;
      disk.beforeOp = (op) => {
        if (op === 'datasync' && after === undefined) after = disk.crash({ tornTail: (_path, tail) => keep(tail) });
      };
      const unacknowledged = await Promise.allSettled(range(5, 10).map((i) => store.append('node-a', payload(i))));
      for (const r of unacknowledged) expect(r.status === 'rejected' && r.reason instanceof HintWriteFailedError).toBe(true);

      const issues: HintFileIssue[] = [];
      const restarted = await HintStore.open({ dir: DIR, fs: after as FaultInjectingFileSystem, clock, onIssue: (i) => issues.push(i) });
      expect(issues.map((i) => i.action)).toEqual(Array(issueCount).fill('truncated'));
      expect(await replayAll(restarted, 'node-a')).toEqual(expected);
      await restarted.close();
    });
  }

  it('keeps acknowledged hints when the crash hits segment creation', async () => {
    const disk = new FaultInjectingFileSystem();
    const store = await HintStore.open({ dir: DIR, fs: disk, clock, segmentBytesMax: 256 });
    for (const i of range(0, 6)) await store.append('node-a', payload(i)); // 40-byte entries: 5 in the first segment
    let after: FaultInjectingFileSystem | undefined;
    disk.beforeOp = (op) => {
      if (op === 'syncDir' && after === undefined) after = disk.crash({ tornTail: (_path, tail) => tail.subarray(0, 11) });
    };
    await store.append('node-a', payload(6)); // segment 2 has room for 7, 8, 9; 10 and 11 need segment 3
    const results = await Promise.allSettled(range(7, 12).map((i) => store.append('node-a', payload(i))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected']);
    const restarted = await HintStore.open({ dir: DIR, fs: after as FaultInjectingFileSystem, clock });
    expect(await replayAll(restarted, 'node-a')).toEqual(range(0, 10));
    await restarted.close();
  });

  it('loses no hint and redelivers at most a checkpoint interval, wherever a replay crashes', async () => {
    const n = 2 * HINT_CHECKPOINT_INTERVAL_HINTS + 50;
    for (let crashAt = 1; ; crashAt++) {
      const disk = new FaultInjectingFileSystem();
      const store = await HintStore.open({ dir: DIR, fs: disk, clock, segmentBytesMax: 8192 }); // 204 hints a segment
      for (let i = 0; i < n; i += 50) await Promise.all(range(i, Math.min(n, i + 50)).map((k) => store.append('node-a', payload(k))));
      let ops = 0;
      let after: FaultInjectingFileSystem | undefined;
      let crashedOn: FaultOp | undefined;
      disk.beforeOp = (op) => {
        if (++ops === crashAt) {
          crashedOn = op;
          after = disk.crash();
        }
      };
      const before: number[] = [];
      const result = await store.replay('node-a', async (p) => void before.push(indexOf(p)));
      if (after === undefined) {
        expect(result.outcome).toBe('drained'); // the replay took fewer operations: every crash point was tried
        expect(crashAt).toBeGreaterThan(10);
        break;
      }
      const context = `crash at operation ${crashAt} (${crashedOn}) after ${before.length} deliveries`;
      expect(result.outcome, context).toBe('storeFailed');
      const restarted = await HintStore.open({ dir: DIR, fs: after, clock });
      const seen = await replayAll(restarted, 'node-a');
      expect(before, context).toEqual(range(0, before.length));
      const resumeAt = n - seen.length;
      expect(seen, context).toEqual(range(resumeAt, n));
      expect(resumeAt, context).toBeLessThanOrEqual(before.length);
      expect(before.length - resumeAt, context).toBeLessThanOrEqual(HINT_CHECKPOINT_INTERVAL_HINTS);
      await restarted.close();
    }
  });

  it('a failed fdatasync fails that batch only; later appends go to a new segment', async () => {
    const disk = new FaultInjectingFileSystem();
    const store = await HintStore.open({ dir: DIR, fs: disk, clock });
    await store.append('node-a', payload(0));
    disk.failNext('datasync');
    await expect(store.append('node-a', payload(1))).rejects.toThrow(HintWriteFailedError);
    await store.append('node-a', payload(2));
    expect(store.stats().segmentsCreated).toBe(2);
    expect(store.pendingCount('node-a')).toBe(2);
    expect(await replayAll(store, 'node-a')).toEqual([0, 2]);
    await store.close();
  });
});

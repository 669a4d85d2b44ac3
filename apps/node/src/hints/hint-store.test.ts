import { mkdtemp, open, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HintReplayInProgressError,
  HintStoreClosedError,
  HintStoreFullError,
  HintTooLargeError,
  InvalidHintTargetError,
  UnsupportedHintFormatError,
} from './errors.js';
import { ENTRY_HEADER_BYTES, SEGMENT_HEADER_BYTES, checkpointFileName, crc32, encodeSegmentHeader, segmentFileName } from './format.js';
import { HintStore } from './hint-store.js';
import { DEFAULT_MAX_HINT_WINDOW_MS, HINT_CHECKPOINT_INTERVAL_HINTS } from './options.js';
import type { HintStoreOptions } from './options.js';
import type { HintFileIssue } from './recovery.js';

const T0 = 1_700_000_000_000;
let dir: string;
const stores: HintStore[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cassia-hints-'));
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
});

class TestClock {
  constructor(public ms = T0) {}
  nowMs(): number {
    return this.ms;
  }
}

async function openStore(options: Partial<HintStoreOptions> = {}): Promise<HintStore> {
  const store = await HintStore.open({ dir, clock: new TestClock(), ...options });
  stores.push(store);
  return store;
}

async function reopen(store: HintStore, options: Partial<HintStoreOptions> = {}): Promise<HintStore> {
  await store.close();
  return openStore(options);
}

/** Payload `i` of a test: its index in the first bytes, then `extraBytes` filler. */
const payload = (i: number, extraBytes = 0): Uint8Array => {
  const p = new Uint8Array(4 + extraBytes).fill(0xab);
  new DataView(p.buffer).setUint32(0, i, true);
  return p;
};
const indexOf = (p: Uint8Array): number => new DataView(p.buffer, p.byteOffset).getUint32(0, true);

/** Replays `target`, collecting payload indexes; `failAt` makes that index's delivery throw. */
async function collect(store: HintStore, target: string, failAt?: number) {
  const seen: number[] = [];
  const result = await store.replay(target, async (p) => {
    const i = indexOf(p);
    if (i === failAt) throw new Error(`target refused hint ${i}`);
    seen.push(i);
  });
  return { seen, result };
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);
const hintFiles = async (): Promise<string[]> => (await readdir(dir)).filter((n) => n.endsWith('.hints')).sort();

describe('HintStore', () => {
  it('replays a target\'s hints in append order, then deletes its files', async () => {
    const store = await openStore();
    for (const i of range(0, 10)) await store.append('node-a', payload(i));
    expect(store.targets()).toEqual(['node-a']);
    expect(store.pendingCount('node-a')).toBe(10);
    expect(store.pendingBytes()).toBe(10 * (ENTRY_HEADER_BYTES + 4));

    const { seen, result } = await collect(store, 'node-a');
    expect(seen).toEqual(range(0, 10));
    expect(result).toEqual({ delivered: 10, dropped: 0, corrupt: 0, remaining: 0, outcome: 'drained' });
    expect(store.targets()).toEqual([]);
    expect(store.pendingBytes()).toBe(0);
    expect(await readdir(dir)).toEqual([]);
    expect(store.stats().diskBytes).toBe(0);
  });

  it('keeps hints across close and open, with their createdAtMs', async () => {
    let store = await openStore();
    await store.append('node-a', payload(1), T0 - 5);
    await store.append('node-b', payload(2), T0 - 6);
    await store.append('node-a', payload(3), T0 - 7);
    store = await reopen(store);
    expect(store.recoveryIssues).toEqual([]);
    expect(store.targets()).toEqual(['node-a', 'node-b']);
    expect(store.pendingCount()).toBe(3);
    const got: [number, number][] = [];
    await store.replay('node-a', async (p, createdAtMs) => void got.push([indexOf(p), createdAtMs]));
    expect(got).toEqual([
      [1, T0 - 5],
      [3, T0 - 7],
    ]);
    // New segments after a restart never reuse a seq.
    await store.append('node-a', payload(4));
    store = await reopen(store);
    expect((await collect(store, 'node-a')).seen).toEqual([4]);
    expect((await collect(store, 'node-b')).seen).toEqual([2]);
  });

  it('drops hints older than the hint window instead of delivering them', async () => {
    const clock = new TestClock();
    const store = await openStore({ clock, maxHintWindowMs: 1000 });
    await store.append('node-a', payload(0), T0 - 5000); // already expired
    await store.append('node-a', payload(1), T0 - 10);
    await store.append('node-a', payload(2)); // createdAtMs defaults to the clock: T0
    clock.ms = T0 + 995; // hint 1 is now 1005 ms old, hint 2 995 ms
    const { seen, result } = await collect(store, 'node-a');
    expect(seen).toEqual([2]);
    expect(result).toMatchObject({ delivered: 1, dropped: 2, remaining: 0, outcome: 'drained' });
    expect(DEFAULT_MAX_HINT_WINDOW_MS).toBe(3 * 60 * 60 * 1000);
  });

  it('stops at the first failed delivery; that hint and the rest stay pending, durably', async () => {
    let store = await openStore();
    for (const i of range(0, 10)) await store.append('node-a', payload(i));
    const first = await collect(store, 'node-a', 4);
    expect(first.seen).toEqual([0, 1, 2, 3]);
    expect(first.result).toMatchObject({ delivered: 4, remaining: 6, outcome: 'deliveryFailed' });
    expect((first.result.error as Error).message).toBe('target refused hint 4');
    expect(store.pendingCount('node-a')).toBe(6);

    // Progress was made durable when the replay stopped: a restart resumes at hint 4.
    store = await reopen(store);
    expect(store.pendingCount('node-a')).toBe(6);
    const second = await collect(store, 'node-a', 7);
    expect(second.seen).toEqual([4, 5, 6]);
    const third = await collect(store, 'node-a');
    expect(third.seen).toEqual([7, 8, 9]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('rolls to a new segment at segmentBytesMax and deletes each segment once replayed', async () => {
    const store = await openStore({ segmentBytesMax: 256 });
    // 16 + 4 + 40 = 60 bytes an entry: 3 per 256-byte segment (20-byte header).
    for (const i of range(0, 10)) await store.append('node-a', payload(i, 40));
    const files = await hintFiles();
    expect(files).toHaveLength(4);
    for (const f of files) expect((await stat(join(dir, f))).size).toBeLessThanOrEqual(256);
    const { seen } = await collect(store, 'node-a', 7);
    expect(seen).toEqual(range(0, 7));
    expect(await hintFiles()).toEqual(files.slice(2)); // hints 6..8 and 9 remain
    expect((await collect(store, 'node-a')).seen).toEqual([7, 8, 9]);
    expect(await hintFiles()).toEqual([]);
  });

  it('refuses a payload that cannot fit in a segment', async () => {
    const store = await openStore({ segmentBytesMax: 256 });
    await expect(store.append('node-a', new Uint8Array(256 - SEGMENT_HEADER_BYTES - ENTRY_HEADER_BYTES + 1))).rejects.toThrow(HintTooLargeError);
    await store.append('node-a', new Uint8Array(256 - SEGMENT_HEADER_BYTES - ENTRY_HEADER_BYTES));
    expect((await stat(join(dir, (await hintFiles())[0] as string))).size).toBe(256);
  });

  it('cuts a torn tail (a truncated file), reports it and delivers only whole hints', async () => {
    let store = await openStore();
    for (const i of range(0, 5)) await store.append('node-a', payload(i, 10));
    await store.close();
    const file = join(dir, (await hintFiles())[0] as string);
    const size = (await stat(file)).size;
    await truncate(file, size - 3);

    const reported: HintFileIssue[] = [];
    store = await openStore({ onIssue: (issue) => reported.push(issue) });
    const entryBytes = ENTRY_HEADER_BYTES + 14;
    const expected = { file, offset: size - entryBytes, droppedBytes: entryBytes - 3, reason: expect.stringMatching(/truncated entry/), action: 'truncated' };
    expect(store.recoveryIssues).toEqual([expected]);
    expect(reported).toEqual([expected]);
    expect(store.stats().issues).toBe(1);
    expect((await stat(file)).size).toBe(size - entryBytes);
    expect(store.pendingCount('node-a')).toBe(4);
    expect((await collect(store, 'node-a')).seen).toEqual([0, 1, 2, 3]);
  });

  it('cuts at a flipped byte: the damaged hint and everything after it in the file are never delivered', async () => {
    let store = await openStore();
    for (const i of range(0, 6)) await store.append('node-a', payload(i, 10));
    await store.close();
    const file = join(dir, (await hintFiles())[0] as string);
    const entryBytes = ENTRY_HEADER_BYTES + 14;
    const damagedAt = SEGMENT_HEADER_BYTES + 3 * entryBytes; // hint 3
    await flipByte(file, damagedAt + ENTRY_HEADER_BYTES + 7);

    store = await openStore();
    expect(store.recoveryIssues).toEqual([{ file, offset: damagedAt, droppedBytes: 3 * entryBytes, reason: 'entry checksum mismatch', action: 'truncated' }]);
    expect(store.pendingCount('node-a')).toBe(3);
    expect((await collect(store, 'node-a')).seen).toEqual([0, 1, 2]);
  });

  it('deletes a segment whose header is torn, and ignores a damaged checkpoint', async () => {
    let store = await openStore();
    for (const i of range(0, 4)) await store.append('node-a', payload(i));
    await collect(store, 'node-a', 2); // checkpoint after hint 1
    await store.close();
    const torn = join(dir, segmentFileName('node-a', 99));
    await writeFile(torn, encodeSegmentHeader(99).subarray(0, 11));
    await flipByte(join(dir, checkpointFileName('node-a')), 20);

    store = await openStore();
    expect(store.recoveryIssues.map((i) => [i.file, i.action])).toEqual([
      [join(dir, checkpointFileName('node-a')), 'ignored'],
      [torn, 'deleted'],
    ]);
    // Without a trusted checkpoint, replay starts over: at-least-once.
    expect((await collect(store, 'node-a')).seen).toEqual([0, 1, 2, 3]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('skips the rest of a segment damaged after open, counting the hints lost', async () => {
    const reported: HintFileIssue[] = [];
    const store = await openStore({ onIssue: (issue) => reported.push(issue) });
    for (const i of range(0, 5)) await store.append('node-a', payload(i));
    const file = join(dir, (await hintFiles())[0] as string);
    await flipByte(file, SEGMENT_HEADER_BYTES + 2 * (ENTRY_HEADER_BYTES + 4) + 9); // hint 2's createdAtMs
    const { seen, result } = await collect(store, 'node-a');
    expect(seen).toEqual([0, 1]);
    expect(result).toMatchObject({ delivered: 2, corrupt: 3, remaining: 0, outcome: 'drained' });
    expect(reported).toEqual([expect.objectContaining({ file, droppedHints: 3, action: 'skipped' })]);
    expect(await hintFiles()).toEqual([]);
  });

  it('keeps many targets apart, with few segments open at once', async () => {
    let store = await openStore({ writersOpenMax: 3, segmentBytesMax: 512 });
    const targets = range(0, 12).map((t) => `host-${t}`);
    await Promise.all(targets.flatMap((t) => range(0, 20).map((i) => store.append(t, payload(i, 8)))));
    expect(store.stats().writersOpen).toBeLessThanOrEqual(3);
    expect(store.targets()).toEqual([...targets].sort());
    expect(store.pendingCount()).toBe(240);
    await collect(store, 'host-3');
    store = await reopen(store, { writersOpenMax: 3, segmentBytesMax: 512 });
    expect(store.pendingCount()).toBe(220);
    for (const t of targets.filter((t) => t !== 'host-3')) expect((await collect(store, t)).seen).toEqual(range(0, 20));
    expect(store.stats()).toMatchObject({ pendingHints: 0, diskBytes: 0, writersOpen: 0 });
    expect(await readdir(dir)).toEqual([]);
  });

  it('group-commits concurrent appends: one fdatasync for many hints', async () => {
    const store = await openStore();
    await Promise.all(range(0, 100).map((i) => store.append('node-a', payload(i))));
    // One sync for the new segment's header, one for all 100 entries.
    expect(store.stats().syncCount).toBe(2);
    for (const i of range(100, 105)) await store.append('node-a', payload(i));
    expect(store.stats().syncCount).toBe(7);
    expect((await collect(store, 'node-a')).seen).toEqual(range(0, 105));
  });

  it('refuses appends past totalBytesMax with HintStoreFullError, and takes them again once replayed', async () => {
    const entryBytes = ENTRY_HEADER_BYTES + 4;
    const store = await openStore({ totalBytesMax: SEGMENT_HEADER_BYTES + 3 * entryBytes });
    const results = await Promise.allSettled(range(0, 5).map((i) => store.append('node-a', payload(i))));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected']);
    expect((results[3] as PromiseRejectedResult).reason).toBeInstanceOf(HintStoreFullError);
    expect(store.stats().diskBytes).toBe(SEGMENT_HEADER_BYTES + 3 * entryBytes);
    await expect(store.append('node-a', payload(3))).rejects.toThrow(HintStoreFullError);
    expect(store.stats().refusedFull).toBe(3);
    expect((await collect(store, 'node-a')).seen).toEqual([0, 1, 2]);
    await store.append('node-a', payload(3));
  });

  it('takes appends for a target during its replay; they wait for the next replay', async () => {
    const store = await openStore();
    for (const i of range(0, 5)) await store.append('node-a', payload(i));
    const seen: number[] = [];
    const result = await store.replay('node-a', async (p) => {
      const i = indexOf(p);
      seen.push(i);
      await store.append('node-a', payload(100 + i));
    });
    expect(seen).toEqual(range(0, 5));
    expect(result).toMatchObject({ delivered: 5, remaining: 5, outcome: 'drained' });
    expect((await collect(store, 'node-a')).seen).toEqual(range(100, 105));
  });

  it('stops a replay when its signal aborts, keeping the rest', async () => {
    const store = await openStore();
    for (const i of range(0, 6)) await store.append('node-a', payload(i));
    const abort = new AbortController();
    const result = await store.replay(
      'node-a',
      async (p) => {
        if (indexOf(p) === 2) abort.abort();
      },
      { signal: abort.signal },
    );
    expect(result).toMatchObject({ delivered: 3, remaining: 3, outcome: 'aborted' });
    expect((await collect(store, 'node-a')).seen).toEqual([3, 4, 5]);
  });

  it('makes replay progress durable every HINT_CHECKPOINT_INTERVAL_HINTS hints', async () => {
    let store = await openStore();
    const n = HINT_CHECKPOINT_INTERVAL_HINTS + 10;
    await Promise.all(range(0, n).map((i) => store.append('node-a', payload(i))));
    let delivered = 0;
    // The process dies mid-replay: this store is abandoned, never closed, so the replay writes
    // no final checkpoint.
    void store.replay('node-a', async () => {
      if (++delivered === HINT_CHECKPOINT_INTERVAL_HINTS + 5) await new Promise(() => undefined);
    });
    await vi.waitFor(() => expect(delivered).toBe(HINT_CHECKPOINT_INTERVAL_HINTS + 5));
    stores.splice(stores.indexOf(store), 1);
    store = await openStore();
    // Hints past the last checkpoint are delivered again (at-least-once); none is lost.
    expect((await collect(store, 'node-a')).seen).toEqual(range(HINT_CHECKPOINT_INTERVAL_HINTS, n));
  });

  it('rejects bad host ids, concurrent replays of one target, and use after close', async () => {
    const store = await openStore();
    await expect(store.append('../etc', payload(0))).rejects.toThrow(InvalidHintTargetError);
    await expect(store.replay('a.b', async () => undefined)).rejects.toThrow(InvalidHintTargetError);
    await store.append('node-a', payload(0));
    let release: (() => void) | undefined;
    const first = store.replay('node-a', () => new Promise<void>((resolve) => (release = resolve)));
    await vi.waitFor(() => expect(release).toBeDefined());
    await expect(store.replay('node-a', async () => undefined)).rejects.toThrow(HintReplayInProgressError);
    const closing = store.close();
    await expect(store.append('node-a', payload(1))).rejects.toThrow(HintStoreClosedError);
    release?.();
    expect(await first).toMatchObject({ delivered: 1, outcome: 'drained' });
    await closing;
    await expect(store.replay('node-a', async () => undefined)).rejects.toThrow(HintStoreClosedError);
  });

  it('refuses to open files of an unknown format version, leaving them alone', async () => {
    const header = encodeSegmentHeader(1);
    new DataView(header.buffer).setUint16(4, 2, true);
    new DataView(header.buffer).setUint32(16, crc32(header.subarray(0, 16)), true);
    const file = join(dir, segmentFileName('node-a', 1));
    await writeFile(file, header);
    await expect(HintStore.open({ dir })).rejects.toThrow(UnsupportedHintFormatError);
    expect((await stat(file)).size).toBe(SEGMENT_HEADER_BYTES);
  });
});

async function flipByte(file: string, offset: number): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    const byte = Buffer.alloc(1);
    await handle.read(byte, 0, 1, offset);
    byte[0] = (byte[0] as number) ^ 0x40;
    await handle.write(byte, 0, 1, offset);
  } finally {
    await handle.close();
  }
}

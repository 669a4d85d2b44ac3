/**
 * The hint store's options, their defaults and limits (each with its unit). Format limits that
 * are embedded in the files live in format.ts.
 */
import assert from 'node:assert/strict';
import type { FileSystem } from '@cassia/lsm';
import { ENTRY_PAYLOAD_BYTES_FORMAT_MAX } from './format.js';
import type { HintFileIssue } from './recovery.js';

/** Cassandra's max_hint_window: hints older than this are dropped instead of replayed. */
export const DEFAULT_MAX_HINT_WINDOW_MS = 3 * 60 * 60 * 1000;
/** Size at which a target's segment is closed and a new one started. */
export const DEFAULT_HINT_SEGMENT_BYTES_MAX = 32 * 1024 * 1024;
/** Smallest accepted `segmentBytesMax` (tests use small segments to exercise rolling). */
export const HINT_SEGMENT_BYTES_MIN = 256;
/** Largest accepted `segmentBytesMax`. */
export const HINT_SEGMENT_BYTES_LIMIT = ENTRY_PAYLOAD_BYTES_FORMAT_MAX;
/** Default bound on the bytes of all hint files (headers, framing, payloads) plus appends in flight. */
export const DEFAULT_HINT_TOTAL_BYTES_MAX = 1024 * 1024 * 1024;
/** Default soft bound on segments open for appending (one file handle each). */
export const DEFAULT_HINT_WRITERS_OPEN_MAX = 64;
/** Largest single write(2) a flush issues; a larger batch is several writes before one fdatasync. */
export const HINT_WRITE_BYTES_MAX = 1024 * 1024;
/** Read-ahead when streaming a segment (recovery and replay). */
export const HINT_READ_CHUNK_BYTES = 64 * 1024;
/** Replay makes its progress durable at least every this many hints (the redelivery bound after a crash). */
export const HINT_CHECKPOINT_INTERVAL_HINTS = 128;

export interface HintClock {
  /** Wall-clock milliseconds since the epoch. */
  nowMs(): number;
}

export const systemHintClock: HintClock = { nowMs: () => Date.now() };

export interface HintStoreOptions {
  /** Directory of the hint files (created if missing); the store owns every `*.hints`, `*.checkpoint` file in it. */
  dir: string;
  /** Default: the real filesystem. */
  fs?: FileSystem;
  /** Default: `Date.now()`. Used for hint expiry and as the default createdAtMs. */
  clock?: HintClock;
  /** Default DEFAULT_MAX_HINT_WINDOW_MS. */
  maxHintWindowMs?: number;
  /** Default DEFAULT_HINT_SEGMENT_BYTES_MAX; HINT_SEGMENT_BYTES_MIN..HINT_SEGMENT_BYTES_LIMIT. */
  segmentBytesMax?: number;
  /** Default DEFAULT_HINT_TOTAL_BYTES_MAX. Appends beyond it fail with HintStoreFullError. */
  totalBytesMax?: number;
  /** Default DEFAULT_HINT_WRITERS_OPEN_MAX. */
  writersOpenMax?: number;
  /** Called for each damaged file found by `open` or `replay` (also counted in `stats().issues`). */
  onIssue?: (issue: HintFileIssue) => void;
}

export function checkOptions(o: HintStoreOptions): void {
  assert(typeof o.dir === 'string' && o.dir.length > 0, 'dir is required');
  const positive = (name: string, v: number | undefined) => assert(v === undefined || (Number.isSafeInteger(v) && v > 0), `${name} must be a positive integer, got ${v}`);
  positive('maxHintWindowMs', o.maxHintWindowMs);
  positive('totalBytesMax', o.totalBytesMax);
  positive('writersOpenMax', o.writersOpenMax);
  const s = o.segmentBytesMax;
  assert(
    s === undefined || (Number.isSafeInteger(s) && s >= HINT_SEGMENT_BYTES_MIN && s <= HINT_SEGMENT_BYTES_LIMIT),
    `segmentBytesMax must be ${HINT_SEGMENT_BYTES_MIN}..${HINT_SEGMENT_BYTES_LIMIT}, got ${s}`,
  );
}

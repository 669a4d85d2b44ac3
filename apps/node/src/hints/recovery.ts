/**
 * Opening a hint directory: finds every target's segments and checkpoint, checks every entry, cuts
 * what is damaged and says so. Damage is never thrown and never replayed:
 * - a segment whose header is bad (torn creation, bad media, wrong seq) is deleted;
 * - a segment is cut (truncated, fdatasync'd) at its first bad entry — a torn tail after a crash
 *   or bad media; any hints after it in that file are lost (hints are best effort: repair covers them);
 * - a checkpoint that is damaged, or that does not point at an entry boundary of its segment, is
 *   deleted and replay of that target starts over (at-least-once; mutations are idempotent);
 * - a checkpoint whose segment is gone (all delivered) is deleted; a segment whose every hint the
 *   checkpoint says was delivered is deleted; leftover `.checkpoint.tmp` files are deleted.
 * A file of an unknown format version is not touched: the open fails (UnsupportedHintFormatError).
 */
import { dirname, join } from 'node:path';
import { isFsErrorCode } from '@cassia/lsm';
import type { FileSystem } from '@cassia/lsm';
import { UnsupportedHintFormatError } from './errors.js';
import {
  CHECKPOINT_BYTES,
  HINTS_READABLE_VERSIONS,
  SEGMENT_HEADER_BYTES,
  checkpointFileName,
  decodeCheckpoint,
  decodeSegmentHeader,
  parseHintFileName,
  segmentFileName,
} from './format.js';
import type { Checkpoint } from './format.js';
import { SegmentReader } from './segment-reader.js';

/** Damage found in a hint file, and what was done about it. */
export interface HintFileIssue {
  /** Path of the file. */
  readonly file: string;
  /** Where the damage starts (0 for a whole file or a header). */
  readonly offset: number;
  /** Bytes removed (or skipped) from `offset` on. */
  readonly droppedBytes: number;
  /** Hints known to be lost; absent when the damaged bytes cannot be counted (recovery). */
  readonly droppedHints?: number;
  readonly reason: string;
  /**
   * `truncated`: the file was cut at `offset`. `deleted`: the whole file was removed.
   * `ignored`: a checkpoint was not trusted, so replay of its target starts over.
   * `skipped`: replay found a segment damaged since it was opened and skipped the rest of it.
   */
  readonly action: 'truncated' | 'deleted' | 'ignored' | 'skipped';
}

export interface RecoveredSegment {
  readonly seq: number;
  readonly path: string;
  /** Valid end of the file (it was cut to this length if needed). */
  readonly end: number;
  /** Offset of the first hint not yet replayed. */
  readonly replayFrom: number;
  readonly pendingHints: number;
}

export interface RecoveredTarget {
  readonly hostId: string;
  /** Ascending seq, every one holding at least one pending hint. */
  readonly segments: readonly RecoveredSegment[];
  /** The durable checkpoint, if it points into one of `segments`. */
  readonly checkpoint: Checkpoint | undefined;
  /** Smallest seq a new segment may take (above every seq seen, checkpoint included). */
  readonly nextSeq: number;
}

export async function recoverHintFiles(fs: FileSystem, dir: string, readChunkBytes: number, report: (issue: HintFileIssue) => void): Promise<RecoveredTarget[]> {
  const hosts = new Map<string, { seqs: number[]; checkpoint: boolean }>();
  let dirChanged = false;
  const unlink = async (path: string) => {
    await fs.unlink(path);
    dirChanged = true;
  };
  for (const name of await fs.readdir(dir)) {
    const parsed = parseHintFileName(name);
    if (parsed === undefined) continue;
    if (parsed.kind === 'checkpointTmp') {
      await unlink(join(dir, name)); // a checkpoint write that never got renamed into place
      continue;
    }
    const host = hosts.get(parsed.hostId) ?? { seqs: [], checkpoint: false };
    hosts.set(parsed.hostId, host);
    if (parsed.kind === 'segment') host.seqs.push(parsed.seq);
    else host.checkpoint = true;
  }

  const targets: RecoveredTarget[] = [];
  for (const hostId of [...hosts.keys()].sort()) {
    const files = hosts.get(hostId) as { seqs: number[]; checkpoint: boolean };
    const checkpointPath = join(dir, checkpointFileName(hostId));
    let checkpoint = files.checkpoint ? await readCheckpoint(fs, checkpointPath) : undefined;
    if (typeof checkpoint === 'string') {
      report({ file: checkpointPath, offset: 0, droppedBytes: 0, reason: checkpoint, action: 'ignored' });
      await unlink(checkpointPath);
      checkpoint = undefined;
    }
    let seqMax = checkpoint?.seq ?? 0;
    const segments: RecoveredSegment[] = [];
    for (const seq of files.seqs.sort((a, b) => a - b)) {
      seqMax = Math.max(seqMax, seq);
      const path = join(dir, segmentFileName(hostId, seq));
      const mark = checkpoint?.seq === seq ? checkpoint.offset : undefined;
      const scan = await scanSegmentFile(fs, path, seq, readChunkBytes, mark);
      if (scan.kind === 'badHeader') {
        report({ file: path, offset: 0, droppedBytes: scan.fileBytes, reason: scan.reason, action: 'deleted' });
        await unlink(path);
        continue;
      }
      if (scan.cut !== undefined) report({ file: path, ...scan.cut, action: 'truncated' });
      let replayFrom = SEGMENT_HEADER_BYTES;
      let pendingHints = scan.entries;
      if (mark !== undefined) {
        if (scan.entriesBeforeMark === undefined) {
          report({ file: checkpointPath, offset: 0, droppedBytes: 0, reason: `checkpoint offset ${mark} is not an entry boundary of ${path}`, action: 'ignored' });
        } else {
          replayFrom = mark;
          pendingHints = scan.entries - scan.entriesBeforeMark;
        }
      }
      if (pendingHints === 0) {
        await unlink(path); // empty, or every hint in it was replayed before the crash
        continue;
      }
      segments.push({ seq, path, end: scan.end, replayFrom, pendingHints });
    }
    const cp = checkpoint;
    if (cp !== undefined && !segments.some((s) => s.seq === cp.seq && s.replayFrom === cp.offset)) {
      await unlink(checkpointPath); // stale: its segment is gone, or it was not trusted
      checkpoint = undefined;
    }
    if (segments.length > 0) targets.push({ hostId, segments, checkpoint, nextSeq: seqMax + 1 });
  }
  if (dirChanged) await fs.syncDir(dir);
  return targets;
}

async function readCheckpoint(fs: FileSystem, path: string): Promise<Checkpoint | string> {
  const handle = await fs.open(path, 'read');
  try {
    const decoded = decodeCheckpoint(await handle.read(CHECKPOINT_BYTES + 1, 0));
    if (typeof decoded !== 'string' && !HINTS_READABLE_VERSIONS.includes(decoded.formatVersion)) {
      throw new UnsupportedHintFormatError(path, decoded.formatVersion);
    }
    return decoded;
  } finally {
    await handle.close();
  }
}

type SegmentScan =
  | { readonly kind: 'badHeader'; readonly reason: string; readonly fileBytes: number }
  | {
      readonly kind: 'ok';
      readonly end: number;
      readonly entries: number;
      /** Entries before `mark`, if `mark` is an entry boundary (or the valid end); else undefined. */
      readonly entriesBeforeMark: number | undefined;
      readonly cut?: { readonly offset: number; readonly droppedBytes: number; readonly reason: string };
    };

/** Checks a whole segment file, cutting it at its first bad entry (truncate + fdatasync). */
async function scanSegmentFile(fs: FileSystem, path: string, seq: number, readChunkBytes: number, mark: number | undefined): Promise<SegmentScan> {
  const handle = await fs.open(path, 'readWrite');
  try {
    const fileBytes = await handle.size();
    const header = decodeSegmentHeader(await handle.read(SEGMENT_HEADER_BYTES, 0));
    if (typeof header === 'string') return { kind: 'badHeader', reason: header, fileBytes };
    if (!HINTS_READABLE_VERSIONS.includes(header.formatVersion)) throw new UnsupportedHintFormatError(path, header.formatVersion);
    if (header.seq !== seq) return { kind: 'badHeader', reason: `header seq ${header.seq} does not match the file name`, fileBytes };
    const reader = new SegmentReader(handle, SEGMENT_HEADER_BYTES, fileBytes, readChunkBytes);
    let entries = 0;
    let end = SEGMENT_HEADER_BYTES;
    let entriesBeforeMark = mark === SEGMENT_HEADER_BYTES ? 0 : undefined;
    while (true) {
      const step = await reader.next();
      if (step.kind === 'end') return { kind: 'ok', end, entries, entriesBeforeMark };
      if (step.kind === 'bad') {
        await handle.truncate(step.offset);
        await handle.datasync();
        const cut = { offset: step.offset, droppedBytes: fileBytes - step.offset, reason: step.reason };
        return { kind: 'ok', end, entries, entriesBeforeMark, cut };
      }
      entries++;
      end = step.end;
      if (step.end === mark) entriesBeforeMark = entries;
    }
  } finally {
    await handle.close();
  }
}

/** mkdir -p, then fsync the parent of every directory it created, so they survive a crash. */
export async function makeDirDurable(fs: FileSystem, dir: string): Promise<void> {
  const created: string[] = [];
  for (let d = dir; !(await dirExists(fs, d)) && dirname(d) !== d; d = dirname(d)) created.push(d);
  if (created.length === 0) return;
  await fs.mkdirp(dir);
  for (const d of created.reverse()) await fs.syncDir(dirname(d));
}

async function dirExists(fs: FileSystem, dir: string): Promise<boolean> {
  try {
    await fs.readdir(dir);
    return true;
  } catch (err) {
    if (isFsErrorCode(err, 'ENOENT')) return false;
    throw err;
  }
}

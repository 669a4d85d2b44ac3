/** Commit-log directory handling: listing segments, reading one, creating one durably. */
import { posix } from 'node:path';
import { CorruptionError } from '../errors.js';
import type { FileHandle, FileSystem } from '../fs.js';
import { COMMITLOG_SEGMENT_SIZE_BYTES_LIMIT } from '../limits.js';
import { SEGMENT_HEADER_BYTES, encodeSegmentHeader, parseSegmentFileName, segmentFileName } from './format.js';
import type { SegmentHeader } from './format.js';

export interface SegmentFile {
  readonly segmentId: number;
  readonly formatVersion: number;
  readonly path: string;
}

/** mkdir -p `dir`, then fsync every directory from the root down so the new entries are durable. */
export async function mkdirDurable(fs: FileSystem, dir: string): Promise<void> {
  await fs.mkdirp(dir);
  const abs = posix.resolve(dir);
  const parts = abs.split('/').filter((p) => p.length > 0);
  for (let i = 0; i <= parts.length; i++) await fs.syncDir('/' + parts.slice(0, i).join('/'));
}

/** The segments in `dir`, by ascending id. Other files are ignored. */
export async function listSegments(fs: FileSystem, dir: string): Promise<SegmentFile[]> {
  const out: SegmentFile[] = [];
  for (const name of await fs.readdir(dir)) {
    const parsed = parseSegmentFileName(name);
    if (parsed) out.push({ ...parsed, path: posix.join(dir, name) });
  }
  out.sort((a, b) => a.segmentId - b.segmentId);
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1] as SegmentFile;
    const cur = out[i] as SegmentFile;
    if (prev.segmentId === cur.segmentId) throw new CorruptionError(cur.path, 0, `segment id ${cur.segmentId} also used by ${prev.path}`);
  }
  return out;
}

/** The whole file (segments are bounded by COMMITLOG_SEGMENT_SIZE_BYTES_LIMIT). */
export async function readSegment(fs: FileSystem, path: string): Promise<Uint8Array> {
  const handle = await fs.open(path, 'read');
  try {
    const size = await handle.size();
    if (size > COMMITLOG_SEGMENT_SIZE_BYTES_LIMIT + SEGMENT_HEADER_BYTES) {
      throw new CorruptionError(path, 0, `segment of ${size} bytes exceeds the ${COMMITLOG_SEGMENT_SIZE_BYTES_LIMIT}-byte limit`);
    }
    return await handle.read(size, 0);
  } finally {
    await handle.close();
  }
}

/**
 * Creates a segment durably: exclusive create, header written and fdatasync'd, then the directory
 * fsync'd. Only after this does the segment take entries. Returns the open handle.
 */
export async function createSegment(fs: FileSystem, dir: string, header: SegmentHeader): Promise<{ path: string; handle: FileHandle }> {
  const path = posix.join(dir, segmentFileName(header.segmentId, header.formatVersion));
  const handle = await fs.open(path, 'createExclusive');
  try {
    await handle.write(encodeSegmentHeader(header), 0);
    await handle.datasync();
    await fs.syncDir(dir);
  } catch (err) {
    await handle.close().catch(() => undefined);
    throw err;
  }
  return { path, handle };
}

/** Cuts a torn tail off a segment (durably), or removes a segment whose header is torn. */
export async function repairTornSegment(fs: FileSystem, dir: string, path: string, validEnd: number): Promise<void> {
  if (validEnd === 0) {
    await fs.unlink(path);
    await fs.syncDir(dir);
    return;
  }
  const handle = await fs.open(path, 'readWrite');
  try {
    await handle.truncate(validEnd);
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/**
 * Scans the bytes of one segment file: validates the header and frames every entry. Pure (no I/O).
 *
 * What a damaged entry means depends on where it is:
 * - in any segment but the last one: corruption (a segment is fully synced before the next one
 *   takes writes, so no crash can leave a bad entry there) → CorruptionError;
 * - in the last segment: a torn tail (a write that never completed its fdatasync) → the scan stops
 *   there and reports it — unless more bytes follow the bad entry than one unsynced write can hold
 *   (`writeBytesMax` in the header, when the segment was written in group-commit mode), which
 *   proves the damage is in synced data → CorruptionError.
 * In a PREALLOCATED segment the writer extends the file with zeros ahead of its entries, so an
 * all-zero entry header followed only by zeros is the clean end of the entries; and a damaged
 * entry's trailing bytes are counted only up to the last non-zero byte (zeros prove nothing).
 * A bad header is a torn segment creation when it is the last segment and holds no more than a
 * header's worth of bytes (nothing is written after the header before it is synced); otherwise
 * corruption.
 */
import { CorruptionError, UnsupportedFormatError } from '../errors.js';
import {
  COMMITLOG_READABLE_VERSIONS,
  ENTRY_HEADER_BYTES,
  ENTRY_OVERHEAD_BYTES,
  ENTRY_PAYLOAD_BYTES_FORMAT_MAX,
  SEGMENT_FLAG_PREALLOCATED,
  SEGMENT_FLAG_SYNCED_WRITES,
  SEGMENT_HEADER_BYTES,
  decodeSegmentHeader,
  entryLengthCrc,
} from './format.js';
import type { SegmentHeader } from './format.js';
import { crc32 } from './crc.js';

export interface ScannedEntry {
  /** Offset of the entry's first byte in the file. */
  readonly offset: number;
  /** Offset just past the entry. */
  readonly end: number;
  /** A view into the scanned bytes. */
  readonly payload: Uint8Array;
}

export interface TornTail {
  readonly file: string;
  /** Where the damaged entry (or header, at 0) starts; the file is valid up to here. */
  readonly offset: number;
  /** Bytes from `offset` to end of file, dropped by replay. */
  readonly droppedBytes: number;
  readonly reason: string;
}

export interface SegmentScan {
  /** Undefined only for a torn header (the whole file is a torn tail). */
  readonly header: SegmentHeader | undefined;
  readonly entries: readonly ScannedEntry[];
  /** Offset just past the last valid entry. */
  readonly validEnd: number;
  readonly tornTail?: TornTail;
}

export interface SegmentIdentity {
  readonly file: string;
  readonly formatVersion: number;
  readonly segmentId: number;
}

export function scanSegment(bytes: Uint8Array, id: SegmentIdentity, isLast: boolean): SegmentScan {
  const { file } = id;
  const header = decodeSegmentHeader(bytes);
  if (typeof header === 'string') {
    if (isLast && bytes.length <= SEGMENT_HEADER_BYTES) {
      return { header: undefined, entries: [], validEnd: 0, tornTail: { file, offset: 0, droppedBytes: bytes.length, reason: header } };
    }
    throw new CorruptionError(file, 0, header);
  }
  if (!COMMITLOG_READABLE_VERSIONS.includes(header.formatVersion)) throw new UnsupportedFormatError(file, header.formatVersion);
  if (header.formatVersion !== id.formatVersion || header.segmentId !== id.segmentId) {
    throw new CorruptionError(file, 0, `header (version ${header.formatVersion}, id ${header.segmentId}) does not match the file name`);
  }
  const entries: ScannedEntry[] = [];
  const preallocated = (header.flags & SEGMENT_FLAG_PREALLOCATED) !== 0;
  // Where the written bytes end: in a preallocated segment, zeros past the last non-zero byte
  // were laid down ahead of the entries and never written over.
  const writtenEnd = preallocated ? nonZeroEnd(bytes) : bytes.length;
  let offset = SEGMENT_HEADER_BYTES;
  while (offset < bytes.length) {
    if (preallocated && offset >= writtenEnd) break; // the clean end: zeros only from here
    const entry = frameEntry(bytes, offset, header.segmentId);
    if (typeof entry === 'string') {
      const remaining = writtenEnd - offset;
      if (!isLast) throw new CorruptionError(file, offset, `${entry} in a segment that is not the last`);
      const synced = (header.flags & SEGMENT_FLAG_SYNCED_WRITES) !== 0;
      if (synced && remaining > header.writeBytesMax) {
        throw new CorruptionError(
          file,
          offset,
          `${entry}, followed by ${remaining} bytes: more than one unsynced write (${header.writeBytesMax} bytes max), so synced data is damaged`,
        );
      }
      return { header, entries, validEnd: offset, tornTail: { file, offset, droppedBytes: bytes.length - offset, reason: entry } };
    }
    entries.push(entry);
    offset = entry.end;
  }
  return { header, entries, validEnd: offset };
}

/** The offset just past the last non-zero byte (0 when every byte is zero). */
function nonZeroEnd(bytes: Uint8Array): number {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return end;
}

/** Frames the entry at `offset`, or says why it is invalid. */
function frameEntry(bytes: Uint8Array, offset: number, segmentId: number): ScannedEntry | string {
  if (bytes.length - offset < ENTRY_HEADER_BYTES) return 'truncated entry header';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(offset, true);
  if (view.getUint32(offset + 4, true) !== entryLengthCrc(segmentId, length)) return 'entry length checksum mismatch';
  if (length === 0 || length > ENTRY_PAYLOAD_BYTES_FORMAT_MAX) return `entry length ${length} out of range`;
  const end = offset + ENTRY_OVERHEAD_BYTES + length;
  if (end > bytes.length) return 'truncated entry payload';
  const payload = bytes.subarray(offset + ENTRY_HEADER_BYTES, offset + ENTRY_HEADER_BYTES + length);
  if (view.getUint32(end - 4, true) !== crc32(payload)) return 'entry payload checksum mismatch';
  return { offset, end, payload };
}

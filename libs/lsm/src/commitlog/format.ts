/**
 * Commit-log on-disk format constants, segment header and entry framing.
 * DO NOT CHANGE any value here: they are embedded in the on-disk data. A change of layout needs a
 * new `COMMITLOG_FORMAT_VERSION` and a reader for the old one. Described in doc/commitlog_format.md.
 *
 * Segment file `CommitLog-<formatVersion>-<segmentId>.log`:
 *   header (SEGMENT_HEADER_BYTES), then entries back to back until end of file (or, in a
 *   PREALLOCATED segment, until an all-zero entry header followed only by zeros).
 * Header (all little-endian):
 *   0  4  magic "CSCL"
 *   4  2  u16 format version
 *   6  2  u16 flags (bit 0: SYNCED_WRITES — every write was fdatasync'd before the next one;
 *                    bit 1: PREALLOCATED — zeros may follow the last entry, see scanSegment)
 *   8  8  u64 segment id
 *   16 4  u32 writeBytesMax — the largest single write to this segment (bounds a torn tail)
 *   20 4  u32 CRC-32 of bytes 0..20
 * Entry:
 *   0    4  u32 payload length n (1 ..= ENTRY_PAYLOAD_BYTES_FORMAT_MAX)
 *   4    4  u32 CRC-32 of (u64 segment id ‖ u32 n) — the id makes entries of another segment fail
 *   8    n  payload (see record-codec.ts)
 *   8+n  4  u32 CRC-32 of the payload
 */
import { crc32 } from './crc.js';

export const COMMITLOG_FORMAT_VERSION = 1;
/** Versions this code can read. */
export const COMMITLOG_READABLE_VERSIONS: readonly number[] = [1];
export const SEGMENT_MAGIC = new Uint8Array([0x43, 0x53, 0x43, 0x4c]); // "CSCL"
export const SEGMENT_HEADER_BYTES = 24;
export const SEGMENT_FLAG_SYNCED_WRITES = 0x1;
/** The writer extends the file with zeros ahead of its entries; replay ends at the zeros. */
export const SEGMENT_FLAG_PREALLOCATED = 0x2;
const SEGMENT_FLAGS_KNOWN = SEGMENT_FLAG_SYNCED_WRITES | SEGMENT_FLAG_PREALLOCATED;
/** Entry framing overhead: length, length CRC, payload CRC. */
export const ENTRY_OVERHEAD_BYTES = 12;
export const ENTRY_HEADER_BYTES = 8;
/** Hard cap on a payload length field, whatever the writer's configuration (1 GiB). */
export const ENTRY_PAYLOAD_BYTES_FORMAT_MAX = 1024 * 1024 * 1024;

const SEGMENT_FILE_PATTERN = /^CommitLog-(\d+)-(\d+)\.log$/;

export function segmentFileName(segmentId: number, formatVersion = COMMITLOG_FORMAT_VERSION): string {
  return `CommitLog-${formatVersion}-${segmentId}.log`;
}

/** Parses a segment file name; `undefined` for any other file. */
export function parseSegmentFileName(name: string): { formatVersion: number; segmentId: number } | undefined {
  const m = SEGMENT_FILE_PATTERN.exec(name);
  if (m === null) return undefined;
  const formatVersion = Number(m[1]);
  const segmentId = Number(m[2]);
  if (!Number.isSafeInteger(segmentId) || !Number.isSafeInteger(formatVersion)) return undefined;
  return { formatVersion, segmentId };
}

export interface SegmentHeader {
  readonly formatVersion: number;
  readonly flags: number;
  readonly segmentId: number;
  readonly writeBytesMax: number;
}

export function encodeSegmentHeader(h: SegmentHeader): Uint8Array {
  const out = new Uint8Array(SEGMENT_HEADER_BYTES);
  const view = new DataView(out.buffer);
  out.set(SEGMENT_MAGIC, 0);
  view.setUint16(4, h.formatVersion, true);
  view.setUint16(6, h.flags, true);
  view.setBigUint64(8, BigInt(h.segmentId), true);
  view.setUint32(16, h.writeBytesMax, true);
  view.setUint32(20, crc32(out.subarray(0, 20)), true);
  return out;
}

/** Decodes a header; a string says why it is invalid. */
export function decodeSegmentHeader(bytes: Uint8Array): SegmentHeader | string {
  if (bytes.length < SEGMENT_HEADER_BYTES) return `header truncated (${bytes.length} of ${SEGMENT_HEADER_BYTES} bytes)`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, SEGMENT_HEADER_BYTES);
  if (view.getUint32(20, true) !== crc32(bytes.subarray(0, 20))) return 'header checksum mismatch';
  for (let i = 0; i < SEGMENT_MAGIC.length; i++) if (bytes[i] !== SEGMENT_MAGIC[i]) return 'bad magic';
  const flags = view.getUint16(6, true);
  if ((flags & ~SEGMENT_FLAGS_KNOWN) !== 0) return `unknown header flags 0x${flags.toString(16)}`;
  const segmentId = view.getBigUint64(8, true);
  if (segmentId > BigInt(Number.MAX_SAFE_INTEGER)) return 'segment id out of range';
  return {
    formatVersion: view.getUint16(4, true),
    flags,
    segmentId: Number(segmentId),
    writeBytesMax: view.getUint32(16, true),
  };
}

/** CRC of an entry's length field, seeded with the segment id. */
export function entryLengthCrc(segmentId: number, payloadLength: number): number {
  const b = new Uint8Array(12);
  const view = new DataView(b.buffer);
  view.setBigUint64(0, BigInt(segmentId), true);
  view.setUint32(8, payloadLength, true);
  return crc32(b);
}

/** Writes one framed entry into `out` at `offset`; returns the offset after it. */
export function writeEntry(out: Uint8Array, offset: number, segmentId: number, payload: Uint8Array, payloadCrc: number): number {
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint32(offset, payload.length, true);
  view.setUint32(offset + 4, entryLengthCrc(segmentId, payload.length), true);
  out.set(payload, offset + ENTRY_HEADER_BYTES);
  view.setUint32(offset + ENTRY_HEADER_BYTES + payload.length, payloadCrc, true);
  return offset + ENTRY_OVERHEAD_BYTES + payload.length;
}

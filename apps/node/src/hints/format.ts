/**
 * Hint files: on-disk constants, file names, segment header, entry framing and the replay
 * checkpoint. DO NOT CHANGE any value here: they are embedded in the on-disk data. A layout change
 * needs a new `HINTS_FORMAT_VERSION` and a reader for the old one. Described in
 * ../../doc/hints_format.md. All integers are little-endian.
 *
 * Segment `<hostId>-<seq, 16 decimal digits>.hints`: header, then entries back to back.
 *   Header (SEGMENT_HEADER_BYTES):
 *     0  4  magic "CSHS"
 *     4  2  u16 format version
 *     6  2  u16 flags (none defined: must be 0)
 *     8  8  u64 seq (equals the seq in the file name)
 *     16 4  u32 CRC-32 of bytes 0..16
 *   Entry (ENTRY_HEADER_BYTES + n):
 *     0  4  u32 payload length n
 *     4  4  u32 CRC-32 of bytes 0..4 ‖ bytes 8..16+n (the entry without this field)
 *     8  8  u64 createdAtMs (ms since the epoch, < 2^53)
 *     16 n  payload
 * Checkpoint `<hostId>.checkpoint` (CHECKPOINT_BYTES):
 *     0  4  magic "CSHC"
 *     4  2  u16 format version
 *     6  2  u16 flags (must be 0)
 *     8  8  u64 seq of the segment replay is in
 *     16 8  u64 offset in that segment of the first hint not yet replayed (an entry boundary)
 *     24 4  u32 CRC-32 of bytes 0..24
 */
import { crc32 as zlibCrc32 } from 'node:zlib';

export const HINTS_FORMAT_VERSION = 1;
/** Versions this code reads. */
export const HINTS_READABLE_VERSIONS: readonly number[] = [1];

export const SEGMENT_MAGIC = Uint8Array.of(0x43, 0x53, 0x48, 0x53); // "CSHS"
export const SEGMENT_HEADER_BYTES = 20;
export const ENTRY_HEADER_BYTES = 16;
/** Hard cap on an entry's payload length field, whatever the writer's configuration (256 MiB). */
export const ENTRY_PAYLOAD_BYTES_FORMAT_MAX = 256 * 1024 * 1024;

export const CHECKPOINT_MAGIC = Uint8Array.of(0x43, 0x53, 0x48, 0x43); // "CSHC"
export const CHECKPOINT_BYTES = 28;

/** Host ids are used in file names: letters, digits, '-' and '_' only (as the replica's hint verb checks). */
export const HOST_ID_CHARS_MAX = 128;
export const HOST_ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/** The seq in a segment's name is zero-padded to this many digits, so names sort in seq order. */
export const SEGMENT_SEQ_DIGITS = 16;
const SEGMENT_FILE_PATTERN = /^([A-Za-z0-9_-]{1,128})-(\d{16})\.hints$/;
const CHECKPOINT_SUFFIX = '.checkpoint';
/** Suffix of a checkpoint being written; renamed over the checkpoint once synced. */
export const CHECKPOINT_TMP_SUFFIX = '.checkpoint.tmp';
const CHECKPOINT_FILE_PATTERN = /^([A-Za-z0-9_-]{1,128})\.checkpoint$/;
const CHECKPOINT_TMP_FILE_PATTERN = /^([A-Za-z0-9_-]{1,128})\.checkpoint\.tmp$/;

/** CRC-32 (IEEE, zlib's) of `data`, continuing from `initial`. Unsigned. */
export function crc32(data: Uint8Array, initial = 0): number {
  return zlibCrc32(data, initial) >>> 0;
}

export function isValidHostId(hostId: string): boolean {
  return HOST_ID_PATTERN.test(hostId);
}

export function segmentFileName(hostId: string, seq: number): string {
  return `${hostId}-${String(seq).padStart(SEGMENT_SEQ_DIGITS, '0')}.hints`;
}

export function checkpointFileName(hostId: string): string {
  return `${hostId}${CHECKPOINT_SUFFIX}`;
}

export type HintFileName =
  | { readonly kind: 'segment'; readonly hostId: string; readonly seq: number }
  | { readonly kind: 'checkpoint'; readonly hostId: string }
  | { readonly kind: 'checkpointTmp'; readonly hostId: string };

/** Classifies a directory entry; `undefined` for files that are not the store's. */
export function parseHintFileName(name: string): HintFileName | undefined {
  const segment = SEGMENT_FILE_PATTERN.exec(name);
  if (segment !== null) {
    const seq = Number(segment[2]);
    return Number.isSafeInteger(seq) ? { kind: 'segment', hostId: segment[1] as string, seq } : undefined;
  }
  const checkpoint = CHECKPOINT_FILE_PATTERN.exec(name);
  if (checkpoint !== null) return { kind: 'checkpoint', hostId: checkpoint[1] as string };
  const tmp = CHECKPOINT_TMP_FILE_PATTERN.exec(name);
  if (tmp !== null) return { kind: 'checkpointTmp', hostId: tmp[1] as string };
  return undefined;
}

export interface SegmentHeader {
  readonly formatVersion: number;
  readonly seq: number;
}

export function encodeSegmentHeader(seq: number): Uint8Array {
  const out = new Uint8Array(SEGMENT_HEADER_BYTES);
  const view = new DataView(out.buffer);
  out.set(SEGMENT_MAGIC, 0);
  view.setUint16(4, HINTS_FORMAT_VERSION, true);
  view.setUint16(6, 0, true);
  view.setBigUint64(8, BigInt(seq), true);
  view.setUint32(16, crc32(out.subarray(0, 16)), true);
  return out;
}

/**
 * Decodes a segment header; a string says why it is invalid. A header of a version this code
 * cannot read is returned as is (only its version is meaningful): the caller refuses it.
 */
export function decodeSegmentHeader(bytes: Uint8Array): SegmentHeader | string {
  if (bytes.length < SEGMENT_HEADER_BYTES) return `header truncated (${bytes.length} of ${SEGMENT_HEADER_BYTES} bytes)`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, SEGMENT_HEADER_BYTES);
  if (view.getUint32(16, true) !== crc32(bytes.subarray(0, 16))) return 'header checksum mismatch';
  if (!hasMagic(bytes, SEGMENT_MAGIC)) return 'bad magic';
  const formatVersion = view.getUint16(4, true);
  if (!HINTS_READABLE_VERSIONS.includes(formatVersion)) return { formatVersion, seq: -1 };
  const flags = view.getUint16(6, true);
  if (flags !== 0) return `unknown header flags 0x${flags.toString(16)}`;
  const seq = view.getBigUint64(8, true);
  if (seq > BigInt(Number.MAX_SAFE_INTEGER)) return 'seq out of range';
  return { formatVersion, seq: Number(seq) };
}

/** The bytes of one entry (a copy of `payload`, so the caller may reuse its buffer). */
export function encodeEntry(createdAtMs: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(ENTRY_HEADER_BYTES + payload.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, payload.length, true);
  view.setBigUint64(8, BigInt(createdAtMs), true);
  out.set(payload, ENTRY_HEADER_BYTES);
  view.setUint32(4, entryCrc(out), true);
  return out;
}

/** The checksum an entry's bytes (`entry` is the whole entry, header first) should carry. */
export function entryCrc(entry: Uint8Array): number {
  return crc32(entry.subarray(8), crc32(entry.subarray(0, 4)));
}

export interface Checkpoint {
  readonly seq: number;
  readonly offset: number;
}

export function encodeCheckpoint(c: Checkpoint): Uint8Array {
  const out = new Uint8Array(CHECKPOINT_BYTES);
  const view = new DataView(out.buffer);
  out.set(CHECKPOINT_MAGIC, 0);
  view.setUint16(4, HINTS_FORMAT_VERSION, true);
  view.setUint16(6, 0, true);
  view.setBigUint64(8, BigInt(c.seq), true);
  view.setBigUint64(16, BigInt(c.offset), true);
  view.setUint32(24, crc32(out.subarray(0, 24)), true);
  return out;
}

/** Decodes a checkpoint; a string says why it is invalid. An unreadable version is returned as for headers. */
export function decodeCheckpoint(bytes: Uint8Array): (Checkpoint & { readonly formatVersion: number }) | string {
  if (bytes.length !== CHECKPOINT_BYTES) return `checkpoint is ${bytes.length} bytes, not ${CHECKPOINT_BYTES}`;
  const view = new DataView(bytes.buffer, bytes.byteOffset, CHECKPOINT_BYTES);
  if (view.getUint32(24, true) !== crc32(bytes.subarray(0, 24))) return 'checkpoint checksum mismatch';
  if (!hasMagic(bytes, CHECKPOINT_MAGIC)) return 'bad magic';
  const formatVersion = view.getUint16(4, true);
  if (!HINTS_READABLE_VERSIONS.includes(formatVersion)) return { formatVersion, seq: -1, offset: -1 };
  const flags = view.getUint16(6, true);
  if (flags !== 0) return `unknown checkpoint flags 0x${flags.toString(16)}`;
  const seq = view.getBigUint64(8, true);
  const offset = view.getBigUint64(16, true);
  if (seq > BigInt(Number.MAX_SAFE_INTEGER) || offset > BigInt(Number.MAX_SAFE_INTEGER)) return 'checkpoint out of range';
  return { formatVersion, seq: Number(seq), offset: Number(offset) };
}

function hasMagic(bytes: Uint8Array, magic: Uint8Array): boolean {
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

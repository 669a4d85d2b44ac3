/**
 * Streams the entries of one hint segment between two offsets, checking each one (length bounds,
 * CRC, createdAtMs range) before handing it out. Memory: one read buffer of `chunkBytes`, or of one
 * entry when an entry is larger. Used by recovery (to find the valid end of a file) and by replay.
 */
import type { FileHandle } from '@cassia/lsm';
import { ENTRY_HEADER_BYTES, ENTRY_PAYLOAD_BYTES_FORMAT_MAX, entryCrc } from './format.js';

export type SegmentStep =
  | {
      readonly kind: 'entry';
      /** Offset of the entry's first byte. */
      readonly offset: number;
      /** Offset just past the entry. */
      readonly end: number;
      readonly createdAtMs: number;
      /** The caller's own copy. */
      readonly payload: Uint8Array;
    }
  /** Reached `end` on an entry boundary. */
  | { readonly kind: 'end' }
  /** The entry at `offset` is truncated or damaged; nothing from `offset` on can be trusted. */
  | { readonly kind: 'bad'; readonly offset: number; readonly reason: string };

export class SegmentReader {
  private buffer: Uint8Array = new Uint8Array(0);
  /** File offset of `buffer[0]`. */
  private bufferStart = 0;

  constructor(
    private readonly handle: FileHandle,
    private position: number,
    /** Bytes past this offset are not read. */
    private readonly end: number,
    private readonly chunkBytes: number,
  ) {}

  async next(): Promise<SegmentStep> {
    const offset = this.position;
    const remaining = this.end - offset;
    if (remaining === 0) return { kind: 'end' };
    if (remaining < ENTRY_HEADER_BYTES) return { kind: 'bad', offset, reason: `truncated entry header (${remaining} of ${ENTRY_HEADER_BYTES} bytes)` };
    let bytes = await this.bytesAt(offset, ENTRY_HEADER_BYTES);
    if (bytes === undefined) return { kind: 'bad', offset, reason: 'file shorter than expected' };
    const view = new DataView(bytes.buffer, bytes.byteOffset, ENTRY_HEADER_BYTES);
    const length = view.getUint32(0, true);
    if (length > ENTRY_PAYLOAD_BYTES_FORMAT_MAX) return { kind: 'bad', offset, reason: `entry length ${length} exceeds the format limit` };
    const total = ENTRY_HEADER_BYTES + length;
    if (total > remaining) return { kind: 'bad', offset, reason: `truncated entry (${remaining} of ${total} bytes)` };
    bytes = await this.bytesAt(offset, total);
    if (bytes === undefined) return { kind: 'bad', offset, reason: 'file shorter than expected' };
    if (entryCrc(bytes) !== view.getUint32(4, true)) return { kind: 'bad', offset, reason: 'entry checksum mismatch' };
    const createdAtMs = view.getBigUint64(8, true);
    if (createdAtMs > BigInt(Number.MAX_SAFE_INTEGER)) return { kind: 'bad', offset, reason: 'createdAtMs out of range' };
    this.position = offset + total;
    return { kind: 'entry', offset, end: this.position, createdAtMs: Number(createdAtMs), payload: bytes.slice(ENTRY_HEADER_BYTES) };
  }

  /** `length` bytes at `offset` (a view), reading ahead by up to `chunkBytes`; undefined if the file is shorter. */
  private async bytesAt(offset: number, length: number): Promise<Uint8Array | undefined> {
    const start = offset - this.bufferStart;
    if (start >= 0 && start + length <= this.buffer.length) return this.buffer.subarray(start, start + length);
    const want = Math.min(Math.max(length, this.chunkBytes), this.end - offset);
    this.buffer = await this.handle.read(want, offset);
    this.bufferStart = offset;
    return this.buffer.length >= length ? this.buffer.subarray(0, length) : undefined;
  }
}

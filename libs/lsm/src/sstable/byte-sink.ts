/**
 * Byte-level helpers of the SSTable codec: a growable little-endian buffer with the format's
 * varint writers (doc/sstable_format.md, "Building blocks"), and the copies reads hand out.
 */
import assert from 'node:assert/strict';

const utf8Encoder = new TextEncoder();

/**
 * Copies handed out by reads. Allocating a typed array above 64 bytes costs V8 an off-heap
 * backing store (over a microsecond), so copies of 65..SLAB_COPY_BYTES_MAX bytes are views into
 * shared slabs of SLAB_BYTES (Node's Buffer pool does the same): a result never aliases a
 * cached block, and a retained value pins at most one slab. Smaller and larger copies get their
 * own arrays.
 */
const HEAP_COPY_BYTES_MAX = 64;
const SLAB_COPY_BYTES_MAX = 2048;
const SLAB_BYTES = 8192;
let slab = new Uint8Array(SLAB_BYTES);
let slabUsed = 0;

/** A copy of `buf[start, end)` (see above: possibly a view into a slab no one else writes). */
export function copyRange(buf: Uint8Array, start: number, end: number): Uint8Array {
  const n = end - start;
  if (n <= HEAP_COPY_BYTES_MAX) {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = buf[start + i] as number;
    return out;
  }
  if (n > SLAB_COPY_BYTES_MAX) return buf.slice(start, end);
  if (slabUsed + n > SLAB_BYTES) {
    slab = new Uint8Array(SLAB_BYTES);
    slabUsed = 0;
  }
  const out = slab.subarray(slabUsed, slabUsed + n);
  out.set(buf.subarray(start, end));
  slabUsed += n;
  return out;
}

/** Bytes of the unsigned LEB128 encoding of `v`. */
export function varuintSize(v: number): number {
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 0x80);
    n++;
  }
  return n;
}

/** A growable little-endian byte buffer with the format's varint writers. */
export class ByteSink {
  buf: Uint8Array;
  pos = 0;
  private view: DataView;

  constructor(initialCapacity = 1024) {
    this.buf = new Uint8Array(initialCapacity);
    this.view = new DataView(this.buf.buffer);
  }

  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.pos + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  reset(): void {
    this.pos = 0;
  }

  u8(v: number): void {
    this.ensure(1);
    this.buf[this.pos++] = v;
  }

  u32(v: number): void {
    this.ensure(4);
    this.view.setUint32(this.pos, v, true);
    this.pos += 4;
  }

  u64(v: number): void {
    if (!(Number.isSafeInteger(v) && v >= 0)) assert.fail(`u64 out of range: ${v}`);
    this.ensure(8);
    this.view.setUint32(this.pos, v % 2 ** 32, true);
    this.view.setUint32(this.pos + 4, Math.floor(v / 2 ** 32), true);
    this.pos += 8;
  }

  i64(v: bigint): void {
    this.ensure(8);
    this.view.setBigInt64(this.pos, v, true);
    this.pos += 8;
  }

  /** Unsigned LEB128 of a safe non-negative integer. */
  varuint(v: number): void {
    this.ensure(10);
    const buf = this.buf;
    let pos = this.pos;
    if (v < 0x80 && v >= 0) {
      buf[pos++] = v;
    } else {
      if (!(Number.isSafeInteger(v) && v >= 0)) assert.fail(`varuint out of range: ${v}`);
      while (v >= 0x80) {
        buf[pos++] = (v % 0x80) | 0x80;
        v = Math.floor(v / 0x80);
      }
      buf[pos++] = v;
    }
    this.pos = pos;
  }

  /** Unsigned LEB128 of a bigint in [0, 2^64 + 2^64) (zig-zag of an i64 difference needs 65 bits). */
  varbiguint(v: bigint): void {
    if (!(v >= 0n)) assert.fail(`varbiguint out of range: ${v}`);
    this.ensure(10);
    while (v >= 0x80n) {
      this.buf[this.pos++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.buf[this.pos++] = Number(v);
  }

  /** Zig-zag varint of a signed bigint. */
  varbigint(v: bigint): void {
    this.varbiguint(v >= 0n ? v << 1n : (-v << 1n) - 1n);
  }

  raw(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  bytes(bytes: Uint8Array): void {
    this.varuint(bytes.length);
    this.raw(bytes);
  }

  string(s: string): void {
    const encoded = utf8Encoder.encode(s);
    this.bytes(encoded);
  }

  /** A copy of what was written. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}


/**
 * Little-endian binary writer and bounds-checked reader for the commit-log payload encoding:
 * fixed-width integers, unsigned LEB128 varints (numbers up to 2^53, bigints up to 2^64) and
 * zig-zag signed bigint varints.
 */
import assert from 'node:assert/strict';

const U64_MAX = 2n ** 64n - 1n;
const SAFE_BIGINT = BigInt(Number.MAX_SAFE_INTEGER);
/** A varint of a u64 takes at most 10 bytes. */
const VARINT_BYTES_MAX = 10;
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/** Thrown by `ByteReader` on malformed input; callers turn it into a CorruptionError with a location. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
}

/** Strings shorter than this (whose varint length is one byte) may take the ASCII fast path. */
const SHORT_STRING_CHARS = 0x80;

export class ByteWriter {
  private buf: Uint8Array;
  private view: DataView;
  private pos = 0;

  constructor(initialCapacity = 256) {
    this.buf = new Uint8Array(initialCapacity);
    this.view = new DataView(this.buf.buffer);
  }

  get length(): number {
    return this.pos;
  }

  private reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.pos + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  u8(v: number): void {
    this.reserve(1);
    this.buf[this.pos++] = v;
  }

  u32(v: number): void {
    this.reserve(4);
    this.view.setUint32(this.pos, v, true);
    this.pos += 4;
  }

  i64(v: bigint): void {
    this.reserve(8);
    this.view.setBigInt64(this.pos, v, true);
    this.pos += 8;
  }

  /** Unsigned varint of a safe non-negative integer. */
  varuint(v: number): void {
    if (!(Number.isSafeInteger(v) && v >= 0)) assert.fail(`varuint out of range: ${v}`);
    this.reserve(VARINT_BYTES_MAX);
    while (v >= 0x80) {
      this.buf[this.pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.pos++] = v;
  }

  /** Unsigned varint of a bigint in [0, 2^64). */
  varbiguint(v: bigint): void {
    if (!(v >= 0n && v <= U64_MAX)) assert.fail(`varbiguint out of range: ${v}`);
    if (v <= SAFE_BIGINT) {
      this.varuint(Number(v)); // the same bytes, without bigint arithmetic per byte
      return;
    }
    this.reserve(VARINT_BYTES_MAX);
    while (v >= 0x80n) {
      this.buf[this.pos++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.buf[this.pos++] = Number(v);
  }

  /** Zig-zag signed varint of a signed 64-bit bigint. */
  varbigint(v: bigint): void {
    this.varbiguint(v >= 0n ? v << 1n : ((-v) << 1n) - 1n);
  }

  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
  }

  /** varuint length, then the bytes. */
  bytes(bytes: Uint8Array): void {
    this.varuint(bytes.length);
    this.raw(bytes);
  }

  /** varuint byte length, then UTF-8. */
  string(s: string): void {
    // Short ASCII strings (table ids, column names: most of them) byte by byte, which is
    // several times cheaper than going through Buffer for a few characters.
    if (s.length < SHORT_STRING_CHARS) {
      this.reserve(1 + s.length);
      const start = this.pos;
      this.buf[this.pos++] = s.length;
      let i = 0;
      for (; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) break;
        this.buf[this.pos++] = c;
      }
      if (i === s.length) return;
      this.pos = start; // not ASCII: the general path below
    }
    const len = Buffer.byteLength(s, 'utf8');
    this.varuint(len);
    this.reserve(len);
    Buffer.from(this.buf.buffer, this.buf.byteOffset, this.buf.length).write(s, this.pos, len, 'utf8');
    this.pos += len;
  }

  /** The bytes written so far (a copy owning its memory). */
  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

export class ByteReader {
  private pos: number;
  private readonly view: DataView;

  constructor(
    private readonly buf: Uint8Array,
    start = 0,
    private readonly end = buf.length,
  ) {
    this.pos = start;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  get offset(): number {
    return this.pos;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  private need(n: number, what: string): void {
    if (n > this.end - this.pos) throw new DecodeError(`truncated ${what} at ${this.pos}`);
  }

  u8(): number {
    this.need(1, 'u8');
    return this.buf[this.pos++] as number;
  }

  u32(): number {
    this.need(4, 'u32');
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  i64(): bigint {
    this.need(8, 'i64');
    const v = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    return v;
  }

  varuint(max = Number.MAX_SAFE_INTEGER): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < VARINT_BYTES_MAX; i++) {
      const b = this.u8();
      result += (b & 0x7f) * scale;
      if (result > max) throw new DecodeError(`varuint above ${max} at ${this.pos}`);
      if ((b & 0x80) === 0) return result;
      scale *= 0x80;
    }
    throw new DecodeError(`varuint too long at ${this.pos}`);
  }

  varbiguint(): bigint {
    let result = 0n;
    let shift = 0n;
    for (let i = 0; i < VARINT_BYTES_MAX; i++) {
      const b = this.u8();
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) {
        if (result > U64_MAX) throw new DecodeError(`varbiguint above 2^64 at ${this.pos}`);
        return result;
      }
      shift += 7n;
    }
    throw new DecodeError(`varbiguint too long at ${this.pos}`);
  }

  varbigint(): bigint {
    const z = this.varbiguint();
    return (z & 1n) === 0n ? z >> 1n : -((z + 1n) >> 1n);
  }

  /** varuint length (at most `maxLength`), then that many bytes, copied. */
  bytes(maxLength: number): Uint8Array {
    const n = this.varuint(maxLength);
    this.need(n, 'bytes');
    const out = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  string(maxBytes: number): string {
    const n = this.varuint(maxBytes);
    this.need(n, 'string');
    let s: string;
    try {
      s = utf8Decoder.decode(this.buf.subarray(this.pos, this.pos + n));
    } catch {
      throw new DecodeError(`invalid UTF-8 at ${this.pos}`);
    }
    this.pos += n;
    return s;
  }
}

// CQL native protocol v4 framing (doc/native_protocol_v4.spec, section 2):
//
//   0         8        16        24        32         40
//   +---------+---------+---------+---------+---------+
//   | version |  flags  |      stream       | opcode  |
//   +---------+---------+---------+---------+---------+
//   |                length                 |
//   +---------+---------+---------+---------+
//   |                 body ...              |
//
// version: 0x04 for a request, 0x84 for a response (direction bit 0x80). stream: a signed
// 16-bit id the server echoes, so responses may come out of order; negative ids are for
// server-initiated EVENTs (-1). length: body bytes, big-endian unsigned 32-bit.
//
// FrameDecoder turns the bytes of a connection, in chunks as they arrive, into frames, and
// refuses (ProtocolError) a body longer than FRAME_BODY_BYTES_MAX before buffering it.
import { ProtocolError } from '@cassia/cql-lite';

export const FRAME_HEADER_BYTES = 9;
/** Cassandra's native_transport_max_frame_size (16 MiB in 4.0). */
export const FRAME_BODY_BYTES_MAX = 16 * 1024 * 1024;
export const PROTOCOL_VERSION_4 = 0x04;
export const RESPONSE_DIRECTION = 0x80;

export const FrameFlag = {
  COMPRESSION: 0x01,
  TRACING: 0x02,
  CUSTOM_PAYLOAD: 0x04,
  WARNING: 0x08,
  /** v5 beta flag; refused in v4. */
  USE_BETA: 0x10,
} as const;

/** Opcodes. DO NOT CHANGE: part of the wire protocol. */
export const Opcode = {
  ERROR: 0x00,
  STARTUP: 0x01,
  READY: 0x02,
  AUTHENTICATE: 0x03,
  OPTIONS: 0x05,
  SUPPORTED: 0x06,
  QUERY: 0x07,
  RESULT: 0x08,
  PREPARE: 0x09,
  EXECUTE: 0x0a,
  REGISTER: 0x0b,
  EVENT: 0x0c,
  BATCH: 0x0d,
  AUTH_CHALLENGE: 0x0e,
  AUTH_RESPONSE: 0x0f,
  AUTH_SUCCESS: 0x10,
} as const;

export type OpcodeValue = (typeof Opcode)[keyof typeof Opcode];

export interface FrameHeader {
  /** Protocol version without the direction bit (4). */
  readonly version: number;
  readonly response: boolean;
  readonly flags: number;
  readonly stream: number;
  readonly opcode: number;
  readonly length: number;
}

export interface Frame {
  readonly header: FrameHeader;
  readonly body: Uint8Array;
}

export function decodeHeader(bytes: Uint8Array): FrameHeader {
  if (bytes.length < FRAME_HEADER_BYTES) throw new RangeError(`a frame header is ${FRAME_HEADER_BYTES} bytes, got ${bytes.length}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, FRAME_HEADER_BYTES);
  const v = view.getUint8(0);
  return {
    version: v & ~RESPONSE_DIRECTION,
    response: (v & RESPONSE_DIRECTION) !== 0,
    flags: view.getUint8(1),
    stream: view.getInt16(2),
    opcode: view.getUint8(4),
    length: view.getUint32(5),
  };
}

/** The 9-byte header of a response frame (version 4 with the direction bit) whose body is `bodyLength` bytes. */
export function encodeResponseHeader(stream: number, opcode: number, bodyLength: number, flags = 0, version = PROTOCOL_VERSION_4): Uint8Array {
  if (!Number.isInteger(stream) || stream < -0x8000 || stream > 0x7fff) throw new RangeError(`stream id out of range: ${stream}`);
  if (!Number.isInteger(bodyLength) || bodyLength < 0 || bodyLength > 0xffffffff) throw new RangeError(`body length out of range: ${bodyLength}`);
  const out = new Uint8Array(FRAME_HEADER_BYTES);
  const view = new DataView(out.buffer);
  view.setUint8(0, version | RESPONSE_DIRECTION);
  view.setUint8(1, flags);
  view.setInt16(2, stream);
  view.setUint8(4, opcode);
  view.setUint32(5, bodyLength);
  return out;
}

/** A whole response frame (version 4 with the direction bit) around `body`. */
export function encodeResponse(stream: number, opcode: number, body: Uint8Array, flags = 0, version = PROTOCOL_VERSION_4): Uint8Array {
  const out = new Uint8Array(FRAME_HEADER_BYTES + body.length);
  out.set(encodeResponseHeader(stream, opcode, body.length, flags, version));
  out.set(body, FRAME_HEADER_BYTES);
  return out;
}

/** A whole request frame (tests and tools; the gateway only answers). */
export function encodeRequest(stream: number, opcode: number, body: Uint8Array, flags = 0, version = PROTOCOL_VERSION_4): Uint8Array {
  const frame = encodeResponse(stream, opcode, body, flags, version);
  frame[0] = version;
  return frame;
}

/**
 * Reassembles frames from a byte stream. `push` returns every frame completed by the chunk
 * (possibly none, possibly several). Throws ProtocolError for a body over `bodyBytesMax`,
 * as soon as its header is seen; the connection must then be closed (the stream is no longer
 * in sync), after answering the error on the offending stream.
 */
export class FrameDecoder {
  private buffered: Uint8Array[] = [];
  private bufferedBytes = 0;

  constructor(private readonly bodyBytesMax = FRAME_BODY_BYTES_MAX) {}

  push(chunk: Uint8Array): Frame[] {
    this.buffered.push(chunk);
    this.bufferedBytes += chunk.length;
    const frames: Frame[] = [];
    for (;;) {
      if (this.bufferedBytes < FRAME_HEADER_BYTES) break;
      const header = decodeHeader(this.peek(FRAME_HEADER_BYTES));
      if (header.length > this.bodyBytesMax) {
        throw new FrameTooLargeError(header, this.bodyBytesMax);
      }
      const total = FRAME_HEADER_BYTES + header.length;
      if (this.bufferedBytes < total) break;
      const bytes = this.take(total);
      frames.push({ header, body: bytes.subarray(FRAME_HEADER_BYTES) });
    }
    return frames;
  }

  /** Bytes received and not yet part of a whole frame. */
  get pendingBytes(): number {
    return this.bufferedBytes;
  }

  /** The stream of the incomplete frame, once its header is in (else undefined). */
  get pendingStream(): number | undefined {
    return this.bufferedBytes >= FRAME_HEADER_BYTES ? decodeHeader(this.peek(FRAME_HEADER_BYTES)).stream : undefined;
  }

  /** Drops the bytes of the incomplete frame (the connection is closing: they will never be read). */
  discard(): void {
    this.buffered = [];
    this.bufferedBytes = 0;
  }

  private peek(n: number): Uint8Array {
    const first = this.buffered[0]!;
    if (first.length >= n) return first.subarray(0, n);
    this.coalesce();
    return this.buffered[0]!.subarray(0, n);
  }

  private take(n: number): Uint8Array {
    const first = this.buffered[0]!;
    if (first.length < n) this.coalesce();
    const whole = this.buffered[0]!;
    const out = whole.subarray(0, n);
    if (whole.length === n) this.buffered.shift();
    else this.buffered[0] = whole.subarray(n);
    this.bufferedBytes -= n;
    return out;
  }

  private coalesce(): void {
    const all = new Uint8Array(this.bufferedBytes);
    let o = 0;
    for (const b of this.buffered) {
      all.set(b, o);
      o += b.length;
    }
    this.buffered = [all];
  }
}

/** A frame declared a body larger than the limit; `stream` is where to answer. */
export class FrameTooLargeError extends ProtocolError {
  readonly stream: number;
  constructor(header: FrameHeader, limit: number) {
    super(`Request is too big: length ${header.length} exceeds maximum allowed length ${limit}.`);
    this.stream = header.stream;
  }
}

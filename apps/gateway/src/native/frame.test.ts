import { describe, expect, it } from 'vitest';
import { ProtocolError } from '@cassia/cql-lite';
import { decodeHeader, encodeRequest, encodeResponse, FrameDecoder, FrameTooLargeError, FRAME_HEADER_BYTES, Opcode } from './frame.js';
import { BodyReader, BodyWriter, UNSET } from './primitives.js';

describe('native protocol frames', () => {
  it('encodes a response header as the spec lays it out', () => {
    const frame = encodeResponse(-1, Opcode.EVENT, Uint8Array.of(1, 2, 3));
    expect([...frame.subarray(0, FRAME_HEADER_BYTES)]).toEqual([0x84, 0x00, 0xff, 0xff, 0x0c, 0, 0, 0, 3]);
    expect(decodeHeader(frame)).toEqual({ version: 4, response: true, flags: 0, stream: -1, opcode: Opcode.EVENT, length: 3 });
  });

  it('reassembles frames split and joined arbitrarily across chunks', () => {
    const frames = [encodeRequest(1, Opcode.OPTIONS, new Uint8Array(0)), encodeRequest(300, Opcode.QUERY, new Uint8Array(1000).fill(7)), encodeRequest(2, Opcode.STARTUP, Uint8Array.of(0, 0))];
    const all = new Uint8Array(frames.reduce((n, f) => n + f.length, 0));
    let o = 0;
    for (const f of frames) {
      all.set(f, o);
      o += f.length;
    }
    for (const cut of [1, 5, 9, 10, 17, 512, all.length]) {
      const decoder = new FrameDecoder();
      const out = [];
      for (let i = 0; i < all.length; i += cut) out.push(...decoder.push(all.subarray(i, i + cut)));
      expect(out.map((f) => [f.header.stream, f.header.opcode, f.body.length])).toEqual([
        [1, Opcode.OPTIONS, 0],
        [300, Opcode.QUERY, 1000],
        [2, Opcode.STARTUP, 2],
      ]);
      expect(decoder.pendingBytes).toBe(0);
    }
  });

  it('refuses a body over the limit from its header alone, naming the stream', () => {
    const decoder = new FrameDecoder(100);
    const header = encodeRequest(42, Opcode.QUERY, new Uint8Array(101)).subarray(0, FRAME_HEADER_BYTES);
    let err: unknown;
    try {
      decoder.push(header);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FrameTooLargeError);
    expect(err).toBeInstanceOf(ProtocolError);
    expect((err as FrameTooLargeError).stream).toBe(42);
  });
});

describe('native protocol notations', () => {
  it('round-trips every notation', () => {
    const body = new BodyWriter()
      .byte(7)
      .short(65535)
      .int(-5)
      .long(-(2n ** 63n))
      .string('héllo')
      .longString('x'.repeat(70000))
      .uuid(new Uint8Array(16).fill(9))
      .stringList(['a', 'b'])
      .bytes(null)
      .bytes(Uint8Array.of(1, 2))
      .int(-2) // a [value] "not set"
      .shortBytes(Uint8Array.of(3))
      .stringMap(new Map([['CQL_VERSION', '3.0.0']]))
      .stringMultimap(new Map([['COMPRESSION', []]]))
      .finish();
    const r = new BodyReader(body);
    expect(r.byte()).toBe(7);
    expect(r.short()).toBe(65535);
    expect(r.int()).toBe(-5);
    expect(r.long()).toBe(-(2n ** 63n));
    expect(r.string()).toBe('héllo');
    expect(r.longString()).toHaveLength(70000);
    expect([...r.uuid()]).toEqual(new Array(16).fill(9));
    expect(r.stringList()).toEqual(['a', 'b']);
    expect(r.bytesOrNull()).toBeNull();
    expect([...r.value() as Uint8Array]).toEqual([1, 2]);
    expect(r.value()).toBe(UNSET);
    expect([...r.shortBytes()]).toEqual([3]);
    expect(r.stringMap()).toEqual(new Map([['CQL_VERSION', '3.0.0']]));
    expect(r.stringMultimap()).toEqual(new Map([['COMPRESSION', []]]));
    r.end('test');
  });

  it('throws ProtocolError, never RangeError, on truncated or malformed input', () => {
    expect(() => new BodyReader(Uint8Array.of(0, 5, 65)).string()).toThrow(ProtocolError);
    expect(() => new BodyReader(Uint8Array.of(0, 0, 0)).int()).toThrow(ProtocolError);
    expect(() => new BodyReader(Uint8Array.of(0xff, 0xff, 0xff, 0xfd)).value()).toThrow('invalid length -3');
    expect(() => new BodyReader(Uint8Array.of(0, 1, 0xc3)).string()).toThrow('not valid UTF-8');
    expect(() => new BodyReader(Uint8Array.of(1)).end('STARTUP')).toThrow('1 unexpected bytes after the STARTUP message');
  });
});

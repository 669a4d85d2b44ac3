import { describe, expect, it } from 'vitest';
import { ProtocolError } from '@cassia/cql-lite';
import { FrameFlag, Opcode, type FrameHeader } from './frame.js';
import { BatchFlag, decodeRequest, opcodeName, QueryFlag } from './messages.js';
import { BodyWriter, UNSET } from './primitives.js';

const header = (opcode: number, flags = 0): FrameHeader => ({ version: 4, response: false, flags, stream: 1, opcode, length: 0 });

describe('native request messages', () => {
  it('decodes a QUERY with every query parameter', () => {
    const body = new BodyWriter()
      .longString('SELECT * FROM t WHERE a = :a AND b = :b')
      .short(0x0004) // QUORUM
      .byte(0x7f)
      .short(3)
      .string('a').int(2).raw(Uint8Array.of(1, 2))
      .string('b').int(-1)
      .string('c').int(-2)
      .int(100)
      .bytes(Uint8Array.of(9, 9))
      .short(0x0009) // LOCAL_SERIAL
      .long(1_700_000_000_000_000n)
      .finish();
    const r = decodeRequest(header(Opcode.QUERY), body);
    expect(r).toEqual({
      opcode: Opcode.QUERY,
      query: 'SELECT * FROM t WHERE a = :a AND b = :b',
      params: {
        consistency: 'QUORUM',
        values: [Uint8Array.of(1, 2), null, UNSET],
        names: ['a', 'b', 'c'],
        skipMetadata: true,
        pageSize: 100,
        pagingState: Uint8Array.of(9, 9),
        serialConsistency: 'LOCAL_SERIAL',
        timestamp: 1_700_000_000_000_000n,
      },
    });
  });

  it('decodes a bare QUERY; a page size of 0 or less means no paging', () => {
    const bare = decodeRequest(header(Opcode.QUERY), new BodyWriter().longString('USE ks').short(1).byte(0).finish());
    expect(bare).toMatchObject({ params: { consistency: 'ONE', values: [], names: undefined, skipMetadata: false, pageSize: undefined, timestamp: undefined } });
    const zero = decodeRequest(header(Opcode.QUERY), new BodyWriter().longString('x').short(1).byte(QueryFlag.PAGE_SIZE).int(0).finish());
    expect(zero).toMatchObject({ params: { pageSize: undefined } });
  });

  it('skips a custom payload before the body', () => {
    const body = new BodyWriter().short(1).string('k').bytes(Uint8Array.of(1)).longString('SELECT 1').finish();
    expect(decodeRequest(header(Opcode.PREPARE, FrameFlag.CUSTOM_PAYLOAD), body)).toEqual({ opcode: Opcode.PREPARE, query: 'SELECT 1' });
  });

  it('decodes EXECUTE, STARTUP, OPTIONS, REGISTER', () => {
    const exec = new BodyWriter().shortBytes(Uint8Array.of(0xab, 0xcd)).short(10).byte(QueryFlag.VALUES).short(1).int(0).finish();
    expect(decodeRequest(header(Opcode.EXECUTE), exec)).toMatchObject({ id: Uint8Array.of(0xab, 0xcd), params: { consistency: 'LOCAL_ONE', values: [new Uint8Array(0)] } });
    const startup = new BodyWriter().stringMap(new Map([['CQL_VERSION', '3.0.0']])).finish();
    expect(decodeRequest(header(Opcode.STARTUP), startup)).toEqual({ opcode: Opcode.STARTUP, options: new Map([['CQL_VERSION', '3.0.0']]) });
    expect(decodeRequest(header(Opcode.OPTIONS), new Uint8Array(0))).toEqual({ opcode: Opcode.OPTIONS });
    const register = new BodyWriter().stringList(['SCHEMA_CHANGE', 'STATUS_CHANGE']).finish();
    expect(decodeRequest(header(Opcode.REGISTER), register)).toEqual({ opcode: Opcode.REGISTER, events: ['SCHEMA_CHANGE', 'STATUS_CHANGE'] });
  });

  it('decodes a BATCH of text and prepared statements', () => {
    const body = new BodyWriter()
      .byte(1)
      .short(2)
      .byte(0).longString('INSERT INTO t (a) VALUES (?)').short(1).int(1).raw(Uint8Array.of(7))
      .byte(1).shortBytes(Uint8Array.of(1, 2, 3)).short(0)
      .short(4)
      .byte(BatchFlag.WITH_DEFAULT_TIMESTAMP)
      .long(42n)
      .finish();
    expect(decodeRequest(header(Opcode.BATCH), body)).toEqual({
      opcode: Opcode.BATCH,
      type: 'UNLOGGED',
      statements: [
        { query: { kind: 'text', text: 'INSERT INTO t (a) VALUES (?)' }, values: [Uint8Array.of(7)] },
        { query: { kind: 'prepared', id: Uint8Array.of(1, 2, 3) }, values: [] },
      ],
      consistency: 'QUORUM',
      serialConsistency: undefined,
      timestamp: 42n,
    });
  });

  it('refuses malformed messages with ProtocolError', () => {
    const q = (flags: number, rest: (w: BodyWriter) => BodyWriter = (w) => w) => () =>
      decodeRequest(header(Opcode.QUERY), rest(new BodyWriter().longString('x').short(1).byte(flags)).finish());
    expect(q(0x80)).toThrow(/Unknown query flags 0x80/);
    expect(q(QueryFlag.PAGE_SIZE)).toThrow(ProtocolError); // truncated
    expect(q(QueryFlag.WITH_DEFAULT_TIMESTAMP, (w) => w.long(-1n))).toThrow(/timestamp must be positive/);
    expect(q(0, (w) => w.byte(0))).toThrow(/1 unexpected bytes after the QUERY message/);
    expect(() => decodeRequest(header(Opcode.QUERY), new BodyWriter().longString('x').short(11).byte(0).finish())).toThrow(/Unknown code 11 for a consistency level/);
    expect(() => decodeRequest(header(Opcode.REGISTER), new BodyWriter().stringList(['NOPE']).finish())).toThrow(/Invalid value 'NOPE'/);
    expect(() => decodeRequest(header(Opcode.RESULT), new Uint8Array(0))).toThrow(/Unexpected message RESULT/);
    expect(() => decodeRequest(header(0x42), new Uint8Array(0))).toThrow(/Unknown opcode 66/);
    const batch = (type: number, flags: number) => () => decodeRequest(header(Opcode.BATCH), new BodyWriter().byte(type).short(0).short(1).byte(flags).finish());
    expect(batch(3, 0)).toThrow(/Unknown batch type 3/);
    expect(batch(0, BatchFlag.WITH_NAMES_FOR_VALUES)).toThrow(/Named values in BATCH/);
    expect(batch(0, 0x01)).toThrow(/Unknown batch flags/);
  });

  it('names opcodes for metrics', () => {
    expect(opcodeName(Opcode.QUERY)).toBe('query');
    expect(opcodeName(Opcode.AUTH_RESPONSE)).toBe('auth_response');
    expect(opcodeName(0x42)).toBe('unknown');
  });
});

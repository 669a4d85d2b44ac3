// Native protocol fuzzing against a real gateway (issue 5): malformed frames over raw TCP —
// bad, negative and huge body lengths, unknown opcodes, wrong versions, garbage flags,
// truncated headers and bodies, frames over the gateway's size limit, a valid STARTUP
// followed by mutated QUERY/PREPARE/EXECUTE/BATCH bodies (bit flips, truncations, bad
// [string]/[long string]/[bytes] lengths, bad consistency codes, bad value counts), many
// frames pipelined — and mutated CQL texts sent as QUERY. Every answer is parsed: only
// well-formed frames, errors only with a known Cassandra code other than Server (which is
// how the gateway answers an exception it did not expect), or a closed connection. Meanwhile
// a cassandra-driver Client keeps reading system.local, the gateway never exits, and its
// RSS after the run stays within RSS_GROWTH_BYTES_MAX of where it started. Two checks came
// out of what the fuzzer found: a client that never ends its side after a fatal protocol
// error is still dropped, and many connections each holding a large half-sent frame stay
// within the same RSS bound (some are refused Overloaded).
//
// NATIVE_FUZZ_FRAMES cases (default 1,000; `npm run test:long` runs 10,000), NATIVE_FUZZ_SEED
// to replay a run (the seed is printed), NATIVE_FUZZ_STATEMENTS mutated CQL texts (default
// a tenth of the frame cases).
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from 'cassandra-driver';
import { eventually, LocalCluster } from '../src/cluster.js';
import { Body, OPCODE, RawNativeClient, type RawFrame } from '../src/native-client.js';

const env = process.env;
const FRAME_CASES = Number(env['NATIVE_FUZZ_FRAMES'] ?? 1_000);
const STATEMENT_CASES = Number(env['NATIVE_FUZZ_STATEMENTS'] ?? Math.max(100, Math.round(FRAME_CASES / 10)));
const SEED = env['NATIVE_FUZZ_SEED'] !== undefined ? Number(env['NATIVE_FUZZ_SEED']) : Date.now() % 1_000_000_007;

/** How long one case may go without its answers or the connection closing: a hang bound, not a speed assertion. */
const CASE_WAIT_MS = 30_000;
/** Raw connections fuzzed at once. */
const CONNECTIONS_AT_ONCE = 4;
/** The driver's system.local read runs after this many cases. */
const DRIVER_CHECK_EVERY_CASES = 100;
/** How far the gateway's resident set may grow over the run. */
const RSS_GROWTH_BYTES_MAX = 200 * 1024 * 1024;
/** The gateway's frame body limit (its FRAME_BODY_BYTES_MAX, Cassandra's native_transport_max_frame_size). */
const FRAME_BODY_BYTES_MAX = 16 * 1024 * 1024;
const HEADER_BYTES = 9;
/** Connections kept half-open (our side) after a fatal protocol error, in the half-open check. */
const HALF_OPEN_CONNECTIONS = 50;
/** Connections that each hold a large half-sent frame at once, and the body bytes each sends. */
const HOLDERS = 24;
const HELD_BODY_BYTES = 12 * 1024 * 1024;
/** Stream of the OPTIONS probe sent after a case whose bytes end on a frame boundary. */
const PROBE_STREAM = 0x7ff0;
const DC = 'datacenter1';

const OP = { ...OPCODE, AUTHENTICATE: 0x03, PREPARE: 0x09, EXECUTE: 0x0a, BATCH: 0x0d, AUTH_CHALLENGE: 0x0e, AUTH_RESPONSE: 0x0f, AUTH_SUCCESS: 0x10 } as const;
/** Error codes of native_protocol_v4.spec section 9 (Server, 0x0000, is left out on purpose). */
const TYPED_ERROR_CODES = new Set([0x000a, 0x0100, 0x1000, 0x1001, 0x1002, 0x1003, 0x1100, 0x1200, 0x1300, 0x1400, 0x1500, 0x2000, 0x2100, 0x2200, 0x2300, 0x2400, 0x2500]);
const PROTOCOL_ERROR = 0x000a;

/** mulberry32: small, seedable, enough for choosing cases. */
class Prng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  u32(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** 0 <= n < bound */
  int(bound: number): number {
    return bound <= 0 ? 0 : this.u32() % bound;
  }
  chance(p: number): boolean {
    return this.u32() / 0x1_0000_0000 < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return b;
  }
}

/** A body with the offsets of its length, count and consistency fields, for targeted mutation. */
interface Shaped {
  body: Buffer;
  fields: { offset: number; size: 2 | 4; what: 'length' | 'count' | 'consistency' }[];
}

class ShapedBody {
  private readonly parts: Buffer[] = [];
  private size = 0;
  readonly fields: Shaped['fields'] = [];
  private push(b: Buffer): this {
    this.parts.push(b);
    this.size += b.length;
    return this;
  }
  private field(size: 2 | 4, what: Shaped['fields'][number]['what'], v: number): this {
    this.fields.push({ offset: this.size, size, what });
    const b = Buffer.alloc(size);
    if (size === 2) b.writeUInt16BE(v);
    else b.writeInt32BE(v);
    return this.push(b);
  }
  byte(v: number): this {
    return this.push(Buffer.of(v));
  }
  int(v: number): this {
    const b = Buffer.alloc(4);
    b.writeInt32BE(v);
    return this.push(b);
  }
  long(v: bigint): this {
    const b = Buffer.alloc(8);
    b.writeBigInt64BE(v);
    return this.push(b);
  }
  consistency(code: number): this {
    return this.field(2, 'consistency', code);
  }
  count(n: number): this {
    return this.field(2, 'count', n);
  }
  string(s: string): this {
    return this.field(2, 'length', Buffer.byteLength(s)).push(Buffer.from(s));
  }
  longString(s: string): this {
    return this.field(4, 'length', Buffer.byteLength(s)).push(Buffer.from(s));
  }
  shortBytes(b: Buffer): this {
    return this.field(2, 'length', b.length).push(b);
  }
  bytes(b: Buffer | null): this {
    return b === null ? this.field(4, 'length', -1) : this.field(4, 'length', b.length).push(b);
  }
  build(): Shaped {
    return { body: Buffer.concat(this.parts), fields: this.fields };
  }
}

function frame(opcode: number, stream: number, body: Buffer, o: { version?: number; flags?: number; length?: number } = {}): Buffer {
  const h = Buffer.alloc(HEADER_BYTES);
  h[0] = o.version ?? 4;
  h[1] = o.flags ?? 0;
  h.writeInt16BE(stream, 2);
  h[4] = opcode;
  h.writeUInt32BE((o.length ?? body.length) >>> 0, 5);
  return Buffer.concat([h, body]);
}

const startupBody = () => new Body().stringMap({ CQL_VERSION: '3.0.0' }).build();
const int32 = (v: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(v);
  return b;
};

/** One fuzz case: bytes for a fresh connection, and what may be said about the answers. */
interface FuzzCase {
  kind: string;
  bytes: Buffer;
  /** The bytes end on a frame boundary by their own lengths: a probe sent after them must be answered (or the connection closed). */
  aligned: boolean;
  /** Streams carrying a frame that is malformed for sure: their answer, if any, is an ERROR. */
  malformed: Set<number>;
}

const QUERIES = [
  'SELECT release_version FROM system.local',
  'SELECT * FROM fuzz.t WHERE k = ?',
  'INSERT INTO fuzz.t (k, v) VALUES (?, ?)',
  'UPDATE fuzz.t SET v = ? WHERE k = ?',
  'DELETE FROM fuzz.t WHERE k = ?',
  'SELECT k, v FROM fuzz.t',
];

class FrameFuzzer {
  constructor(
    private readonly rng: Prng,
    private readonly preparedId: Buffer,
  ) {}

  private valueBytes(): Buffer | null {
    const r = this.rng;
    if (r.chance(0.1)) return null;
    if (r.chance(0.1)) return r.bytes(r.int(12)); // of any size: an int column gets 3 or 7 bytes
    return r.chance(0.5) ? int32(r.int(1000)) : Buffer.from(`v${r.int(1_000_000)}`);
  }

  private queryParameters(b: ShapedBody): void {
    const r = this.rng;
    b.consistency(r.pick([0x0001, 0x0004, 0x000a, 0x0006]));
    let flags = 0;
    const values = r.chance(0.6) ? r.int(4) : -1;
    if (values >= 0) flags |= 0x01;
    if (r.chance(0.3)) flags |= 0x02;
    if (r.chance(0.4)) flags |= 0x04;
    if (r.chance(0.1)) flags |= 0x08;
    if (r.chance(0.1)) flags |= 0x10;
    if (r.chance(0.2)) flags |= 0x20;
    const named = values >= 0 && r.chance(0.2);
    if (named) flags |= 0x40;
    b.byte(flags);
    if (values >= 0) {
      b.count(values);
      for (let i = 0; i < values; i++) {
        if (named) b.string(r.pick(['k', 'v', 'x']));
        b.bytes(this.valueBytes());
      }
    }
    if ((flags & 0x04) !== 0) b.int(r.pick([1, 10, 5000, 0, -1]));
    if ((flags & 0x08) !== 0) b.bytes(r.chance(0.5) ? r.bytes(r.int(24)) : Buffer.from(r.bytes(r.int(40)).toString('base64')));
    if ((flags & 0x10) !== 0) b.consistency(r.pick([0x0008, 0x0009]));
    if ((flags & 0x20) !== 0) b.long(BigInt(Date.now()) * 1000n);
  }

  /** A valid QUERY, PREPARE, EXECUTE or BATCH body (the statement may still be refused). */
  private request(): { opcode: number; shaped: Shaped } {
    const r = this.rng;
    const b = new ShapedBody();
    const opcode = r.pick([OP.QUERY, OP.QUERY, OP.PREPARE, OP.EXECUTE, OP.EXECUTE, OP.BATCH, OP.BATCH, OP.REGISTER, OP.STARTUP, OP.OPTIONS, OP.AUTH_RESPONSE]);
    if (opcode === OP.REGISTER) {
      const events = r.int(4);
      b.count(events);
      for (let i = 0; i < events; i++) b.string(r.pick(['SCHEMA_CHANGE', 'STATUS_CHANGE', 'TOPOLOGY_CHANGE', 'KEYSPACE_CHANGE']));
    } else if (opcode === OP.STARTUP) {
      const options = r.int(4);
      b.count(options);
      for (let i = 0; i < options; i++) b.string(r.pick(['CQL_VERSION', 'COMPRESSION', 'THROW_ON_OVERLOAD', 'DRIVER_NAME'])).string(r.pick(['3.0.0', '4.0.0', 'lz4', '1', '']));
    } else if (opcode === OP.AUTH_RESPONSE) {
      b.bytes(r.chance(0.2) ? null : r.bytes(r.int(32)));
    } else if (opcode === OP.OPTIONS) {
      // no body
    } else if (opcode === OP.QUERY) {
      b.longString(r.pick(QUERIES));
      this.queryParameters(b);
    } else if (opcode === OP.PREPARE) {
      b.longString(r.pick(QUERIES));
    } else if (opcode === OP.EXECUTE) {
      b.shortBytes(r.chance(0.8) ? this.preparedId : r.bytes(16));
      this.queryParameters(b);
    } else {
      b.byte(r.int(2));
      const n = 1 + r.int(4);
      b.count(n);
      for (let i = 0; i < n; i++) {
        if (r.chance(0.5)) {
          b.byte(0).longString(r.pick(['INSERT INTO fuzz.t (k, v) VALUES (?, ?)', 'DELETE FROM fuzz.t WHERE k = ?']));
        } else {
          b.byte(1).shortBytes(this.preparedId);
        }
        const values = r.int(3);
        b.count(values);
        for (let j = 0; j < values; j++) b.bytes(this.valueBytes());
      }
      b.consistency(r.pick([0x0001, 0x0004]));
      const timestamped = r.chance(0.3);
      b.byte(timestamped ? 0x20 : 0);
      if (timestamped) b.long(BigInt(Date.now()) * 1000n);
    }
    return { opcode, shaped: b.build() };
  }

  /** Mutates a valid body; `sure` when the result is malformed for certain. */
  private mutate(shaped: Shaped): { body: Buffer; sure: boolean } {
    const r = this.rng;
    const body = Buffer.from(shaped.body);
    switch (r.int(7)) {
      case 0: {
        // bit flips
        const flips = 1 + r.int(8);
        for (let i = 0; i < flips && body.length > 0; i++) body[r.int(body.length)]! ^= 1 << r.int(8);
        return { body, sure: false };
      }
      case 1: // truncated (the frame length says so: the message itself is short)
        return { body: body.subarray(0, r.int(body.length)), sure: true };
      case 2: // trailing garbage
        return { body: Buffer.concat([body, r.bytes(1 + r.int(16))]), sure: true };
      case 3: {
        // a bad length: [string], [long string], [bytes], [short bytes]
        const fields = shaped.fields.filter((f) => f.what === 'length');
        const f = fields.length > 0 ? r.pick(fields) : undefined;
        if (f === undefined) return { body: body.subarray(0, Math.max(0, body.length - 1)), sure: body.length > 0 };
        if (f.size === 2) body.writeUInt16BE(r.pick([0xffff, 0x8000, body.length, body.length + 1 + r.int(100)]) & 0xffff, f.offset);
        else body.writeInt32BE(r.pick([-3, -2, -1, -0x80000000, 0x7fffffff, body.length + 1, r.u32() | 0]), f.offset);
        return { body, sure: false };
      }
      case 4: {
        // a bad consistency code
        const fields = shaped.fields.filter((f) => f.what === 'consistency');
        if (fields.length === 0) break;
        body.writeUInt16BE(r.pick([0x000b, 0x000c, 0x00ff, 0xffff, 0x0100 + r.int(0xff00)]), r.pick(fields).offset);
        return { body, sure: true };
      }
      case 5: {
        // a bad value or statement count
        const fields = shaped.fields.filter((f) => f.what === 'count');
        if (fields.length === 0) break;
        const f = r.pick(fields);
        const now = body.readUInt16BE(f.offset);
        body.writeUInt16BE(r.pick([now + 1, now + 2, 0xffff, Math.max(0, now - 1)]) & 0xffff, f.offset);
        return { body, sure: false };
      }
      default:
        break;
    }
    // random bytes over a random span
    const at = r.int(body.length + 1);
    const span = r.bytes(1 + r.int(8));
    span.copy(body, at);
    return { body, sure: false };
  }

  next(): FuzzCase {
    const r = this.rng;
    const malformed = new Set<number>();
    const stream = () => 1 + r.int(0x7000);
    const startup = frame(OP.STARTUP, 0, startupBody());
    const withStartup = r.chance(0.7);
    const head = withStartup ? [startup] : [];
    const kinds = ['unknown-opcode', 'response-opcode', 'wrong-version', 'flags', 'truncated-header', 'truncated-body', 'short-length', 'huge-length', 'oversized', 'mutated', 'mutated', 'mutated', 'pipelined', 'garbage'] as const;
    const kind = r.pick(kinds);
    const s = stream();
    switch (kind) {
      case 'unknown-opcode': {
        const opcode = r.pick([0x04, 0x11, 0x12, 0x7f, 0x80, 0xff, 0x11 + r.int(0xee)]);
        malformed.add(s);
        return { kind, bytes: Buffer.concat([...head, frame(opcode, s, r.bytes(r.int(64)))]), aligned: true, malformed };
      }
      case 'response-opcode': {
        const opcode = r.pick([OP.ERROR, OP.READY, OP.AUTHENTICATE, OP.SUPPORTED, OP.RESULT, OP.EVENT, OP.AUTH_CHALLENGE, OP.AUTH_SUCCESS]);
        malformed.add(s);
        return { kind, bytes: Buffer.concat([...head, frame(opcode, s, r.bytes(r.int(32)))]), aligned: true, malformed };
      }
      case 'wrong-version': {
        const version = r.pick([0, 1, 2, 3, 5, 6, 0x42, 0x84, 0x85, 0xff, r.int(256) | 0x80]);
        malformed.add(s);
        const { opcode, shaped } = this.request();
        return { kind, bytes: Buffer.concat([...head, frame(withStartup ? opcode : OP.STARTUP, s, withStartup ? shaped.body : startupBody(), { version })]), aligned: true, malformed };
      }
      case 'flags': {
        const { opcode, shaped } = this.request();
        const flags = r.int(256);
        // Garbage flags: compression (never negotiated: refused for sure), a custom payload
        // read off a body without one, tracing, beta, unknown bits.
        if ((flags & 0x01) !== 0) malformed.add(s);
        return { kind, bytes: Buffer.concat([...head, frame(withStartup ? opcode : OP.OPTIONS, s, withStartup ? shaped.body : Buffer.alloc(0), { flags })]), aligned: true, malformed };
      }
      case 'truncated-header':
        return { kind, bytes: Buffer.concat([...head, frame(OP.QUERY, s, Buffer.alloc(0)).subarray(0, r.int(HEADER_BYTES))]), aligned: false, malformed };
      case 'truncated-body': {
        const { opcode, shaped } = this.request();
        const whole = frame(opcode, s, shaped.body);
        return { kind, bytes: Buffer.concat([...head, whole.subarray(0, HEADER_BYTES + r.int(shaped.body.length))]), aligned: false, malformed };
      }
      case 'short-length': {
        // The header says less than the body: what follows is read as the next header.
        const { opcode, shaped } = this.request();
        const length = r.int(shaped.body.length);
        return { kind, bytes: Buffer.concat([...head, frame(opcode, s, shaped.body, { length })]), aligned: false, malformed };
      }
      case 'huge-length': {
        // Over the limit (or negative as a signed int): refused on the header, the connection closed.
        const length = r.pick([0xffffffff, 0x80000000, FRAME_BODY_BYTES_MAX + 1, FRAME_BODY_BYTES_MAX + 1 + r.int(0x7fffffff - FRAME_BODY_BYTES_MAX), 0x80000000 + r.int(0x7fffffff)]);
        malformed.add(s);
        return { kind, bytes: Buffer.concat([...head, frame(r.pick([OP.QUERY, OP.STARTUP, OP.OPTIONS, 0x42]), s, r.bytes(r.int(64)), { length })]), aligned: false, malformed };
      }
      case 'oversized': {
        // The body really sent, past the limit (in part: the gateway refuses it on the header).
        malformed.add(s);
        const body = Buffer.alloc(r.chance(0.1) ? FRAME_BODY_BYTES_MAX + 1 : 64 * 1024 + r.int(256 * 1024), 0x41);
        return { kind, bytes: Buffer.concat([...head, frame(OP.QUERY, s, body, { length: FRAME_BODY_BYTES_MAX + 1 + r.int(1024) })]), aligned: false, malformed };
      }
      case 'mutated': {
        const { opcode, shaped } = this.request();
        const { body, sure } = this.mutate(shaped);
        const si = r.chance(0.05) ? -1 - r.int(0x8000) : s; // a negative (server event) stream is refused
        if (sure || si < 0) malformed.add(si);
        return { kind, bytes: Buffer.concat([startup, frame(opcode, si, body)]), aligned: true, malformed };
      }
      case 'pipelined': {
        // Many frames in one write, valid and mutated, before STARTUP or after it.
        const frames: Buffer[] = [...head];
        const n = 10 + r.int(190);
        for (let i = 0; i < n; i++) {
          const si = 1 + ((s + i) % 0x7000);
          const { opcode, shaped } = this.request();
          if (r.chance(0.5)) {
            const { body, sure } = this.mutate(shaped);
            if (sure) malformed.add(si);
            frames.push(frame(opcode, si, body));
          } else {
            frames.push(frame(opcode, si, shaped.body));
          }
        }
        return { kind, bytes: Buffer.concat(frames), aligned: true, malformed };
      }
      case 'garbage':
        return { kind, bytes: Buffer.concat([...head, r.bytes(1 + r.int(2048))]), aligned: false, malformed };
    }
  }
}

/** Everything wrong with one answer frame ('' when it is well formed). */
function checkFrame(f: RawFrame, flags: number, malformed: Set<number>): string {
  if (f.version !== 0x84) return `version byte 0x${f.version.toString(16)}, expected 0x84`;
  if (flags !== 0) return `flags 0x${flags.toString(16)}`;
  const b = f.body;
  let pos = 0;
  const need = (n: number) => {
    if (pos + n > b.length) throw new Error(`body ends at ${b.length}, needs ${pos + n}`);
  };
  const short = () => (need(2), (pos += 2), b.readUInt16BE(pos - 2));
  const int = () => (need(4), (pos += 4), b.readInt32BE(pos - 4));
  const string = () => {
    const n = short();
    need(n);
    pos += n;
    return b.toString('utf8', pos - n, pos);
  };
  try {
    switch (f.opcode) {
      case OP.ERROR: {
        const code = int();
        const message = string();
        if (!TYPED_ERROR_CODES.has(code)) return `error code 0x${code.toString(16)}: ${message}`;
        const byte = () => (need(1), pos++);
        const fields: Record<number, (() => unknown)[]> = {
          0x1000: [short, int, int],
          0x1100: [short, int, int, string],
          0x1200: [short, int, int, byte],
          0x1300: [short, int, int, int, byte],
          0x1500: [short, int, int, int, string],
          0x2400: [string, string],
        };
        for (const read of fields[code] ?? []) read();
        if (code === 0x1400) {
          string();
          string();
          for (let n = short(); n > 0; n--) string();
        }
        if (code === 0x2500) {
          const n = short();
          need(n);
          pos += n;
        }
        break;
      }
      case OP.READY:
        break;
      case OP.SUPPORTED:
        for (let n = short(); n > 0; n--) {
          string();
          for (let m = short(); m > 0; m--) string();
        }
        break;
      case OP.RESULT: {
        if (malformed.has(f.stream)) return `RESULT on stream ${f.stream}, whose request was malformed`;
        const kind = int();
        if (kind < 1 || kind > 5) return `RESULT kind ${kind}`;
        pos = b.length; // the driver's check below reads results in depth
        break;
      }
      default:
        return `opcode 0x${f.opcode.toString(16)}`;
    }
  } catch (err) {
    return `opcode 0x${f.opcode.toString(16)}: ${(err as Error).message}`;
  }
  if (pos !== b.length) return `opcode 0x${f.opcode.toString(16)}: ${b.length - pos} bytes after the body's fields`;
  return '';
}

interface CaseOutcome {
  frames: { frame: RawFrame; flags: number }[];
  closed: boolean;
  /** The connection ended with an error (a reset): a frame may have been cut short. */
  reset: boolean;
  /** Bytes left after the last whole frame when the connection closed. */
  partial: number;
  /** Streams of the case's frames not answered (aligned cases). */
  unanswered: Set<number>;
}

/** The stream ids of the frames in aligned bytes. */
function streamsOf(bytes: Buffer): Set<number> {
  const out = new Set<number>();
  for (let pos = 0; pos + HEADER_BYTES <= bytes.length; pos += HEADER_BYTES + bytes.readUInt32BE(pos + 5)) out.add(bytes.readInt16BE(pos + 2));
  return out;
}

/** Sends a case on a fresh connection and collects the answers until the probe is answered or the connection closes. */
function runCase(port: number, host: string, c: FuzzCase): Promise<CaseOutcome> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, host);
    const out: CaseOutcome = { frames: [], closed: false, reset: false, partial: 0, unanswered: c.aligned ? streamsOf(c.bytes) : new Set() };
    let probeAnswered = false;
    let buffered = Buffer.alloc(0);
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (err) reject(err);
      else resolve(out);
    };
    const timer = setTimeout(() => {
      const waiting = c.aligned ? `answers on streams ${[...out.unanswered].slice(0, 10).join(', ')}${probeAnswered ? '' : ' and the probe'}` : 'the close after our end';
      finish(new Error(`${c.kind}: neither ${waiting} nor the connection closed within ${CASE_WAIT_MS} ms (${out.frames.length} frames so far)`));
    }, CASE_WAIT_MS);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= HEADER_BYTES) {
        const length = buffered.readUInt32BE(5);
        if (buffered.length < HEADER_BYTES + length) break;
        const f: RawFrame = { version: buffered[0]!, stream: buffered.readInt16BE(2), opcode: buffered[4]!, body: buffered.subarray(HEADER_BYTES, HEADER_BYTES + length) };
        const flags = buffered[1]!;
        buffered = buffered.subarray(HEADER_BYTES + length);
        if (f.stream === PROBE_STREAM && f.opcode === OP.SUPPORTED) probeAnswered = true;
        else {
          out.frames.push({ frame: f, flags });
          out.unanswered.delete(f.stream);
        }
      }
      if (probeAnswered && out.unanswered.size === 0) finish();
    });
    socket.on('close', (hadError) => {
      out.closed = true;
      out.reset = hadError;
      out.partial = buffered.length;
      finish();
    });
    socket.on('error', () => undefined); // a reset shows as 'close'
    socket.on('connect', () => {
      socket.write(c.bytes);
      // Aligned bytes: an OPTIONS probe must be answered after them. Otherwise the gateway
      // may rightly wait for the rest of a frame: end our side, it must close.
      if (c.aligned) socket.write(frame(OP.OPTIONS, PROBE_STREAM, Buffer.alloc(0)));
      else socket.end();
    });
  });
}

function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  const kib = Number(/(\d+)/.exec(line ?? '')?.[1]);
  if (!Number.isFinite(kib)) throw new Error(`no VmRSS in /proc/${pid}/status`);
  return kib * 1024;
}

/** One-character and token mutations of CQL text. */
function mutateCql(r: Prng, text: string): string {
  const tokens = ['SELECT', 'FROM', 'WHERE', 'AND', '(', ')', ',', ';', '?', ':x', "'", '"', '--', '/*', '$$', '=', 'IN', 'TOKEN(', 'LIMIT', '-1', '99999999999999999999', '0x', 'NaN', '{', '}', '[', ']', 'ALLOW FILTERING', 'IF NOT EXISTS', 'USING TTL', 'ORDER BY', 'frozen<', '\u0000', '\uffff', 'é', ' '];
  let s = text;
  const n = 1 + r.int(4);
  for (let i = 0; i < n; i++) {
    const at = r.int(s.length + 1);
    switch (r.int(6)) {
      case 0:
        s = s.slice(0, at) + s.slice(at + 1 + r.int(8));
        break;
      case 1:
        s = s.slice(0, at) + r.pick(tokens) + s.slice(at);
        break;
      case 2:
        s = s.slice(0, at);
        break;
      case 3: {
        const from = r.int(s.length + 1);
        s = s.slice(0, at) + s.slice(from, from + 1 + r.int(16)) + s.slice(at);
        break;
      }
      case 4:
        s = s.slice(0, at) + String.fromCharCode(r.int(0x80)) + s.slice(at + 1);
        break;
      default:
        s = s.slice(0, at) + r.pick(tokens).repeat(1 + r.int(200)) + s.slice(at);
    }
  }
  return s;
}

const STATEMENT_BASES = [
  'SELECT release_version FROM system.local',
  "SELECT k, v FROM fuzz.t WHERE k = 1",
  "SELECT * FROM fuzz.t WHERE k IN (1, 2, 3) LIMIT 10",
  "INSERT INTO fuzz.t (k, v) VALUES (7, 'seven') USING TTL 100",
  "UPDATE fuzz.t SET v = 'x' WHERE k = 8 IF EXISTS",
  'DELETE v FROM fuzz.t WHERE k = 9',
  "BEGIN BATCH INSERT INTO fuzz.t (k, v) VALUES (1, 'a'); DELETE FROM fuzz.t WHERE k = 2; APPLY BATCH",
  'SELECT count(*) FROM fuzz.t',
  'SELECT token(k), writetime(v) FROM fuzz.t WHERE token(k) > 0',
  'USE fuzz',
];

describe(`native protocol fuzzing (seed ${SEED})`, () => {
  let cluster: LocalCluster;
  let driver: Client;
  let pid: number;
  let rssStart = 0;
  let preparedId: Buffer;

  const driverStillAnswers = async () => {
    const rs = await driver.execute('SELECT release_version FROM system.local');
    expect(String(rs.first()?.['release_version'])).toMatch(/^4\./);
    expect(cluster.gateway.proc.child.exitCode).toBeNull();
  };

  beforeAll(async () => {
    console.log(`native fuzz: seed ${SEED}, ${FRAME_CASES} frame cases, ${STATEMENT_CASES} statements (NATIVE_FUZZ_SEED=${SEED} replays)`);
    cluster = await LocalCluster.start({ nodes: 1, gatewayArgs: ['--dc', DC] });
    await cluster.ok({ query: "CREATE KEYSPACE fuzz WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}" });
    await cluster.ok({ query: 'CREATE TABLE fuzz.t (k int PRIMARY KEY, v text)' });
    pid = cluster.gateway.proc.child.pid!;
    driver = new Client({ contactPoints: cluster.contactPoints(), localDataCenter: DC, protocolOptions: { port: cluster.nativePort() } });
    await driver.connect();
    const raw = await RawNativeClient.open(cluster.contactPoints()[0]!, cluster.nativePort());
    await raw.handshake();
    const prepared = await raw.request(OP.PREPARE, new Body().longString('INSERT INTO fuzz.t (k, v) VALUES (?, ?)').build());
    raw.close();
    expect(prepared.opcode).toBe(OP.RESULT);
    expect(prepared.body.readInt32BE(0)).toBe(0x0004);
    preparedId = Buffer.from(prepared.body.subarray(6, 6 + prepared.body.readUInt16BE(4)));
    await driverStillAnswers();
    rssStart = rssBytes(pid);
  });
  afterAll(async () => {
    await driver?.shutdown().catch(() => undefined);
    await cluster?.stop();
  });

  it(`answers ${FRAME_CASES} malformed frame cases with typed errors or a closed connection, and keeps serving`, async () => {
    const fuzzer = new FrameFuzzer(new Prng(SEED), preparedId);
    const cases = Array.from({ length: FRAME_CASES }, () => fuzzer.next());
    const host = cluster.contactPoints()[0]!;
    const port = cluster.nativePort();
    const failures: string[] = [];
    const kinds = new Map<string, number>();
    let answers = 0;
    let closes = 0;
    let errors = 0;
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < cases.length) {
        const i = next++;
        const c = cases[i]!;
        kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
        const outcome = await runCase(port, host, c).catch((err: Error) => {
          failures.push(`case ${i}: ${err.message}`);
          return undefined;
        });
        if (outcome !== undefined) {
          answers += outcome.frames.length;
          if (outcome.closed) closes++;
          const sent = c.aligned ? streamsOf(c.bytes) : undefined;
          for (const { frame: f, flags } of outcome.frames) {
            if (f.opcode === OP.ERROR) errors++;
            const problem = sent !== undefined && !sent.has(f.stream) ? 'an answer on a stream no request used' : checkFrame(f, flags, c.malformed);
            if (problem !== '') failures.push(`case ${i} (${c.kind}), stream ${f.stream}: ${problem}`);
          }
          if (outcome.partial !== 0 && !outcome.reset) failures.push(`case ${i} (${c.kind}): ${outcome.partial} bytes of an unfinished frame before the close`);
        }
        if (++done % DRIVER_CHECK_EVERY_CASES === 0) await driverStillAnswers();
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS_AT_ONCE }, worker));
    await driverStillAnswers();
    const rssEnd = rssBytes(pid);
    const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
    console.log(
      `native fuzz: seed ${SEED}: ${FRAME_CASES} cases (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}), ${answers} answer frames (${errors} errors), ${closes} connections closed by the gateway or after our end; ` +
        `gateway RSS ${mib(rssStart)} MiB -> ${mib(rssEnd)} MiB (bound ${mib(rssStart + RSS_GROWTH_BYTES_MAX)} MiB); ${failures.length} failures`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(rssEnd).toBeLessThan(rssStart + RSS_GROWTH_BYTES_MAX);
  });

  it('does not keep a connection after a fatal protocol error when the client keeps its own side open', async () => {
    const open = async () => Number(/^cassia_native_connections(?:\{[^}]*\})? (\d+)/m.exec(await cluster.metrics(cluster.gateway))?.[1]);
    const before = await open();
    const r = new Prng(SEED ^ 0x0fa1);
    const sockets: Socket[] = [];
    try {
      for (let i = 0; i < HALF_OPEN_CONNECTIONS; i++) {
        const fatal = r.chance(0.5)
          ? frame(OP.STARTUP, 1, startupBody(), { version: r.pick([3, 5, 0x42]) })
          : frame(OP.QUERY, 1, Buffer.alloc(0), { length: FRAME_BODY_BYTES_MAX + 1 + r.int(1 << 20) });
        const socket = connect({ port: cluster.nativePort(), host: cluster.contactPoints()[0]!, allowHalfOpen: true });
        socket.on('error', () => undefined);
        sockets.push(socket);
        const answer = await new Promise<Buffer>((resolve) => {
          let got = Buffer.alloc(0);
          socket.on('data', (chunk: Buffer) => (got = Buffer.concat([got, chunk])));
          socket.on('end', () => resolve(got)); // the gateway's FIN; ours is never sent
          socket.on('connect', () => socket.write(fatal));
        });
        expect(answer[4]).toBe(OP.ERROR);
        expect(answer.readInt32BE(HEADER_BYTES)).toBe(PROTOCOL_ERROR);
      }
      // Each gateway-side socket must go, not linger half-open for as long as the client likes.
      await eventually('the half-open connections to be dropped', async () => (await open()) <= before);
    } finally {
      for (const s of sockets) s.destroy();
    }
  });

  it(`bounds the memory of ${HOLDERS} connections each holding a half-sent frame of ${HELD_BODY_BYTES} bytes`, async () => {
    const rssBefore = rssBytes(pid);
    let rssPeak = rssBefore;
    const sockets: Socket[] = [];
    const outcomes: Promise<{ answer: Buffer; closed: boolean }>[] = [];
    try {
      for (let i = 0; i < HOLDERS; i++) {
        const socket = connect(cluster.nativePort(), cluster.contactPoints()[0]!);
        socket.on('error', () => undefined);
        sockets.push(socket);
        let answer = Buffer.alloc(0);
        let closed = false;
        socket.on('data', (chunk: Buffer) => (answer = Buffer.concat([answer, chunk])));
        outcomes.push(new Promise((resolve) => socket.on('close', () => resolve({ answer, closed: (closed = true) }))));
        await new Promise<void>((resolve) => {
          socket.on('connect', () => {
            socket.write(frame(OP.STARTUP, 0, startupBody()));
            // Declares the largest body allowed, sends part of it, and never the rest.
            socket.write(Buffer.concat([frame(OP.QUERY, 1, Buffer.alloc(0), { length: FRAME_BODY_BYTES_MAX }), Buffer.alloc(HELD_BODY_BYTES, 0x41)]), () => resolve());
            socket.once('close', () => resolve());
          });
        });
        if (!closed) rssPeak = Math.max(rssPeak, rssBytes(pid));
      }
      await driverStillAnswers();
      rssPeak = Math.max(rssPeak, rssBytes(pid));
    } finally {
      for (const s of sockets) s.destroy();
    }
    let refused = 0;
    for (const { answer } of await Promise.all(outcomes)) {
      if (answer.length === 0) continue; // held until we let go
      const f: RawFrame = { version: answer[0]!, stream: answer.readInt16BE(2), opcode: answer[4]!, body: answer.subarray(HEADER_BYTES, HEADER_BYTES + answer.readUInt32BE(5)) };
      if (f.opcode === OP.READY) {
        const rest = answer.subarray(HEADER_BYTES + f.body.length);
        if (rest.length === 0) continue;
        const e: RawFrame = { version: rest[0]!, stream: rest.readInt16BE(2), opcode: rest[4]!, body: rest.subarray(HEADER_BYTES, HEADER_BYTES + rest.readUInt32BE(5)) };
        expect(checkFrame(e, rest[1]!, new Set([1]))).toBe('');
        expect(e.opcode).toBe(OP.ERROR);
        refused++;
      } else {
        expect(checkFrame(f, answer[1]!, new Set([0, 1]))).toBe('');
      }
    }
    const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
    console.log(`native fuzz: ${HOLDERS} connections holding ${mib(HELD_BODY_BYTES)} MiB half-sent frames: ${refused} refused; gateway RSS ${mib(rssBefore)} MiB -> peak ${mib(rssPeak)} MiB (bound ${mib(rssBefore + RSS_GROWTH_BYTES_MAX)} MiB)`);
    expect(rssPeak).toBeLessThan(rssBefore + RSS_GROWTH_BYTES_MAX);
    await driverStillAnswers();
  });

  it(`answers ${STATEMENT_CASES} mutated CQL texts with results or typed errors`, async () => {
    const r = new Prng(SEED ^ 0x5eed);
    const c = await RawNativeClient.open(cluster.contactPoints()[0]!, cluster.nativePort());
    try {
      await c.handshake();
      const failures: string[] = [];
      const codes = new Map<number, number>();
      for (let i = 0; i < STATEMENT_CASES; i++) {
        const text = mutateCql(r, r.pick(STATEMENT_BASES));
        const answer = await c.request(OP.QUERY, new Body().longString(text).short(1).byte(0).build(), 4, CASE_WAIT_MS);
        const problem = checkFrame(answer, 0, new Set());
        if (problem !== '') failures.push(`statement ${i} ${JSON.stringify(text.slice(0, 200))}: ${problem}`);
        const code = answer.opcode === OP.ERROR ? answer.body.readInt32BE(0) : -1;
        codes.set(code, (codes.get(code) ?? 0) + 1);
        if (i % DRIVER_CHECK_EVERY_CASES === 0) await driverStillAnswers();
      }
      console.log(`native fuzz: seed ${SEED}: ${STATEMENT_CASES} mutated statements: ${[...codes].map(([k, n]) => `${k < 0 ? 'RESULT' : `0x${k.toString(16).padStart(4, '0')}`} ${n}`).join(', ')}; ${failures.length} failures`);
      expect(failures.slice(0, 20)).toEqual([]);
      expect(codes.get(PROTOCOL_ERROR) ?? 0).toBe(0); // well-formed frames: refused for their CQL, never for their framing
    } finally {
      c.close();
    }
    await driverStillAnswers();
  });
});

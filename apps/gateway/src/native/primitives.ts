// The native protocol's notations (native_protocol_v4.spec, section 3), all big-endian:
//   [int] 4-byte signed   [long] 8-byte signed   [byte] 1   [short] 2-byte unsigned
//   [string] [short] n + n bytes UTF-8            [long string] [int] n + n bytes UTF-8
//   [uuid] 16 bytes                               [string list] [short] n + n [string]
//   [bytes] [int] n + n bytes (n < 0: null)       [value] as [bytes], n = -2: "not set"
//   [short bytes] [short] n + n bytes             [inet] 1-byte size (4|16) + address + [int] port
//   [consistency] [short]                         [string map] [short] n + n ([string],[string])
//   [string multimap] [short] n + n ([string],[string list])
//   [bytes map] [short] n + n ([string],[bytes])
// BodyReader throws ProtocolError on anything truncated or malformed, naming what it was
// reading; BodyWriter grows as needed.
import { ProtocolError } from '@cassia/cql-lite';

/** A [value] the client marked "not set" (length -2): the column is left unchanged. */
export const UNSET = Symbol('unset');
export type Value = Uint8Array | null | typeof UNSET;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Encoder = new TextEncoder();

export class BodyReader {
  private pos = 0;
  private readonly view: DataView;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  private need(n: number, what: string): void {
    if (this.pos + n > this.bytes.length) {
      throw new ProtocolError(`Not enough bytes to read ${what}: need ${n} at offset ${this.pos}, have ${this.bytes.length - this.pos}`);
    }
  }

  byte(): number {
    this.need(1, 'a [byte]');
    return this.view.getUint8(this.pos++);
  }

  short(): number {
    this.need(2, 'a [short]');
    const v = this.view.getUint16(this.pos);
    this.pos += 2;
    return v;
  }

  int(): number {
    this.need(4, 'an [int]');
    const v = this.view.getInt32(this.pos);
    this.pos += 4;
    return v;
  }

  long(): bigint {
    this.need(8, 'a [long]');
    const v = this.view.getBigInt64(this.pos);
    this.pos += 8;
    return v;
  }

  private raw(n: number, what: string): Uint8Array {
    this.need(n, what);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  private text(n: number, what: string): string {
    const bytes = this.raw(n, what);
    try {
      return utf8.decode(bytes);
    } catch {
      throw new ProtocolError(`${what} is not valid UTF-8`);
    }
  }

  string(): string {
    return this.text(this.short(), 'a [string]');
  }

  longString(): string {
    const n = this.int();
    if (n < 0) throw new ProtocolError(`a [long string] has a negative length ${n}`);
    return this.text(n, 'a [long string]');
  }

  uuid(): Uint8Array {
    return this.raw(16, 'a [uuid]');
  }

  stringList(): string[] {
    const n = this.short();
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.string());
    return out;
  }

  /** [bytes]: null for a negative length. */
  bytesOrNull(): Uint8Array | null {
    const n = this.int();
    return n < 0 ? null : this.raw(n, 'a [bytes]');
  }

  /** [value]: null (-1), UNSET (-2); any other negative length is malformed. */
  value(): Value {
    const n = this.int();
    if (n === -1) return null;
    if (n === -2) return UNSET;
    if (n < 0) throw new ProtocolError(`a [value] has an invalid length ${n}`);
    return this.raw(n, 'a [value]');
  }

  shortBytes(): Uint8Array {
    return this.raw(this.short(), 'a [short bytes]');
  }

  consistency(): number {
    return this.short();
  }

  stringMap(): Map<string, string> {
    const n = this.short();
    const out = new Map<string, string>();
    for (let i = 0; i < n; i++) out.set(this.string(), this.string());
    return out;
  }

  stringMultimap(): Map<string, string[]> {
    const n = this.short();
    const out = new Map<string, string[]>();
    for (let i = 0; i < n; i++) out.set(this.string(), this.stringList());
    return out;
  }

  bytesMap(): Map<string, Uint8Array | null> {
    const n = this.short();
    const out = new Map<string, Uint8Array | null>();
    for (let i = 0; i < n; i++) out.set(this.string(), this.bytesOrNull());
    return out;
  }

  /** Throws ProtocolError when bytes are left over (a message longer than its fields). */
  end(what: string): void {
    if (this.remaining !== 0) throw new ProtocolError(`${this.remaining} unexpected bytes after the ${what} message`);
  }
}

export class BodyWriter {
  private buf = new Uint8Array(256);
  private view = new DataView(this.buf.buffer);
  private pos = 0;

  private reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.pos + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  byte(v: number): this {
    this.reserve(1);
    this.view.setUint8(this.pos++, v);
    return this;
  }

  short(v: number): this {
    if (!Number.isInteger(v) || v < 0 || v > 0xffff) throw new RangeError(`[short] out of range: ${v}`);
    this.reserve(2);
    this.view.setUint16(this.pos, v);
    this.pos += 2;
    return this;
  }

  int(v: number): this {
    this.reserve(4);
    this.view.setInt32(this.pos, v);
    this.pos += 4;
    return this;
  }

  long(v: bigint): this {
    this.reserve(8);
    this.view.setBigInt64(this.pos, v);
    this.pos += 8;
    return this;
  }

  raw(bytes: Uint8Array): this {
    this.reserve(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
    return this;
  }

  string(s: string): this {
    const bytes = utf8Encoder.encode(s);
    return this.short(bytes.length).raw(bytes);
  }

  longString(s: string): this {
    const bytes = utf8Encoder.encode(s);
    return this.int(bytes.length).raw(bytes);
  }

  uuid(bytes: Uint8Array): this {
    if (bytes.length !== 16) throw new RangeError(`a [uuid] is 16 bytes, got ${bytes.length}`);
    return this.raw(bytes);
  }

  stringList(list: readonly string[]): this {
    this.short(list.length);
    for (const s of list) this.string(s);
    return this;
  }

  /** [bytes]; null is written as length -1. */
  bytes(bytes: Uint8Array | null): this {
    return bytes === null ? this.int(-1) : this.int(bytes.length).raw(bytes);
  }

  shortBytes(bytes: Uint8Array): this {
    return this.short(bytes.length).raw(bytes);
  }

  stringMap(map: ReadonlyMap<string, string>): this {
    this.short(map.size);
    for (const [k, v] of map) this.string(k).string(v);
    return this;
  }

  stringMultimap(map: ReadonlyMap<string, readonly string[]>): this {
    this.short(map.size);
    for (const [k, v] of map) this.string(k).stringList(v);
    return this;
  }

  /** [inet]: address bytes (4 or 16) and port. */
  inet(address: Uint8Array, port: number): this {
    if (address.length !== 4 && address.length !== 16) throw new RangeError(`an [inet] address is 4 or 16 bytes, got ${address.length}`);
    return this.byte(address.length).raw(address).int(port);
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}

// A minimal CQL native protocol v4 client for end-to-end checks below the drivers: raw
// frames, answers collected by stream id, server events (stream -1) kept in arrival order.
// Bodies are built and read with the small helpers here (native_protocol_v4.spec section 3).
import { connect, type Socket } from 'node:net';

export const OPCODE = { ERROR: 0x00, STARTUP: 0x01, READY: 0x02, OPTIONS: 0x05, SUPPORTED: 0x06, QUERY: 0x07, RESULT: 0x08, REGISTER: 0x0b, EVENT: 0x0c } as const;
const HEADER_BYTES = 9;

export interface RawFrame {
  version: number;
  stream: number;
  opcode: number;
  body: Buffer;
}

/** Builds a body from [string], [long string], [short], [int], [byte] and [string list] pieces. */
export class Body {
  private readonly parts: Buffer[] = [];
  short(v: number): this {
    const b = Buffer.alloc(2);
    b.writeUInt16BE(v);
    this.parts.push(b);
    return this;
  }
  int(v: number): this {
    const b = Buffer.alloc(4);
    b.writeInt32BE(v);
    this.parts.push(b);
    return this;
  }
  byte(v: number): this {
    this.parts.push(Buffer.of(v));
    return this;
  }
  string(s: string): this {
    return this.short(Buffer.byteLength(s)).raw(Buffer.from(s));
  }
  longString(s: string): this {
    return this.int(Buffer.byteLength(s)).raw(Buffer.from(s));
  }
  stringList(list: string[]): this {
    this.short(list.length);
    for (const s of list) this.string(s);
    return this;
  }
  stringMap(map: Record<string, string>): this {
    this.short(Object.keys(map).length);
    for (const [k, v] of Object.entries(map)) this.string(k).string(v);
    return this;
  }
  raw(b: Buffer): this {
    this.parts.push(b);
    return this;
  }
  build(): Buffer {
    return Buffer.concat(this.parts);
  }
}

/** Reads a body back. */
export class Reader {
  private pos = 0;
  constructor(private readonly b: Buffer) {}
  short(): number {
    return this.b.readUInt16BE((this.pos += 2) - 2);
  }
  int(): number {
    return this.b.readInt32BE((this.pos += 4) - 4);
  }
  byte(): number {
    return this.b.readUInt8(this.pos++);
  }
  string(): string {
    const n = this.short();
    return this.b.toString('utf8', this.pos, (this.pos += n));
  }
  /** [inet] as "a.b.c.d:port" (IPv4 only). */
  inet(): string {
    const n = this.byte();
    const address = [...this.b.subarray(this.pos, (this.pos += n))].join('.');
    return `${address}:${this.int()}`;
  }
}

export class RawNativeClient {
  private buffered = Buffer.alloc(0);
  private readonly answers: RawFrame[] = [];
  readonly events: RawFrame[] = [];
  private wake: (() => void)[] = [];
  private nextStream = 1;
  closed = false;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      while (this.buffered.length >= HEADER_BYTES) {
        const length = this.buffered.readUInt32BE(5);
        if (this.buffered.length < HEADER_BYTES + length) break;
        const frame = { version: this.buffered[0]!, stream: this.buffered.readInt16BE(2), opcode: this.buffered[4]!, body: this.buffered.subarray(HEADER_BYTES, HEADER_BYTES + length) };
        this.buffered = this.buffered.subarray(HEADER_BYTES + length);
        (frame.stream < 0 ? this.events : this.answers).push(frame);
      }
      for (const w of this.wake.splice(0)) w();
    });
    socket.on('close', () => {
      this.closed = true;
      for (const w of this.wake.splice(0)) w();
    });
    socket.on('error', () => undefined);
  }

  static open(host: string, port: number): Promise<RawNativeClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, host, () => resolve(new RawNativeClient(socket)));
      socket.once('error', reject);
    });
  }

  /** Sends a request and waits for its answer. */
  async request(opcode: number, body: Buffer = Buffer.alloc(0), version = 4, timeoutMs = 10_000): Promise<RawFrame> {
    const stream = this.nextStream++;
    const header = Buffer.alloc(HEADER_BYTES);
    header[0] = version;
    header.writeInt16BE(stream, 2);
    header[4] = opcode;
    header.writeUInt32BE(body.length, 5);
    this.socket.write(Buffer.concat([header, body]));
    return this.until(`an answer on stream ${stream}`, timeoutMs, () => {
      const i = this.answers.findIndex((f) => f.stream === stream);
      return i < 0 ? undefined : this.answers.splice(i, 1)[0];
    });
  }

  /** STARTUP with CQL 3.0.0, then REGISTER for `events` (if any). */
  async handshake(events: string[] = []): Promise<void> {
    const ready = await this.request(OPCODE.STARTUP, new Body().stringMap({ CQL_VERSION: '3.0.0' }).build());
    if (ready.opcode !== OPCODE.READY) throw new Error(`STARTUP answered opcode ${ready.opcode}`);
    if (events.length > 0) {
      const registered = await this.request(OPCODE.REGISTER, new Body().stringList(events).build());
      if (registered.opcode !== OPCODE.READY) throw new Error(`REGISTER answered opcode ${registered.opcode}`);
    }
  }

  /** QUERY at ONE without values. */
  query(cql: string): Promise<RawFrame> {
    return this.request(OPCODE.QUERY, new Body().longString(cql).short(1).byte(0).build());
  }

  /** Waits for an event `match` accepts (removing it); events before it stay. */
  nextEvent(match: (e: string[]) => boolean, timeoutMs = 30_000): Promise<string[]> {
    return this.until('an event', timeoutMs, () => {
      for (let i = 0; i < this.events.length; i++) {
        const decoded = decodeEvent(this.events[i]!.body);
        if (match(decoded)) {
          this.events.splice(i, 1);
          return decoded;
        }
      }
      return undefined;
    });
  }

  private async until<T>(what: string, timeoutMs: number, probe: () => T | undefined): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = probe();
      if (found !== undefined) return found;
      if (this.closed) throw new Error(`connection closed while waiting for ${what}`);
      if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms`);
      await new Promise<void>((r) => {
        this.wake.push(r);
        setTimeout(r, 100);
      });
    }
  }

  close(): void {
    this.socket.destroy();
  }

  async waitClosed(timeoutMs = 5_000): Promise<void> {
    await this.until('the connection to close', timeoutMs, () => (this.closed ? true : undefined));
  }
}

/** An EVENT body as its strings: [type, change, ...] (addresses as "ip:port"). */
export function decodeEvent(body: Buffer): string[] {
  const r = new Reader(body);
  const type = r.string();
  if (type === 'SCHEMA_CHANGE') {
    const change = r.string();
    const target = r.string();
    const out = [type, change, target, r.string()];
    if (target !== 'KEYSPACE') out.push(r.string());
    return out;
  }
  return [type, r.string(), r.inet()];
}

/** An ERROR body's code and message. */
export function decodeError(body: Buffer): { code: number; message: string } {
  const r = new Reader(body);
  return { code: r.int(), message: r.string() };
}

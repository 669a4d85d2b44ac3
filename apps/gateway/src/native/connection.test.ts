// The native listener over real sockets, with a fake statement service: handshake and version
// negotiation, out-of-order answers, errors, prepared statements, events, backpressure.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { InvalidRequest, parseType } from '@cassia/cql-lite';
import type { ConsistencyLevel } from '@cassia/ring';
import { createLogger, createRegistry } from '@cassia/telemetry';
import type { ExecResult, ExecuteOptions, PreparedInfo } from '../results.js';
import type { BatchEntry } from '../statements.js';
import type { NativeStatements } from './connection.js';
import { encodeRequest, FrameDecoder, Opcode, type Frame } from './frame.js';
import { QueryFlag } from './messages.js';
import { createNativeMetrics } from './metrics.js';
import { BodyReader, BodyWriter } from './primitives.js';
import { ResultKind } from './result-encoder.js';
import { NativeServer } from './server.js';

/** A statement service whose answers the test scripts; records what it was asked. */
class FakeStatements implements NativeStatements {
  readonly calls: { query: string; consistency: ConsistencyLevel; options: ExecuteOptions }[] = [];
  readonly batches: { entries: readonly BatchEntry[]; consistency: ConsistencyLevel; options: Pick<ExecuteOptions, 'keyspace' | 'timestamp'> }[] = [];
  /** Queries matching a key wait until released. */
  readonly gates = new Map<string, Promise<void>>();
  answer: (query: string, options: ExecuteOptions) => ExecResult = () => ({ kind: 'void' });

  async query(query: string, consistency: ConsistencyLevel, options: ExecuteOptions): Promise<ExecResult> {
    this.calls.push({ query, consistency, options });
    await this.gates.get(query);
    return this.answer(query, options);
  }

  async prepare(query: string): Promise<PreparedInfo> {
    if (query.includes('nope')) throw new InvalidRequest('unconfigured table nope');
    return { markers: [{ keyspace: 'ks', table: 't', name: 'k', type: parseType('int') }], partitionKeyIndexes: [0], resultColumns: undefined };
  }

  async batch(entries: readonly BatchEntry[], consistency: ConsistencyLevel, options: Pick<ExecuteOptions, 'keyspace' | 'timestamp'>): Promise<ExecResult> {
    this.batches.push({ entries, consistency, options });
    return { kind: 'void' };
  }
}

/** A raw protocol client: sends frames, collects answers by stream. */
class RawClient {
  readonly frames: Frame[] = [];
  private readonly decoder = new FrameDecoder();
  private waiters: (() => void)[] = [];
  closed = false;

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.frames.push(...this.decoder.push(chunk));
      this.wake();
    });
    socket.on('close', () => {
      this.closed = true;
      this.wake();
    });
  }

  static open(port: number): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(new RawClient(socket)));
      socket.once('error', reject);
    });
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  send(stream: number, opcode: number, body: Uint8Array = new Uint8Array(0), version = 4): void {
    this.socket.write(encodeRequest(stream, opcode, body, 0, version));
  }

  /** Waits for the answer on `stream` (or an event for stream -1) and removes it. */
  async next(stream: number, timeoutMs = 5_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const i = this.frames.findIndex((f) => f.header.stream === stream);
      if (i >= 0) return this.frames.splice(i, 1)[0]!;
      if (this.closed) throw new Error(`connection closed before an answer on stream ${stream}`);
      if (Date.now() > deadline) throw new Error(`no answer on stream ${stream}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }

  async startup(): Promise<void> {
    this.send(0, Opcode.STARTUP, new BodyWriter().stringMap(new Map([['CQL_VERSION', '3.0.0']])).finish());
    expect((await this.next(0)).header.opcode).toBe(Opcode.READY);
  }

  waitClosed(): Promise<void> {
    return new Promise((r) => (this.closed ? r() : this.socket.once('close', () => r())));
  }
}

const query = (text: string, consistency = 1, flags = 0, rest: (w: BodyWriter) => BodyWriter = (w) => w) =>
  rest(new BodyWriter().longString(text).short(consistency).byte(flags)).finish();

function errorOf(frame: Frame): { code: number; message: string; r: BodyReader } {
  expect(frame.header.opcode).toBe(Opcode.ERROR);
  const r = new BodyReader(frame.body);
  return { code: r.int(), message: r.string(), r };
}

describe('native protocol connections', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function start(options: { requestsInFlightMax?: number; frameBodyBytesMax?: number; halfOpenGraceMs?: number; pendingFrameBytesMax?: number } = {}) {
    const statements = new FakeStatements();
    const registry = createRegistry('gateway-test', 'test');
    const server = new NativeServer({ statements, metrics: createNativeMetrics(registry), log: createLogger('native-test', {}, 'silent'), ...options });
    const port = await server.listen(0, '127.0.0.1');
    cleanups.push(() => server.stop());
    const client = async () => {
      const c = await RawClient.open(port);
      cleanups.push(() => void c.socket.destroy());
      return c;
    };
    return { statements, server, port, client, registry };
  }

  it('refuses other protocol versions the way drivers expect, in a v4 frame, and closes', async () => {
    const { client } = await start();
    for (const version of [0x42, 5, 3]) {
      const c = await client();
      c.send(7, Opcode.STARTUP, new BodyWriter().stringMap(new Map([['CQL_VERSION', '3.0.0']])).finish(), version);
      const answer = await c.next(7);
      expect(answer.header.version).toBe(4);
      const e = errorOf(answer);
      expect(e.code).toBe(0x000a);
      expect(e.message).toBe(`Invalid or unsupported protocol version (${version}); supported versions are (4/v4)`);
      await c.waitClosed();
    }
  });

  it('answers OPTIONS, wants STARTUP first, refuses compression and a second STARTUP', async () => {
    const { client } = await start();
    const c = await client();
    c.send(1, Opcode.OPTIONS);
    const supported = await c.next(1);
    expect(supported.header.opcode).toBe(Opcode.SUPPORTED);
    expect(new BodyReader(supported.body).stringMultimap().get('PROTOCOL_VERSIONS')).toEqual(['4/v4']);
    c.send(2, Opcode.QUERY, query('SELECT 1'));
    expect(errorOf(await c.next(2)).message).toBe('Unexpected message QUERY, expecting STARTUP or OPTIONS');
    c.send(3, Opcode.STARTUP, new BodyWriter().stringMap(new Map([['CQL_VERSION', '3.0.0'], ['COMPRESSION', 'lz4']])).finish());
    expect(errorOf(await c.next(3)).message).toMatch(/^Unknown compression algorithm: lz4/);
    c.send(4, Opcode.STARTUP, new BodyWriter().stringMap(new Map()).finish());
    expect(errorOf(await c.next(4)).message).toBe('Missing value CQL_VERSION in STARTUP message');
    await c.startup();
    c.send(5, Opcode.STARTUP, new BodyWriter().stringMap(new Map([['CQL_VERSION', '3.0.0']])).finish());
    expect(errorOf(await c.next(5)).code).toBe(0x000a);
  });

  it('runs requests concurrently and answers each on its stream as it completes', async () => {
    const { client, statements } = await start();
    let release!: () => void;
    statements.gates.set('SLOW', new Promise((r) => (release = r)));
    const c = await client();
    await c.startup();
    c.send(10, Opcode.QUERY, query('SLOW'));
    c.send(11, Opcode.QUERY, query('FAST'));
    expect((await c.next(11)).header.opcode).toBe(Opcode.RESULT);
    expect(c.frames).toHaveLength(0);
    release();
    expect([...(await c.next(10)).body]).toEqual([0, 0, 0, ResultKind.VOID]);
  });

  it('maps query parameters to execute options and keeps the session keyspace', async () => {
    const { client, statements } = await start();
    statements.answer = (q) => (q === 'USE ks' ? { kind: 'set_keyspace', keyspace: 'ks' } : { kind: 'rows', columns: [], rows: [], pagingState: 'next' });
    const c = await client();
    await c.startup();
    c.send(1, Opcode.QUERY, query('USE ks'));
    await c.next(1);
    const flags = QueryFlag.VALUES | QueryFlag.PAGE_SIZE | QueryFlag.WITH_PAGING_STATE | QueryFlag.WITH_DEFAULT_TIMESTAMP;
    c.send(2, Opcode.QUERY, query('SELECT', 4, flags, (w) => w.short(1).int(1).raw(Uint8Array.of(5)).int(50).bytes(new TextEncoder().encode('prev')).long(123n)));
    const rows = new BodyReader((await c.next(2)).body);
    expect([rows.int(), rows.int(), rows.int(), new TextDecoder().decode(rows.bytesOrNull()!), rows.int()]).toEqual([ResultKind.ROWS, 0x0002, 0, 'next', 0]);
    const call = statements.calls[1]!;
    expect(call.consistency).toBe('QUORUM');
    expect(call.options).toMatchObject({ keyspace: 'ks', paramsKey: '05', pageSize: 50, pagingState: 'prev', timestamp: 123n });
    expect([...(call.options.params({ kind: 'bind', index: 0 }, parseType('blob'), 'x') as Uint8Array)]).toEqual([5]);
  });

  it('prepares, executes by id, answers UNPREPARED for an unknown id, runs batches', async () => {
    const { client, statements } = await start();
    const c = await client();
    await c.startup();
    c.send(1, Opcode.PREPARE, new BodyWriter().longString('SELECT * FROM t WHERE k = ?').finish());
    const prepared = new BodyReader((await c.next(1)).body);
    expect(prepared.int()).toBe(ResultKind.PREPARED);
    const id = prepared.shortBytes();
    expect(id).toHaveLength(16);
    c.send(2, Opcode.EXECUTE, new BodyWriter().shortBytes(id).short(1).byte(QueryFlag.VALUES).short(1).int(4).raw(Uint8Array.of(0, 0, 0, 7)).finish());
    expect((await c.next(2)).header.opcode).toBe(Opcode.RESULT);
    expect(statements.calls[0]!.query).toBe('SELECT * FROM t WHERE k = ?');
    const unknown = Uint8Array.of(1, 2, 3);
    c.send(3, Opcode.EXECUTE, new BodyWriter().shortBytes(unknown).short(1).byte(0).finish());
    const e = errorOf(await c.next(3));
    expect(e.code).toBe(0x2500);
    expect([...e.r.shortBytes()]).toEqual([1, 2, 3]);
    c.send(4, Opcode.PREPARE, new BodyWriter().longString('SELECT * FROM nope').finish());
    expect(errorOf(await c.next(4)).code).toBe(0x2200);
    const batch = new BodyWriter().byte(0).short(2)
      .byte(0).longString('INSERT 1').short(0)
      .byte(1).shortBytes(id).short(1).int(4).raw(Uint8Array.of(0, 0, 0, 8))
      .short(5).byte(0x20).long(99n).finish();
    c.send(5, Opcode.BATCH, batch);
    expect([...(await c.next(5)).body]).toEqual([0, 0, 0, ResultKind.VOID]);
    expect(statements.batches[0]!.entries.map((e) => e.query)).toEqual(['INSERT 1', 'SELECT * FROM t WHERE k = ?']);
    expect(statements.batches[0]!.consistency).toBe('ALL');
    expect(statements.batches[0]!.options.timestamp).toBe(99n);
    c.send(6, Opcode.BATCH, new BodyWriter().byte(2).short(0).short(1).byte(0).finish());
    expect(errorOf(await c.next(6)).message).toBe('Cannot include non-counter statement in a counter batch');
  });

  it('answers malformed bodies and unexpected failures without closing', async () => {
    const { client, statements, registry } = await start();
    statements.answer = (q) => {
      if (q === 'BOOM') throw new TypeError('bug');
      return { kind: 'void' };
    };
    const c = await client();
    await c.startup();
    c.send(1, Opcode.QUERY, Uint8Array.of(0, 0, 0, 9, 1));
    expect(errorOf(await c.next(1)).code).toBe(0x000a);
    c.send(2, Opcode.QUERY, query('BOOM'));
    const e = errorOf(await c.next(2));
    expect([e.code, e.message]).toEqual([0x0000, 'bug']);
    c.send(3, Opcode.RESULT, new Uint8Array(0));
    expect(errorOf(await c.next(3)).code).toBe(0x000a);
    c.send(4, 0x42);
    expect(errorOf(await c.next(4)).message).toBe('Unknown opcode 66');
    c.send(5, Opcode.QUERY, query('OK'));
    expect((await c.next(5)).header.opcode).toBe(Opcode.RESULT);
    const text = await registry.metrics();
    expect(text).toMatch(/cassia_native_request_errors_total\{opcode="query",error="Server"[^}]*\} 1/);
    expect(text).toMatch(/cassia_native_connections\{[^}]*\} 1/);
  });

  it('closes after answering a frame over the size limit', async () => {
    const { client } = await start({ frameBodyBytesMax: 64 });
    const c = await client();
    await c.startup();
    c.send(9, Opcode.QUERY, query('x'.repeat(100)));
    expect(errorOf(await c.next(9)).message).toMatch(/Request is too big/);
    await c.waitClosed();
  });

  it('drops a connection it ended when the client keeps its own side open (found by the native fuzzer)', async () => {
    const { server, port } = await start({ halfOpenGraceMs: 50 });
    const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
    cleanups.push(() => void socket.destroy());
    let answer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => (answer = Buffer.concat([answer, chunk])));
    const ended = new Promise<void>((r) => socket.once('end', () => r())); // our side is never ended
    socket.on('connect', () => socket.write(encodeRequest(0, Opcode.STARTUP, new BodyWriter().stringMap(new Map([['CQL_VERSION', '3.0.0']])).finish(), 0, 3)));
    await ended;
    expect(errorOf(new FrameDecoder().push(answer)[0]!).code).toBe(0x000a);
    for (let waited = 0; server.connectionCount > 0; waited += 10) {
      if (waited > 2_000) throw new Error('the half-open connection was kept');
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(socket.destroyed).toBe(false);
  });

  it('bounds the bytes of incomplete frames all connections hold: past it, Overloaded and closed', async () => {
    const { server, client } = await start({ pendingFrameBytesMax: 1_000 });
    const until = async (what: string, ok: () => boolean) => {
      for (let waited = 0; !ok(); waited += 10) {
        if (waited > 2_000) throw new Error(`not reached: ${what}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    };
    const frameOf = (stream: number) => encodeRequest(stream, Opcode.QUERY, query('x'.repeat(800)));
    const a = await client();
    await a.startup();
    const whole = frameOf(5);
    a.socket.write(whole.subarray(0, 600));
    await until('the first half-sent frame counted', () => server.pendingFrameBytes === 600);
    const b = await client();
    await b.startup();
    b.socket.write(frameOf(7).subarray(0, 600)); // 1,200 bytes held in all: over the bound
    const refused = errorOf(await b.next(7));
    expect(refused.code).toBe(0x1001);
    expect(refused.message).toMatch(/incomplete frames/);
    await b.waitClosed();
    expect(server.pendingFrameBytes).toBe(600);
    a.socket.write(whole.subarray(600)); // the first connection's frame completes as usual
    expect((await a.next(5)).header.opcode).toBe(Opcode.RESULT);
    expect(server.pendingFrameBytes).toBe(0);
  });

  it('pushes events to registered connections only', async () => {
    const { client, server } = await start();
    const registered = await client();
    await registered.startup();
    registered.send(1, Opcode.REGISTER, new BodyWriter().stringList(['SCHEMA_CHANGE']).finish());
    expect((await registered.next(1)).header.opcode).toBe(Opcode.READY);
    const other = await client();
    await other.startup();
    expect(server.broadcast({ type: 'STATUS_CHANGE', change: 'UP', address: '127.0.0.2', port: 9042 })).toBe(0);
    expect(server.broadcast({ type: 'SCHEMA_CHANGE', change: 'CREATED', target: 'KEYSPACE', keyspace: 'ks' })).toBe(1);
    const event = await registered.next(-1);
    expect(event.header.opcode).toBe(Opcode.EVENT);
    const r = new BodyReader(event.body);
    expect([r.string(), r.string(), r.string(), r.string()]).toEqual(['SCHEMA_CHANGE', 'CREATED', 'KEYSPACE', 'ks']);
    expect(other.frames).toHaveLength(0);
  });

  it('stops reading beyond its in-flight bound and catches up in order; THROW_ON_OVERLOAD gets Overloaded', async () => {
    const { client, statements } = await start({ requestsInFlightMax: 2 });
    let release!: () => void;
    statements.gates.set('SLOW', new Promise((r) => (release = r)));
    const c = await client();
    await c.startup();
    for (let s = 1; s <= 5; s++) c.send(s, Opcode.QUERY, query(s <= 2 ? 'SLOW' : `Q${s}`));
    await new Promise((r) => setTimeout(r, 100));
    expect(statements.calls.map((x) => x.query)).toEqual(['SLOW', 'SLOW']); // the rest wait, unread or queued
    release();
    for (let s = 1; s <= 5; s++) expect((await c.next(s)).header.opcode).toBe(Opcode.RESULT);
    expect(statements.calls.map((x) => x.query)).toEqual(['SLOW', 'SLOW', 'Q3', 'Q4', 'Q5']);

    let release2!: () => void;
    statements.gates.set('SLOW2', new Promise((r) => (release2 = r)));
    const t = await client();
    t.send(0, Opcode.STARTUP, new BodyWriter().stringMap(new Map([['CQL_VERSION', '3.0.0'], ['THROW_ON_OVERLOAD', '1']])).finish());
    await t.next(0);
    for (let s = 1; s <= 3; s++) t.send(s, Opcode.QUERY, query('SLOW2'));
    expect(errorOf(await t.next(3)).code).toBe(0x1001);
    release2();
    expect((await t.next(1)).header.opcode).toBe(Opcode.RESULT);
    expect((await t.next(2)).header.opcode).toBe(Opcode.RESULT);
  });
});

// One client connection of the CQL native protocol v4: frames in (FrameDecoder), requests
// run concurrently, responses out as they complete (any order, each on its request's stream).
//
// Lifecycle: OPTIONS may come first; STARTUP (CQL_VERSION 3.x, no COMPRESSION) is answered
// READY at once (no authentication); anything else before it is a ProtocolError. After
// that: QUERY, PREPARE, EXECUTE, BATCH, REGISTER (then EVENT frames on stream -1).
//
// Errors: a CqlError becomes an ERROR on the request's stream; anything else is logged and
// answered as a Server error; the connection stays up. It is closed (after the answer) only
// when the byte stream can no longer be trusted: a frame of a version other than 4 — which
// is how drivers negotiate: they try their highest version, read "Invalid or unsupported
// protocol version (N); supported versions are (4/v4)" in a v4 frame, reconnect with v4 —
// or a frame body over the size limit.
//
// Memory: a connection buffers at most one incomplete frame (up to the frame size limit), and
// all connections of a server together at most NATIVE_PENDING_FRAME_BYTES_MAX of them (a
// FrameBytesBudget): the connection whose bytes would go past it is answered Overloaded on
// that frame's stream and closed, so many clients each holding a large half-sent frame
// cannot grow the gateway without bound (NATIVE_CONNECTIONS_MAX × the frame limit).
//
// Backpressure: at most `requestsInFlightMax` (NATIVE_REQUESTS_IN_FLIGHT_PER_CONNECTION_MAX)
// requests run at once. Beyond that the connection stops reading from its socket (frames
// already read wait in order) until some complete, as Cassandra 4 does by default; a client
// whose STARTUP sets THROW_ON_OVERLOAD=1 gets Overloaded errors instead. The connection also
// stops reading while its socket's write buffer is full (a client not reading its answers).
import type { Socket } from 'node:net';
import { CqlError, InvalidRequest, Overloaded, ProtocolError, ServerError, Unprepared } from '@cassia/cql-lite';
import type { ConsistencyLevel } from '@cassia/ring';
import type { Logger } from '@cassia/telemetry';
import type { ExecResult, ExecuteOptions, PreparedInfo } from '../results.js';
import type { BatchEntry } from '../statements.js';
import { encodeResponseHeader, FrameDecoder, FrameFlag, FrameTooLargeError, Opcode, PROTOCOL_VERSION_4, FRAME_BODY_BYTES_MAX, type Frame } from './frame.js';
import { decodeRequest, opcodeName, StartupOption, type EventType, type QueryParameters, type Request } from './messages.js';
import { requestsFor, type NativeMetrics } from './metrics.js';
import { nativeParams, paramsKey } from './params.js';
import { idHex, preparedId, type PreparedCache } from './prepared-cache.js';
import { encodeError, encodeReady, encodeSupported, SUPPORTED_PROTOCOL_VERSIONS } from './responses.js';
import { encodePrepared, encodeResult } from './result-encoder.js';

/** Requests one connection runs at once; beyond it the connection stops reading (or answers Overloaded). */
export const NATIVE_REQUESTS_IN_FLIGHT_PER_CONNECTION_MAX = 2_048;
/** Bytes of incomplete frames all the connections of one server may buffer at once (Cassandra: native_transport_max_request_data_in_flight). */
export const NATIVE_PENDING_FRAME_BYTES_MAX = 128 * 1024 * 1024;

/** The bytes of incomplete frames a server's connections hold, against a bound they share. */
export class FrameBytesBudget {
  used = 0;
  constructor(readonly max = NATIVE_PENDING_FRAME_BYTES_MAX) {}
}

/**
 * How long an ended connection may stay half-open (the client not ending its side) before its
 * socket is destroyed: without it a client that ignores our FIN after a fatal protocol error
 * would hold the connection, and a slot of NATIVE_CONNECTIONS_MAX, for as long as it likes.
 */
export const NATIVE_HALF_OPEN_GRACE_MS = 2_000;
/** Stream id of every server-pushed EVENT. */
export const EVENT_STREAM_ID = -1;

/** What a connection runs statements with: StatementService, or a fake in tests. */
export interface NativeStatements {
  query(query: string, consistency: ConsistencyLevel, options: ExecuteOptions): Promise<ExecResult>;
  prepare(query: string, keyspace: string | undefined): Promise<PreparedInfo>;
  batch(entries: readonly BatchEntry[], consistency: ConsistencyLevel, options: Pick<ExecuteOptions, 'keyspace' | 'timestamp'>): Promise<ExecResult>;
}

export interface ConnectionContext {
  readonly statements: NativeStatements;
  readonly prepared: PreparedCache;
  readonly metrics: NativeMetrics;
  readonly log: Logger;
  readonly frameBodyBytesMax?: number;
  readonly requestsInFlightMax?: number;
  readonly halfOpenGraceMs?: number;
  /** Shared by the server's connections; a connection alone gets its own of NATIVE_PENDING_FRAME_BYTES_MAX. */
  readonly pendingBudget?: FrameBytesBudget;
}

interface Response {
  readonly opcode: number;
  readonly body: Uint8Array;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export class NativeConnection {
  /** Event types this connection REGISTERed for. */
  readonly registered = new Set<EventType>();
  private readonly decoder: FrameDecoder;
  private readonly inFlightMax: number;
  private state: 'new' | 'ready' | 'closing' = 'new';
  /** The session keyspace (USE). */
  private keyspace: string | undefined;
  private throwOnOverload = false;
  private inFlight = 0;
  /** Frames read while `inFlight` was at its bound, in arrival order. */
  private readonly waiting: Frame[] = [];
  private writeBlocked = false;
  private paused = false;
  private readonly budget: FrameBytesBudget;
  /** This connection's share of `budget`: its decoder's pending bytes when last counted. */
  private held = 0;

  constructor(
    private readonly socket: Socket,
    private readonly ctx: ConnectionContext,
  ) {
    this.decoder = new FrameDecoder(ctx.frameBodyBytesMax ?? FRAME_BODY_BYTES_MAX);
    this.inFlightMax = ctx.requestsInFlightMax ?? NATIVE_REQUESTS_IN_FLIGHT_PER_CONNECTION_MAX;
    this.budget = ctx.pendingBudget ?? new FrameBytesBudget();
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('drain', () => {
      this.writeBlocked = false;
      this.updateFlow();
    });
    socket.on('error', (err) => ctx.log.debug({ err, remote: this.remote }, 'native connection error'));
    socket.once('close', () => this.release());
  }

  get remote(): string {
    return `${this.socket.remoteAddress ?? '?'}:${this.socket.remotePort ?? '?'}`;
  }

  /** Pushes an EVENT (its `body` encoded once for every connection) if this connection registered for `type`. */
  pushEvent(type: EventType, body: Uint8Array): boolean {
    if (this.state !== 'ready' || !this.registered.has(type)) return false;
    this.send(EVENT_STREAM_ID, Opcode.EVENT, body);
    return true;
  }

  /**
   * Ends the connection: the socket closes once written out and the client ends its side, or
   * after NATIVE_HALF_OPEN_GRACE_MS if it does not.
   */
  close(): void {
    if (this.closing) return;
    this.state = 'closing';
    this.release(); // bytes read from now on are ignored: the incomplete frame never completes
    this.socket.end();
    const linger = setTimeout(() => this.socket.destroy(), this.ctx.halfOpenGraceMs ?? NATIVE_HALF_OPEN_GRACE_MS);
    linger.unref();
    this.socket.once('close', () => clearTimeout(linger));
  }

  private get closing(): boolean {
    return this.state === 'closing';
  }

  private onData(chunk: Buffer): void {
    if (this.closing) return;
    let frames: Frame[];
    try {
      frames = this.decoder.push(chunk);
    } catch (err) {
      // The byte stream is out of step (or would need buffering past the limit): answer and close.
      const stream = err instanceof FrameTooLargeError ? err.stream : 0;
      this.fail(stream, err instanceof CqlError ? err : new ProtocolError(String(err)), 'unknown');
      return;
    }
    if (!this.count()) {
      const used = this.budget.used;
      this.fail(this.decoder.pendingStream ?? 0, new Overloaded(`incomplete frames of all connections would hold ${used} bytes, over the ${this.budget.max} bytes allowed`), 'unknown');
      return;
    }
    for (const frame of frames) {
      if (this.closing) return; // a frame before this one closed the connection
      this.accept(frame);
    }
  }

  /** Counts the decoder's pending bytes against the budget; false when they take it past its bound. */
  private count(): boolean {
    const pending = this.decoder.pendingBytes;
    this.budget.used += pending - this.held;
    this.held = pending;
    return pending === 0 || this.budget.used <= this.budget.max;
  }

  /** Gives this connection's pending bytes back to the budget and drops them. */
  private release(): void {
    this.decoder.discard();
    this.budget.used -= this.held;
    this.held = 0;
  }

  private accept(frame: Frame): void {
    const { header } = frame;
    const opcode = opcodeName(header.opcode);
    requestsFor(this.ctx.metrics, opcode).inc();
    if (header.version !== PROTOCOL_VERSION_4) {
      const supported = SUPPORTED_PROTOCOL_VERSIONS.join(', ');
      this.fail(header.stream, new ProtocolError(`Invalid or unsupported protocol version (${header.version}); supported versions are (${supported})`), opcode);
      return;
    }
    if (this.inFlight >= this.inFlightMax || this.waiting.length > 0) {
      if (this.throwOnOverload) {
        this.answerError(header.stream, new Overloaded(`more than ${this.inFlightMax} requests in flight on this connection`), opcode);
        return;
      }
      this.waiting.push(frame);
      this.updateFlow();
      return;
    }
    this.start(frame);
  }

  private start(frame: Frame): void {
    this.inFlight++;
    this.handle(frame).then(
      (response) => this.finish(frame, response, undefined),
      (err: unknown) => this.finish(frame, undefined, err),
    );
  }

  /** Answers a request started by `start` (its response, or its error), then starts waiting ones. */
  private finish(frame: Frame, response: Response | undefined, err: unknown): void {
    const { stream } = frame.header;
    try {
      if (response !== undefined) this.send(stream, response.opcode, response.body);
      else this.answerError(stream, err, opcodeName(frame.header.opcode));
    } catch (failure) {
      // Only a bug gets here (answering failed): the stream would never be answered, so end the connection.
      this.ctx.log.error({ err: failure, remote: this.remote, opcode: opcodeName(frame.header.opcode) }, 'failed to answer a native request; closing the connection');
      this.socket.destroy();
    }
    this.inFlight--;
    while (this.waiting.length > 0 && this.inFlight < this.inFlightMax && !this.closing) this.start(this.waiting.shift()!);
    this.updateFlow();
  }

  /** Pauses reading while requests or writes are backed up; resumes once both are clear. */
  private updateFlow(): void {
    const backedUp = this.writeBlocked || this.waiting.length > 0 || this.inFlight >= this.inFlightMax;
    if (backedUp && !this.paused) {
      this.paused = true;
      this.socket.pause();
      this.ctx.metrics.backpressurePauses.inc();
    } else if (!backedUp && this.paused) {
      this.paused = false;
      this.socket.resume();
    }
  }

  private send(stream: number, opcode: number, body: Uint8Array): void {
    if (this.socket.destroyed || !this.socket.writable) return;
    // The header and the body go out as two writes (no copy of a large body), in one segment.
    this.socket.cork();
    this.socket.write(encodeResponseHeader(stream, opcode, body.length));
    const flowing = this.socket.write(body);
    process.nextTick(() => this.socket.uncork());
    if (!flowing) {
      this.writeBlocked = true;
      this.updateFlow();
    }
  }

  private answerError(stream: number, err: unknown, opcode: string): void {
    let cql: CqlError;
    if (err instanceof CqlError) cql = err;
    else {
      this.ctx.log.error({ err, remote: this.remote, opcode }, 'unexpected error serving a native request');
      cql = new ServerError(err instanceof Error ? err.message : String(err));
    }
    this.ctx.metrics.requestErrors.inc({ opcode, error: cql.errorName });
    this.send(stream, Opcode.ERROR, encodeError(cql));
  }

  /** Answers `err` on `stream`, then closes: the connection cannot go on. */
  private fail(stream: number, err: CqlError, opcode: string): void {
    this.answerError(stream, err, opcode);
    this.ctx.log.debug({ remote: this.remote, err: err.message }, 'closing native connection after a protocol error');
    this.close();
  }

  private async handle(frame: Frame): Promise<Response> {
    const { header } = frame;
    if (header.response) throw new ProtocolError('Received a response frame (direction bit set) where a request was expected');
    if (header.stream < 0) throw new ProtocolError(`Invalid stream id ${header.stream}: negative ids are reserved for server events`);
    if ((header.flags & FrameFlag.COMPRESSION) !== 0) throw new ProtocolError('Received a compressed frame but no compression was negotiated in STARTUP');
    const request = decodeRequest(header, frame.body);
    if (request.opcode === Opcode.OPTIONS) return { opcode: Opcode.SUPPORTED, body: encodeSupported() };
    if (request.opcode === Opcode.STARTUP) return this.startup(request.options);
    if (this.state !== 'ready') {
      throw new ProtocolError(`Unexpected message ${opcodeName(request.opcode).toUpperCase()}, expecting STARTUP or OPTIONS`);
    }
    return this.dispatch(request);
  }

  private startup(options: ReadonlyMap<string, string>): Response {
    if (this.state === 'ready') throw new ProtocolError('Unexpected message STARTUP, the connection is already initialized');
    const cql = options.get(StartupOption.CQL_VERSION);
    if (cql === undefined) throw new ProtocolError('Missing value CQL_VERSION in STARTUP message');
    if (!/^3(\.\d+){0,2}$/.test(cql)) throw new ProtocolError(`Unsupported CQL version ${cql}; this server speaks CQL 3`);
    const compression = options.get(StartupOption.COMPRESSION);
    if (compression !== undefined && compression !== '') {
      throw new ProtocolError(`Unknown compression algorithm: ${compression} (this server supports no compression)`);
    }
    this.throwOnOverload = options.get(StartupOption.THROW_ON_OVERLOAD) === '1';
    this.state = 'ready';
    return { opcode: Opcode.READY, body: encodeReady() };
  }

  private async dispatch(request: Request): Promise<Response> {
    const { statements, prepared } = this.ctx;
    switch (request.opcode) {
      case Opcode.REGISTER:
        for (const e of request.events) this.registered.add(e);
        return { opcode: Opcode.READY, body: encodeReady() };
      case Opcode.AUTH_RESPONSE:
        throw new ProtocolError('Unexpected message AUTH_RESPONSE: authentication is not enabled');
      case Opcode.QUERY: {
        const result = await statements.query(request.query, request.params.consistency, this.executeOptions(request.params, this.keyspace));
        return this.result(result, request.params.skipMetadata);
      }
      case Opcode.PREPARE: {
        const keyspace = this.keyspace;
        const info = await statements.prepare(request.query, keyspace);
        const id = preparedId(request.query, keyspace);
        prepared.put({ id, query: request.query, keyspace, info });
        return { opcode: Opcode.RESULT, body: encodePrepared(id, info) };
      }
      case Opcode.EXECUTE: {
        const statement = prepared.get(request.id);
        if (statement === undefined) throw new Unprepared(idHex(request.id));
        const result = await statements.query(statement.query, request.params.consistency, this.executeOptions(request.params, statement.keyspace ?? this.keyspace));
        return this.result(result, request.params.skipMetadata);
      }
      case Opcode.BATCH: {
        if (request.type === 'COUNTER') throw new InvalidRequest('Cannot include non-counter statement in a counter batch');
        let keyspace = this.keyspace;
        const entries: BatchEntry[] = request.statements.map((s) => {
          if (s.query.kind === 'text') return { query: s.query.text, params: nativeParams(s.values) };
          const statement = prepared.get(s.query.id);
          if (statement === undefined) throw new Unprepared(idHex(s.query.id));
          keyspace ??= statement.keyspace;
          return { query: statement.query, params: nativeParams(s.values) };
        });
        const result = await statements.batch(entries, request.consistency, { keyspace, ...(request.timestamp === undefined ? {} : { timestamp: request.timestamp }) });
        return this.result(result, false);
      }
      default:
        throw new ProtocolError(`Unexpected message ${opcodeName(request.opcode).toUpperCase()}`);
    }
  }

  private result(result: ExecResult, skipMetadata: boolean): Response {
    if (result.kind === 'set_keyspace') this.keyspace = result.keyspace;
    return { opcode: Opcode.RESULT, body: encodeResult(result, skipMetadata) };
  }

  private executeOptions(params: QueryParameters, keyspace: string | undefined): ExecuteOptions {
    let pagingState: string | undefined;
    if (params.pagingState !== undefined) {
      try {
        pagingState = utf8.decode(params.pagingState);
      } catch {
        throw new ProtocolError('Invalid paging state: not one this server returned');
      }
    }
    let key: string | undefined;
    return {
      params: nativeParams(params.values, params.names),
      // Only SELECTs read it (to bind paging states): computed on first use, not for every write.
      get paramsKey() {
        return (key ??= paramsKey(params.values, params.names));
      },
      ...(keyspace === undefined ? {} : { keyspace }),
      ...(params.pageSize === undefined ? {} : { pageSize: params.pageSize }),
      ...(pagingState === undefined ? {} : { pagingState }),
      ...(params.timestamp === undefined ? {} : { timestamp: params.timestamp }),
    };
  }
}

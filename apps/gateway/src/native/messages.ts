// Request messages of the CQL native protocol v4 (native_protocol_v4.spec, section 4.1),
// decoded from a frame body into plain objects. Everything malformed is a ProtocolError
// (the connection answers it on the request's stream and stays usable: the frame length
// already told where the next frame starts).
//
// What is refused on purpose (ProtocolError unless noted):
//   - unknown flag bits in <query_parameters> and BATCH (a v5 client's "with keyspace" 0x80
//     would otherwise be misread as the next field),
//   - named values in BATCH (the spec itself says the 0x40 flag cannot work there, CASSANDRA-10246),
//   - a negative default timestamp ("negative values are forbidden"),
//   - bytes left over after a message.
import { ProtocolError } from '@cassia/cql-lite';
import { consistencyLevelFromCode, type ConsistencyLevel } from '@cassia/ring';
import { FrameFlag, Opcode, type FrameHeader } from './frame.js';
import { BodyReader, type Value } from './primitives.js';

/** Flags of <query_parameters> (QUERY and EXECUTE). DO NOT CHANGE: part of the wire protocol. */
export const QueryFlag = {
  VALUES: 0x01,
  SKIP_METADATA: 0x02,
  PAGE_SIZE: 0x04,
  WITH_PAGING_STATE: 0x08,
  WITH_SERIAL_CONSISTENCY: 0x10,
  WITH_DEFAULT_TIMESTAMP: 0x20,
  WITH_NAMES_FOR_VALUES: 0x40,
} as const;
const QUERY_FLAGS_KNOWN = 0x7f;

/** Flags of BATCH. DO NOT CHANGE: part of the wire protocol. */
export const BatchFlag = {
  WITH_SERIAL_CONSISTENCY: 0x10,
  WITH_DEFAULT_TIMESTAMP: 0x20,
  WITH_NAMES_FOR_VALUES: 0x40,
} as const;
const BATCH_FLAGS_KNOWN = 0x70;

/** BATCH <type> byte values. */
export const BATCH_TYPES = ['LOGGED', 'UNLOGGED', 'COUNTER'] as const;
export type BatchType = (typeof BATCH_TYPES)[number];

/** Event types a client may REGISTER for (section 4.2.6). */
export const EVENT_TYPES = ['TOPOLOGY_CHANGE', 'STATUS_CHANGE', 'SCHEMA_CHANGE'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** STARTUP option names the gateway reads (others, e.g. DRIVER_NAME, are accepted and ignored). */
export const StartupOption = {
  CQL_VERSION: 'CQL_VERSION',
  COMPRESSION: 'COMPRESSION',
  /** Cassandra 4.0: "1" asks for Overloaded errors instead of backpressure. */
  THROW_ON_OVERLOAD: 'THROW_ON_OVERLOAD',
} as const;

export interface QueryParameters {
  readonly consistency: ConsistencyLevel;
  /** Bound values in order; empty when the Values flag is absent. */
  readonly values: readonly Value[];
  /** The name of each value when the "names for values" flag is set, else undefined. */
  readonly names: readonly string[] | undefined;
  readonly skipMetadata: boolean;
  /** Rows per page; undefined when absent or not positive (no paging, as Cassandra). */
  readonly pageSize: number | undefined;
  readonly pagingState: Uint8Array | undefined;
  readonly serialConsistency: ConsistencyLevel | undefined;
  /** Default timestamp in microseconds since the epoch. */
  readonly timestamp: bigint | undefined;
}

export interface BatchStatement {
  /** The statement's text (kind 0) or its prepared id (kind 1). */
  readonly query: { readonly kind: 'text'; readonly text: string } | { readonly kind: 'prepared'; readonly id: Uint8Array };
  readonly values: readonly Value[];
}

export type Request =
  | { readonly opcode: typeof Opcode.STARTUP; readonly options: ReadonlyMap<string, string> }
  | { readonly opcode: typeof Opcode.OPTIONS }
  | { readonly opcode: typeof Opcode.QUERY; readonly query: string; readonly params: QueryParameters }
  | { readonly opcode: typeof Opcode.PREPARE; readonly query: string }
  | { readonly opcode: typeof Opcode.EXECUTE; readonly id: Uint8Array; readonly params: QueryParameters }
  | {
      readonly opcode: typeof Opcode.BATCH;
      readonly type: BatchType;
      readonly statements: readonly BatchStatement[];
      readonly consistency: ConsistencyLevel;
      readonly serialConsistency: ConsistencyLevel | undefined;
      readonly timestamp: bigint | undefined;
    }
  | { readonly opcode: typeof Opcode.REGISTER; readonly events: readonly EventType[] }
  | { readonly opcode: typeof Opcode.AUTH_RESPONSE; readonly token: Uint8Array | null };

const OPCODE_NAMES: ReadonlyMap<number, string> = new Map(Object.entries(Opcode).map(([name, value]) => [value as number, name.toLowerCase()]));

/** Lower-case opcode names, for metrics and messages. */
export function opcodeName(opcode: number): string {
  return OPCODE_NAMES.get(opcode) ?? 'unknown';
}

/** Opcodes whose body may start with a custom payload ([bytes map]) when the frame says so. */
const CUSTOM_PAYLOAD_OPCODES: ReadonlySet<number> = new Set([Opcode.QUERY, Opcode.PREPARE, Opcode.EXECUTE, Opcode.BATCH]);

/** Decodes a request frame's body. Throws ProtocolError on anything malformed or not a request. */
export function decodeRequest(header: FrameHeader, body: Uint8Array): Request {
  const r = new BodyReader(body);
  if ((header.flags & FrameFlag.CUSTOM_PAYLOAD) !== 0 && CUSTOM_PAYLOAD_OPCODES.has(header.opcode)) r.bytesMap(); // ignored, as Cassandra's default QueryHandler does
  const request = decodeBody(header.opcode, r);
  r.end(opcodeName(header.opcode).toUpperCase());
  return request;
}

function decodeBody(opcode: number, r: BodyReader): Request {
  switch (opcode) {
    case Opcode.STARTUP:
      return { opcode, options: r.stringMap() };
    case Opcode.OPTIONS:
      return { opcode };
    case Opcode.QUERY: {
      const query = r.longString();
      return { opcode, query, params: readQueryParameters(r) };
    }
    case Opcode.PREPARE:
      return { opcode, query: r.longString() };
    case Opcode.EXECUTE: {
      const id = r.shortBytes();
      return { opcode, id, params: readQueryParameters(r) };
    }
    case Opcode.BATCH:
      return readBatch(r);
    case Opcode.REGISTER:
      return { opcode, events: r.stringList().map(eventType) };
    case Opcode.AUTH_RESPONSE:
      return { opcode, token: r.bytesOrNull() };
    case Opcode.ERROR:
    case Opcode.READY:
    case Opcode.AUTHENTICATE:
    case Opcode.SUPPORTED:
    case Opcode.RESULT:
    case Opcode.EVENT:
    case Opcode.AUTH_CHALLENGE:
    case Opcode.AUTH_SUCCESS:
      throw new ProtocolError(`Unexpected message ${opcodeName(opcode).toUpperCase()}: it is a response, not a request`);
    default:
      throw new ProtocolError(`Unknown opcode ${opcode}`);
  }
}

function eventType(name: string): EventType {
  const t = EVENT_TYPES.find((e) => e === name);
  if (t === undefined) throw new ProtocolError(`Invalid value '${name}' for Type; expected one of ${EVENT_TYPES.join(', ')}`);
  return t;
}

/** A [consistency] as the level name @cassia/ring uses. */
export function readConsistency(r: BodyReader): ConsistencyLevel {
  const code = r.consistency();
  const level = consistencyLevelFromCode(code);
  if (level === undefined) throw new ProtocolError(`Unknown code ${code} for a consistency level`);
  return level;
}

function readTimestamp(r: BodyReader): bigint {
  const ts = r.long();
  if (ts < 0n) throw new ProtocolError(`Out of bound timestamp ${ts}: the default timestamp must be positive`);
  return ts;
}

/** <query_parameters> of QUERY and EXECUTE (section 4.1.4). */
export function readQueryParameters(r: BodyReader): QueryParameters {
  const consistency = readConsistency(r);
  const flags = r.byte();
  if ((flags & ~QUERY_FLAGS_KNOWN) !== 0) throw new ProtocolError(`Unknown query flags 0x${(flags & ~QUERY_FLAGS_KNOWN).toString(16)}`);
  const values: Value[] = [];
  let names: string[] | undefined;
  if ((flags & QueryFlag.VALUES) !== 0) {
    const n = r.short();
    const named = (flags & QueryFlag.WITH_NAMES_FOR_VALUES) !== 0;
    if (named) names = [];
    for (let i = 0; i < n; i++) {
      if (names !== undefined) names.push(r.string());
      values.push(r.value());
    }
  }
  let pageSize: number | undefined;
  if ((flags & QueryFlag.PAGE_SIZE) !== 0) {
    const n = r.int();
    pageSize = n > 0 ? n : undefined;
  }
  const pagingState = (flags & QueryFlag.WITH_PAGING_STATE) !== 0 ? (r.bytesOrNull() ?? undefined) : undefined;
  const serialConsistency = (flags & QueryFlag.WITH_SERIAL_CONSISTENCY) !== 0 ? readConsistency(r) : undefined;
  const timestamp = (flags & QueryFlag.WITH_DEFAULT_TIMESTAMP) !== 0 ? readTimestamp(r) : undefined;
  return { consistency, values, names, skipMetadata: (flags & QueryFlag.SKIP_METADATA) !== 0, pageSize, pagingState, serialConsistency, timestamp };
}

/** BATCH (section 4.1.7). */
function readBatch(r: BodyReader): Request {
  const typeCode = r.byte();
  const type = BATCH_TYPES[typeCode];
  if (type === undefined) throw new ProtocolError(`Unknown batch type ${typeCode}`);
  const n = r.short();
  const statements: BatchStatement[] = [];
  for (let i = 0; i < n; i++) {
    const kind = r.byte();
    let query: BatchStatement['query'];
    if (kind === 0) query = { kind: 'text', text: r.longString() };
    else if (kind === 1) query = { kind: 'prepared', id: r.shortBytes() };
    else throw new ProtocolError(`Invalid query kind in BATCH messages. Must be 0 or 1 but got ${kind}`);
    const count = r.short();
    const values: Value[] = [];
    for (let j = 0; j < count; j++) values.push(r.value());
    statements.push({ query, values });
  }
  const consistency = readConsistency(r);
  const flags = r.byte();
  if ((flags & BatchFlag.WITH_NAMES_FOR_VALUES) !== 0) {
    throw new ProtocolError('Named values in BATCH are not supported (the v4 specification cannot carry them, CASSANDRA-10246)');
  }
  if ((flags & ~BATCH_FLAGS_KNOWN) !== 0) throw new ProtocolError(`Unknown batch flags 0x${(flags & ~BATCH_FLAGS_KNOWN).toString(16)}`);
  const serialConsistency = (flags & BatchFlag.WITH_SERIAL_CONSISTENCY) !== 0 ? readConsistency(r) : undefined;
  const timestamp = (flags & BatchFlag.WITH_DEFAULT_TIMESTAMP) !== 0 ? readTimestamp(r) : undefined;
  return { opcode: Opcode.BATCH, type, statements, consistency, serialConsistency, timestamp };
}

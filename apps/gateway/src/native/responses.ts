// Non-RESULT response bodies of the CQL native protocol v4: ERROR with each error's extra
// fields (native_protocol_v4.spec, section 9), READY, SUPPORTED and EVENT (section 4.2.6).
import {
  AlreadyExists,
  CqlError,
  FunctionFailure,
  ReadFailure,
  ReadTimeout,
  Unavailable,
  Unprepared,
  WriteFailure,
  WriteTimeout,
} from '@cassia/cql-lite';
import { CONSISTENCY_LEVELS, type ConsistencyLevel } from '@cassia/ring';
import { isIP } from 'node:net';
import { BodyWriter } from './primitives.js';
import { writeSchemaChange } from './result-encoder.js';

/** CQL_VERSION the gateway announces (Cassandra 4.0's). */
export const CQL_VERSION = '3.4.5';
/** PROTOCOL_VERSIONS the gateway announces, in Cassandra's "<n>/v<n>" spelling. */
export const SUPPORTED_PROTOCOL_VERSIONS = ['4/v4'] as const;
/** Longest [string] the protocol can carry, in bytes; longer error messages are cut. */
export const STRING_BYTES_MAX = 0xffff;

const EMPTY = new Uint8Array(0);

export function encodeReady(): Uint8Array {
  return EMPTY;
}

/** SUPPORTED: the STARTUP options and their values (no compression). */
export function encodeSupported(): Uint8Array {
  return new BodyWriter()
    .stringMultimap(
      new Map<string, readonly string[]>([
        ['CQL_VERSION', [CQL_VERSION]],
        ['COMPRESSION', []],
        ['PROTOCOL_VERSIONS', [...SUPPORTED_PROTOCOL_VERSIONS]],
      ]),
    )
    .finish();
}

/** `s` cut to at most `bytesMax` bytes of UTF-8, never inside a character. */
export function truncateUtf8(s: string, bytesMax = STRING_BYTES_MAX): string {
  const bytes = new TextEncoder().encode(s);
  if (bytes.length <= bytesMax) return s;
  let end = bytesMax;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--; // back to the start of a character
  return new TextDecoder().decode(bytes.subarray(0, end));
}

/** The [consistency] code of a level name carried by an error (ONE when the name is unknown). */
function consistencyCode(name: string): number {
  return CONSISTENCY_LEVELS[name as ConsistencyLevel] ?? CONSISTENCY_LEVELS.ONE;
}

/** Bytes of an id carried as hex (Unprepared). */
function hexBytes(hex: string): Uint8Array {
  return /^(?:[0-9a-fA-F]{2})*$/.test(hex) ? Uint8Array.from(Buffer.from(hex, 'hex')) : new TextEncoder().encode(hex);
}

/** An ERROR body: <code><message> and the fields section 9 defines for the error. */
export function encodeError(err: CqlError): Uint8Array {
  const w = new BodyWriter().int(err.code).string(truncateUtf8(err.message));
  if (err instanceof Unavailable) {
    w.short(consistencyCode(err.consistency)).int(err.required).int(err.alive);
  } else if (err instanceof WriteTimeout) {
    w.short(consistencyCode(err.consistency)).int(err.received).int(err.blockFor).string(err.writeType);
  } else if (err instanceof ReadTimeout) {
    w.short(consistencyCode(err.consistency)).int(err.received).int(err.blockFor).byte(err.dataPresent ? 1 : 0);
  } else if (err instanceof ReadFailure) {
    w.short(consistencyCode(err.consistency)).int(err.received).int(err.blockFor).int(err.numFailures).byte(err.dataPresent ? 1 : 0);
  } else if (err instanceof WriteFailure) {
    w.short(consistencyCode(err.consistency)).int(err.received).int(err.blockFor).int(err.numFailures).string(err.writeType);
  } else if (err instanceof FunctionFailure) {
    w.string(err.keyspace).string(err.functionName).stringList(err.argTypes);
  } else if (err instanceof AlreadyExists) {
    w.string(err.keyspace).string(err.table);
  } else if (err instanceof Unprepared) {
    w.shortBytes(hexBytes(err.id));
  }
  return w.finish();
}

/** A server-pushed event (stream -1), for connections REGISTERed to its type. */
export type NativeEvent =
  | { readonly type: 'SCHEMA_CHANGE'; readonly change: 'CREATED' | 'UPDATED' | 'DROPPED'; readonly target: 'KEYSPACE' | 'TABLE'; readonly keyspace: string; readonly name?: string }
  | { readonly type: 'STATUS_CHANGE'; readonly change: 'UP' | 'DOWN'; readonly address: string; readonly port: number }
  | { readonly type: 'TOPOLOGY_CHANGE'; readonly change: 'NEW_NODE' | 'REMOVED_NODE'; readonly address: string; readonly port: number };

/** The 4 or 16 bytes of an IP address; throws on anything else. */
export function ipBytes(address: string): Uint8Array {
  const family = isIP(address);
  if (family === 4) return Uint8Array.from(address.split('.').map(Number));
  if (family !== 6) throw new Error(`not an IP address: ${address}`);
  const plain = address.split('%')[0]!; // without a zone id (fe80::1%eth0)
  const [head, tail] = plain.includes('::') ? plain.split('::') : [plain, undefined];
  const groups = (part: string | undefined): string[] => (part === undefined || part === '' ? [] : part.split(':'));
  let left = groups(head);
  let right = groups(tail);
  const v4 = (list: string[]): string[] => {
    const last = list[list.length - 1];
    if (last === undefined || !last.includes('.')) return list;
    const b = ipBytes(last);
    return [...list.slice(0, -1), ((b[0]! << 8) | b[1]!).toString(16), ((b[2]! << 8) | b[3]!).toString(16)];
  };
  if (tail === undefined) left = v4(left);
  else right = v4(right);
  const all = [...left, ...new Array<string>(8 - left.length - right.length).fill('0'), ...right];
  const out = new Uint8Array(16);
  all.forEach((g, i) => {
    const v = parseInt(g, 16);
    out[2 * i] = v >> 8;
    out[2 * i + 1] = v & 0xff;
  });
  return out;
}

export function encodeEvent(event: NativeEvent): Uint8Array {
  const w = new BodyWriter().string(event.type);
  if (event.type === 'SCHEMA_CHANGE') writeSchemaChange(w, event);
  else w.string(event.change).inet(ipBytes(event.address), event.port);
  return w.finish();
}

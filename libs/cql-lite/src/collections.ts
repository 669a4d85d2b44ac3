// Native-protocol collection framing (v3+): an int32 element count, then each element as an
// int32 length and its bytes. list<T> and set<T> hold n elements; map<K, V> holds n entries,
// each a key then a value (2n elements on the wire). A negative length (null) is refused:
// Cassandra does not allow null inside collections.
//
// Contract: splitting validates the framing only (elements are the caller's to validate)
// and throws InvalidRequest naming the collection type; joining takes elements already
// serialized and validated.

import { copyBytes } from './bytes.js';
import { InvalidRequest } from './errors.js';
import { formatType, type CqlType } from './types.js';

/** Most elements (or map entries) one collection value may hold. */
export const COLLECTION_ELEMENTS_MAX = 65535;

function frame(parts: readonly Uint8Array[], count: number): Uint8Array {
  let size = 4;
  for (const p of parts) size += 4 + p.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setInt32(0, count);
  let at = 4;
  for (const p of parts) {
    view.setInt32(at, p.length);
    out.set(p, at + 4);
    at += 4 + p.length;
  }
  return out;
}

/** List or set bytes from serialized elements (no nulls), in the order given. */
export function joinList(elements: readonly Uint8Array[]): Uint8Array {
  return frame(elements, elements.length);
}

/** Map bytes from serialized entries, in the order given. */
export function joinMap(entries: readonly (readonly [Uint8Array, Uint8Array])[]): Uint8Array {
  return frame(
    entries.flatMap(([k, v]) => [k, v]),
    entries.length,
  );
}

function unframe(type: CqlType, bytes: Uint8Array, perEntry: 1 | 2): Uint8Array[] {
  const bad = (why: string): InvalidRequest => new InvalidRequest(`Invalid ${formatType(type)} value: ${why}`);
  const what = perEntry === 1 ? 'list' : 'map';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4) throw bad(`not enough bytes to read a ${what}`);
  const count = view.getInt32(0);
  if (count < 0 || count > COLLECTION_ELEMENTS_MAX) throw bad(`bad element count ${count}`);
  const out: Uint8Array[] = [];
  let at = 4;
  for (let i = 0; i < count * perEntry; i++) {
    if (at + 4 > bytes.length) throw bad(`not enough bytes to read a ${what} element`);
    const len = view.getInt32(at);
    if (len < 0) throw bad('null is not supported inside collections');
    if (at + 4 + len > bytes.length) throw bad(`not enough bytes to read a ${what} element`);
    out.push(copyBytes(bytes, at + 4, at + 4 + len));
    at += 4 + len;
  }
  if (at !== bytes.length) throw bad(`${bytes.length - at} bytes left over after the last element`);
  return out;
}

/** Serialized elements of list or set bytes; InvalidRequest if malformed or null-holding. */
export function splitList(type: CqlType, bytes: Uint8Array): Uint8Array[] {
  return unframe(type, bytes, 1);
}

/** Serialized [key, value] entries of map bytes; InvalidRequest if malformed or null-holding. */
export function splitMap(type: CqlType, bytes: Uint8Array): [Uint8Array, Uint8Array][] {
  const flat = unframe(type, bytes, 2);
  const out: [Uint8Array, Uint8Array][] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i] as Uint8Array, flat[i + 1] as Uint8Array]);
  return out;
}

// Byte helpers shared by the codecs: unsigned comparison, concatenation, hex, UUID text,
// strict UTF-8. Pure functions; no input is modified.

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** memcmp: negative, zero or positive as `a` sorts before, with or after `b` (unsigned bytes). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return compareBytes(a, b) === 0;
}

/** True when `key` begins with `prefix`. */
export function startsWith(key: Uint8Array, prefix: Uint8Array): boolean {
  if (prefix.length > key.length) return false;
  for (let i = 0; i < prefix.length; i++) if (key[i] !== prefix[i]) return false;
  return true;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Lower-case hex without prefix. */
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** Parses an even number of hex digits (no prefix); undefined if malformed. */
export function fromHex(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

const UUID_TEXT_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** 16 bytes from `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (any case); undefined if malformed. */
export function uuidFromString(s: string): Uint8Array | undefined {
  if (!UUID_TEXT_RE.test(s)) return undefined;
  return fromHex(s.replace(/-/g, ''));
}

/** Canonical lower-case 8-4-4-4-12 text of 16 bytes. */
export function uuidToString(bytes: Uint8Array): string {
  const h = toHex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export function utf8Encode(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Decodes UTF-8, returning undefined for malformed input (never replacement characters). */
export function utf8Decode(bytes: Uint8Array): string | undefined {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Compares strings by their UTF-8 bytes, the order Cassandra sorts names and text in. */
export function compareUtf8(a: string, b: string): number {
  return compareBytes(utf8Encode(a), utf8Encode(b));
}

/**
 * A copy of `bytes[start, end)` that owns its memory. Not `bytes.slice()`: on a Node Buffer
 * (what protobuf decoding and sockets hand out) `slice` is a view, and writing to it would
 * change the caller's bytes.
 */
export function copyBytes(bytes: Uint8Array, start = 0, end = bytes.length): Uint8Array {
  return new Uint8Array(bytes.subarray(start, end));
}

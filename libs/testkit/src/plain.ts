/**
 * `x` with every Uint8Array (Buffers included) replaced by a plain array of its bytes, through
 * Maps, arrays and objects: for comparing decoded data by content, whatever byte class each
 * decoder hands out (protobufjs gives Buffers, hand-written decoders Uint8Arrays).
 */
export function plainBytes(x: unknown): unknown {
  if (x instanceof Uint8Array) return [...x];
  if (x instanceof Map) return new Map([...x].map(([k, v]) => [k, plainBytes(v)]));
  if (Array.isArray(x)) return x.map(plainBytes);
  if (typeof x === 'object' && x !== null) return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, plainBytes(v)]));
  return x;
}

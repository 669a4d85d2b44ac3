import { describe, expect, it } from 'vitest';
import { mulberry32, plainBytes } from '@cassia/testkit';
import type { Cell, Mutation, PartitionData, RangeTombstone, RowData } from '@cassia/lsm';
import { mutationFromMessage, mutationToMessage, partitionFromMessage, partitionToMessage } from './codec.js';
import { encode, replica } from './messages.js';
import { decodeMutateRequest, decodeReadResponse, encodeMutateRequest, encodeReadResponse, encodeStoreHintRequest } from './direct-codec.js';
import { toULong } from './int64.js';

/** What `f` returns, or that it threw. */
function outcome<T>(f: () => T): { threw: boolean; value: T | undefined } {
  try {
    return { threw: false, value: f() };
  } catch {
    return { threw: true, value: undefined };
  }
}

/** Timestamps and tokens the encoders must agree on: 0, small, µs-like, past 2^53, negative, the int64 ends. */
const INT64S = [0n, 1n, -1n, 1_700_000_000_000_000n, 2n ** 53n - 1n, 2n ** 53n, -(2n ** 53n) - 7n, 2n ** 63n - 1n, -(2n ** 63n)];

function generator(seed: number) {
  const next = mulberry32(seed);
  const below = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[below(xs.length)]!;
  const bytes = (max: number) => Uint8Array.from({ length: below(max + 1) }, () => below(256));
  const small = () => pick([0, 0, 1, 86_400, 2 ** 31 - 1, 2 ** 32 - 1, -1]); // -1: uint32 fields take n >>> 0, as protobufjs
  const deletion = () => ({ timestamp: pick(INT64S), localDeletionTime: small() });
  const cell = (): Cell => ({ value: next() < 0.2 ? null : bytes(12), timestamp: pick(INT64S), ttlSeconds: small(), localDeletionTime: small() });
  const row = (): RowData => {
    const cells = new Map<string, Cell>();
    // Columns in random order (the encoder must sort them), names empty, ASCII and not.
    for (let i = 0; i < below(6); i++) cells.set(pick(['', 'a', 'b', 'field0', 'field9', 'z', 'é', '日本', 'Ab', '😀', 'x\ud800', '\udc00y']), cell());
    return {
      clustering: bytes(4),
      ...(next() < 0.5 ? { liveness: { timestamp: pick(INT64S), ttlSeconds: small(), localExpirationTime: small() } } : {}),
      ...(next() < 0.3 ? { deletion: deletion() } : {}),
      cells,
    };
  };
  const tombstone = (): RangeTombstone => ({
    ...(next() < 0.7 ? { start: bytes(3) } : {}),
    startInclusive: next() < 0.5,
    ...(next() < 0.7 ? { end: bytes(3) } : {}),
    endInclusive: next() < 0.5,
    deletion: deletion(),
  });
  return (): PartitionData => ({
    token: pick(INT64S),
    partitionKey: bytes(8),
    ...(next() < 0.3 ? { partitionDeletion: deletion() } : {}),
    ...(next() < 0.3 ? { rangeTombstones: Array.from({ length: below(3) }, tombstone) } : {}),
    rows: Array.from({ length: below(5) }, row),
  });
}

describe('encodeReadResponse', () => {
  it('writes the same bytes as the generated encoder over partitionToMessage, for 3,000 random partitions', () => {
    for (let seed = 1; seed <= 3_000; seed++) {
      const p = generator(seed)();
      const more = seed % 3 === 0;
      const expected = encode(replica.ReadResponse, { partition: partitionToMessage(p), more });
      expect([...encodeReadResponse(p, more)], `seed ${seed}`).toEqual([...expected]);
    }
  });

  it('decodes back to the same partition, cells in column order', () => {
    const p: PartitionData = {
      token: 42n,
      partitionKey: Uint8Array.of(7),
      rows: [{ clustering: Uint8Array.of(1), cells: new Map([['b', { value: Uint8Array.of(2), timestamp: 5n, ttlSeconds: 0, localDeletionTime: 0 }], ['a', { value: null, timestamp: 6n, ttlSeconds: 0, localDeletionTime: 9 }]]) }],
    };
    const decoded = replica.ReadResponse.decode(encodeReadResponse(p, true));
    expect(decoded.more).toBe(true);
    expect(decoded.partition?.rows?.[0]?.cells?.map((c) => c.column)).toEqual(['a', 'b']);
    expect(decoded.partition?.rows?.[0]?.cells?.[0]?.value ?? null).toBeNull(); // a tombstone: no value field
  });

  it('refuses a timestamp outside int64 with RangeError, as the generic path', () => {
    const p: PartitionData = { token: 1n, partitionKey: Uint8Array.of(1), rows: [{ clustering: new Uint8Array(0), cells: new Map([['a', { value: null, timestamp: 2n ** 63n, ttlSeconds: 0, localDeletionTime: 0 }]]) }] };
    expect(() => encodeReadResponse(p, false)).toThrow(RangeError);
  });
});

describe('decodeReadResponse', () => {
  it('gives what the generated decoder and partitionFromMessage give, for 3,000 random partitions', () => {
    for (let seed = 1; seed <= 3_000; seed++) {
      const p = generator(seed)();
      const bytes = encodeReadResponse(p, seed % 2 === 0);
      // A lone surrogate in a name does not read back as UTF-8: both decoders refuse it.
      const generic = outcome(() => partitionFromMessage(replica.ReadResponse.decode(bytes).partition!));
      const decoded = outcome(() => decodeReadResponse(bytes));
      expect(decoded.threw, `seed ${seed}`).toBe(generic.threw);
      if (decoded.value === undefined) continue;
      expect(plainBytes(decoded.value.partition), `seed ${seed}`).toEqual(plainBytes(generic.value));
      expect(decoded.value.more).toBe(seed % 2 === 0);
      expect(decoded.value.error).toBeUndefined();
    }
  });

  it('reads a digest, an error and an empty reply, and skips fields it does not know', () => {
    const digest = Uint8Array.from({ length: 16 }, (_, i) => i);
    expect([...decodeReadResponse(encode(replica.ReadResponse, { digest })).digest!]).toEqual([...digest]);
    expect(decodeReadResponse(encode(replica.ReadResponse, { error: { code: 'Overloaded', message: 'busy' } })).error).toMatchObject({ code: 'Overloaded', message: 'busy' });
    expect(decodeReadResponse(new Uint8Array(0))).toEqual({ partition: undefined, error: undefined, more: false, digest: undefined });
    // Field 15 (varint 7) and field 14 (bytes) before the partition: skipped.
    const p: PartitionData = { token: 5n, partitionKey: Uint8Array.of(1), rows: [] };
    const withUnknown = Uint8Array.from([15 << 3, 7, (14 << 3) | 2, 2, 0xaa, 0xbb, ...encodeReadResponse(p, false)]);
    expect(plainBytes(decodeReadResponse(withUnknown).partition)).toEqual(plainBytes(partitionFromMessage(replica.ReadResponse.decode(withUnknown).partition!)));
  });

  it('throws on truncated bytes, as the generated decoder', () => {
    const bytes = encodeReadResponse(generator(7)(), true);
    for (const cut of [1, 3, Math.floor(bytes.length / 2), bytes.length - 1]) {
      expect(() => replica.ReadResponse.decode(bytes.subarray(0, cut))).toThrow();
      expect(() => decodeReadResponse(bytes.subarray(0, cut))).toThrow();
    }
  });
});

/** Mutations built from random partitions: cells in the (random) order of each row's map, a table id or none. */
function mutations(seed: number): Mutation[] {
  const partition = generator(seed);
  return Array.from({ length: seed % 4 }, (_, i) => {
    const p = partition();
    return {
      tableId: ['', 't1', `table-${seed}-${i}`, 'é', 'lone \ud83d'][(seed + i) % 5]!,
      token: p.token,
      partitionKey: p.partitionKey,
      ...(p.partitionDeletion === undefined ? {} : { partitionDeletion: p.partitionDeletion }),
      ...(p.rangeTombstones === undefined ? {} : { rangeTombstones: p.rangeTombstones }),
      rows: p.rows.map((r) => ({
        clustering: r.clustering,
        ...(r.liveness === undefined ? {} : { liveness: r.liveness }),
        ...(r.deletion === undefined ? {} : { deletion: r.deletion }),
        cells: [...r.cells].map(([column, cell]) => ({ column, cell })),
      })),
    };
  });
}

describe('encodeMutateRequest and decodeMutateRequest', () => {
  it('write the bytes of the generated encoder and read back what the generated decoder gives, for 3,000 random requests', () => {
    for (let seed = 1; seed <= 3_000; seed++) {
      const ms = mutations(seed);
      const expected = encode(replica.MutateRequest, { mutations: ms.map(mutationToMessage) });
      const bytes = encodeMutateRequest(ms);
      expect([...bytes], `seed ${seed}`).toEqual([...expected]);
      const generic = outcome(() => (replica.MutateRequest.decode(bytes).mutations ?? []).map(mutationFromMessage));
      const decoded = outcome(() => decodeMutateRequest(bytes));
      expect(decoded.threw, `seed ${seed}`).toBe(generic.threw);
      expect(plainBytes(decoded.value), `seed ${seed}`).toEqual(plainBytes(generic.value));
    }
  });

  it('wraps an encoded request in a hint with the bytes of the generated encoder', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const ms = mutations(seed);
      const expected = encode(replica.StoreHintRequest, { targetHostId: `host-${seed}`, createdAtMs: toULong(BigInt(1_700_000_000_000 + seed)), mutate: { mutations: ms.map(mutationToMessage) } });
      expect([...encodeStoreHintRequest(`host-${seed}`, BigInt(1_700_000_000_000 + seed), encodeMutateRequest(ms))], `seed ${seed}`).toEqual([...expected]);
    }
  });

  it('throws on truncated bytes, as the generated decoder', () => {
    const bytes = encodeMutateRequest(mutations(7));
    for (const cut of [1, Math.floor(bytes.length / 2), bytes.length - 1]) {
      expect(() => replica.MutateRequest.decode(bytes.subarray(0, cut))).toThrow();
      expect(() => decodeMutateRequest(bytes.subarray(0, cut))).toThrow();
    }
  });
});

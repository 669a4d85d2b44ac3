import { describe, expect, it } from 'vitest';
import { murmur3_x64_128 } from './murmur3.js';
import { murmur3Token, MAX_TOKEN, MIN_TOKEN } from './token.js';
import { serializePartitionKey } from './partition-key.js';
import { seededRandomSource } from './random.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const int32be = (n: number): Uint8Array => {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setInt32(0, n);
  return out;
};

// (key bytes -> Cassandra token) pairs copied from other Cassandra clients' tests and from
// Cassandra's own distributed tests. Each group names its source file.
const VECTORS: { source: string; cases: [Uint8Array, bigint][] }[] = [
  {
    // datastax/nodejs-driver test/unit/tokenizer-tests.js, describe('#hash()'); the last pair is
    // from the TypeScript version of the same test.
    source: 'datastax/nodejs-driver tokenizer-tests',
    cases: [
      [bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16), -5563837382979743776n],
      [bytes(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17), -1513403162740402161n],
      [new Uint8Array(16).fill(255), -2824192546314762522n],
      [bytes(0, 1, 2, 3, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255), 6463632673159404390n],
      [new Uint8Array(17).fill(254), -1672437813826982685n],
      [bytes(254, 254, 254, 254), 4566408979886474012n],
      [bytes(0, 0, 0, 0), -3485513579396041028n],
      [bytes(0, 1, 127, 127), 6573459401642635627n],
      [bytes(226, 231, 226, 231, 226, 231, 1), 2222373981930033306n],
      [bytes(0, 0, 0, 0, 0, 0, 0, 0x80), 78142285821850151n],
    ],
  },
  {
    // datastax/csharp-driver src/Cassandra.Tests/TokenTests.cs, MurmurHashTest ("inputs and
    // result values from Cassandra").
    source: 'datastax/csharp-driver TokenTests.cs',
    cases: [
      [bytes(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18), -495360443712684655n],
      [bytes(4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19), 1734091135765407943n],
      [bytes(5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20), -3199412112042527988n],
      [bytes(6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21), -6316563938475080831n],
      [bytes(7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22), 8228893370679682632n],
      [new Uint8Array(16), 5457549051747178710n],
      [new Uint8Array(16).fill(254), -833317529301936754n],
      [bytes(0, 255, 255, 255), 123573637386978882n],
      [bytes(255, 1, 2, 3), -2839127690952877842n],
      [bytes(226, 231), -8582699461035929883n],
    ],
  },
  {
    // datastax/ruby-driver spec/cassandra/murmur3_spec.rb
    source: 'datastax/ruby-driver murmur3_spec.rb',
    cases: [
      [latin1('123'), -7468325962851647638n],
      [latin1('\x00\xff\x10\xfa\x99'.repeat(10)), 5837342703291459765n], // 50 bytes, tail 0xfa 0x99
      [latin1('\xfe'.repeat(8)), -8927430733708461935n],
      [latin1('\x10'.repeat(8)), 1446172840243228796n],
      [latin1('9223372036854775807'), 7162290910810015547n],
    ],
  },
  {
    // apache/cassandra-gocql-driver internal/murmur/murmur_test.go, TestMurmur3H1ForCassandra:
    // keys of 7..40 bytes whose tails hold bytes 0xc8..0xd7.
    source: 'apache/cassandra-gocql-driver murmur_test.go',
    cases: [
      [latin1('prefix\x00'), -5156414768376541762n],
      [latin1('prefix\x00\x01\x02\x03\x04\x05\x06\x07\x08\t'), -2737291859101550625n],
      [latin1('prefix\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f'), -2684252762052835206n],
      [latin1('prefix\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\xc8'), -278181328349571586n],
      ...gocqlPrefix2Cases(),
      // A composite key (uuid, 4-byte value) as Cassandra serializes it.
      [
        latin1("\x00\x10C'R\x9f\xb6E\xdd\x00\xb8\x83\xec9\xaeD\x8b\xb8\x00\x00\x04\x00\x06jk\x00"),
        -9223371632693506265n,
      ],
    ],
  },
  {
    // apache/cassandra-dtest replication_test.py, murmur3_hashes: tokens of int keys 1..20
    // (4-byte big-endian) as a running Cassandra computed them.
    source: 'apache/cassandra-dtest replication_test.py',
    cases: (
      [
        [1, -4069959284402364209n],
        [2, -3248873570005575792n],
        [3, 9010454139840013625n],
        [4, -2729420104000364805n],
        [5, -7509452495886106294n],
        [6, 2705480034054113608n],
        [7, 1634052884888577606n],
        [8, -3799847372828181882n],
        [9, 3728482343045213994n],
        [10, -6715243485458697746n],
        [11, -4156302194539278891n],
        [12, 8582886034424406875n],
        [13, -5034495173465742853n],
        [14, 4279681877540623768n],
        [15, -1191135763843456182n],
        [16, -5477287129830487822n],
        [17, 5467144456125416399n],
        [18, -2695747960476065067n],
        [19, -3974532302236993209n],
        [20, 1388667306199997068n],
      ] as [number, bigint][]
    ).map(([k, t]): [Uint8Array, bigint] => [int32be(k), t]),
  },
];

function gocqlPrefix2Cases(): [Uint8Array, bigint][] {
  const prefix2 = 'prefix\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\xc8\xc9';
  const expected = [
    -5319761130493488577n,
    -4593148434938707926n,
    -575713103357290760n,
    4290743753678124926n,
    9164754117279683406n,
    -107668053986278786n,
    64887291506465003n,
    6241282934480161521n,
    5150183507841894143n,
    5645797256444299552n,
    -908235285856554578n,
    -1785405279637408062n,
    5343233714768265848n,
    4936964276934412722n,
    2294903531026336836n,
  ];
  const extra = '\xca\xcb\xcc\xcd\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7';
  return expected.map((t, i) => [latin1(prefix2 + extra.slice(0, i)), t]);
}

/** A direct BigInt port of Cassandra's MurmurHash.hash3_x64_128, to cross-check the fast one. */
function referenceHash(key: Uint8Array, seed: bigint): [bigint, bigint] {
  const M = (x: bigint): bigint => BigInt.asUintN(64, x);
  const rotl = (v: bigint, n: bigint): bigint => M((v << n) | (v >> (64n - n)));
  const fmix = (k: bigint): bigint => {
    k ^= k >> 33n;
    k = M(k * 0xff51afd7ed558ccdn);
    k ^= k >> 33n;
    k = M(k * 0xc4ceb9fe1a85ec53n);
    return k ^ (k >> 33n);
  };
  const c1 = 0x87c37b91114253d5n;
  const c2 = 0x4cf5ad432745937fn;
  const view = new DataView(key.buffer, key.byteOffset, key.byteLength);
  let h1 = M(seed);
  let h2 = M(seed);
  const nblocks = Math.floor(key.length / 16);
  for (let i = 0; i < nblocks; i++) {
    let k1 = view.getBigUint64(i * 16, true);
    let k2 = view.getBigUint64(i * 16 + 8, true);
    k1 = M(rotl(M(k1 * c1), 31n) * c2);
    h1 ^= k1;
    h1 = M(M(rotl(h1, 27n) + h2) * 5n + 0x52dce729n);
    k2 = M(rotl(M(k2 * c2), 33n) * c1);
    h2 ^= k2;
    h2 = M(M(rotl(h2, 31n) + h1) * 5n + 0x38495ab5n);
  }
  const tail = nblocks * 16;
  const rem = key.length - tail;
  // (long) key.get(i): the signed byte, sign-extended to 64 bits.
  const sx = (i: number, shift: number): bigint => M(BigInt(view.getInt8(tail + i)) << BigInt(shift));
  let k1 = 0n;
  let k2 = 0n;
  for (let i = rem - 1; i >= 8; i--) k2 ^= sx(i, (i - 8) * 8);
  if (rem > 8) h2 ^= M(rotl(M(k2 * c2), 33n) * c1);
  for (let i = Math.min(rem, 8) - 1; i >= 0; i--) k1 ^= sx(i, i * 8);
  if (rem > 0) h1 ^= M(rotl(M(k1 * c1), 31n) * c2);
  h1 ^= BigInt(key.length);
  h2 ^= BigInt(key.length);
  h1 = M(h1 + h2);
  h2 = M(h2 + h1);
  h1 = fmix(h1);
  h2 = fmix(h2);
  h1 = M(h1 + h2);
  h2 = M(h2 + h1);
  return [BigInt.asIntN(64, h1), BigInt.asIntN(64, h2)];
}

describe('murmur3Token', () => {
  for (const group of VECTORS) {
    it(`matches ${group.source}`, () => {
      for (const [key, token] of group.cases) {
        expect(murmur3Token(key), Buffer.from(key).toString('hex')).toBe(token);
      }
    });
  }

  it('matches tokens Cassandra gave for composite keys built by serializePartitionKey', () => {
    // CqlSharp (reuzel/CqlSharp) TokenTest.cs, values from cqlsh `SELECT token(id1, id2)`:
    // PRIMARY KEY ((id1 int, id2 text)).
    expect(murmur3Token(serializePartitionKey([int32be(10), latin1('20')]))).toBe(-9026262514124674157n);
    expect(murmur3Token(serializePartitionKey([int32be(1), latin1('2')]))).toBe(4093852821103061060n);
  });

  it('maps the empty key to MIN_TOKEN, as Murmur3Partitioner.getToken does', () => {
    expect(murmur3Token(new Uint8Array(0))).toBe(MIN_TOKEN);
  });

  it('never returns MIN_TOKEN for a non-empty key', () => {
    const random = seededRandomSource(7);
    for (let i = 0; i < 200; i++) {
      const key = Uint8Array.from({ length: 1 + (random.nextUint32() % 40) }, () => random.nextUint32() & 0xff);
      const t = murmur3Token(key);
      expect(t > MIN_TOKEN && t <= MAX_TOKEN).toBe(true);
    }
  });

  it('hashes a subarray view the same as a copy', () => {
    const whole = latin1('xx0123456789abcdefghijklmnopqrstuvwxyz\xfe\xfdyy');
    const view = whole.subarray(2, whole.length - 2);
    expect(murmur3Token(view)).toBe(murmur3Token(Uint8Array.from(view)));
  });
});

describe('murmur3_x64_128', () => {
  it('returns both halves; h1 of the first vector is its token', () => {
    const [h1] = murmur3_x64_128(bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16));
    expect(h1).toBe(-5563837382979743776n);
  });

  it('equals the reference MurmurHash3 when no tail byte is >= 0x80', () => {
    // mmh3.hash64('hello') from veegee/mmh3 tests/test_mmh3.py (reference MurmurHash3 x64_128).
    expect(murmur3_x64_128(latin1('hello'))).toEqual([-3758069500696749310n, 6565844092913065241n]);
    expect(murmur3_x64_128(new Uint8Array(0))).toEqual([0n, 0n]);
  });

  it('agrees with a BigInt port of the Java code on random keys, lengths and seeds', () => {
    const random = seededRandomSource(0x5eed);
    for (let i = 0; i < 500; i++) {
      const len = i % 80;
      const key = Uint8Array.from({ length: len }, () => random.nextUint32() & 0xff);
      const seed = i % 3 === 0 ? 0n : BigInt.asIntN(64, (BigInt(random.nextUint32()) << 32n) | BigInt(random.nextUint32()));
      expect(murmur3_x64_128(key, seed), `len ${len} seed ${seed}`).toEqual(referenceHash(key, seed));
    }
  });

  it('accepts number seeds, negative ones sign-extended', () => {
    const key = latin1('seeded');
    expect(murmur3_x64_128(key, -1)).toEqual(referenceHash(key, -1n));
    expect(murmur3_x64_128(key, 42)).toEqual(murmur3_x64_128(key, 42n));
  });
});

import { describe, expect, it } from 'vitest';
import { PartitionKeyError } from './errors.js';
import { PARTITION_KEY_BYTES_MAX, serializePartitionKey, splitPartitionKey } from './partition-key.js';
import { seededRandomSource } from './random.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

describe('serializePartitionKey', () => {
  it('returns a single component unchanged', () => {
    const only = bytes(1, 2, 3);
    expect(serializePartitionKey([only])).toBe(only);
  });

  it('frames composite components as length (2 bytes BE), bytes, 0x00', () => {
    expect(hex(serializePartitionKey([bytes(0, 0, 0, 10), bytes(0x32, 0x30)]))).toBe('00040000000a0000023230' + '00');
    expect(hex(serializePartitionKey([new Uint8Array(0), bytes(0xff)]))).toBe('000000' + '0001ff00');
  });

  it('reproduces the composite key bytes in gocql murmur_test.go', () => {
    // apache/cassandra-gocql-driver internal/murmur/murmur_test.go: (16-byte uuid, 4-byte value).
    const expected = Buffer.from("\x00\x10C'R\x9f\xb6E\xdd\x00\xb8\x83\xec9\xaeD\x8b\xb8\x00\x00\x04\x00\x06jk\x00", 'latin1');
    const uuid = Uint8Array.from(expected.subarray(2, 18));
    const key = serializePartitionKey([uuid, bytes(0x00, 0x06, 0x6a, 0x6b)]);
    expect(hex(key)).toBe(expected.toString('hex'));
    expect(splitPartitionKey(key, 2).map(hex)).toEqual([hex(uuid), '00066a6b']);
  });

  it('rejects keys longer than 65535 bytes with Cassandra\'s message', () => {
    expect(() => serializePartitionKey([new Uint8Array(PARTITION_KEY_BYTES_MAX + 1)])).toThrow(
      new PartitionKeyError('Key length of 65536 is longer than maximum of 65535'),
    );
    expect(() => serializePartitionKey([new Uint8Array(40_000), new Uint8Array(40_000)])).toThrow(PartitionKeyError);
    expect(serializePartitionKey([new Uint8Array(PARTITION_KEY_BYTES_MAX)]).length).toBe(PARTITION_KEY_BYTES_MAX);
  });
});

describe('splitPartitionKey', () => {
  it('inverts serializePartitionKey (seeded random keys)', () => {
    const random = seededRandomSource(11);
    for (let i = 0; i < 200; i++) {
      const count = 1 + (random.nextUint32() % 5);
      const parts = Array.from({ length: count }, () =>
        Uint8Array.from({ length: random.nextUint32() % 20 }, () => random.nextUint32() & 0xff),
      );
      const split = splitPartitionKey(serializePartitionKey(parts), count);
      expect(split.map(hex)).toEqual(parts.map(hex));
    }
  });

  it('returns the bytes as the only component when componentCount is 1', () => {
    const key = bytes(0, 3, 1, 2, 3, 0);
    expect(splitPartitionKey(key, 1)).toEqual([key]);
  });

  it('rejects malformed composite keys with PartitionKeyError', () => {
    const good = serializePartitionKey([bytes(1), bytes(2, 3)]); // 00 01 01 00 00 02 02 03 00
    const cases: [Uint8Array, number, RegExp][] = [
      [good, 3, /has 2 components, expected 3/],
      [good.subarray(0, 1), 2, /truncated in the length of component 0/],
      [good.subarray(0, 6), 2, /truncated in component 1/],
      [good.subarray(0, good.length - 1), 2, /truncated in component 1/],
      [Uint8Array.from([...good.subarray(0, 3), 0x01, ...good.subarray(4)]), 2, /ends with 0x1, expected 0x00/],
      [Uint8Array.from([...good, 0x00]), 2, /bytes after its 2 components/],
      [new Uint8Array(0), 2, /has 0 components, expected 2/],
    ];
    for (const [input, count, message] of cases) {
      expect(() => splitPartitionKey(input, count), hex(input)).toThrow(PartitionKeyError);
      expect(() => splitPartitionKey(input, count), hex(input)).toThrow(message);
    }
  });
});

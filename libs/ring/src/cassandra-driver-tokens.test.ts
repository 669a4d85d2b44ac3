// Our partition key bytes and Murmur3 tokens against an independent implementation: the
// DataStax/Apache Node.js driver (cassandra-driver), which routes requests by the same tokens.
//
// For each random key the driver encodes the values (its Encoder, protocol v4) and builds the
// routing key as it does for a prepared statement (Encoder.setRoutingKeyFromMeta: one component
// as is, several as 2-byte length, bytes, 0x00 each). We check that serializePartitionKey of the
// same component bytes gives the same routing key, and that murmur3Token of it equals the
// driver's Murmur3Tokenizer.hash. One known difference is left out: Cassandra (and we) map the
// empty key to the ring minimum without hashing; the driver hashes it. Reproduce a failure with
// SEED=<seed printed> npx vitest run src/cassandra-driver-tokens.test.ts.

import { createRequire } from 'node:module';
import cassandra from 'cassandra-driver';
import { describe, expect, it } from 'vitest';
import { serializePartitionKey } from './partition-key.js';
import { seededRandomSource, type RandomSource } from './random.js';
import { MAX_TOKEN, MIN_TOKEN, murmur3Token, type Token } from './token.js';

const require = createRequire(import.meta.url);

/** The parts of the driver's internal API this test uses (lib/ is CommonJS without types). */
interface DriverEncoder {
  encode(value: unknown, typeCode: number): Buffer;
  setRoutingKeyFromMeta(
    meta: { columns: { type: { code: number } }[] },
    params: unknown[],
    execOptions: { getRoutingIndexes(): number[]; setRoutingKey(key: Buffer): void },
  ): void;
}
interface DriverTokenizer {
  /** A Murmur3Token whose getValue() is a MutableLong printing as a signed decimal. */
  hash(key: Buffer): { getValue(): { toString(): string } };
}
const Encoder = require('cassandra-driver/lib/encoder') as new (protocolVersion: number, options: object) => DriverEncoder;
const { Murmur3Tokenizer } = require('cassandra-driver/lib/tokenizer') as { Murmur3Tokenizer: new () => DriverTokenizer };

const { dataTypes, Long, Uuid, protocolVersion } = cassandra.types;

const SEEDS = process.env['SEED'] !== undefined ? [Number(process.env['SEED'])] : [20_240_601, Date.now() % 1_000_000];
const KEYS_PER_SEED = 10_000;
/** Longest random text, in code points, and blob, in bytes (several 16-byte Murmur3 blocks). */
const TEXT_CODE_POINTS_MAX = 40;
const BLOB_BYTES_MAX = 200;
/** Failures described in the assertion message. */
const FAILURES_SHOWN_MAX = 5;

interface ColumnType {
  name: string;
  code: number;
  random(r: RandomSource): unknown;
}

function below(r: RandomSource, n: number): number {
  return r.nextUint32() % n;
}

function randomBytes(r: RandomSource, n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = r.nextUint32() & 0xff;
  return b;
}

/** Mostly ASCII, with 2-, 3- and 4-byte UTF-8 code points (never lone surrogates). */
function randomText(r: RandomSource): string {
  const n = below(r, TEXT_CODE_POINTS_MAX + 1);
  let s = '';
  for (let i = 0; i < n; i++) {
    const kind = below(r, 10);
    if (kind < 7) s += String.fromCodePoint(0x20 + below(r, 0x5f));
    else if (kind === 7) s += String.fromCodePoint(0x80 + below(r, 0x780));
    else if (kind === 8) s += String.fromCodePoint(0xe000 + below(r, 0x2000));
    else s += String.fromCodePoint(0x10000 + below(r, 0x100000));
  }
  return s;
}

function randomDouble(r: RandomSource): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, r.nextUint32());
  view.setUint32(4, r.nextUint32());
  return view.getFloat64(0);
}

const TYPES: ColumnType[] = [
  { name: 'text', code: dataTypes.text, random: randomText },
  { name: 'int', code: dataTypes.int, random: (r) => r.nextUint32() | 0 },
  { name: 'bigint', code: dataTypes.bigint, random: (r) => Long.fromBits(r.nextUint32() | 0, r.nextUint32() | 0) },
  { name: 'uuid', code: dataTypes.uuid, random: (r) => new Uuid(randomBytes(r, 16)) },
  { name: 'blob', code: dataTypes.blob, random: (r) => randomBytes(r, below(r, BLOB_BYTES_MAX + 1)) },
  { name: 'boolean', code: dataTypes.boolean, random: (r) => (r.nextUint32() & 1) === 1 },
  { name: 'double', code: dataTypes.double, random: randomDouble },
  // Any instant JavaScript can represent: ±8.64e15 ms around the epoch.
  { name: 'timestamp', code: dataTypes.timestamp, random: (r) => new Date(Math.round((r.nextUint32() / 2 ** 32 - 0.5) * 2 * 8.64e15)) },
];

interface Outcome {
  checked: number;
  empty: number;
  failures: string[];
}

function runSeed(seed: number): Outcome {
  const r = seededRandomSource(seed);
  const encoder = new Encoder(protocolVersion.v4, {});
  const tokenizer = new Murmur3Tokenizer();
  const outcome: Outcome = { checked: 0, empty: 0, failures: [] };
  for (let k = 0; k < KEYS_PER_SEED; k++) {
    const count = below(r, 2) === 0 ? 1 : 2 + below(r, 2);
    const types = Array.from({ length: count }, () => TYPES[below(r, TYPES.length)]!);
    const values = types.map((t) => t.random(r));
    const describe = (): string => `seed ${seed} key ${k} (${types.map((t) => t.name).join(', ')})`;

    let routingKey: Buffer | undefined;
    encoder.setRoutingKeyFromMeta({ columns: types.map((t) => ({ type: { code: t.code } })) }, values, {
      getRoutingIndexes: () => types.map((_, i) => i),
      setRoutingKey: (key) => (routingKey = key),
    });
    if (routingKey === undefined) {
      outcome.failures.push(`${describe()}: the driver built no routing key`);
      continue;
    }
    const components = types.map((t, i) => encoder.encode(values[i], t.code));
    const ours = serializePartitionKey(components);
    if (Buffer.compare(Buffer.from(ours), routingKey) !== 0) {
      outcome.failures.push(`${describe()}: key ${Buffer.from(ours).toString('hex')}, driver ${routingKey.toString('hex')}`);
      continue;
    }
    const token = murmur3Token(ours);
    if (ours.length === 0) {
      outcome.empty++;
      if (token !== MIN_TOKEN) outcome.failures.push(`${describe()}: empty key has token ${token}, expected MIN_TOKEN`);
      continue;
    }
    const hashed: Token = BigInt(tokenizer.hash(routingKey).getValue().toString());
    // Murmur3Partitioner normalizes Long.MIN_VALUE to Long.MAX_VALUE; the driver does not.
    const expected = hashed === MIN_TOKEN ? MAX_TOKEN : hashed;
    if (token !== expected) outcome.failures.push(`${describe()}: key ${routingKey.toString('hex')}: token ${token}, driver ${expected}`);
    outcome.checked++;
  }
  return outcome;
}

describe('murmur3Token and serializePartitionKey against cassandra-driver', () => {
  for (const seed of SEEDS) {
    it(`agree on ${KEYS_PER_SEED} random keys of ${TYPES.length} types, 1 to 3 components (seed ${seed})`, () => {
      const { checked, empty, failures } = runSeed(seed);
      const shown = failures.slice(0, FAILURES_SHOWN_MAX).join('\n');
      expect(failures, `${failures.length} disagreements (reproduce with SEED=${seed}):\n${shown}`).toEqual([]);
      expect(checked + empty).toBe(KEYS_PER_SEED);
      // Nearly every key is hashed: only single empty text or blob values are not.
      expect(checked).toBeGreaterThan(KEYS_PER_SEED * 0.95);
    });
  }

  it('the driver gives the tokens Cassandra gave for composite keys (int, text)', () => {
    // cqlsh `SELECT token(id1, id2)` for PRIMARY KEY ((id1 int, id2 text)), as quoted in
    // murmur3.test.ts: the driver and we both match Cassandra itself.
    const encoder = new Encoder(protocolVersion.v4, {});
    const tokenizer = new Murmur3Tokenizer();
    for (const [id1, id2, token] of [
      [10, '20', -9026262514124674157n],
      [1, '2', 4093852821103061060n],
    ] as const) {
      let key: Buffer | undefined;
      const meta = { columns: [{ type: { code: dataTypes.int } }, { type: { code: dataTypes.text } }] };
      encoder.setRoutingKeyFromMeta(meta, [id1, id2], { getRoutingIndexes: () => [0, 1], setRoutingKey: (k) => (key = k) });
      expect(BigInt(tokenizer.hash(key!).getValue().toString())).toBe(token);
      expect(murmur3Token(serializePartitionKey([encoder.encode(id1, dataTypes.int), encoder.encode(id2, dataTypes.text)]))).toBe(token);
    }
  });
});

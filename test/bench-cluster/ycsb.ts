/**
 * YCSB's data and key choice, from one seed: the usertable schema (y_id + field0…field9 of 100
 * characters), keys `user<N>`, the core workloads A, B and C, and YCSB's scrambled zipfian key
 * generator (ZipfianGenerator with constant 0.99 over 10^10 items, each rank hashed with FNV-1a
 * 64 and taken modulo the record count, so the hot keys are spread over the ring rather than
 * being user0, user1, …). Same seed, same sequence of keys, fields and values.
 */
import assert from 'node:assert/strict';

export const KEYSPACE = 'ycsb';
export const TABLE = 'usertable';
export const FIELD_COUNT = 10;
/** YCSB's default fieldlength. */
export const FIELD_BYTES = 100;
export const FIELD_NAMES: readonly string[] = Array.from({ length: FIELD_COUNT }, (_, i) => `field${i}`);

export const CREATE_KEYSPACE = `CREATE KEYSPACE ${KEYSPACE} WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}`;
export const REPLICATION_FACTOR = 3;
export const CREATE_TABLE = `CREATE TABLE ${KEYSPACE}.${TABLE} (y_id text PRIMARY KEY, ${FIELD_NAMES.map((f) => `${f} text`).join(', ')})`;
export const INSERT_ROW = `INSERT INTO ${KEYSPACE}.${TABLE} (y_id, ${FIELD_NAMES.join(', ')}) VALUES (?${', ?'.repeat(FIELD_COUNT)})`;
export const READ_ROW = `SELECT * FROM ${KEYSPACE}.${TABLE} WHERE y_id = ?`;
/** YCSB's update writes one field (writeallfields=false); one statement per field. */
export const UPDATE_FIELD: readonly string[] = FIELD_NAMES.map((f) => `INSERT INTO ${KEYSPACE}.${TABLE} (y_id, ${f}) VALUES (?, ?)`);

export type WorkloadName = 'A' | 'B' | 'C';
export const WORKLOAD_NAMES: readonly WorkloadName[] = ['A', 'B', 'C'];

export interface Workload {
  readonly name: WorkloadName;
  /** Share of reads; the rest are updates. */
  readonly readProportion: number;
  readonly mix: string;
}

export const WORKLOADS: Readonly<Record<WorkloadName, Workload>> = {
  A: { name: 'A', readProportion: 0.5, mix: '50/50 read/update' },
  B: { name: 'B', readProportion: 0.95, mix: '95/5 read/update' },
  C: { name: 'C', readProportion: 1, mix: 'read only' },
};

export function keyOf(n: number): string {
  return `user${n}`;
}

/** mulberry32: a small, fast, seedable 32-bit PRNG; doubles take two draws (53 bits). */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Uniform in [0, 1) with 53 random bits. */
  nextDouble(): number {
    return ((this.nextUint32() >>> 5) * 2 ** 26 + (this.nextUint32() >>> 6)) / 2 ** 53;
  }

  /** Uniform integer in [0, bound), bound ≤ 2^32. */
  below(bound: number): number {
    return Math.floor((this.nextUint32() / 2 ** 32) * bound);
  }
}

/** YCSB's ZipfianGenerator.ZIPFIAN_CONSTANT. */
export const ZIPFIAN_CONSTANT = 0.99;
/** ScrambledZipfianGenerator draws ranks over this many items … */
const SCRAMBLED_ITEM_COUNT = 10_000_000_000;
/** … whose zeta(10^10, 0.99) YCSB precomputes (ScrambledZipfianGenerator.ZETAN). */
const SCRAMBLED_ZETAN = 26.46902820178302;

/** YCSB's ZipfianGenerator (Gray et al., "Quickly generating billion-record synthetic databases"). */
export class ZipfianGenerator {
  private readonly items: number;
  private readonly zetan: number;
  private readonly random: SeededRandom;
  private readonly alpha: number;
  private readonly eta: number;
  private readonly halfPowTheta: number;

  constructor(items: number, theta: number, zetan: number, random: SeededRandom) {
    assert.ok(items >= 2 && theta > 0 && theta < 1 && zetan > 1, 'zipfian parameters out of range');
    this.items = items;
    this.zetan = zetan;
    this.random = random;
    const zeta2theta = 1 + 0.5 ** theta;
    this.alpha = 1 / (1 - theta);
    this.eta = (1 - (2 / items) ** (1 - theta)) / (1 - zeta2theta / zetan);
    this.halfPowTheta = 0.5 ** theta;
  }

  /** A rank in [0, items): 0 is the most popular. */
  next(): number {
    const u = this.random.nextDouble();
    const uz = u * this.zetan;
    if (uz < 1) return 0;
    if (uz < 1 + this.halfPowTheta) return 1;
    return Math.min(this.items - 1, Math.floor(this.items * (this.eta * u - this.eta + 1) ** this.alpha));
  }
}

const FNV_OFFSET_BASIS_64 = 0xcbf29ce484222325n;
const FNV_PRIME_64 = 1099511628211n;

/** YCSB's Utils.fnvhash64: FNV-1a over the 8 little-endian bytes of `value`, as |signed 64-bit|. */
export function fnvHash64(value: number): bigint {
  let v = BigInt(value);
  let hash = FNV_OFFSET_BASIS_64;
  for (let i = 0; i < 8; i++) {
    hash ^= v & 0xffn;
    v >>= 8n;
    hash = BigInt.asUintN(64, hash * FNV_PRIME_64);
  }
  const signed = BigInt.asIntN(64, hash);
  return signed < 0n ? -signed : signed;
}

/** YCSB's ScrambledZipfianGenerator over [0, records). */
export class ScrambledZipfian {
  private readonly zipfian: ZipfianGenerator;
  private readonly records: bigint;

  constructor(records: number, random: SeededRandom) {
    assert.ok(Number.isSafeInteger(records) && records >= 1, `records out of range: ${records}`);
    this.records = BigInt(records);
    this.zipfian = new ZipfianGenerator(SCRAMBLED_ITEM_COUNT, ZIPFIAN_CONSTANT, SCRAMBLED_ZETAN, random);
  }

  next(): number {
    return Number(fnvHash64(this.zipfian.next()) % this.records);
  }
}

const VALUE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const VALUE_POOL_CHARS = 1 << 16;

/** 100-character field values cut at random offsets from one seeded pool of printable characters. */
export class FieldValues {
  private readonly pool: string;
  private readonly random: SeededRandom;

  constructor(random: SeededRandom) {
    this.random = random;
    let pool = '';
    for (let i = 0; i < VALUE_POOL_CHARS + FIELD_BYTES; i++) pool += VALUE_ALPHABET[random.below(VALUE_ALPHABET.length)];
    this.pool = pool;
  }

  next(): string {
    const offset = this.random.below(VALUE_POOL_CHARS);
    return this.pool.slice(offset, offset + FIELD_BYTES);
  }
}

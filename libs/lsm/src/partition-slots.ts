/**
 * The partitions of one memtable table, found by (token, partition key), kept off the JS heap:
 * an open-addressing hash table (linear probing) over typed arrays — each slot the token's two
 * 32-bit halves and a reference. A Map keyed by strings cost ~110 bytes of V8 heap per partition
 * (key string, boxed position, table entry), all of it promoted to the old generation and dead
 * at every flush: V8 let the heap grow to ~4x its live size between full collections. Here a
 * partition costs 16 bytes of typed array per slot (at most half the slots are used) and the
 * collector has nothing to trace or free.
 *
 * The key bytes are not stored: they are in what a reference names (an arena blob, or a large
 * partition's object), and the owner compares them (`KeyAt`). Token equality is checked first,
 * so keys are compared only for the partition looked for (or a token collision).
 *
 * A value is a blob position (an integer ≥ 0) or an object of type T (a large partition).
 * `layout` changes whenever a partition is added or removed (slots move or empty), not when a
 * partition's value is replaced: slot indexes from `sortedSlots` stay valid while it is unchanged.
 */
import assert from 'node:assert/strict';
import { compareBytes } from './bytes.js';
import { fmix32 } from './sstable/bloom.js';

/** Slots of a new table; a power of two. */
export const PARTITION_SLOTS_CAPACITY_MIN = 16;
/** Bytes of typed array per slot: two token halves (Int32) and a reference (Float64). */
export const PARTITION_SLOT_BYTES = 16;
/** The table doubles when live plus removed slots would pass this share of the capacity. */
const LOAD_MAX = 0.5;

/** Reference of a never-used slot. */
const EMPTY = -1;
/** Reference of a slot whose partition was removed (probing goes on past it). */
const REMOVED = -2;
/** Objects are referenced as -(index + OBJECT_BASE). */
const OBJECT_BASE = 3;

/**
 * The partition key of a stored value, compared in place: `compareKeyAt(value, key)` orders the
 * stored key against `key` (negative, zero, positive) as unsigned bytes.
 */
export type CompareKeyAt<T> = (value: number | T, key: Uint8Array) => number;

/** The signed high and low 32-bit halves of a token (the low half as an unsigned number). */
export function tokenHigh(token: bigint): number {
  return Number(BigInt.asIntN(32, token >> 32n));
}

export function tokenLow(token: bigint): number {
  return Number(BigInt.asUintN(32, token));
}

export class PartitionSlots<T> {
  private his: Int32Array;
  private los: Uint32Array;
  private refs: Float64Array;
  private readonly objects: (T | undefined)[] = [];
  private readonly freeObjects: number[] = [];
  /** Live plus removed slots. */
  private used = 0;
  /** Live partitions. */
  size = 0;
  /** See the header. */
  layout = 0;

  constructor(private readonly compareKeyAt: CompareKeyAt<T>) {
    this.his = new Int32Array(PARTITION_SLOTS_CAPACITY_MIN);
    this.los = new Uint32Array(PARTITION_SLOTS_CAPACITY_MIN);
    this.refs = new Float64Array(PARTITION_SLOTS_CAPACITY_MIN).fill(EMPTY);
  }

  /** Bytes of the typed arrays (what the memtable counts for its index). */
  get bytes(): number {
    return this.refs.length * PARTITION_SLOT_BYTES;
  }

  get(token: bigint, key: Uint8Array): number | T | undefined {
    const i = this.find(tokenHigh(token), tokenLow(token), key);
    return i < 0 ? undefined : this.valueAt(i);
  }

  has(token: bigint, key: Uint8Array): boolean {
    return this.find(tokenHigh(token), tokenLow(token), key) >= 0;
  }

  /** Adds the partition or replaces its value. */
  set(token: bigint, key: Uint8Array, value: number | T): void {
    const hi = tokenHigh(token);
    const lo = tokenLow(token);
    const found = this.find(hi, lo, key);
    if (found >= 0) {
      this.release(found);
      this.refs[found] = this.refOf(value);
      return;
    }
    if ((this.used + 1) / this.refs.length > LOAD_MAX) this.rehash(this.size + 1 > (this.refs.length * LOAD_MAX) / 2 ? this.refs.length * 2 : this.refs.length);
    const mask = this.refs.length - 1;
    let i = slotHash(hi, lo) & mask;
    while (this.refs[i] !== EMPTY && this.refs[i] !== REMOVED) i = (i + 1) & mask;
    if (this.refs[i] === EMPTY) this.used++;
    this.his[i] = hi;
    this.los[i] = lo;
    this.refs[i] = this.refOf(value);
    this.size++;
    this.layout++;
  }

  /** Removes the partition if present. */
  delete(token: bigint, key: Uint8Array): void {
    const i = this.find(tokenHigh(token), tokenLow(token), key);
    if (i < 0) return;
    this.release(i);
    this.refs[i] = REMOVED;
    this.size--;
    this.layout++;
  }

  /** Every value, in no particular order. */
  *values(): Generator<number | T> {
    for (let i = 0; i < this.refs.length; i++) {
      const v = this.valueAt(i);
      if (v !== undefined) yield v;
    }
  }

  /** The value in slot `i`, or undefined when the slot holds none (removed since it was listed). */
  valueAt(i: number): number | T | undefined {
    const ref = this.refs[i]!;
    if (ref >= 0) return ref;
    if (ref <= -OBJECT_BASE) return this.objects[-ref - OBJECT_BASE];
    return undefined;
  }

  /** The live slots in partition order: token (signed), then key (unsigned bytes); `keyAt` gives each key. */
  sortedSlots(keyAt: (value: number | T) => Uint8Array): Int32Array {
    const live = new Int32Array(this.size);
    const keys = new Array<Uint8Array>(this.refs.length);
    let n = 0;
    for (let i = 0; i < this.refs.length; i++) {
      const v = this.valueAt(i);
      if (v === undefined) continue;
      live[n++] = i;
      keys[i] = keyAt(v);
    }
    assert.equal(n, this.size, 'partition slots: size out of step');
    const his = this.his;
    const los = this.los;
    return live.sort((a, b) => his[a]! - his[b]! || los[a]! - los[b]! || compareBytes(keys[a]!, keys[b]!));
  }

  /**
   * The first place in `sorted` (this layout's `sortedSlots`) whose partition comes after
   * (token, key); `sorted.length` when none does. The token is split once, not per probe.
   */
  firstAfter(sorted: Int32Array, token: bigint, key: Uint8Array): number {
    const hi = tokenHigh(token);
    const lo = tokenLow(token);
    let a = 0;
    let b = sorted.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      const i = sorted[mid]!;
      const c = this.his[i]! - hi || this.los[i]! - lo || this.compareKeyAt(this.valueAt(i)!, key);
      if (c > 0) b = mid;
      else a = mid + 1;
    }
    return a;
  }

  private find(hi: number, lo: number, key: Uint8Array): number {
    const mask = this.refs.length - 1;
    for (let i = slotHash(hi, lo) & mask; ; i = (i + 1) & mask) {
      const ref = this.refs[i]!;
      if (ref === EMPTY) return -1;
      if (ref !== REMOVED && this.his[i] === hi && this.los[i] === lo && this.compareKeyAt(this.valueAt(i)!, key) === 0) return i;
    }
  }

  private refOf(value: number | T): number {
    if (typeof value === 'number') {
      assert.ok(Number.isSafeInteger(value) && value >= 0, 'a blob position is a non-negative integer');
      return value;
    }
    const index = this.freeObjects.pop() ?? this.objects.length;
    this.objects[index] = value;
    return -(index + OBJECT_BASE);
  }

  /** Frees the object slot `i` refers to, if any. */
  private release(i: number): void {
    const ref = this.refs[i]!;
    if (ref > -OBJECT_BASE) return;
    const index = -ref - OBJECT_BASE;
    this.objects[index] = undefined;
    this.freeObjects.push(index);
  }

  private rehash(capacity: number): void {
    const { his, los, refs } = this;
    this.his = new Int32Array(capacity);
    this.los = new Uint32Array(capacity);
    this.refs = new Float64Array(capacity).fill(EMPTY);
    const mask = capacity - 1;
    for (let j = 0; j < refs.length; j++) {
      const ref = refs[j]!;
      if (ref === EMPTY || ref === REMOVED) continue;
      let i = slotHash(his[j]!, los[j]!) & mask;
      while (this.refs[i] !== EMPTY) i = (i + 1) & mask;
      this.his[i] = his[j]!;
      this.los[i] = los[j]!;
      this.refs[i] = ref;
    }
    this.used = this.size;
    this.layout++;
  }
}

/** Tokens are Murmur3 hashes, but tests use small ones: both halves are mixed. */
function slotHash(hi: number, lo: number): number {
  return fmix32(Math.imul(lo, 0x9e3779b1) ^ hi);
}

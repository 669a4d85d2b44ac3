import { describe, expect, it } from 'vitest';
import { compareBytes } from './bytes.js';
import { Random } from './testing/random.js';
import { PARTITION_SLOTS_CAPACITY_MIN, PARTITION_SLOT_BYTES, PartitionSlots } from './partition-slots.js';

/** Values are either numbers (standing for blob positions) or objects that carry their key. */
interface Big {
  readonly key: Uint8Array;
  readonly n: number;
}

/** The keys behind numeric values, as the memtable's arena would hold them. */
function harness() {
  const keysOfNumbers = new Map<number, Uint8Array>();
  const keyOf = (v: number | Big) => (typeof v === 'number' ? keysOfNumbers.get(v)! : v.key);
  const slots = new PartitionSlots<Big>((v, key) => compareBytes(keyOf(v), key));
  return { slots, keysOfNumbers, keyOf };
}

const mapKey = (token: bigint, key: Uint8Array) => `${token}:${Buffer.from(key).toString('hex')}`;

describe('PartitionSlots', () => {
  it('agrees with a Map under random sets, replaces and deletes, with colliding tokens and keys', () => {
    const random = new Random(20261207);
    const next = () => random.next();
    const { slots, keysOfNumbers, keyOf } = harness();
    const model = new Map<string, { token: bigint; key: Uint8Array; value: number | Big }>();
    // Few tokens (many share one) and short keys: collisions of both on purpose; tokens across the whole signed range.
    const tokens = [0n, 1n, -1n, 2n ** 32n, -(2n ** 63n), 2n ** 63n - 1n, 0x1_0000_0001n, -(2n ** 31n), 12345678901234n];
    let nextPosition = 0;
    for (let step = 0; step < 20_000; step++) {
      const token = tokens[Math.floor(next() * tokens.length)]!;
      const key = Uint8Array.from({ length: Math.floor(next() * 3) }, () => Math.floor(next() * 4));
      const r = next();
      const k = mapKey(token, key);
      if (r < 0.6) {
        let value: number | Big;
        if (next() < 0.8) {
          value = nextPosition++;
          keysOfNumbers.set(value, key);
        } else value = { key, n: step };
        slots.set(token, key, value);
        model.set(k, { token, key, value });
      } else if (r < 0.8) {
        slots.delete(token, key);
        model.delete(k);
      } else {
        expect(slots.get(token, key)).toBe(model.get(k)?.value);
        expect(slots.has(token, key)).toBe(model.has(k));
      }
      expect(slots.size).toBe(model.size);
    }
    const values = [...slots.values()];
    expect(new Set(values)).toEqual(new Set([...model.values()].map((e) => e.value)));
    // Partition order: token signed, then key bytes unsigned.
    const sorted = [...slots.sortedSlots(keyOf)].map((i) => slots.valueAt(i)!);
    const want = [...model.values()].sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : compareBytes(a.key, b.key))).map((e) => e.value);
    expect(sorted).toEqual(want);
  });

  it('grows past a million partitions with sequential tokens and keeps every one', () => {
    const { slots, keysOfNumbers } = harness();
    const n = 1 << 20;
    const key = new Uint8Array(0);
    for (let i = 0; i < n; i++) {
      keysOfNumbers.set(i, key);
      slots.set(BigInt(i) << 20n, key, i);
    }
    expect(slots.size).toBe(n);
    for (let i = 0; i < n; i += 997) expect(slots.get(BigInt(i) << 20n, key)).toBe(i);
    expect(slots.get(1n, key)).toBeUndefined();
    // At most half the slots are used: 2^21 slots of PARTITION_SLOT_BYTES each.
    expect(slots.bytes).toBe(2 * n * PARTITION_SLOT_BYTES);
  });

  it('firstAfter finds the place after a position in sorted order; layout changes only when partitions come or go', () => {
    const { slots, keysOfNumbers, keyOf } = harness();
    const a = Uint8Array.of(1);
    const b = Uint8Array.of(2);
    keysOfNumbers.set(0, a).set(1, b).set(2, b);
    expect(slots.bytes).toBe(PARTITION_SLOTS_CAPACITY_MIN * PARTITION_SLOT_BYTES);
    slots.set(-5n, a, 0);
    slots.set(-5n, b, 1);
    const layout = slots.layout;
    slots.set(-5n, b, 2); // a replaced value
    expect(slots.layout).toBe(layout);
    const [first, second] = slots.sortedSlots(keyOf);
    expect(slots.valueAt(first!)).toBe(0);
    expect(slots.valueAt(second!)).toBe(2);
    const sorted = Int32Array.of(first!, second!);
    expect(slots.firstAfter(sorted, -5n, a)).toBe(1); // after (-5, a): (-5, b)
    expect(slots.firstAfter(sorted, -5n, Uint8Array.of(0))).toBe(0);
    expect(slots.firstAfter(sorted, -5n, Uint8Array.of(1, 0))).toBe(1); // between a and b
    expect(slots.firstAfter(sorted, -5n, b)).toBe(2);
    expect(slots.firstAfter(sorted, -4n, a)).toBe(2);
    expect(slots.firstAfter(sorted, -(2n ** 40n), a)).toBe(0);
    expect(slots.firstAfter(sorted, 2n ** 40n, a)).toBe(2);
    slots.delete(-5n, a);
    expect(slots.layout).not.toBe(layout);
    expect(slots.valueAt(first!)).toBeUndefined();
  });
});

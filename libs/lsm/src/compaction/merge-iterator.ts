/**
 * A streaming k-way merge of partition streams, each in strictly increasing partition order
 * (SSTable scans): a binary min-heap holds one pending partition per stream, so memory is
 * O(streams), never O(data). Yields, in partition order, the group of partitions at each position
 * (at most one per stream) for the caller to reconcile.
 */
import assert from 'node:assert/strict';
import { comparePartitionPositions } from '../bytes.js';
import type { PartitionData } from '../types.js';

interface HeapEntry {
  readonly partition: PartitionData;
  readonly source: number;
}

function less(a: HeapEntry, b: HeapEntry): boolean {
  const c = comparePartitionPositions(a.partition, b.partition);
  return c < 0 || (c === 0 && a.source < b.source);
}

/** A binary min-heap by (partition position, source index). */
class PartitionHeap {
  private readonly items: HeapEntry[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): HeapEntry | undefined {
    return this.items[0];
  }

  push(e: HeapEntry): void {
    const items = this.items;
    items.push(e);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  pop(): HeapEntry | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < items.length && less(items[l]!, items[m]!)) m = l;
      if (r < items.length && less(items[r]!, items[m]!)) m = r;
      if (m === i) break;
      [items[i], items[m]] = [items[m]!, items[i]!];
      i = m;
    }
    return top;
  }
}

/**
 * Merges `sources` by partition position. Each yielded group holds the partitions (one per
 * source, ascending source index) at one position. `onRead(source, partition)` sees every
 * partition as it is read (for accounting and throttling; it may wait). A source out of order
 * is an AssertionError. Every source iterator is closed (`return()`) when the merge ends early.
 */
export async function* mergePartitionStreams(
  sources: readonly AsyncIterable<PartitionData>[],
  onRead?: (source: number, partition: PartitionData) => void | Promise<void>,
): AsyncGenerator<PartitionData[], void, undefined> {
  const iterators = sources.map((s) => s[Symbol.asyncIterator]());
  const done = iterators.map(() => false);
  const previous: (PartitionData | undefined)[] = iterators.map(() => undefined);
  const heap = new PartitionHeap();
  const advance = async (source: number): Promise<void> => {
    const r = await iterators[source]!.next();
    if (r.done === true) {
      done[source] = true;
      return;
    }
    const prev = previous[source];
    assert.ok(
      prev === undefined || comparePartitionPositions(prev, r.value) < 0,
      `merge source ${source} is not in strictly increasing partition order (token ${r.value.token})`,
    );
    previous[source] = r.value;
    await onRead?.(source, r.value);
    heap.push({ partition: r.value, source });
  };
  try {
    for (let i = 0; i < iterators.length; i++) await advance(i);
    while (heap.size > 0) {
      const first = heap.pop()!;
      const group = [first];
      while (heap.size > 0 && comparePartitionPositions(heap.peek()!.partition, first.partition) === 0) group.push(heap.pop()!);
      for (const e of group) await advance(e.source);
      yield group.map((e) => e.partition);
    }
  } finally {
    const closing = iterators.filter((_, i) => !done[i]).map((it) => it.return?.());
    await Promise.allSettled(closing);
  }
}

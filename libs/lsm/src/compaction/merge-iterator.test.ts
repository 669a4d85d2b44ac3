import { describe, expect, it } from 'vitest';
import { comparePartitionPositions } from '../bytes.js';
import { makePartition } from '../reconcile.js';
import { Random, seeds } from '../testing/random.js';
import type { PartitionData } from '../types.js';
import { mergePartitionStreams } from './merge-iterator.js';

const at = (token: number, key = ''): PartitionData => makePartition(BigInt(token), new TextEncoder().encode(key), undefined, []);
const pos = (p: PartitionData): string => `${p.token}:${new TextDecoder().decode(p.partitionKey)}`;

async function* stream(parts: readonly PartitionData[], onClose?: () => void): AsyncGenerator<PartitionData> {
  try {
    for (const p of parts) {
      await Promise.resolve();
      yield p;
    }
  } finally {
    onClose?.();
  }
}

async function collect(sources: PartitionData[][]): Promise<string[][]> {
  const out: string[][] = [];
  for await (const group of mergePartitionStreams(sources.map((s) => stream(s)))) out.push(group.map(pos));
  return out;
}

describe('mergePartitionStreams', () => {
  it('groups equal positions (one per source, by source index) in partition order', async () => {
    const groups = await collect([[at(-5), at(1, 'a'), at(3)], [], [at(1, 'a'), at(1, 'b'), at(9)], [at(-5), at(3)]]);
    expect(groups).toEqual([['-5:', '-5:'], ['1:a', '1:a'], ['1:b'], ['3:', '3:'], ['9:']]);
  });

  it('yields the union of random sorted streams, each position once', async () => {
    for (const seed of seeds(50)) {
      const r = new Random(seed);
      const sources = Array.from({ length: 1 + r.int(6) }, () => {
        const tokens = [...new Set(Array.from({ length: r.int(30) }, () => r.int(40) - 20))].sort((a, b) => a - b);
        return tokens.map((t) => at(t, r.bool() ? 'k' : ''));
      });
      for (const s of sources) s.sort(comparePartitionPositions);
      const dedup = sources.map((s) => s.filter((p, i) => i === 0 || comparePartitionPositions(s[i - 1]!, p) !== 0));
      const expected = [...new Set(dedup.flat().map(pos))].sort((a, b) => comparePartitionPositions(parse(a), parse(b)));
      const groups = await collect(dedup);
      expect(
        groups.map((g) => g[0]),
        `seed ${seed}`,
      ).toEqual(expected);
      for (const g of groups) expect(new Set(g).size, `seed ${seed}`).toBe(1);
      expect(groups.flat().length, `seed ${seed}`).toBe(dedup.flat().length);
    }
  });

  it('refuses a source out of order', async () => {
    await expect(collect([[at(1), at(0)]])).rejects.toThrow(/strictly increasing/);
    await expect(collect([[at(1), at(1)]])).rejects.toThrow(/strictly increasing/);
  });

  it('closes every source when the consumer stops early', async () => {
    let closed = 0;
    const sources = [stream([at(1), at(2), at(3)], () => closed++), stream([at(2), at(5)], () => closed++)];
    for await (const group of mergePartitionStreams(sources)) {
      expect(group.length).toBe(1);
      break;
    }
    expect(closed).toBe(2);
  });

  it('reports every partition read, in read order per source', async () => {
    const seen: string[] = [];
    const it = mergePartitionStreams([stream([at(1), at(3)]), stream([at(2)])], (source, p) => {
      seen.push(`${source}@${pos(p)}`);
    });
    for await (const _ of it) void _;
    expect(seen.sort()).toEqual(['0@1:', '0@3:', '1@2:']);
  });
});

function parse(s: string): PartitionData {
  const [t, k] = s.split(':') as [string, string];
  return at(Number(t), k);
}

import { describe, expect, it } from 'vitest';
import { BlockCache } from './block-cache.js';

const block = (sizeBytes: number) => ({ sizeBytes });

describe('BlockCache', () => {
  it('evicts the least recently used blocks to stay within its capacity', () => {
    const cache = new BlockCache(300);
    const a = block(100);
    const b = block(100);
    const c = block(100);
    cache.put(1, 0, a);
    cache.put(1, 100, b);
    cache.put(2, 0, c);
    expect(cache.get(1, 0)).toBe(a); // a is now the most recently used
    cache.put(2, 100, block(100)); // evicts b
    expect(cache.get(1, 100)).toBeUndefined();
    expect(cache.get(1, 0)).toBe(a);
    expect(cache.get(2, 0)).toBe(c);
    expect(cache.stats()).toEqual({ hits: 3, misses: 1, evictions: 1, bytes: 300, entries: 3, capacityBytes: 300 });
  });

  it('replaces a block at the same key, refuses blocks larger than the cache, and evicts whole files', () => {
    const cache = new BlockCache(250);
    cache.put(1, 0, block(100));
    cache.put(1, 0, block(120));
    expect(cache.stats().bytes).toBe(120);
    cache.put(1, 8, block(251));
    expect(cache.get(1, 8)).toBeUndefined();
    cache.put(2, 0, block(100));
    cache.evictFile(1);
    expect(cache.stats()).toMatchObject({ bytes: 100, entries: 1, evictions: 0 });
    expect(cache.get(1, 0)).toBeUndefined();
    cache.clear();
    expect(cache.stats()).toMatchObject({ bytes: 0, entries: 0 });
  });

  it('evicts several small blocks for one large one', () => {
    const cache = new BlockCache(1000);
    for (let i = 0; i < 10; i++) cache.put(1, i, block(100));
    cache.put(1, 99, block(450));
    expect(cache.stats()).toMatchObject({ bytes: 950, entries: 6, evictions: 5 });
    for (let i = 0; i < 5; i++) expect(cache.get(1, i)).toBeUndefined();
    for (let i = 5; i < 10; i++) expect(cache.get(1, i)).toBeDefined();
  });
});

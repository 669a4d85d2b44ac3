import { describe, expect, it } from 'vitest';
import { ARENA_CHUNK_BYTES, ARENA_CHUNK_BYTES_MIN, Arena, ArenaChunkPool, locateIn } from './arena.js';

const blob = (n: number, fill: number): Uint8Array => new Uint8Array(n).fill(fill);

describe('Arena and ArenaChunkPool', () => {
  it('packs small blobs into pooled shared chunks and gives large ones a buffer of their own', () => {
    const pool = new ArenaChunkPool(ARENA_CHUNK_BYTES_MIN, 4);
    const arena = new Arena(pool);
    const small = [arena.add(blob(1000, 1)), arena.add(blob(1000, 2)), arena.add(blob(1000, 3)), arena.add(blob(1000, 4)), arena.add(blob(1000, 5))];
    const large = arena.add(blob(ARENA_CHUNK_BYTES_MIN / 4 + 1, 9));
    expect(arena.chunks.length).toBe(3); // two pooled chunks (4 + 1 blobs), one own buffer
    expect(arena.chunks[0]!.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(arena.chunks[2]!.buffer).not.toBeInstanceOf(SharedArrayBuffer);
    small.forEach((position, i) => {
      const { chunk, offset } = arena.locate(position);
      expect(chunk[offset]).toBe(i + 1);
      expect(chunk[offset + 999]).toBe(i + 1);
    });
    expect(locateIn(arena.chunks, large).chunk[0]).toBe(9);
    expect(arena.blobBytes).toBe(5000 + ARENA_CHUNK_BYTES_MIN / 4 + 1);
    expect(arena.allocatedBytes).toBe(2 * ARENA_CHUNK_BYTES_MIN + ARENA_CHUNK_BYTES_MIN / 4 + 1);
    expect(pool.stats()).toMatchObject({ chunksHeld: 2, chunksFree: 0, chunksAllocated: 2 });
  });

  it('reuses released chunks, keeps at most freeChunksMax idle ones, and refuses use after release', () => {
    const pool = new ArenaChunkPool(ARENA_CHUNK_BYTES_MIN, 2);
    const a = new Arena(pool);
    for (let i = 0; i < 15; i++) a.add(blob(ARENA_CHUNK_BYTES_MIN / 4, i)); // four to a chunk
    const used = a.chunks.length;
    expect(used).toBe(4);
    a.release();
    a.release(); // idempotent
    expect(pool.stats()).toMatchObject({ chunksHeld: 2, chunksFree: 2, chunksAllocated: 4, chunksDropped: 2 });
    expect(() => a.add(blob(1, 1))).toThrow(/after release/);
    expect(() => a.locate(0)).toThrow(/after release/);
    const b = new Arena(pool);
    b.add(blob(10, 7));
    b.add(blob(ARENA_CHUNK_BYTES_MIN, 7)); // own buffer, not from the pool
    expect(pool.stats()).toMatchObject({ chunksHeld: 2, chunksFree: 1, chunksAllocated: 4 });
    b.release();
    expect(pool.stats()).toMatchObject({ chunksHeld: 2, chunksFree: 2, chunksAllocated: 4 });
  });

  it('sizes chunks to about a 32nd of a memtable, within bounds', () => {
    expect(ArenaChunkPool.chunkBytesFor(2_048)).toBe(ARENA_CHUNK_BYTES_MIN);
    expect(ArenaChunkPool.chunkBytesFor(1024 * 1024)).toBe(32 * 1024);
    expect(ArenaChunkPool.chunkBytesFor(32 * 1024 * 1024)).toBe(ARENA_CHUNK_BYTES);
    expect(ArenaChunkPool.chunkBytesFor(1024 * 1024 * 1024)).toBe(ARENA_CHUNK_BYTES);
  });
});

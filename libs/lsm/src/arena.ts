/**
 * The memory memtable blobs live in (memtable-codec.ts): an append-only `Arena` of chunks, and
 * the engine's `ArenaChunkPool` the chunks come from and go back to.
 *
 * Why a pool. Chunks are `SharedArrayBuffer` memory, so that a flush in a worker thread reads
 * the blobs where they are. V8 counts shared backing stores toward no isolate's external
 * memory, so no garbage collector is ever prompted by them: a dropped chunk stays allocated
 * (and resident: every byte of it was written) until some unrelated collection happens to
 * find its small JS wrapper dead, in whichever thread saw it last. Left to the GC, the chunks
 * of flushed memtables piled up by the hundred megabytes. So chunks are never left to the GC:
 * a memtable gives its chunks back to the pool once it is flushed and no reader holds it
 * (`Memtable.retire` / `release`), and the next memtable reuses them. What the engine holds in
 * chunks is then what its live memtables hold, plus at most `freeChunksMax` idle ones.
 *
 * Contract:
 * - `Arena.add` copies a blob in and returns its position (chunk index × ARENA_POSITION_SPAN
 *   + offset); positions stay valid until `release`.
 * - Blobs above a quarter of a chunk get a buffer of their own: ordinary (not shared) memory,
 *   which V8 accounts and collects, and which a flush job copies to the worker (rare: a
 *   partition of at most MEMTABLE_BLOB_ROWS_MAX rows that large).
 * - `release` gives the pooled chunks back; the arena must not be used afterwards (asserted),
 *   and nobody may hold a view into its chunks — reads of a memtable copy what they return.
 * - A pooled chunk is handed out again as it was left (not zeroed): only written bytes are
 *   ever addressed.
 */
import assert from 'node:assert/strict';

/** Default chunk size: small blobs share chunks of this size. */
export const ARENA_CHUNK_BYTES = 1024 * 1024;
/** Smallest chunk size (memtables of a few KiB in tests). */
export const ARENA_CHUNK_BYTES_MIN = 4 * 1024;
/** A position is chunk index × this + offset in the chunk (a safe integer). */
export const ARENA_POSITION_SPAN = 2 ** 32;

export interface ArenaPoolStats {
  readonly chunkBytes: number;
  /** Chunks in use by arenas plus idle ones in the pool. */
  readonly chunksHeld: number;
  readonly chunksFree: number;
  /** Chunks ever allocated, and chunks dropped because the pool was full. */
  readonly chunksAllocated: number;
  readonly chunksDropped: number;
}

/** A bounded free list of shared arena chunks, one per engine. */
export class ArenaChunkPool {
  private readonly free: Uint8Array[] = [];
  private allocated = 0;
  private dropped = 0;
  private held = 0;

  constructor(
    readonly chunkBytes: number,
    /** Idle chunks kept for reuse; chunks given back beyond it are dropped. */
    readonly freeChunksMax: number,
  ) {
    assert.ok(Number.isInteger(chunkBytes) && chunkBytes >= ARENA_CHUNK_BYTES_MIN && chunkBytes < ARENA_POSITION_SPAN, 'arena chunkBytes out of range');
    assert.ok(Number.isInteger(freeChunksMax) && freeChunksMax >= 0, 'freeChunksMax must be a non-negative integer');
  }

  /** The chunk size for memtables of `memtableBytesMax`: about a 32nd of it, a power of two, within [ARENA_CHUNK_BYTES_MIN, ARENA_CHUNK_BYTES]. */
  static chunkBytesFor(memtableBytesMax: number): number {
    let bytes = ARENA_CHUNK_BYTES_MIN;
    while (bytes < ARENA_CHUNK_BYTES && bytes * 32 < memtableBytesMax) bytes *= 2;
    return bytes;
  }

  take(): Uint8Array {
    this.held++;
    const chunk = this.free.pop();
    if (chunk !== undefined) return chunk;
    this.allocated++;
    return new Uint8Array(new SharedArrayBuffer(this.chunkBytes));
  }

  give(chunk: Uint8Array): void {
    assert.ok(chunk.length === this.chunkBytes && chunk.buffer instanceof SharedArrayBuffer, 'not a chunk of this pool');
    this.held--;
    if (this.free.length < this.freeChunksMax) this.free.push(chunk);
    else this.dropped++;
  }

  stats(): ArenaPoolStats {
    return {
      chunkBytes: this.chunkBytes,
      chunksHeld: this.held + this.free.length,
      chunksFree: this.free.length,
      chunksAllocated: this.allocated,
      chunksDropped: this.dropped,
    };
  }
}

/** Append-only storage for blobs; positions stay valid until the arena is released. */
export class Arena {
  private chunkList: Uint8Array[] = [];
  private current: Uint8Array | undefined;
  private used = 0;
  private released = false;
  /** Bytes of all chunks this arena holds (pooled and own). */
  allocatedBytes = 0;
  /** Bytes of the blobs added (≤ allocatedBytes). */
  blobBytes = 0;

  constructor(private readonly pool: ArenaChunkPool) {}

  get chunks(): readonly Uint8Array[] {
    assert.ok(!this.released, 'arena used after release');
    return this.chunkList;
  }

  /** Copies `blob` into the arena; returns its position. */
  add(blob: Uint8Array): number {
    assert.ok(!this.released, 'arena used after release');
    this.blobBytes += blob.length;
    if (blob.length > this.pool.chunkBytes / 4) {
      const own = blob.slice(); // ordinary memory, V8-accounted (see the header)
      this.chunkList.push(own);
      this.allocatedBytes += own.length;
      return (this.chunkList.length - 1) * ARENA_POSITION_SPAN;
    }
    if (this.current === undefined || this.used + blob.length > this.current.length) {
      this.current = this.pool.take();
      this.chunkList.push(this.current);
      this.used = 0;
      this.allocatedBytes += this.current.length;
    }
    const position = (this.chunkList.length - 1) * ARENA_POSITION_SPAN + this.used;
    this.current.set(blob, this.used);
    this.used += blob.length;
    return position;
  }

  /** The chunk and offset of a position. */
  locate(position: number): { chunk: Uint8Array; offset: number } {
    assert.ok(!this.released, 'arena used after release');
    return locateIn(this.chunkList, position);
  }

  /** Gives the pooled chunks back. Idempotent; the arena is unusable afterwards. */
  release(): void {
    if (this.released) return;
    this.released = true;
    for (const chunk of this.chunkList) if (chunk.buffer instanceof SharedArrayBuffer) this.pool.give(chunk);
    this.chunkList = [];
    this.current = undefined;
  }
}

/** The chunk and offset of a position in a list of arena chunks. */
export function locateIn(chunks: readonly Uint8Array[], position: number): { chunk: Uint8Array; offset: number } {
  const index = Math.floor(position / ARENA_POSITION_SPAN);
  return { chunk: chunks[index]!, offset: position - index * ARENA_POSITION_SPAN };
}

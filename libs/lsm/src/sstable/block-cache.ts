/**
 * A block cache bounded in bytes, shared by every SSTable reader of an engine (LevelDB's block
 * cache, Cassandra's chunk cache). Least recently used first out. Keyed by (file id, block
 * offset); each reader evicts its file's blocks when it closes. Holds decoded blocks (verified
 * bytes plus their decoded header) and accounts each at its own `sizeBytes`: the bytes, the
 * decoded header's arrays and strings, and a fixed per-entry overhead.
 */
import assert from 'node:assert/strict';
import type { CacheableBlock } from './block-decoder.js';
import { BLOCK_CACHE_BYTES_DEFAULT } from './limits.js';

export interface BlockCacheStats {
  readonly hits: number;
  readonly misses: number;
  readonly evictions: number;
  /** Bytes currently held (as accounted). */
  readonly bytes: number;
  readonly entries: number;
  readonly capacityBytes: number;
}

interface Node {
  readonly fileId: number;
  readonly offset: number;
  readonly block: CacheableBlock;
  prev: Node | undefined;
  next: Node | undefined;
}

export class BlockCache {
  private readonly files = new Map<number, Map<number, Node>>();
  /** Most recently used. */
  private head: Node | undefined;
  /** Least recently used. */
  private tail: Node | undefined;
  private bytesHeld = 0;
  private entryCount = 0;
  private hits = 0;
  private misses = 0;
  private evictions = 0;

  constructor(readonly capacityBytes: number = BLOCK_CACHE_BYTES_DEFAULT) {
    assert.ok(Number.isSafeInteger(capacityBytes) && capacityBytes >= 0, `block cache capacity must be a non-negative integer, got ${capacityBytes}`);
  }

  /** The cached block, counting a hit or a miss. */
  get(fileId: number, offset: number): CacheableBlock | undefined {
    const node = this.files.get(fileId)?.get(offset);
    if (node === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    if (node !== this.head) {
      this.unlink(node);
      this.pushFront(node);
    }
    return node.block;
  }

  /**
   * Caches a block (replacing one at the same key), then evicts least recently used blocks until
   * the cache fits its capacity. A block larger than the whole capacity is not cached.
   */
  put(fileId: number, offset: number, block: CacheableBlock): void {
    if (block.sizeBytes > this.capacityBytes) return;
    const existing = this.files.get(fileId)?.get(offset);
    if (existing !== undefined) this.remove(existing, this.files.get(fileId) as Map<number, Node>);
    let file = this.files.get(fileId);
    if (file === undefined) {
      file = new Map();
      this.files.set(fileId, file);
    }
    const node: Node = { fileId, offset, block, prev: undefined, next: undefined };
    file.set(offset, node);
    this.pushFront(node);
    this.bytesHeld += block.sizeBytes;
    this.entryCount++;
    while (this.bytesHeld > this.capacityBytes && this.tail !== undefined) {
      const victim = this.tail;
      this.remove(victim, this.files.get(victim.fileId) as Map<number, Node>);
      this.evictions++;
    }
  }

  /** Drops every block of a file (a reader closing, a file deleted). Not counted as evictions. */
  evictFile(fileId: number): void {
    const file = this.files.get(fileId);
    if (file === undefined) return;
    for (const node of [...file.values()]) this.remove(node, file);
    this.files.delete(fileId);
  }

  /** Drops everything. */
  clear(): void {
    for (const fileId of [...this.files.keys()]) this.evictFile(fileId);
  }

  stats(): BlockCacheStats {
    return {
      hits: this.hits,
      misses: this.misses,
      evictions: this.evictions,
      bytes: this.bytesHeld,
      entries: this.entryCount,
      capacityBytes: this.capacityBytes,
    };
  }

  private remove(node: Node, file: Map<number, Node>): void {
    this.unlink(node);
    file.delete(node.offset);
    if (file.size === 0) this.files.delete(node.fileId);
    this.bytesHeld -= node.block.sizeBytes;
    this.entryCount--;
  }

  private unlink(node: Node): void {
    if (node.prev) node.prev.next = node.next;
    else this.head = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.tail = node.prev;
    node.prev = undefined;
    node.next = undefined;
  }

  private pushFront(node: Node): void {
    node.next = this.head;
    node.prev = undefined;
    if (this.head) this.head.prev = node;
    this.head = node;
    if (this.tail === undefined) this.tail = node;
  }
}

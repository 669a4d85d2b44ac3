/**
 * The classic-level adapter (LevelDB 1.20 via N-API): what a Node user picks for an embedded
 * sorted store. Compression is off (Cassia has none yet); every other option is classic-level's
 * default (4 MiB write buffer, 8 MiB block cache, 4 KiB blocks).
 * - no-sync: `sync: false` — the write goes to LevelDB's log (write-ahead) without fsync.
 * - sync: `sync: true` on every put and batch — LevelDB fsyncs the log once per write call;
 *   concurrent writers are not grouped into one sync the way Cassia's group commit does.
 * - scans: one iterator created in `prepare()` (a snapshot), repositioned with `seek()` for
 *   each `scanFrom` and read with `nextv()` — the fastest idiom classic-level offers.
 */
import { ClassicLevel } from 'classic-level';
import type { Iterator as LevelIterator } from 'classic-level';
import type { Durability, KvEntry, KvStore } from './kv-store.ts';
import { assertValueLength } from './kv-store.ts';
import { VALUE_BYTES } from './keys.ts';

/** Entries fetched per native iterator call in `scanAll`. */
const LEVEL_SCAN_BATCH_ENTRIES = 1000;

type Db = ClassicLevel<Uint8Array, Uint8Array>;
type DbIterator = LevelIterator<Db, Uint8Array, Uint8Array>;

export const LEVEL_SETTINGS = 'classic-level: compression off, other options default (4 MiB write buffer, 8 MiB block cache)';

export class LevelStore implements KvStore {
  readonly name = 'classic-level';
  private seekIterator: DbIterator | undefined;
  private readonly db: Db;
  private readonly writeOptions: { readonly sync: boolean };

  private constructor(db: Db, durability: Durability) {
    this.db = db;
    this.writeOptions = { sync: durability === 'sync' };
  }

  static async open(dir: string, durability: Durability): Promise<LevelStore> {
    const db: Db = new ClassicLevel<Uint8Array, Uint8Array>(dir, {
      createIfMissing: true,
      errorIfExists: true,
      compression: false,
      keyEncoding: 'view',
      valueEncoding: 'view',
    });
    await db.open();
    return new LevelStore(db, durability);
  }

  put(key: Uint8Array, value: Uint8Array): Promise<void> {
    return this.db.put(key, value, this.writeOptions);
  }

  putBatch(entries: readonly KvEntry[]): Promise<void> {
    return this.db.batch(
      entries.map((e) => ({ type: 'put' as const, key: e.key, value: e.value })),
      this.writeOptions,
    );
  }

  get(key: Uint8Array): Promise<Uint8Array | undefined> {
    return this.db.get(key);
  }

  async prepare(): Promise<void> {
    await this.seekIterator?.close();
    this.seekIterator = this.db.iterator();
  }

  async scanFrom(key: Uint8Array, count: number): Promise<number> {
    const it = this.seekIterator;
    if (it === undefined) throw new Error('LevelStore.scanFrom before prepare()');
    it.seek(key);
    let visited = 0;
    while (visited < count) {
      const entries = await it.nextv(count - visited);
      if (entries.length === 0) break;
      for (const [, value] of entries) assertValueLength(value, VALUE_BYTES);
      visited += entries.length;
    }
    return visited;
  }

  async scanAll(): Promise<number> {
    const it = this.db.iterator();
    let visited = 0;
    try {
      while (true) {
        const entries = await it.nextv(LEVEL_SCAN_BATCH_ENTRIES);
        if (entries.length === 0) break;
        for (const [, value] of entries) assertValueLength(value, VALUE_BYTES);
        visited += entries.length;
      }
    } finally {
      await it.close();
    }
    return visited;
  }

  async close(): Promise<void> {
    await this.seekIterator?.close();
    this.seekIterator = undefined;
    await this.db.close();
  }
}

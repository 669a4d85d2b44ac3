/**
 * The live SSTables of each table, as the engine holds them: reader, level and a reference
 * count. A read or scan takes references on the files it will touch; a file replaced by
 * compaction (or dropped) is retired and closed and deleted only once the last reference is
 * released, so a read in flight never loses its file.
 */
import { posix } from 'node:path';
import type { FileSystem } from './fs.js';
import { isFsErrorCode } from './fs.js';
import type { SSTableMeta, SSTableReader } from './sstable/index.js';

export const SSTABLES_DIR_NAME = 'sstables';
export const SSTABLE_FILE_SUFFIX = '.sst';

export interface LiveSSTable {
  readonly tableId: string;
  readonly generation: number;
  readonly level: number;
  readonly reader: SSTableReader;
  readonly meta: SSTableMeta;
  refs: number;
  /** Replaced or dropped: delete once unreferenced. */
  retired: boolean;
  /** Failed its checksum under diskFailurePolicy best_effort: never read again. */
  quarantined: boolean;
}

/** A table's directory name: the id itself when it is made of safe characters, else its hex. */
export function tableDirName(tableId: string): string {
  return /^[A-Za-z0-9_-]{1,200}$/.test(tableId) ? tableId : `x${Buffer.from(tableId, 'utf8').toString('hex')}`;
}

export function sstablePath(dataDir: string, tableId: string, generation: number): string {
  return posix.join(dataDir, SSTABLES_DIR_NAME, tableDirName(tableId), `${generation}${SSTABLE_FILE_SUFFIX}`);
}

/** The generation a file name holds, or undefined when it is not an SSTable name. */
export function parseSSTableFileName(name: string): number | undefined {
  const m = /^([1-9][0-9]{0,15})\.sst$/.exec(name);
  return m === null ? undefined : Number(m[1]);
}

/** Takes a reference on each file; the returned function releases them (once). */
export function acquire(files: readonly LiveSSTable[], onUnreferenced: (f: LiveSSTable) => void): () => void {
  for (const f of files) f.refs++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    for (const f of files) {
      f.refs--;
      if (f.refs === 0 && f.retired) onUnreferenced(f);
    }
  };
}

/** Closes a retired file's reader and deletes the file (missing is fine). */
export async function deleteSSTable(fs: FileSystem, f: LiveSSTable): Promise<void> {
  await f.reader.close();
  await fs.unlink(f.meta.path).catch((err: unknown) => {
    if (!isFsErrorCode(err, 'ENOENT')) throw err;
  });
}

/**
 * The filesystem surface the engine uses. All disk access goes through it, so tests can run in
 * memory and inject crashes (`FaultInjectingFileSystem`); production uses `nodeFileSystem`.
 * Paths are POSIX absolute or relative paths as Node understands them. Errors carry a Node-style
 * `code` ('ENOENT', 'EEXIST', …).
 */

export type OpenMode =
  /** Existing file, read only. */
  | 'read'
  /** Existing file, read and write at any position. */
  | 'readWrite'
  /** New file, fails with EEXIST if it exists; read and write. */
  | 'createExclusive';

export interface FileHandle {
  readonly path: string;
  /** Writes all of `data` at byte `position` (extending the file if needed). */
  write(data: Uint8Array, position: number): Promise<void>;
  /**
   * The same as `write`, done before returning (a plain write(2) into the page cache: no
   * thread-pool round trip). Optional; the commit log uses it for small appends when present.
   */
  writeSync?(data: Uint8Array, position: number): void;
  /** Reads up to `length` bytes at `position`; fewer only at end of file. */
  read(length: number, position: number): Promise<Uint8Array>;
  /**
   * The same as `read`, done before returning (a plain pread(2): for data in the page cache it
   * is far cheaper than a thread-pool round trip — what mmap gives Cassandra). Optional.
   */
  readSync?(length: number, position: number): Uint8Array;
  /** Makes all written data (and the file size) durable: fdatasync(2). */
  datasync(): Promise<void>;
  /** Shrinks or extends the file to `length` bytes; durable after `datasync`. */
  truncate(length: number): Promise<void>;
  /** Current size in bytes. */
  size(): Promise<number>;
  close(): Promise<void>;
}

export interface FileSystem {
  open(path: string, mode: OpenMode): Promise<FileHandle>;
  /** Names (not paths) of the entries of a directory. */
  readdir(dir: string): Promise<string[]>;
  /** mkdir -p. The new entries are durable only after `syncDir` of each parent. */
  mkdirp(dir: string): Promise<void>;
  /** Makes the directory's entries (creations, renames, unlinks) durable: fsync(2) on the directory. */
  syncDir(dir: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Size in bytes of a file. */
  size(path: string): Promise<number>;
}

/** An error with a Node-style `code`, thrown by the in-memory filesystem. */
export class FsError extends Error {
  override readonly name = 'FsError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** Whether `err` is a filesystem error with the given code (works for Node's errors and FsError). */
export function isFsErrorCode(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === code;
}

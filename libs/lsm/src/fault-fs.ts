/**
 * An in-memory `FileSystem` that remembers what is durable, for crash tests (after LevelDB's
 * fault-injection env and Pebble's strict vfs):
 * - file data is durable up to the last `datasync` of that file; every later write or truncate is
 *   kept in an undo log and rolled back by `crash()`;
 * - a directory entry (create, mkdir, rename, unlink) is durable only after `syncDir` of the
 *   directory holding it; `crash()` restores every directory to its last synced entries;
 * - the root directory always exists, but its entries too are durable only after `syncDir('/')`;
 * - an instance is the view of one process: `crash()` kills it (every later call on it or on its
 *   handles throws EIO, so nothing the dead process still had in flight reaches the disk) and
 *   returns a fresh instance on the same disk for the restarted process.
 * Faults: `failNext(op)` makes the next matching operation throw EIO; `beforeOp` lets a test act
 * (e.g. crash) just before any operation; `corrupt()` flips bits the way bad media would (no undo:
 * the damage survives a crash). Paths must be absolute.
 */
import { posix } from 'node:path';
import { FsError } from './fs.js';
import type { FileHandle, FileSystem, OpenMode } from './fs.js';

export type FaultOp = 'open' | 'write' | 'datasync' | 'truncate' | 'syncDir' | 'rename' | 'unlink' | 'mkdirp';

export interface CrashOptions {
  /**
   * Simulates a torn write: called for each file with the bytes appended since its last datasync;
   * the returned bytes (a prefix, garbage, anything) are what the disk kept after the synced part.
   * Default: nothing is kept.
   */
  readonly tornTail?: (path: string, unsyncedTail: Uint8Array) => Uint8Array;
  /**
   * Simulates torn writes anywhere in a file, overwrites included (a preallocated commit-log
   * segment is written over zeros): called for each file with its writes since the last
   * datasync, oldest first; the disk keeps the first `n` bytes of that sequence (whole writes,
   * then a prefix of the next one). Truncations among them are kept in order. Not with `tornTail`.
   */
  readonly keptWriteBytes?: (path: string, unsyncedWrites: readonly UnsyncedWrite[]) => number;
}

export interface UnsyncedWrite {
  readonly position: number;
  readonly bytes: Uint8Array;
}

export interface FaultInjectingFileSystemOptions {
  /** Delay of every `datasync` and `syncDir`, in milliseconds (0 = resolve on the next microtask). */
  readonly syncLatencyMs?: number;
}

export interface FaultInjectingFileSystemStats {
  writes: number;
  datasyncs: number;
  dirSyncs: number;
  crashes: number;
}

interface UndoRecord {
  readonly position: number;
  readonly old: Uint8Array;
  readonly oldLength: number;
  /** What was written (undefined for a truncate to `position`), for `keptWriteBytes`. */
  readonly written: Uint8Array | undefined;
}

class MemFile {
  readonly kind = 'file';
  data = new Uint8Array(256);
  length = 0;
  /** Changes since the last datasync, oldest first. */
  undo: UndoRecord[] = [];
  durableLength = 0;

  ensureCapacity(n: number): void {
    if (n <= this.data.length) return;
    let cap = this.data.length;
    while (cap < n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  /** Sets the length, zero-filling when growing (the buffer may hold stale bytes past `length`). */
  setLength(n: number): void {
    this.ensureCapacity(n);
    if (n > this.length) this.data.fill(0, this.length, n);
    this.length = n;
  }

  write(bytes: Uint8Array, position: number): void {
    const overlapEnd = Math.min(position + bytes.length, this.length);
    const old = position < overlapEnd ? this.data.slice(position, overlapEnd) : new Uint8Array(0);
    this.undo.push({ position, old, oldLength: this.length, written: bytes.slice() });
    if (position + bytes.length > this.length) this.setLength(position + bytes.length);
    this.data.set(bytes, position);
  }

  truncate(n: number): void {
    const old = n < this.length ? this.data.slice(n, this.length) : new Uint8Array(0);
    this.undo.push({ position: n, old, oldLength: this.length, written: undefined });
    this.setLength(n);
  }

  sync(): void {
    this.undo = [];
    this.durableLength = this.length;
  }

  crash(path: string, options: CrashOptions): void {
    const tail = this.length > this.durableLength ? this.data.slice(this.durableLength, this.length) : new Uint8Array(0);
    const changes = this.undo;
    for (let i = changes.length - 1; i >= 0; i--) {
      const u = changes[i] as UndoRecord;
      this.ensureCapacity(u.position + u.old.length);
      this.data.set(u.old, u.position);
      this.length = u.oldLength;
    }
    if (options.keptWriteBytes && changes.length > 0) {
      const writes = changes.flatMap((u) => (u.written === undefined ? [] : [{ position: u.position, bytes: u.written }]));
      let keep = options.keptWriteBytes(path, writes);
      for (const u of changes) {
        if (u.written === undefined) {
          this.setLength(u.position);
          continue;
        }
        if (keep <= 0) break;
        const bytes = u.written.subarray(0, Math.min(keep, u.written.length));
        if (u.position + bytes.length > this.length) this.setLength(u.position + bytes.length);
        this.data.set(bytes, u.position);
        keep -= bytes.length;
      }
    } else if (options.tornTail && tail.length > 0) {
      const kept = options.tornTail(path, tail);
      this.setLength(this.durableLength + kept.length);
      this.data.set(kept, this.durableLength);
    }
    this.sync();
  }

  contents(): Uint8Array {
    return this.data.slice(0, this.length);
  }
}

class MemDir {
  readonly kind = 'dir';
  entries = new Map<string, MemNode>();
  durable = new Map<string, MemNode>();
}

type MemNode = MemFile | MemDir;

/** State shared by every process view of one simulated disk. */
export class SimulatedDisk {
  readonly root = new MemDir();
  faults: { op: FaultOp; pathIncludes: string | undefined }[] = [];
  readonly stats: FaultInjectingFileSystemStats = { writes: 0, datasyncs: 0, dirSyncs: 0, crashes: 0 };
  beforeOp: ((op: FaultOp, path: string) => void) | undefined;
  constructor(readonly options: FaultInjectingFileSystemOptions) {}
}

class MemHandle implements FileHandle {
  private closed = false;

  constructor(
    readonly path: string,
    private readonly file: MemFile,
    private readonly fs: FaultInjectingFileSystem,
    private readonly writable: boolean,
  ) {}

  private check(op: FaultOp | 'read' | 'size' | 'close', write = false): void {
    this.fs.checkAlive(op, this.path);
    if (this.closed) throw new FsError('EBADF', `${op} ${this.path}: handle closed`);
    if (write && !this.writable) throw new FsError('EBADF', `${op} ${this.path}: opened read-only`);
    if (op !== 'read' && op !== 'size' && op !== 'close') this.fs.takeFault(op, this.path);
  }

  async write(data: Uint8Array, position: number): Promise<void> {
    await Promise.resolve();
    this.writeSync(data, position);
  }

  writeSync(data: Uint8Array, position: number): void {
    this.check('write', true);
    this.file.write(data, position);
    this.fs.stats.writes++;
  }

  async read(length: number, position: number): Promise<Uint8Array> {
    await Promise.resolve();
    return this.readSync(length, position);
  }

  readSync(length: number, position: number): Uint8Array {
    this.check('read');
    const end = Math.min(position + length, this.file.length);
    return end > position ? this.file.data.slice(position, end) : new Uint8Array(0);
  }

  async datasync(): Promise<void> {
    await this.fs.syncDelay();
    this.syncNow();
  }

  private syncNow(): void {
    this.check('datasync', true);
    this.file.sync();
    this.fs.stats.datasyncs++;
  }

  async truncate(length: number): Promise<void> {
    await Promise.resolve();
    this.check('truncate', true);
    this.file.truncate(length);
  }

  async size(): Promise<number> {
    await Promise.resolve();
    this.check('size');
    return this.file.length;
  }

  async close(): Promise<void> {
    await Promise.resolve();
    this.fs.checkAlive('close', this.path);
    this.closed = true;
  }
}

export class FaultInjectingFileSystem implements FileSystem {
  private readonly disk: SimulatedDisk;
  private alive = true;

  constructor(options: FaultInjectingFileSystemOptions = {}, disk?: SimulatedDisk) {
    this.disk = disk ?? new SimulatedDisk(options);
  }

  /** Counters of the whole disk (all process views). */
  get stats(): FaultInjectingFileSystemStats {
    return this.disk.stats;
  }

  /** Called before every mutating operation (FaultOp) of any view of this disk; may call `crash()`. */
  set beforeOp(hook: ((op: FaultOp, path: string) => void) | undefined) {
    this.disk.beforeOp = hook;
  }

  /** Makes the next `op` (on a path containing `pathIncludes`, if given) fail with EIO. */
  failNext(op: FaultOp, pathIncludes?: string): void {
    this.disk.faults.push({ op, pathIncludes });
  }

  /** @internal Throws if this process view crashed. */
  checkAlive(op: string, path: string): void {
    if (!this.alive) throw new FsError('EIO', `${op} ${path}: the process crashed`);
  }

  /** @internal Runs the beforeOp hook, then throws the first matching injected fault, consuming it. */
  takeFault(op: FaultOp, path: string): void {
    this.disk.beforeOp?.(op, path);
    this.checkAlive(op, path);
    const faults = this.disk.faults;
    const i = faults.findIndex((f) => f.op === op && (f.pathIncludes === undefined || path.includes(f.pathIncludes)));
    if (i < 0) return;
    faults.splice(i, 1);
    throw new FsError('EIO', `${op} ${path}: injected fault`);
  }

  /** @internal */
  async syncDelay(): Promise<void> {
    const ms = this.disk.options.syncLatencyMs ?? 0;
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    else await Promise.resolve();
  }

  /**
   * Power loss: the disk loses everything not durable (see the module comment), this process view
   * dies, and the returned view (same disk) is the restarted process's.
   */
  crash(options: CrashOptions = {}): FaultInjectingFileSystem {
    this.checkAlive('crash', '/');
    this.alive = false;
    this.disk.stats.crashes++;
    const visit = (dir: MemDir, path: string): void => {
      dir.entries = new Map(dir.durable);
      for (const [name, node] of dir.entries) {
        const child = posix.join(path, name);
        if (node.kind === 'dir') visit(node, child);
        else node.crash(child, options);
      }
    };
    visit(this.disk.root, '/');
    return new FaultInjectingFileSystem(this.disk.options, this.disk);
  }

  /** Current contents of a file (including unsynced bytes). */
  readFile(path: string): Uint8Array {
    return this.lookupFile(path).contents();
  }

  /** XORs `mask` into the byte at `offset`, as bad media would; survives crashes. */
  corrupt(path: string, offset: number, mask = 0x01): void {
    const file = this.lookupFile(path);
    if (offset >= file.length) throw new FsError('EINVAL', `corrupt ${path}: offset ${offset} past end ${file.length}`);
    file.data[offset] = (file.data[offset] as number) ^ mask;
  }

  exists(path: string): boolean {
    return this.lookup(path) !== undefined;
  }

  async open(path: string, mode: OpenMode): Promise<FileHandle> {
    await Promise.resolve();
    this.takeFault('open', path);
    const { dir, name } = this.parent(path);
    let node = dir.entries.get(name);
    if (mode === 'createExclusive') {
      if (node !== undefined) throw new FsError('EEXIST', `open ${path}`);
      node = new MemFile();
      dir.entries.set(name, node);
    }
    if (node === undefined) throw new FsError('ENOENT', `open ${path}`);
    if (node.kind !== 'file') throw new FsError('EISDIR', `open ${path}`);
    return new MemHandle(path, node, this, mode !== 'read');
  }

  async readdir(dir: string): Promise<string[]> {
    await Promise.resolve();
    this.checkAlive('readdir', dir);
    const node = this.lookup(dir);
    if (node === undefined) throw new FsError('ENOENT', `readdir ${dir}`);
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', `readdir ${dir}`);
    return [...node.entries.keys()].sort();
  }

  async mkdirp(dir: string): Promise<void> {
    await Promise.resolve();
    this.takeFault('mkdirp', dir);
    let cur = this.disk.root;
    for (const part of this.split(dir)) {
      let next = cur.entries.get(part);
      if (next === undefined) {
        next = new MemDir();
        cur.entries.set(part, next);
      }
      if (next.kind !== 'dir') throw new FsError('ENOTDIR', `mkdirp ${dir}`);
      cur = next;
    }
  }

  async syncDir(dir: string): Promise<void> {
    await this.syncDelay();
    this.takeFault('syncDir', dir);
    const node = this.lookup(dir);
    if (node === undefined) throw new FsError('ENOENT', `syncDir ${dir}`);
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', `syncDir ${dir}`);
    node.durable = new Map(node.entries);
    this.disk.stats.dirSyncs++;
  }

  async rename(from: string, to: string): Promise<void> {
    await Promise.resolve();
    this.takeFault('rename', from);
    const src = this.parent(from);
    const node = src.dir.entries.get(src.name);
    if (node === undefined) throw new FsError('ENOENT', `rename ${from}`);
    const dst = this.parent(to);
    src.dir.entries.delete(src.name);
    dst.dir.entries.set(dst.name, node);
  }

  async unlink(path: string): Promise<void> {
    await Promise.resolve();
    this.takeFault('unlink', path);
    const { dir, name } = this.parent(path);
    const node = dir.entries.get(name);
    if (node === undefined) throw new FsError('ENOENT', `unlink ${path}`);
    if (node.kind !== 'file') throw new FsError('EISDIR', `unlink ${path}`);
    dir.entries.delete(name);
  }

  async size(path: string): Promise<number> {
    await Promise.resolve();
    this.checkAlive('size', path);
    return this.lookupFile(path).length;
  }

  private split(path: string): string[] {
    if (!posix.isAbsolute(path)) throw new FsError('EINVAL', `path must be absolute: ${path}`);
    return posix.normalize(path).split('/').filter((p) => p.length > 0);
  }

  private lookup(path: string): MemNode | undefined {
    let cur: MemNode = this.disk.root;
    for (const part of this.split(path)) {
      if (cur.kind !== 'dir') return undefined;
      const next: MemNode | undefined = cur.entries.get(part);
      if (next === undefined) return undefined;
      cur = next;
    }
    return cur;
  }

  private lookupFile(path: string): MemFile {
    const node = this.lookup(path);
    if (node === undefined) throw new FsError('ENOENT', path);
    if (node.kind !== 'file') throw new FsError('EISDIR', path);
    return node;
  }

  private parent(path: string): { dir: MemDir; name: string } {
    const parts = this.split(path);
    const name = parts.pop();
    if (name === undefined) throw new FsError('EINVAL', `no file name in ${path}`);
    const dir = this.lookup('/' + parts.join('/'));
    if (dir === undefined) throw new FsError('ENOENT', `parent of ${path}`);
    if (dir.kind !== 'dir') throw new FsError('ENOTDIR', `parent of ${path}`);
    return { dir, name };
  }
}

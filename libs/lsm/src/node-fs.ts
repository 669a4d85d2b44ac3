/** `FileSystem` on node:fs/promises. */
import { readSync, writeSync } from 'node:fs';
import { open as fsOpen, mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import type { FileHandle as NodeFileHandle } from 'node:fs/promises';
import type { FileHandle, FileSystem, OpenMode } from './fs.js';

const FLAGS: Record<OpenMode, string> = { read: 'r', readWrite: 'r+', createExclusive: 'wx+' };

class NodeFile implements FileHandle {
  constructor(
    readonly path: string,
    private readonly handle: NodeFileHandle,
  ) {}

  async write(data: Uint8Array, position: number): Promise<void> {
    let done = 0;
    while (done < data.length) {
      const { bytesWritten } = await this.handle.write(data, done, data.length - done, position + done);
      done += bytesWritten;
    }
  }

  writeSync(data: Uint8Array, position: number): void {
    let done = 0;
    while (done < data.length) done += writeSync(this.handle.fd, data, done, data.length - done, position + done);
  }

  readSync(length: number, position: number): Uint8Array {
    const buffer = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.handle.fd, buffer, done, length - done, position + done);
      if (n === 0) break;
      done += n;
    }
    return done === length ? buffer : buffer.subarray(0, done);
  }

  async read(length: number, position: number): Promise<Uint8Array> {
    const buffer = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.handle.read(buffer, done, length - done, position + done);
      if (bytesRead === 0) break;
      done += bytesRead;
    }
    return done === length ? buffer : buffer.subarray(0, done);
  }

  datasync(): Promise<void> {
    return this.handle.datasync();
  }

  truncate(length: number): Promise<void> {
    return this.handle.truncate(length);
  }

  async size(): Promise<number> {
    return (await this.handle.stat()).size;
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/** The real filesystem. `syncDir` opens the directory read-only and fsyncs it (Linux semantics). */
export const nodeFileSystem: FileSystem = {
  async open(path, mode) {
    return new NodeFile(path, await fsOpen(path, FLAGS[mode]));
  },
  readdir: (dir) => readdir(dir),
  async mkdirp(dir) {
    await mkdir(dir, { recursive: true });
  },
  async syncDir(dir) {
    const handle = await fsOpen(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  async size(path) {
    return (await stat(path)).size;
  },
};

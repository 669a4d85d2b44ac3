import { describe, expect, it } from 'vitest';
import { FaultInjectingFileSystem } from './fault-fs.js';
import { b } from './testing/fixtures.js';

async function setup(): Promise<FaultInjectingFileSystem> {
  const fs = new FaultInjectingFileSystem();
  await fs.mkdirp('/d');
  await fs.syncDir('/');
  return fs;
}

describe('FaultInjectingFileSystem', () => {
  it('crash keeps data up to the last datasync and drops the rest', async () => {
    const fs = await setup();
    const f = await fs.open('/d/f', 'createExclusive');
    await fs.syncDir('/d');
    await f.write(b('hello'), 0);
    await f.datasync();
    await f.write(b(' world'), 5);
    await f.write(b('J'), 0); // overwrite inside the synced part, unsynced
    expect(fs.readFile('/d/f')).toEqual(b('Jello world'));
    const after = fs.crash();
    expect(after.readFile('/d/f')).toEqual(b('hello'));
    await expect(f.write(b('x'), 0)).rejects.toThrow(/crashed/);
    await expect(fs.open('/d/f', 'read')).rejects.toThrow(/crashed/);
    expect(await (await after.open('/d/f', 'read')).read(100, 0)).toEqual(b('hello'));
  });

  it('crash drops directory entries not fsync-ed in their directory', async () => {
    let fs = await setup();
    const f = await fs.open('/d/new', 'createExclusive');
    await f.write(b('data'), 0);
    await f.datasync();
    fs = fs.crash();
    expect(fs.exists('/d/new')).toBe(false);
    expect(fs.exists('/d')).toBe(true);
  });

  it('mkdirp entries need their parent synced; the root too', async () => {
    let fs = new FaultInjectingFileSystem();
    await fs.mkdirp('/a/b');
    await fs.syncDir('/a');
    fs = fs.crash();
    expect(fs.exists('/a')).toBe(false);
  });

  it('rename and unlink are durable only after syncDir', async () => {
    let fs = await setup();
    const f = await fs.open('/d/x', 'createExclusive');
    await f.write(b('1'), 0);
    await f.datasync();
    await fs.syncDir('/d');
    await fs.rename('/d/x', '/d/y');
    fs = fs.crash();
    expect(await fs.readdir('/d')).toEqual(['x']);
    await fs.rename('/d/x', '/d/y');
    await fs.syncDir('/d');
    await fs.unlink('/d/y');
    fs = fs.crash();
    expect(await fs.readdir('/d')).toEqual(['y']);
    expect(fs.readFile('/d/y')).toEqual(b('1'));
  });

  it('truncate is undone by a crash unless synced', async () => {
    let fs = await setup();
    const f = await fs.open('/d/t', 'createExclusive');
    await fs.syncDir('/d');
    await f.write(b('abcdef'), 0);
    await f.datasync();
    await f.truncate(2);
    fs = fs.crash();
    expect(fs.readFile('/d/t')).toEqual(b('abcdef'));
    const g = await fs.open('/d/t', 'readWrite');
    await g.truncate(2);
    await g.datasync();
    await g.write(b('zz'), 4); // leaves a zero-filled gap
    expect(fs.readFile('/d/t')).toEqual(new Uint8Array([97, 98, 0, 0, 122, 122]));
    fs = fs.crash();
    expect(fs.readFile('/d/t')).toEqual(b('ab'));
  });

  it('tornTail keeps what the test decides of the unsynced tail', async () => {
    let fs = await setup();
    const f = await fs.open('/d/f', 'createExclusive');
    await fs.syncDir('/d');
    await f.write(b('synced'), 0);
    await f.datasync();
    await f.write(b('-torn-tail'), 6);
    fs = fs.crash({ tornTail: (_path, tail) => tail.subarray(0, 3) });
    expect(fs.readFile('/d/f')).toEqual(b('synced-to'));
  });

  it('keptWriteBytes keeps a prefix of the unsynced writes, overwrites included', async () => {
    let fs = await setup();
    const f = await fs.open('/d/f', 'createExclusive');
    await fs.syncDir('/d');
    await f.write(new Uint8Array(8), 0); // preallocated zeros
    await f.datasync();
    await f.write(b('abc'), 0);
    await f.write(b('def'), 3);
    await f.write(b('0123456789'), 8);
    const seen: number[][] = [];
    fs = fs.crash({
      keptWriteBytes: (_path, writes) => {
        seen.push(writes.map((w) => w.position));
        return 4;
      },
    });
    expect(seen).toEqual([[0, 3, 8]]);
    expect(fs.readFile('/d/f')).toEqual(Uint8Array.of(...b('abcd'), 0, 0, 0, 0));
  });

  it('failNext injects one EIO', async () => {
    const fs = await setup();
    const f = await fs.open('/d/f', 'createExclusive');
    fs.failNext('datasync', '/d/f');
    await expect(f.datasync()).rejects.toThrow(/EIO/);
    await f.datasync();
    expect(fs.stats.datasyncs).toBe(1);
  });

  it('corrupt flips bits that survive a crash', async () => {
    let fs = await setup();
    const f = await fs.open('/d/f', 'createExclusive');
    await fs.syncDir('/d');
    await f.write(b('a'), 0);
    await f.datasync();
    fs.corrupt('/d/f', 0, 0x02);
    fs = fs.crash();
    expect(fs.readFile('/d/f')).toEqual(b('c'));
  });
});

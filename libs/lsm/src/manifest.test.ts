import { describe, expect, it } from 'vitest';
import { crc32 } from './commitlog/crc.js';
import { CorruptionError, UnsupportedFormatError } from './errors.js';
import { FaultInjectingFileSystem } from './fault-fs.js';
import { EMPTY_MANIFEST, MANIFEST_FILE, loadManifest, parseManifest, serializeManifest, writeManifest, type ManifestState } from './manifest.js';

const state: ManifestState = {
  epoch: 3,
  nextGeneration: 9,
  replayAfter: { segmentId: 1_700_000_000_000, offset: 4096 },
  droppedTables: ['old'],
  tables: { t1: { sstables: [{ generation: 4, level: 0 }, { generation: 8, level: 1 }] } },
};

describe('manifest', () => {
  it('round-trips, and is empty when absent', async () => {
    const fs = new FaultInjectingFileSystem();
    await fs.mkdirp('/d');
    expect(await loadManifest(fs, '/d')).toEqual(EMPTY_MANIFEST);
    await writeManifest(fs, '/d', state);
    expect(await loadManifest(fs, '/d')).toEqual(state);
  });

  it('survives a crash at any point of a replacement as either the old or the new state', async () => {
    const next: ManifestState = { ...state, epoch: 4, tables: { t1: { sstables: [{ generation: 8, level: 1 }] } } };
    for (let failAt = 0; failAt < 8; failAt++) {
      let fs = new FaultInjectingFileSystem();
      await fs.mkdirp('/d');
      await fs.syncDir('/');
      await writeManifest(fs, '/d', state);
      let ops = 0;
      fs.beforeOp = () => {
        if (ops++ === failAt) throw new Error('crash');
      };
      await writeManifest(fs, '/d', next).catch(() => undefined);
      fs.beforeOp = undefined;
      fs = fs.crash();
      const loaded = await loadManifest(fs, '/d');
      expect([state, next]).toContainEqual(loaded);
    }
  });

  it('detects every flipped byte (checksum) and refuses other format versions', () => {
    const bytes = serializeManifest(state);
    for (let i = 0; i < bytes.length; i++) {
      const copy = new Uint8Array(bytes);
      copy[i] = copy[i]! ^ 0x20;
      expect(() => parseManifest(MANIFEST_FILE, copy), `byte ${i}`).toThrow(CorruptionError);
    }
    const text = Buffer.from(serializeManifest(state)).toString('utf8').replace('"formatVersion": 1', '"formatVersion": 7');
    const body = text.slice(0, text.lastIndexOf('crc32 '));
    const resealed = Buffer.from(`${body}crc32 ${crc32(Buffer.from(body)).toString(16).padStart(8, '0')}\n`);
    expect(() => parseManifest(MANIFEST_FILE, resealed)).toThrow(UnsupportedFormatError);
  });
});

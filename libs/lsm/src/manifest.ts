/**
 * The manifest: which SSTables are live (per table, with their level), which tables are dropped,
 * where commit-log replay starts, and the next SSTable generation. One small file,
 * `<data>/manifest.json`, replaced atomically on every change: write `manifest.json.tmp`,
 * fdatasync, rename over `manifest.json`, fsync the directory. A crash at any point leaves
 * either the old manifest or the new one, never a mix (doc/manifest_format.md).
 */
import { posix } from 'node:path';
import { crc32 } from './commitlog/crc.js';
import type { CommitLogPosition } from './commitlog/commit-log.js';
import { CorruptionError, UnsupportedFormatError } from './errors.js';
import { isFsErrorCode, type FileSystem } from './fs.js';

/** DO NOT CHANGE without a format bump: embedded in the on-disk manifest. */
export const MANIFEST_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
const MANIFEST_TMP_FILE = 'manifest.json.tmp';
/** The last line of the file: `crc32 <8 hex digits>` of everything before it. */
const CRC_LINE_PREFIX = 'crc32 ';
/** A manifest larger than this is not one of ours. */
export const MANIFEST_BYTES_MAX = 64 * 1024 * 1024;

export interface ManifestSSTable {
  readonly generation: number;
  readonly level: number;
}

export interface ManifestState {
  /** Increases by one with every replacement. */
  readonly epoch: number;
  /** The generation the next SSTable gets. */
  readonly nextGeneration: number;
  /** Replay starts after this position: everything up to it is in SSTables. */
  readonly replayAfter?: CommitLogPosition;
  readonly droppedTables: readonly string[];
  readonly tables: Readonly<Record<string, { readonly sstables: readonly ManifestSSTable[] }>>;
}

export const EMPTY_MANIFEST: ManifestState = { epoch: 0, nextGeneration: 1, droppedTables: [], tables: {} };

/** The live manifest, or EMPTY_MANIFEST when there is none (a new data directory). */
export async function loadManifest(fs: FileSystem, dataDir: string): Promise<ManifestState> {
  const path = posix.join(dataDir, MANIFEST_FILE);
  let handle;
  try {
    handle = await fs.open(path, 'read');
  } catch (err) {
    if (isFsErrorCode(err, 'ENOENT')) return EMPTY_MANIFEST;
    throw err;
  }
  let bytes: Uint8Array;
  try {
    const size = await handle.size();
    if (size > MANIFEST_BYTES_MAX) throw new CorruptionError(path, 0, `manifest of ${size} bytes`);
    bytes = await handle.read(size, 0);
  } finally {
    await handle.close();
  }
  return parseManifest(path, bytes);
}

export function parseManifest(path: string, bytes: Uint8Array): ManifestState {
  const text = Buffer.from(bytes).toString('utf8');
  const cut = text.lastIndexOf('\n' + CRC_LINE_PREFIX);
  if (cut < 0) throw new CorruptionError(path, 0, 'no checksum line');
  const body = text.slice(0, cut + 1);
  const expected = text.slice(cut + 1 + CRC_LINE_PREFIX.length).trim();
  const actual = crc32(Buffer.from(body, 'utf8')).toString(16).padStart(8, '0');
  if (expected !== actual) throw new CorruptionError(path, 0, `checksum ${expected} does not match ${actual}`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    throw new CorruptionError(path, 0, `not JSON: ${(err as Error).message}`);
  }
  const o = json as {
    formatVersion?: unknown;
    epoch?: unknown;
    nextGeneration?: unknown;
    replayAfter?: unknown;
    droppedTables?: unknown;
    tables?: unknown;
  };
  if (o.formatVersion !== MANIFEST_FORMAT_VERSION) {
    throw new UnsupportedFormatError(path, typeof o.formatVersion === 'number' ? o.formatVersion : -1);
  }
  const bad = (what: string) => new CorruptionError(path, 0, `bad ${what}`);
  if (!isCount(o.epoch)) throw bad('epoch');
  if (!isCount(o.nextGeneration) || o.nextGeneration < 1) throw bad('nextGeneration');
  let replayAfter: CommitLogPosition | undefined;
  if (o.replayAfter !== undefined && o.replayAfter !== null) {
    const r = o.replayAfter as { segmentId?: unknown; offset?: unknown };
    if (!isCount(r.segmentId) || !isCount(r.offset)) throw bad('replayAfter');
    replayAfter = { segmentId: r.segmentId, offset: r.offset };
  }
  if (!Array.isArray(o.droppedTables) || !o.droppedTables.every((t) => typeof t === 'string')) throw bad('droppedTables');
  if (typeof o.tables !== 'object' || o.tables === null) throw bad('tables');
  const tables: Record<string, { sstables: ManifestSSTable[] }> = {};
  const generations = new Set<number>();
  for (const [tableId, t] of Object.entries(o.tables as Record<string, unknown>)) {
    const list = (t as { sstables?: unknown }).sstables;
    if (!Array.isArray(list)) throw bad(`tables.${tableId}`);
    tables[tableId] = {
      sstables: list.map((x) => {
        const s = x as { generation?: unknown; level?: unknown };
        if (!isCount(s.generation) || !isCount(s.level) || generations.has(s.generation) || s.generation >= (o.nextGeneration as number)) {
          throw bad(`sstable entry of ${tableId}`);
        }
        generations.add(s.generation);
        return { generation: s.generation, level: s.level };
      }),
    };
  }
  return {
    epoch: o.epoch,
    nextGeneration: o.nextGeneration,
    ...(replayAfter === undefined ? {} : { replayAfter }),
    droppedTables: o.droppedTables as string[],
    tables,
  };
}

export function serializeManifest(state: ManifestState): Uint8Array {
  const body =
    JSON.stringify(
      {
        formatVersion: MANIFEST_FORMAT_VERSION,
        epoch: state.epoch,
        nextGeneration: state.nextGeneration,
        replayAfter: state.replayAfter ?? null,
        droppedTables: state.droppedTables,
        tables: state.tables,
      },
      null,
      1,
    ) + '\n';
  const crc = crc32(Buffer.from(body, 'utf8')).toString(16).padStart(8, '0');
  return Buffer.from(`${body}${CRC_LINE_PREFIX}${crc}\n`, 'utf8');
}

/** Replaces the live manifest with `state` atomically and durably. */
export async function writeManifest(fs: FileSystem, dataDir: string, state: ManifestState): Promise<void> {
  const tmp = posix.join(dataDir, MANIFEST_TMP_FILE);
  await fs.unlink(tmp).catch((err: unknown) => {
    if (!isFsErrorCode(err, 'ENOENT')) throw err;
  });
  const handle = await fs.open(tmp, 'createExclusive');
  try {
    await handle.write(serializeManifest(state), 0);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  await fs.rename(tmp, posix.join(dataDir, MANIFEST_FILE));
  await fs.syncDir(dataDir);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new empty directory under the OS temp dir; `remove()` deletes it and its contents. */
export async function tempDir(prefix: string): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `cassia-${prefix}-`));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

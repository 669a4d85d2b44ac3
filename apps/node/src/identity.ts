// The node's identity, kept in its data directory so a restart is the same node:
// host id, cluster name and tokens. Written once, atomically (temp file, fsync, rename,
// fsync of the directory), before the node announces itself.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { parseToken, tokenToString, type Token } from '@cassia/ring';

export const IDENTITY_FILE = 'node-identity.json';
export const IDENTITY_FORMAT_VERSION = 1;

export interface NodeIdentity {
  hostId: string;
  cluster: string;
  tokens: Token[];
}

export class IdentityError extends Error {
  override readonly name = 'IdentityError';
}

/** The stored identity, or undefined on a node's first start. */
export async function loadIdentity(dataDir: string): Promise<NodeIdentity | undefined> {
  let text: string;
  try {
    text = await readFile(join(dataDir, IDENTITY_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let raw: { formatVersion?: unknown; hostId?: unknown; cluster?: unknown; tokens?: unknown };
  try {
    raw = JSON.parse(text);
  } catch {
    throw new IdentityError(`${join(dataDir, IDENTITY_FILE)} is not valid JSON`);
  }
  if (
    raw.formatVersion !== IDENTITY_FORMAT_VERSION ||
    typeof raw.hostId !== 'string' ||
    typeof raw.cluster !== 'string' ||
    !Array.isArray(raw.tokens) ||
    !raw.tokens.every((t) => typeof t === 'string')
  ) {
    throw new IdentityError(`${join(dataDir, IDENTITY_FILE)} is not a node identity (format ${IDENTITY_FORMAT_VERSION})`);
  }
  return { hostId: raw.hostId, cluster: raw.cluster, tokens: (raw.tokens as string[]).map(parseToken) };
}

export function newHostId(): string {
  return randomUUID();
}

/** Writes the identity durably; never leaves a half-written file behind. */
export async function saveIdentity(dataDir: string, identity: NodeIdentity): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, IDENTITY_FILE);
  const tmp = `${path}.tmp`;
  const text = JSON.stringify(
    {
      formatVersion: IDENTITY_FORMAT_VERSION,
      hostId: identity.hostId,
      cluster: identity.cluster,
      tokens: identity.tokens.map(tokenToString),
    },
    null,
    2,
  );
  const file = await open(tmp, 'w');
  try {
    await file.writeFile(text + '\n');
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(tmp, path);
  const dir = await open(dataDir, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

// A real nats-server for a test: its own free port and JetStream store directory.
import { existsSync } from 'node:fs';
import { freePort } from './ports.js';
import { startProcess, type ManagedProcess } from './process.js';
import { tempDir } from './tmp.js';

export const NATS_START_TIMEOUT_MS = 10_000;

/** nats-server's path: $NATS_SERVER_BIN, else on PATH, else Debian's /usr/sbin. */
export function natsServerBinary(): string {
  const fromEnv = process.env['NATS_SERVER_BIN'];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  for (const dir of (process.env['PATH'] ?? '').split(':')) {
    if (dir !== '' && existsSync(`${dir}/nats-server`)) return `${dir}/nats-server`;
  }
  if (existsSync('/usr/sbin/nats-server')) return '/usr/sbin/nats-server';
  throw new Error('nats-server not found: install it (scripts/provision) or set NATS_SERVER_BIN');
}

export interface NatsServer {
  readonly url: string;
  readonly port: number;
  readonly process: ManagedProcess;
  stop(): Promise<void>;
}

/** Starts nats-server with JetStream on a free loopback port; resolves once it accepts clients. */
export async function startNatsServer(options: { port?: number } = {}): Promise<NatsServer> {
  const port = options.port ?? (await freePort());
  const store = await tempDir('nats');
  const proc = startProcess('nats-server', natsServerBinary(), [
    '-a', '127.0.0.1', '-p', String(port), '-js', '-sd', store.path,
  ]);
  try {
    await proc.waitForOutput(/Server is ready/, NATS_START_TIMEOUT_MS);
  } catch (err) {
    await proc.stop();
    await store.remove();
    throw err;
  }
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    process: proc,
    stop: async () => {
      await proc.stop();
      await store.remove();
    },
  };
}

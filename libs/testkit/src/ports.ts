import { createServer } from 'node:net';

/** A TCP port that was free on 127.0.0.1 a moment ago (the OS picked it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('no port assigned'));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

async function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Attempts before freePortRange gives up. */
export const PORT_RANGE_ATTEMPTS_MAX = 50;

/** A port `base` such that base + 1 … base + count were all free on 127.0.0.1 a moment ago. */
export async function freePortRange(count: number): Promise<number> {
  for (let attempt = 0; attempt < PORT_RANGE_ATTEMPTS_MAX; attempt++) {
    const base = await freePort();
    if (base + count > 65535) continue;
    let ok = true;
    for (let i = 1; i <= count && ok; i++) ok = await isFree(base + i);
    if (ok) return base;
  }
  throw new Error(`no run of ${count} free ports found in ${PORT_RANGE_ATTEMPTS_MAX} attempts`);
}

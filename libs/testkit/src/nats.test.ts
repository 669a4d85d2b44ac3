import { describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { startNatsServer } from './nats.js';

describe('startNatsServer', () => {
  it('starts a server that greets clients with INFO, and stops it', async () => {
    const server = await startNatsServer();
    const greeting = await new Promise<string>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1');
      socket.once('data', (d) => {
        socket.destroy();
        resolve(d.toString('utf8'));
      });
      socket.once('error', reject);
    });
    expect(greeting.startsWith('INFO ')).toBe(true);
    expect(greeting).toContain('"jetstream":true');
    await server.stop();
    expect((await server.process.exited()).code).not.toBeNull();
  });
});

// The HTTP server every process without a richer one (the storage node) serves for
// operators: GET /metrics (Prometheus text format) and GET /healthz (JSON).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

export interface Health {
  /** true when the process serves its purpose; /healthz answers 200, else 503. */
  ok: boolean;
  [detail: string]: unknown;
}

export interface OpsServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on host:port (port 0 picks a free one) and serves /metrics and /healthz. */
export async function startOpsServer(options: {
  host: string;
  port: number;
  registry: Registry;
  health: () => Health;
}): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/metrics') {
      options.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': options.registry.contentType }).end(text),
        (err: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err)),
      );
    } else if (path === '/healthz') {
      const health = options.health();
      res.writeHead(health.ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(health));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

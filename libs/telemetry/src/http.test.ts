import { describe, expect, it } from 'vitest';
import { Counter } from 'prom-client';
import { createRegistry } from './metrics.js';
import { startOpsServer } from './http.js';

describe('ops server', () => {
  it('serves /metrics with defaults and our metrics, /healthz by health()', async () => {
    const registry = createRegistry('test', 'i1');
    const c = new Counter({ name: 'cassia_test_things_total', help: 'things', registers: [registry] });
    c.inc(3);
    let ok = true;
    const server = await startOpsServer({ host: '127.0.0.1', port: 0, registry, health: () => ({ ok }) });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toContain('cassia_test_things_total{role="test",server="i1"} 3');
      expect(metrics).toContain('process_cpu_user_seconds_total');
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      ok = false;
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ ok: false });
      expect((await fetch(`${base}/nope`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

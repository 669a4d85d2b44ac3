import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { Counter, Gauge } from 'prom-client';
import { createRegistry, DEFAULT_METRICS_EXCLUDED } from './metrics.js';

describe('createRegistry', () => {
  it('labels every series with the role and server, never with instance (Prometheus sets that)', async () => {
    const registry = createRegistry('node', 'n1');
    new Gauge({ name: 'cassia_test_up', help: 'up', registers: [registry] }).set(1);
    const text = await registry.metrics();
    expect(text).toContain('cassia_test_up{role="node",server="n1"} 1');
    expect(text).not.toMatch(/[{,]instance="/);
  });

  it('names a process listening on every interface by its host name', async () => {
    for (const wildcard of ['0.0.0.0', '::', '[::]']) {
      const registry = createRegistry('gateway', `${wildcard}:8080`);
      expect(await registry.metrics()).toContain(`server="${hostname()}:8080"`);
    }
    expect(await createRegistry('gateway', '127.0.0.1:8080').metrics()).toContain('server="127.0.0.1:8080"');
  });

  it('keeps only counters named *_total (the default *_total gauges are left out)', async () => {
    const registry = createRegistry('node', 'n1');
    new Counter({ name: 'cassia_test_things_total', help: 'things', registers: [registry] }).inc();
    const metrics = await registry.getMetricsAsJSON();
    expect(metrics.length).toBeGreaterThan(10); // prom-client's process and Node.js metrics are there
    for (const m of metrics) {
      expect(m.name.endsWith('_total'), `${m.name} is a ${String(m.type)}`).toBe(String(m.type) === 'counter');
    }
    for (const name of DEFAULT_METRICS_EXCLUDED) expect(registry.getSingleMetric(name), name).toBeUndefined();
    expect(registry.getSingleMetric('nodejs_active_handles')).toBeDefined(); // the per-type gauge stays
  });
});

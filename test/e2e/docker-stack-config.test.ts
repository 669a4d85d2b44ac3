// docker/stack.yml is a valid swarm stack: `docker stack config` accepts it offline (no
// engine: DOCKER_HOST points nowhere), alone and merged with the test override, and the
// merged result has what the design needs — three NATS servers and three storage node
// services each pinned to its own host label with its own volume, gateways behind the
// routing mesh, configs and secrets from swarm, dnsrr everywhere in the test override.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, run } from '../src/docker-engine.js';

const STACK = join(REPO_ROOT, 'docker/stack.yml');
const TEST_OVERRIDE = join(REPO_ROOT, 'docker/stack.test.yml');
/** The environment without the stack's own variables (a shell may export them), engine nowhere. */
const OFFLINE: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries({ ...process.env, DOCKER_HOST: 'unix:///nonexistent' }).filter(
    ([k]) => !/^(CASSIA_|NATS_|PROMETHEUS_|GRAFANA_)/.test(k),
  ),
);
const STORAGE_NODES = ['node1', 'node2', 'node3'];
const NATS_SERVERS = ['nats1', 'nats2', 'nats3'];

/** A docker client that has `stack config` (docker 23 or newer; Debian's 20.10 client lacks it). */
function dockerClient(): string {
  for (const candidate of [process.env['DOCKER_CLI'], '/usr/local/bin/docker', 'docker']) {
    if (candidate === undefined) continue;
    if (spawnSync(candidate, ['stack', 'config', '--help'], { env: OFFLINE }).status === 0) return candidate;
  }
  throw new Error('no docker client with `docker stack config` (docker 23 or newer): set DOCKER_CLI');
}

async function stackConfig(files: string[], env: NodeJS.ProcessEnv = {}): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any -- YAML under test
  const r = await run(dockerClient(), ['stack', 'config', ...files.flatMap((f) => ['-c', f])], { env: { ...OFFLINE, ...env }, timeoutMs: 30_000 });
  expect(r.stderr, 'docker stack config printed errors').toBe('');
  expect(r.code).toBe(0);
  return parse(r.stdout);
}

describe('docker/stack.yml', () => {
  it('passes `docker stack config` offline and has the services, placement and volumes it needs', async () => {
    const stack = await stackConfig([STACK]);
    expect(Object.keys(stack.services).sort()).toEqual(['gateway', 'grafana', ...NATS_SERVERS, ...STORAGE_NODES, 'prometheus'].sort());
    const constraints = new Set<string>();
    const volumes = new Set<string>();
    for (const name of [...STORAGE_NODES, ...NATS_SERVERS]) {
      const s = stack.services[name];
      expect(s.deploy.replicas, name).toBe(1);
      expect(s.deploy.placement.constraints, name).toEqual([`node.labels.cassia.${name} == true`]);
      constraints.add(s.deploy.placement.constraints[0]);
      expect(s.volumes, name).toHaveLength(1);
      volumes.add(s.volumes[0].source);
    }
    expect(constraints.size, 'one host label per storage node and NATS server').toBe(6);
    expect(volumes.size, 'one volume per storage node and NATS server').toBe(6);
    for (const name of STORAGE_NODES) {
      const s = stack.services[name];
      expect(s.command).toEqual(['node']);
      expect(s.environment.CASSIA_NAME).toBe(name);
      expect(s.environment.CASSIA_NATS).toBe('nats://nats1:4222,nats://nats2:4222,nats://nats3:4222');
      expect(s.volumes[0]).toMatchObject({ type: 'volume', source: `${name}-data`, target: '/var/lib/cassia' });
      expect(s.networks.cassia.aliases).toEqual(['storage']); // Prometheus: tasks.storage
    }
    for (const name of NATS_SERVERS) {
      expect(stack.services[name].environment.NATS_SERVER_NAME).toBe(name);
      expect(stack.services[name].configs).toEqual([{ source: 'nats_conf', target: '/etc/nats/nats.conf' }]);
    }
    const gateway = stack.services.gateway;
    expect(gateway.command).toEqual(['gateway']);
    expect(gateway.deploy.replicas).toBe(2);
    expect(gateway.deploy.endpoint_mode).toBe('vip');
    expect(gateway.ports.map((p: { target: number; mode: string }) => `${p.target}/${p.mode}`)).toEqual(['8080/ingress', '9042/ingress']);
    expect(stack.services.grafana.secrets).toEqual([{ source: 'grafana_admin_password' }]);
    expect(stack.secrets.grafana_admin_password).toMatchObject({ external: true, name: 'cassia_grafana_admin_password' });
    expect(Object.keys(stack.configs).sort()).toEqual([
      'grafana_dashboard_gossip', 'grafana_dashboard_overview', 'grafana_dashboard_storage', 'grafana_dashboards', 'grafana_datasource', 'nats_conf', 'prometheus_yml',
    ]);
  });

  it('takes its images from variables', async () => {
    const stack = await stackConfig([STACK], { CASSIA_IMAGE: 'cassia:dev', NATS_IMAGE: 'cassia-nats:dev' });
    expect(stack.services.node1.image).toBe('cassia:dev');
    expect(stack.services.gateway.image).toBe('cassia:dev');
    expect(stack.services.nats1.image).toBe('cassia-nats:dev');
  });

  it('merged with the test override: dnsrr everywhere, host-mode ports, one gateway, no Grafana', async () => {
    const stack = await stackConfig([STACK, TEST_OVERRIDE]);
    for (const [name, s] of Object.entries<any>(stack.services)) expect(s.deploy.endpoint_mode, name).toBe('dnsrr'); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(stack.services.gateway.ports.map((p: { target: number; mode: string }) => `${p.target}/${p.mode}`)).toEqual(['8080/host', '9042/host']);
    expect(stack.services.gateway.deploy.replicas).toBe(1);
    expect(stack.services.grafana.deploy.replicas).toBe(0);
    expect(stack.services.prometheus.deploy.replicas).toBe(0);
    // Placement is not overridden: the test host carries every label instead.
    expect(stack.services.node2.deploy.placement.constraints).toEqual(['node.labels.cassia.node2 == true']);
  });

  it('references config files that exist, and gives Grafana every dashboard of docker/grafana/dashboards', async () => {
    const stack = await stackConfig([STACK]);
    const files = Object.values<{ file: string }>(stack.configs).map((c) => c.file);
    expect(files.filter((f) => !existsSync(f)), 'files named by configs: in docker/stack.yml').toEqual([]);
    const dashboards = readdirSync(join(REPO_ROOT, 'docker/grafana/dashboards')).filter((f) => f.endsWith('.json'));
    const mounted = stack.services.grafana.configs.map((c: { target: string }) => c.target);
    for (const d of dashboards) {
      expect(files, `a swarm config for docker/grafana/dashboards/${d}`).toContain(join(REPO_ROOT, 'docker/grafana/dashboards', d));
      expect(mounted, `${d} mounted where the provisioning looks`).toContain(`/var/lib/grafana/dashboards/${d}`);
    }
  });
});

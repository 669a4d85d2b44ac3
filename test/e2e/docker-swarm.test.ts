// docker/stack.yml deployed for real: a Docker engine in a network namespace of its own
// (scripts/docker-engine), the base and Cassia images built here (scripts/docker-image),
// `docker swarm init`, and `docker stack deploy` of the stack with its test override
// (dnsrr, host-mode ports, one host carrying every placement label, so node1..node3 are
// still three services with three volumes). CQL goes through the gateway's published port;
// one storage container is SIGKILLed and every row stays readable at QUORUM; swarm restarts
// it on its volume (same identity) and reads at ALL work again. When the host has a
// prometheus binary, Prometheus runs too and must scrape the gateway and every storage task
// through tasks.<service> DNS discovery.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, sumSamples } from '../src/cluster.js';
import { DockerEngine, dockerSuiteGate, postCql, IMAGE_BUILD_TIMEOUT_MS, REPO_ROOT, TEST_IMAGE_TAG, type Forward } from '../src/docker-engine.js';

const STACK_NAME = 'cassia';
/** The stack's directory; another one (a copy) may be given to try changes. */
const STACK_DIR = process.env['CASSIA_STACK_DIR'] ?? join(REPO_ROOT, 'docker');
const HOST_LABELS = ['node1', 'node2', 'node3', 'nats1', 'nats2', 'nats3', 'monitoring'];
const STORAGE_NODES = 3;
const PARTITIONS = 20;
const ROWS_PER_PARTITION = 10;
/** Until the stack is up: NATS elects a JetStream leader, nodes retry until the bucket exists. */
const DEPLOY_READY_TIMEOUT_MS = 180_000;
const RESTART_READY_TIMEOUT_MS = 120_000;
/** Every HTTP request to the stack: a hung one must fail, not stall the suite. */
const HTTP_TIMEOUT_MS = 10_000;
const WITH_PROMETHEUS = existsSync('/usr/bin/prometheus');
const gate = dockerSuiteGate('docker-swarm');

// Where the engine cannot run: skipped with the reason printed, or failed in CI (dockerSuiteGate).
if (gate.failInstead !== undefined) {
  describe('docker stack deploy', () => {
    it('needs a Docker engine', () => {
      throw new Error(gate.failInstead);
    });
  });
}

describe.runIf(gate.run)('docker stack deploy of docker/stack.yml on a one-host swarm', () => {
  let engine: DockerEngine | undefined;
  let http: Forward;
  let url: string;
  const timings: Record<string, number> = {};
  const timed = async <T>(what: string, f: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await f();
    } finally {
      timings[what] = Date.now() - started;
    }
  };

  const cql = async (query: string, params: unknown[] = [], consistency = 'QUORUM') => {
    const answer = await postCql(url, { query, params, consistency }, HTTP_TIMEOUT_MS);
    if (answer.status !== 200) throw new Error(`${query} → ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const health = async () => (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(HTTP_TIMEOUT_MS) })).json() as Promise<{ ok: boolean; liveNodes: number }>;
  const taskContainer = async (service: string) =>
    engine!.docker(['ps', '-q', '--filter', `label=com.docker.swarm.service.name=${STACK_NAME}_${service}`]);

  beforeAll(async () => {
    engine = await timed('engine start', () => DockerEngine.start());
    await timed('image builds', () => engine!.buildImages(['cassia', 'nats', ...(WITH_PROMETHEUS ? ['prometheus'] : [])]));
    await timed('swarm init and deploy', async () => {
      await engine!.docker(['swarm', 'init', '--advertise-addr', '172.17.0.1']);
      const self = await engine!.docker(['node', 'ls', '-q']);
      await engine!.docker(['node', 'update', ...HOST_LABELS.flatMap((l) => ['--label-add', `cassia.${l}=true`]), self]);
      await engine!.docker(['secret', 'create', 'cassia_grafana_admin_password', '-'], { input: 'e2e-only' });
      const out = await engine!.docker(
        ['stack', 'deploy', '-c', join(STACK_DIR, 'stack.yml'), '-c', join(STACK_DIR, 'stack.test.yml'), STACK_NAME],
        {
          env: {
            CASSIA_IMAGE: `cassia:${TEST_IMAGE_TAG}`,
            NATS_IMAGE: `cassia-nats:${TEST_IMAGE_TAG}`,
            PROMETHEUS_IMAGE: `cassia-prometheus:${TEST_IMAGE_TAG}`,
            PROMETHEUS_REPLICAS: WITH_PROMETHEUS ? '1' : '0',
          },
        },
      );
      console.log(out);
    });
    http = await engine.forward('127.0.0.1', 8080); // the gateway's host-mode port, inside the namespace
    url = `http://127.0.0.1:${http.port}`;
    await timed('stack ready', () =>
      eventually(`${STORAGE_NODES} live nodes at the gateway`, async () => (await health()).liveNodes === STORAGE_NODES, DEPLOY_READY_TIMEOUT_MS).catch(async (err: unknown) => {
        console.log(await engine!.docker(['service', 'ps', '--no-trunc', '--format', '{{.Name}} {{.CurrentState}} {{.Error}}', ...['gateway', 'node1', 'node2', 'node3', 'nats1'].map((s) => `${STACK_NAME}_${s}`)]));
        throw err;
      }),
    );
  }, IMAGE_BUILD_TIMEOUT_MS + DEPLOY_READY_TIMEOUT_MS + 60_000);

  afterAll(async () => {
    if (engine !== undefined) {
      await timed('stack rm', async () => engine!.docker(['stack', 'rm', STACK_NAME]).catch(() => ''));
      await timed('engine stop', () => engine!.stop());
    }
    console.log(`docker-swarm timings (ms): ${JSON.stringify(timings)}`);
  }, 180_000);

  const key = (p: number, c: number) => [`sensor-${p}`, c];
  const readAll = async (consistency: string) => {
    for (let p = 0; p < PARTITIONS; p++) {
      const body = await cql('SELECT c, v FROM sw.readings WHERE sensor = ?', [`sensor-${p}`], consistency);
      expect(body.rows, `partition ${p} at ${consistency}`).toEqual(Array.from({ length: ROWS_PER_PARTITION }, (_, c) => ({ c, v: `p${p}-c${c}` })));
    }
  };

  it('runs every service: three NATS servers, three storage node services, a gateway', async () => {
    // A task counts as running once the image's HEALTHCHECK passes (GET /healthz).
    const expected = [
      'gateway 1/1', 'grafana 0/0', 'nats1 1/1', 'nats2 1/1', 'nats3 1/1', 'node1 1/1', 'node2 1/1', 'node3 1/1',
      `prometheus ${WITH_PROMETHEUS ? '1/1' : '0/0'}`,
    ].map((s) => `${STACK_NAME}_${s}`);
    let services: string[] = [];
    await eventually('every service at its replica count', async () => {
      services = (await engine!.docker(['service', 'ls', '--format', '{{.Name}} {{.Replicas}}'])).split('\n').sort();
      return JSON.stringify(services) === JSON.stringify(expected);
    }, 90_000).catch(() => undefined);
    expect(services).toEqual(expected);
    expect(await health()).toMatchObject({ ok: true, liveNodes: STORAGE_NODES });
    // Every storage container is healthy by the image's HEALTHCHECK.
    for (const n of ['node1', 'node2', 'node3']) {
      expect(await engine!.docker(['inspect', '-f', '{{.State.Health.Status}}', await taskContainer(n)]), n).toBe('healthy');
    }
  });

  it.runIf(WITH_PROMETHEUS)('Prometheus scrapes the gateway and every storage task found through tasks.<service> DNS', async () => {
    const prometheus = await engine!.forward('127.0.0.1', 9090);
    try {
      let last = '';
      await eventually('Prometheus targets up', async () => {
        const body = (await (await fetch(`http://127.0.0.1:${prometheus.port}/api/v1/targets?state=active`)).json()) as {
          data: { activeTargets: { scrapeUrl: string; health: string; discoveredLabels: Record<string, string> }[] };
        };
        const up = body.data.activeTargets.filter((t) => t.health === 'up');
        last = JSON.stringify(body.data.activeTargets.map((t) => [t.scrapeUrl, t.health, t.discoveredLabels['__meta_dns_name']]));
        const nodes = new Set(up.filter((t) => t.scrapeUrl.includes(':9180/')).map((t) => t.scrapeUrl));
        const gateways = up.filter((t) => t.scrapeUrl.includes(':8080/'));
        const fromTasksDns = [...gateways, ...up.filter((t) => t.scrapeUrl.includes(':9180/'))].every((t) => (t.discoveredLabels['__meta_dns_name'] ?? '').startsWith('tasks.'));
        return nodes.size === STORAGE_NODES && gateways.length >= 1 && fromTasksDns;
      }, 90_000).catch((err: unknown) => {
        console.log(`Prometheus active targets: ${last}`);
        throw err;
      });
    } finally {
      await prometheus.close();
    }
  });

  it('serves CQL through the gateway and keeps reading at QUORUM after a storage container is killed', async () => {
    await cql("CREATE KEYSPACE sw WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}");
    await cql('CREATE TABLE sw.readings (sensor text, c int, v text, PRIMARY KEY (sensor, c))');
    for (let p = 0; p < PARTITIONS; p++) {
      await Promise.all(Array.from({ length: ROWS_PER_PARTITION }, (_, c) => cql('INSERT INTO sw.readings (sensor, c, v) VALUES (?, ?, ?)', [...key(p, c), `p${p}-c${c}`])));
    }
    await readAll('QUORUM');

    const victim = await taskContainer('node2');
    expect(victim).toMatch(/^[0-9a-f]+$/);
    await engine!.docker(['kill', '--signal', 'KILL', victim]);
    const killedAt = Date.now();
    await readAll('QUORUM');
    console.log(`all ${PARTITIONS * ROWS_PER_PARTITION} rows read at QUORUM within ${Date.now() - killedAt} ms of the SIGKILL`);
    // Writes at QUORUM go on too (the down replica gets hints).
    await cql('INSERT INTO sw.readings (sensor, c, v) VALUES (?, ?, ?)', ['after-kill', 0, 'written with node2 down']);

    // Swarm starts a new task for node2 on the same volume: the same node comes back.
    await timed('node2 restarted by swarm', () =>
      eventually('node2 replaced and live', async () => {
        const now = await taskContainer('node2');
        return now !== '' && now !== victim && (await health()).liveNodes === STORAGE_NODES;
      }, RESTART_READY_TIMEOUT_MS),
    );
    const metrics = await (await fetch(`${url}/metrics`)).text();
    const node2 = metrics.split('\n').filter((l) => l.startsWith('cassia_gossip_member_up{') && l.includes('name="node2"'));
    expect(node2, 'one node2 in gossip (its identity came back from its volume), up').toEqual([expect.stringMatching(/ 1$/)]);
    await readAll('ALL');
    expect((await cql('SELECT v FROM sw.readings WHERE sensor = ?', ['after-kill'], 'ALL')).rows).toEqual([{ v: 'written with node2 down' }]);
    expect(sumSamples(metrics, 'cassia_coordinator_requests_total')).toBeGreaterThan(0);
  });

});

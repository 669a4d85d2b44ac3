// CassiaCluster (test/src/cassia-cluster-container.ts) with testcontainers against a real
// Docker engine: NATS, 3 storage nodes and a gateway as containers built from this
// checkout (scripts/docker-image); CQL over HTTP and through the DataStax Node.js driver
// (cassandra-driver) on the gateway's native protocol port, at QUORUM with RF 3.
// The engine runs in a network namespace of its own (scripts/docker-engine); the contact
// points CassiaCluster returns are inside it, so the test reaches them through loopback
// forwards (DockerEngine.forward).
import cassandra from 'cassandra-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CassiaCluster, type StartedCassiaCluster } from '../src/cassia-cluster-container.js';
import { DockerEngine, dockerSuiteGate, postCql, IMAGE_BUILD_TIMEOUT_MS, TEST_IMAGE_TAG, type Forward } from '../src/docker-engine.js';

const NODES = 3;
const ROWS = 100;
/** Every HTTP request to the cluster: a hung one must fail, not stall the suite. */
const HTTP_TIMEOUT_MS = 10_000;
const gate = dockerSuiteGate('docker-testcontainers');

// Where the engine cannot run: skipped with the reason printed, or failed in CI (dockerSuiteGate).
if (gate.failInstead !== undefined) {
  describe('CassiaCluster with testcontainers', () => {
    it('needs a Docker engine', () => {
      throw new Error(gate.failInstead);
    });
  });
}

describe.runIf(gate.run)('CassiaCluster with testcontainers', () => {
  let engine: DockerEngine | undefined;
  let cluster: StartedCassiaCluster | undefined;
  let http: Forward;
  let native: Forward;
  const timings: Record<string, number> = {};
  const savedEnv = { DOCKER_HOST: process.env['DOCKER_HOST'], TESTCONTAINERS_RYUK_DISABLED: process.env['TESTCONTAINERS_RYUK_DISABLED'] } as Record<string, string | undefined>;
  const timed = async <T>(what: string, f: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await f();
    } finally {
      timings[what] = Date.now() - started;
    }
  };

  beforeAll(async () => {
    engine = await timed('engine start', () => DockerEngine.start());
    await timed('image builds', () => engine!.buildImages(['cassia', 'nats']));
    // testcontainers reads its settings from the environment when it first talks to Docker.
    // No Ryuk (the reaper container): the engine is removed whole at the end anyway.
    Object.assign(process.env, { DOCKER_HOST: engine.dockerHost, TESTCONTAINERS_RYUK_DISABLED: 'true' });
    cluster = await timed(`${NODES}-node cluster start`, () =>
      new CassiaCluster(`cassia:${TEST_IMAGE_TAG}`).withNatsImage(`cassia-nats:${TEST_IMAGE_TAG}`).withNodes(NODES).start(),
    );
    http = await engine.forward('127.0.0.1', cluster.getHttpPort());
    native = await engine.forward('127.0.0.1', cluster.getNativePort());
  }, IMAGE_BUILD_TIMEOUT_MS + 180_000);

  afterAll(async () => {
    await timed('cluster stop', async () => cluster?.stop());
    await timed('engine stop', async () => engine?.stop());
    for (const name of ['DOCKER_HOST', 'TESTCONTAINERS_RYUK_DISABLED']) {
      if (savedEnv[name] === undefined) delete process.env[name];
      else process.env[name] = savedEnv[name];
    }
    console.log(`docker-testcontainers timings (ms): ${JSON.stringify(timings)}`);
  }, 180_000);

  const cql = async (query: string, params: unknown[] = [], consistency = 'QUORUM') => {
    const answer = await postCql(`http://127.0.0.1:${http.port}`, { query, params, consistency }, HTTP_TIMEOUT_MS);
    if (answer.status !== 200) throw new Error(`${query} → ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  };

  it('hands back contact points for a cluster that sees all its nodes', async () => {
    expect(cluster!.nodes).toHaveLength(NODES);
    expect(cluster!.getContactPoint()).toMatch(/^[^:]+:\d+$/);
    expect(cluster!.getHttpUrl()).toMatch(/^http:\/\/[^:]+:\d+$/);
    expect(await cluster!.health()).toMatchObject({ ok: true, liveNodes: NODES });
  });

  it('serves CQL over HTTP at QUORUM with replication factor 3', async () => {
    await cql("CREATE KEYSPACE tc WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}");
    await cql('CREATE TABLE tc.kv (k int PRIMARY KEY, v text)');
    for (let k = 0; k < ROWS; k++) await cql('INSERT INTO tc.kv (k, v) VALUES (?, ?)', [k, `v${k}`]);
    for (let k = 0; k < ROWS; k += 7) expect((await cql('SELECT v FROM tc.kv WHERE k = ?', [k])).rows).toEqual([{ v: `v${k}` }]);
  });

  it('serves the DataStax Node.js driver on the native protocol port', async () => {
    const client = new cassandra.Client({
      contactPoints: [`127.0.0.1:${native.port}`],
      localDataCenter: cluster!.getDatacenter(),
      protocolOptions: { port: native.port },
      queryOptions: { consistency: cassandra.types.consistencies.quorum, prepare: true },
    });
    try {
      await client.connect();
      const one = await client.execute('SELECT v FROM tc.kv WHERE k = ?', [42]);
      expect(one.rows.map((r) => r['v'])).toEqual(['v42']);
      await client.execute('INSERT INTO tc.kv (k, v) VALUES (?, ?)', [ROWS, 'from the driver']);
      expect((await cql('SELECT v FROM tc.kv WHERE k = ?', [ROWS])).rows).toEqual([{ v: 'from the driver' }]);
    } finally {
      await client.shutdown();
    }
  });
});

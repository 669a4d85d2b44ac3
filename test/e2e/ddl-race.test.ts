// Concurrent DDL: compare-and-set on the metadata revision lets exactly one of two
// concurrent CREATE TABLEs of the same name win, through two different gateways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from '../src/cluster.js';

const ROUNDS = 20;

describe('concurrent CREATE TABLE', () => {
  let cluster: LocalCluster;

  beforeAll(async () => {
    cluster = await LocalCluster.start({ nodes: 1, gateways: 2 });
    await cluster.ok({ query: "CREATE KEYSPACE ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}" });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it(`gives exactly one success and one AlreadyExists, ${ROUNDS} rounds out of ${ROUNDS}`, async () => {
    const [g1, g2] = cluster.gateways;
    for (let round = 0; round < ROUNDS; round++) {
      // Different column sets, so a "success" of both would be visible as two schemas.
      const answers = await Promise.all([
        cluster.query({ query: `CREATE TABLE ks.t${round} (id int PRIMARY KEY, from_one text)` }, g1),
        cluster.query({ query: `CREATE TABLE ks.t${round} (id int PRIMARY KEY, from_two text)` }, g2),
      ]);
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([200, 409]);
      const loser = answers.find((a) => a.status === 409)!;
      expect(loser.body.error).toMatchObject({ name: 'AlreadyExists', code: 9216, keyspace: 'ks', table: `t${round}` });
      // Both gateways agree on the one schema that won.
      const winner = answers[0]!.status === 200 ? 'from_one' : 'from_two';
      for (const g of [g1, g2]) {
        const cols = await cluster.ok({ query: `SELECT * FROM ks.t${round} WHERE id = 1` }, g);
        expect(cols.columns.map((c: { name: string }) => c.name)).toEqual(['id', winner]);
      }
    }
  });
});

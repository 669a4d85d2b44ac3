// The milestone's statements through HTTP on a real cluster: DELETE of rows and
// partitions, DROP TABLE, USE, clustering slices and ORDER BY, LIMIT, paging with
// pageSize/pagingState, and partitions larger than one NATS message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from '../src/cluster.js';

describe('CQL-lite statements end to end', () => {
  let cluster: LocalCluster;

  beforeAll(async () => {
    cluster = await LocalCluster.start({ nodes: 3 });
    await cluster.ok({ query: "CREATE KEYSPACE ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 3}" });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  const q = (query: string, extra: Record<string, unknown> = {}) => cluster.ok({ query, keyspace: 'ks', consistency: 'QUORUM', ...extra });

  it('USE answers the keyspace; unknown ones are refused', async () => {
    expect(await cluster.ok({ query: 'USE ks' })).toEqual({ columns: [], rows: [], pagingState: null, keyspace: 'ks' });
  });

  it('deletes rows and partitions, drops tables', async () => {
    await q('CREATE TABLE d (p int, c int, v text, PRIMARY KEY (p, c))');
    for (let c = 0; c < 3; c++) await q('INSERT INTO d (p, c, v) VALUES (1, ?, ?)', { params: [c, `x${c}`] });
    await q('INSERT INTO d (p, c, v) VALUES (2, 0, ?)', { params: ['y'] });
    await q('DELETE FROM d WHERE p = 1 AND c = 1');
    expect((await q('SELECT c FROM d WHERE p = 1')).rows).toEqual([{ c: 0 }, { c: 2 }]);
    await q('DELETE FROM d WHERE p = 1');
    expect((await q('SELECT * FROM d WHERE p = 1')).rows).toEqual([]);
    expect((await q('SELECT v FROM d WHERE p = 2')).rows).toEqual([{ v: 'y' }]);
    // A row written again after its partition was deleted is back.
    await q("INSERT INTO d (p, c, v) VALUES (1, 5, 'again')");
    expect((await q('SELECT c, v FROM d WHERE p = 1')).rows).toEqual([{ c: 5, v: 'again' }]);
    await q('DROP TABLE d');
    const gone = await cluster.query({ query: 'SELECT * FROM d WHERE p = 2', keyspace: 'ks' });
    expect(gone.status).toBe(400);
    expect(gone.body.error.message).toBe('unconfigured table d');
    // The same name can be created again, empty.
    await q('CREATE TABLE d (p int, c int, v text, PRIMARY KEY (p, c))');
    expect((await q('SELECT * FROM d WHERE p = 2')).rows).toEqual([]);
  });

  it('selects clustering slices in either order, with LIMIT, over a composite partition key', async () => {
    await q('CREATE TABLE s (a text, b int, t int, v double, PRIMARY KEY ((a, b), t)) WITH CLUSTERING ORDER BY (t DESC)');
    for (let t = 0; t < 10; t++) await q("INSERT INTO s (a, b, t, v) VALUES ('x', 1, ?, ?)", { params: [t, t / 2] });
    const ts = (body: { rows: { t: number }[] }) => body.rows.map((r) => r.t);
    expect(ts(await q("SELECT t FROM s WHERE a = 'x' AND b = 1"))).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(ts(await q("SELECT t FROM s WHERE a = 'x' AND b = 1 AND t >= 3 AND t < 6"))).toEqual([5, 4, 3]);
    expect(ts(await q("SELECT t FROM s WHERE a = 'x' AND b = 1 AND t > 6 ORDER BY t ASC"))).toEqual([7, 8, 9]);
    expect(ts(await q("SELECT t FROM s WHERE a = 'x' AND b = 1 LIMIT 2"))).toEqual([9, 8]);
    expect(ts(await q("SELECT t FROM s WHERE a = 'x' AND b = 1 AND t = 4"))).toEqual([4]);
    expect((await q("SELECT v AS half FROM s WHERE a = 'x' AND b = 1 AND t = 3")).rows).toEqual([{ half: 1.5 }]);
    expect((await q("SELECT t FROM s WHERE a = 'x' AND b = 2")).rows).toEqual([]);
  });

  it('pages through 250 rows in pages of 100, and across partitions with IN', async () => {
    await q('CREATE TABLE pg (p int, c int, PRIMARY KEY (p, c))');
    for (let c = 0; c < 250; c++) await q('INSERT INTO pg (p, c) VALUES (?, ?)', { params: [c % 2, c] });
    const seen: number[] = [];
    let pagingState: string | undefined;
    let pages = 0;
    do {
      const body = await q('SELECT c FROM pg WHERE p IN (0, 1)', { pageSize: 100, ...(pagingState ? { pagingState } : {}) });
      expect(body.rows.length).toBeLessThanOrEqual(100);
      seen.push(...body.rows.map((r: { c: number }) => r.c));
      pagingState = body.pagingState ?? undefined;
      pages++;
    } while (pagingState !== undefined);
    expect(pages).toBe(3);
    expect(seen).toEqual([...Array.from({ length: 125 }, (_, i) => i * 2), ...Array.from({ length: 125 }, (_, i) => i * 2 + 1)]);
    // LIMIT holds across pages.
    const first = await q('SELECT c FROM pg WHERE p = 0 LIMIT 150', { pageSize: 100 });
    const second = await q('SELECT c FROM pg WHERE p = 0 LIMIT 150', { pageSize: 100, pagingState: first.pagingState });
    expect(first.rows.length + second.rows.length).toBe(125);
    expect(second.pagingState).toBeNull();
  });

  it('reads a partition larger than one NATS message, whole or in pages', async () => {
    await q('CREATE TABLE big (p int, c int, v blob, PRIMARY KEY (p, c))');
    const blob = '0x' + 'ab'.repeat(100 * 1024); // 100 KiB per row, 3 MiB in all
    for (let c = 0; c < 30; c++) await q('INSERT INTO big (p, c, v) VALUES (1, ?, ?)', { params: [c, blob] });
    const all = await q('SELECT c, v FROM big WHERE p = 1');
    expect(all.rows.map((r: { c: number }) => r.c)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(all.rows.every((r: { v: string }) => r.v === blob)).toBe(true);
    const page = await q('SELECT c FROM big WHERE p = 1', { pageSize: 7 });
    expect(page.rows.map((r: { c: number }) => r.c)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(typeof page.pagingState).toBe('string');
  });
});

// Range scans against a real cluster: nats-server, 3 nodes, a gateway, a keyspace at RF 2,
// through cassandra-driver and the HTTP endpoint. 3,000 rows over 600 partitions: a full
// scan pages through every row exactly once (pageState by hand and eachRow autoPage), in
// token order; a token-range SELECT returns exactly the rows whose token(k) lies in range;
// LIMIT, PER PARTITION LIMIT and COUNT(*) over the whole table; ALLOW FILTERING on regular,
// clustering and partition key columns returns exactly the matching rows (and is Invalid
// without it); an IN on a clustering column returns only its rows; with a node down, ONE
// still scans everything and ALL is Unavailable. Data is written and read at QUORUM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, errors, types } from 'cassandra-driver';
import { LocalCluster } from '../src/cluster.js';

const DC = 'datacenter1';
const QUORUM = { consistency: types.consistencies.quorum };
const PARTITIONS = 600;
const ROWS = 5;
const v = (k: number, c: number) => (k * ROWS + c) % 17;

async function inParallel<T>(items: readonly T[], concurrency: number, task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

interface Row {
  token: bigint;
  k: number;
  c: number;
}

describe('range scans (cassandra-driver and HTTP)', () => {
  let cluster: LocalCluster;
  let client: Client;
  /** Every row of the table with its token, in scan order, from the full scan. */
  let scanned: Row[] = [];

  beforeAll(async () => {
    cluster = await LocalCluster.start({ nodes: 3 });
    client = new Client({ contactPoints: cluster.contactPoints(0), localDataCenter: DC, protocolOptions: { port: cluster.nativePort() } });
    await client.connect();
    await client.execute("CREATE KEYSPACE scan WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 2}");
    await client.execute('CREATE TABLE scan.t (k int, c int, v int, tag text, PRIMARY KEY (k, c))');
    const rows: [number, number, number, string][] = [];
    for (let k = 0; k < PARTITIONS; k++) for (let c = 0; c < ROWS; c++) rows.push([k, c, v(k, c), `t${k}-${c}`]);
    await inParallel(rows, 64, (row) => client.execute('INSERT INTO scan.t (k, c, v, tag) VALUES (?, ?, ?, ?)', row, { prepare: true, ...QUORUM }));
  });
  afterAll(async () => {
    await client?.shutdown().catch(() => undefined);
    await cluster?.stop();
  });

  /** Every row of `query` through explicit pageState, fetchSize rows a page; and the page count. */
  async function pages(query: string, fetchSize: number): Promise<{ rows: types.Row[]; pages: number }> {
    const out: types.Row[] = [];
    let pageState: string | undefined;
    let n = 0;
    do {
      const rs = await client.execute(query, [], { fetchSize, pageState, ...QUORUM });
      expect(rs.rowLength).toBeLessThanOrEqual(fetchSize);
      out.push(...rs.rows);
      pageState = rs.pageState ?? undefined;
      n++;
    } while (pageState !== undefined && n <= 10_000);
    return { rows: out, pages: n };
  }

  const key = (k: number, c: number) => `${k}/${c}`;

  it('SELECT * pages through every row exactly once, in token order (fetchSize 100, pageState)', async () => {
    const { rows, pages: n } = await pages('SELECT token(k), k, c, v, tag FROM scan.t', 100);
    expect(rows).toHaveLength(PARTITIONS * ROWS);
    expect(n).toBe((PARTITIONS * ROWS) / 100);
    scanned = rows.map((r) => ({ token: BigInt((r['system.token(k)'] as types.Long).toString()), k: r['k'] as number, c: r['c'] as number }));
    expect(new Set(scanned.map((r) => key(r.k, r.c))).size).toBe(PARTITIONS * ROWS);
    for (const r of rows) expect([r['v'], r['tag']]).toEqual([v(r['k'] as number, r['c'] as number), `t${r['k']}-${r['c']}`]);
    // Token order across the ring, clustering order within a partition.
    for (let i = 1; i < scanned.length; i++) {
      const [a, b] = [scanned[i - 1]!, scanned[i]!];
      expect(a.token < b.token || (a.token === b.token && a.k === b.k && a.c < b.c) || (a.token === b.token && a.k !== b.k)).toBe(true);
    }
  });

  it('eachRow with autoPage sees every row exactly once', async () => {
    const seen = new Set<string>();
    let count = 0;
    await new Promise<void>((resolve, reject) =>
      client.eachRow(
        'SELECT k, c FROM scan.t',
        [],
        { fetchSize: 100, autoPage: true, prepare: true, ...QUORUM },
        (_n, row) => {
          seen.add(key(row['k'] as number, row['c'] as number));
          count++;
        },
        (err) => (err ? reject(err) : resolve()),
      ),
    );
    expect(count).toBe(PARTITIONS * ROWS);
    expect(seen.size).toBe(PARTITIONS * ROWS);
  });

  it('a token-range SELECT returns exactly the rows whose token lies in range', async () => {
    expect(scanned.length).toBe(PARTITIONS * ROWS);
    const lo = scanned[500]!.token;
    const hi = scanned[2100]!.token;
    const expected = (inRange: (t: bigint) => boolean) =>
      scanned
        .filter((r) => inRange(r.token))
        .map((r) => key(r.k, r.c))
        .sort();
    const got = async (where: string) => (await pages(`SELECT k, c FROM scan.t WHERE ${where}`, 100)).rows.map((r) => key(r['k'] as number, r['c'] as number)).sort();
    expect(await got(`token(k) > ${lo} AND token(k) <= ${hi}`)).toEqual(expected((t) => t > lo && t <= hi));
    expect(await got(`token(k) >= ${lo} AND token(k) < ${hi}`)).toEqual(expected((t) => t >= lo && t < hi));
    expect(await got(`token(k) > ${hi}`)).toEqual(expected((t) => t > hi));
    expect(await got(`token(k) <= ${lo}`)).toEqual(expected((t) => t <= lo));
    expect(await got(`token(k) > ${hi} AND token(k) < ${lo}`)).toEqual([]);
    // Prepared, the bounds as bind markers (bigint).
    const prepared = await client.execute('SELECT k, c FROM scan.t WHERE token(k) > ? AND token(k) <= ?', [types.Long.fromString(lo.toString()), types.Long.fromString(hi.toString())], {
      prepare: true,
      fetchSize: 5_000,
      ...QUORUM,
    });
    expect(prepared.rows.map((r) => key(r['k'] as number, r['c'] as number)).sort()).toEqual(expected((t) => t > lo && t <= hi));
  });

  it('honours LIMIT and PER PARTITION LIMIT across pages, and counts the whole table', async () => {
    const limited = await pages('SELECT k, c FROM scan.t LIMIT 250', 100);
    expect(limited.rows.map((r) => key(r['k'] as number, r['c'] as number))).toEqual(scanned.slice(0, 250).map((r) => key(r.k, r.c)));
    const perPartition = await pages('SELECT k, c FROM scan.t PER PARTITION LIMIT 2', 100);
    expect(perPartition.rows.map((r) => key(r['k'] as number, r['c'] as number))).toEqual(scanned.filter((r) => r.c < 2).map((r) => key(r.k, r.c)));
    const count = await client.execute('SELECT COUNT(*) FROM scan.t', [], QUORUM);
    expect(count.first()!['count'].toString()).toBe(String(PARTITIONS * ROWS));
    const distinct = await pages('SELECT DISTINCT k FROM scan.t', 77);
    expect(distinct.rows.map((r) => r['k'] as number).sort((a, b) => a - b)).toEqual(Array.from({ length: PARTITIONS }, (_, k) => k));
  });

  it('ALLOW FILTERING returns exactly the matching rows, and is Invalid without it', async () => {
    const all = scanned.map((r) => ({ ...r, v: v(r.k, r.c) }));
    const got = async (query: string, fetchSize = 50) => (await pages(query, fetchSize)).rows.map((r) => key(r['k'] as number, r['c'] as number));
    const want = (f: (r: Row & { v: number }) => boolean) => all.filter(f).map((r) => key(r.k, r.c));
    expect(await got('SELECT k, c FROM scan.t WHERE v = 3 ALLOW FILTERING')).toEqual(want((r) => r.v === 3));
    expect(await got('SELECT k, c FROM scan.t WHERE v > 10 AND v <= 12 ALLOW FILTERING', 7)).toEqual(want((r) => r.v > 10 && r.v <= 12));
    expect(await got('SELECT k, c FROM scan.t WHERE v IN (1, 16) AND c = 4 ALLOW FILTERING')).toEqual(want((r) => (r.v === 1 || r.v === 16) && r.c === 4));
    expect(await got(`SELECT k, c FROM scan.t WHERE token(k) <= ${scanned[1500]!.token} AND v = 0 ALLOW FILTERING`)).toEqual(want((r) => r.token <= scanned[1500]!.token && r.v === 0));
    expect(await got('SELECT k, c FROM scan.t WHERE k = 7 AND v = 1 ALLOW FILTERING')).toEqual(want((r) => r.k === 7 && r.v === 1));
    // On the partition key without = or IN on it: a scan, the key checked on every row.
    expect(await got('SELECT k, c FROM scan.t WHERE k > 590 ALLOW FILTERING')).toEqual(want((r) => r.k > 590));
    expect(await got('SELECT k, c FROM scan.t WHERE k >= 10 AND k < 13 AND c = 2 ALLOW FILTERING', 2)).toEqual(want((r) => r.k >= 10 && r.k < 13 && r.c === 2));
    // Clustering restrictions that select nothing select nothing in a scan too.
    expect(await got('SELECT k, c FROM scan.t WHERE c > 3 AND c < 2 ALLOW FILTERING')).toEqual([]);
    expect(await got('SELECT k, c FROM scan.t WHERE c IN () ALLOW FILTERING')).toEqual([]);
    expect(await got('SELECT k, c FROM scan.t WHERE c >= 3 ALLOW FILTERING')).toEqual(want((r) => r.c >= 3));
    // LIMIT counts the rows that match.
    expect(await got('SELECT k, c FROM scan.t WHERE v = 5 LIMIT 23 ALLOW FILTERING', 10)).toEqual(want((r) => r.v === 5).slice(0, 23));
    const count = await client.execute('SELECT COUNT(*) FROM scan.t WHERE v = 3 ALLOW FILTERING', [], QUORUM);
    expect(count.first()!['count'].toString()).toBe(String(want((r) => r.v === 3).length));
    for (const query of ['SELECT k FROM scan.t WHERE v = 3', 'SELECT k FROM scan.t WHERE c = 1', 'SELECT k FROM scan.t WHERE k = 1 AND v = 3', 'SELECT k FROM scan.t WHERE k > 3']) {
      const err = await client.execute(query, [], QUORUM).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(errors.ResponseError);
      expect((err as errors.ResponseError).code).toBe(types.responseErrorCodes.invalid);
      expect((err as Error).message).toMatch(/^Cannot execute this query as it might involve data filtering and thus may have unpredictable performance\. If you want to execute this query despite the performance unpredictability, use ALLOW FILTERING$/);
    }
  });

  it('an IN on a clustering column returns only its rows (not those between), paged or not', async () => {
    const cs = async (fetchSize: number) => (await pages('SELECT c FROM scan.t WHERE k = 1 AND c IN (1, 3)', fetchSize)).rows.map((r) => r['c']);
    expect(await cs(100)).toEqual([1, 3]);
    expect(await cs(1)).toEqual([1, 3]);
    const desc = await client.execute('SELECT c FROM scan.t WHERE k = 1 AND c IN (0, 4) ORDER BY c DESC', [], QUORUM);
    expect(desc.rows.map((r) => r['c'])).toEqual([4, 0]);
  });

  it('pages a range scan over HTTP, resuming exactly after the last row', async () => {
    const seen: string[] = [];
    let pagingState: string | null = null;
    let n = 0;
    do {
      const body: { rows: { k: number; c: number }[]; pagingState: string | null } = await cluster.ok({
        query: 'SELECT k, c FROM scan.t',
        consistency: 'QUORUM',
        pageSize: 333,
        ...(pagingState === null ? {} : { pagingState }),
      });
      seen.push(...body.rows.map((r) => key(r.k, r.c)));
      pagingState = body.pagingState;
      n++;
    } while (pagingState !== null && n < 100);
    expect(seen).toEqual(scanned.map((r) => key(r.k, r.c)));
  });

  // Last: it stops a node.
  it('with a node down: ONE still scans every row (RF 2), ALL is Unavailable', async () => {
    await cluster.node('node3').proc.stop();
    await cluster.waitForLiveNodes(2);
    let count = 0;
    await new Promise<void>((resolve, reject) =>
      client.eachRow(
        'SELECT k, c FROM scan.t',
        [],
        { fetchSize: 500, autoPage: true, consistency: types.consistencies.one },
        () => count++,
        (err) => (err ? reject(err) : resolve()),
      ),
    );
    expect(count).toBe(PARTITIONS * ROWS);
    const answer = await cluster.query({ query: 'SELECT k FROM scan.t', consistency: 'ALL' });
    expect(answer.status).toBe(503);
    expect((answer.body as { error: unknown }).error).toMatchObject({ name: 'Unavailable', consistency: 'ALL', required: 2, alive: 1 });
    const err = await client.execute('SELECT k FROM scan.t', [], { consistency: types.consistencies.all }).then(
      () => undefined,
      (e: unknown) => e,
    );
    // The driver's default retry policy tries the next host on Unavailable: with one gateway
    // that ends in NoHostAvailable, wrapping the gateway's Unavailable.
    const inner = err instanceof errors.NoHostAvailableError ? Object.values(err.innerErrors)[0] : err;
    expect(inner).toBeInstanceOf(errors.ResponseError);
    expect((inner as errors.ResponseError).code).toBe(types.responseErrorCodes.unavailableException);
  });
});


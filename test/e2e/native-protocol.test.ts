// The CQL native protocol below the drivers, against real gateway processes: version
// negotiation, EVENT frames for schema changes (whichever gateway or protocol made them) and
// for the other gateways joining, going up and down, and the native metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalCluster } from '../src/cluster.js';
import { Body, decodeError, OPCODE, RawNativeClient } from '../src/native-client.js';

describe('native protocol v4 on a real gateway', () => {
  let cluster: LocalCluster;
  const clients: RawNativeClient[] = [];
  const open = async (gateway = 0) => {
    const c = await RawNativeClient.open(cluster.contactPoints(gateway)[0]!, cluster.nativePort());
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    cluster = await LocalCluster.start({ nodes: 1, gatewayArgs: ['--dc', 'datacenter1'] });
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await cluster?.stop();
  });

  it('refuses a version it does not speak in a v4 frame and closes, as drivers expect when they negotiate', async () => {
    const c = await open();
    const answer = await c.request(OPCODE.STARTUP, new Body().stringMap({ CQL_VERSION: '3.0.0' }).build(), 0x42);
    expect(answer.version).toBe(0x84);
    expect(answer.opcode).toBe(OPCODE.ERROR);
    expect(decodeError(answer.body)).toEqual({ code: 0x000a, message: 'Invalid or unsupported protocol version (66); supported versions are (4/v4)' });
    await c.waitClosed();
  });

  it('pushes SCHEMA_CHANGE for DDL over HTTP and over the native protocol', async () => {
    const c = await open();
    await c.handshake(['SCHEMA_CHANGE', 'STATUS_CHANGE', 'TOPOLOGY_CHANGE']);
    await cluster.ok({ query: "CREATE KEYSPACE ev WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}" });
    expect(await c.nextEvent((e) => e[0] === 'SCHEMA_CHANGE')).toEqual(['SCHEMA_CHANGE', 'CREATED', 'KEYSPACE', 'ev']);
    const created = await c.query('CREATE TABLE ev.t (k int PRIMARY KEY, v text)');
    expect(created.opcode).toBe(OPCODE.RESULT);
    expect(created.body.readInt32BE(0)).toBe(0x0005); // Schema_change
    expect(await c.nextEvent((e) => e[0] === 'SCHEMA_CHANGE')).toEqual(['SCHEMA_CHANGE', 'CREATED', 'TABLE', 'ev', 't']);
    await cluster.ok({ query: 'DROP KEYSPACE ev' });
    expect(await c.nextEvent((e) => e[0] === 'SCHEMA_CHANGE')).toEqual(['SCHEMA_CHANGE', 'DROPPED', 'KEYSPACE', 'ev']);
  });

  it('announces another gateway joining, up and down, at its native address', async () => {
    const c = await open();
    await c.handshake(['STATUS_CHANGE', 'TOPOLOGY_CHANGE']);
    const second = await cluster.startGateway(['--dc', 'datacenter1']);
    const address = `${second.nativeHost}:${second.nativePort}`;
    expect(await c.nextEvent((e) => e[0] === 'TOPOLOGY_CHANGE')).toEqual(['TOPOLOGY_CHANGE', 'NEW_NODE', address]);
    expect(await c.nextEvent((e) => e[0] === 'STATUS_CHANGE')).toEqual(['STATUS_CHANGE', 'UP', address]);
    // The second gateway serves the protocol too.
    const d = await open(1);
    await d.handshake();
    const rows = await d.query("SELECT * FROM system.local WHERE key = 'local'");
    expect([OPCODE.RESULT, OPCODE.ERROR]).toContain(rows.opcode);
    await second.proc.stop(); // a clean stop announces SHUTDOWN: down at once
    expect(await c.nextEvent((e) => e[0] === 'STATUS_CHANGE')).toEqual(['STATUS_CHANGE', 'DOWN', address]);
  });

  it('counts connections and requests by opcode', async () => {
    const text = await cluster.metrics(cluster.gateway);
    expect(text).toMatch(/^cassia_native_connections\{[^}]*\} [1-9]/m);
    expect(text).toMatch(/^cassia_native_requests_total\{opcode="query"[^}]*\} [1-9]/m);
    expect(text).toMatch(/^cassia_native_events_total\{type="SCHEMA_CHANGE"[^}]*\} [1-9]/m);
  });
});

// The tools' text output for fixed reports (what an operator reads), nodetool-shaped.
import { describe, expect, it } from 'vitest';
import { renderCompactionStats, type CompactionStatsReport } from './compactionstats.js';
import { renderDescribeCluster, type DescribeClusterReport } from './describecluster.js';
import { renderGossipInfo } from './gossipinfo.js';
import { renderInfo, type InfoReport } from './info.js';
import { statusCode } from './liveness.js';
import { renderMaintenance, workUnits } from './maintenance.js';
import { renderRing, type RingReport } from './ring.js';
import { renderStatus, type StatusReport } from './status.js';
import { bloomFalseRatio, renderTableStats, type TableStatsReport } from './tablestats.js';

const H1 = '0b6c3f0e-5f57-4c84-9b57-5a7f2f1f0001';
const H2 = '0b6c3f0e-5f57-4c84-9b57-5a7f2f1f0002';
const H3 = '0b6c3f0e-5f57-4c84-9b57-5a7f2f1f0003';

describe('status', () => {
  it('codes up/down and the lifecycle in two letters', () => {
    expect(statusCode(true, 'NORMAL')).toBe('UN');
    expect(statusCode(false, 'NORMAL')).toBe('DN');
    expect(statusCode(true, 'JOINING')).toBe('UJ');
    expect(statusCode(false, 'LEAVING')).toBe('DL');
  });

  it('groups nodes by data center with nodetool headers; unknown figures are ?', () => {
    const node = (status: string, name: string, hostId: string, rack: string, address: string | null, loadBytes: number | null, owns: number) => ({
      status, up: status[0] === 'U', state: 'NORMAL' as const, name, address, loadBytes, tokens: 16, owns, hostId, rack, failure: null, gossipAlive: null,
    });
    const report: StatusReport = {
      cluster: 'c',
      keyspace: null,
      ownership: 'raw',
      datacenters: [
        { name: 'dc1', nodes: [node('UN', 'node1', H1, 'rack1', '127.0.0.1', 72_161, 0.331), node('DN', 'node3', H3, 'rack1', null, null, 0.335)] },
        { name: 'dc2', nodes: [node('UN', 'node2', H2, 'rack2', '10.0.0.2', 512, 0.334)] },
      ],
    };
    expect(renderStatus(report)).toBe(
      [
        'Datacenter: dc1',
        '===============',
        'Status=Up/Down',
        '|/ State=Normal/Leaving/Joining/Moving',
        '--  Address    Name   Load       Tokens  Owns   Host ID                               Rack',
        `UN  127.0.0.1  node1  70.47 KiB  16      33.1%  ${H1}  rack1`,
        `DN  ?          node3  ?          16      33.5%  ${H3}  rack1`,
        '',
        'Datacenter: dc2',
        '===============',
        'Status=Up/Down',
        '|/ State=Normal/Leaving/Joining/Moving',
        '--  Address   Name   Load       Tokens  Owns   Host ID                               Rack',
        `UN  10.0.0.2  node2  512 bytes  16      33.4%  ${H2}  rack2`,
        '',
        'Note: Owns is raw token ownership; give a keyspace (cassia status <keyspace>) for effective ownership.',
        '',
      ].join('\n'),
    );
    expect(renderStatus({ ...report, keyspace: 'ks', ownership: 'effective' })).toContain('Owns (effective)');
    expect(renderStatus({ ...report, keyspace: 'ks', ownership: 'effective' })).not.toContain('Note:');
  });
});

describe('ring', () => {
  it('lists tokens ascending per data center, the last token first alone', () => {
    const entry = (token: string, name: string, status: 'Up' | 'Down') => ({
      token, hostId: name, name, address: status === 'Up' ? '127.0.0.1' : null, rack: 'r1', status, state: 'Normal' as const, loadBytes: 2048, owns: 0.5,
    });
    const report: RingReport = { cluster: 'c', keyspace: null, ownership: 'raw', datacenters: [{ name: 'dc1', tokens: [entry('-5', 'n1', 'Up'), entry('7', 'n2', 'Down')] }] };
    expect(renderRing(report)).toBe(
      [
        'Datacenter: dc1',
        '===============',
        'Address    Name  Rack  Status  State   Load      Owns   Token',
        '                                                        7',
        '127.0.0.1  n1    r1    Up      Normal  2.00 KiB  50.0%  -5',
        '?          n2    r1    Down    Normal  2.00 KiB  50.0%  7',
        '',
      ].join('\n'),
    );
  });
});

describe('describecluster', () => {
  it('lists schema versions with the unreachable nodes last, and keyspaces with their replication', () => {
    const report: DescribeClusterReport = {
      name: 'e2e',
      partitioner: 'org.apache.cassandra.dht.Murmur3Partitioner',
      metadataEpoch: 12,
      schemaVersions: { '12': ['node1', 'node2'], UNREACHABLE: ['node3'] },
      stats: { live: 2, joining: 0, moving: 0, leaving: 0, unreachable: 1 },
      datacenters: [{ name: 'dc1', nodes: 3, down: 1 }],
      keyspaces: [{ name: 'ks', replication: { class: 'SimpleStrategy', replication_factor: '3' } }],
    };
    const text = renderDescribeCluster(report);
    expect(text).toContain('\tPartitioner: org.apache.cassandra.dht.Murmur3Partitioner\n');
    expect(text).toContain('\t\t12: [node1, node2]\n\n\t\tUNREACHABLE: [node3]\n');
    expect(text).toContain('\tUnreachable: 1\n');
    expect(text).toContain('\tdc1 #Nodes: 3 #Down: 1\n');
    expect(text).toContain('\tks -> Replication class: SimpleStrategy {replication_factor=3}\n');
  });
});

describe('tablestats', () => {
  const report: TableStatsReport = {
    nodes: [
      { name: 'node1', hostId: H1, answered: true, failure: null },
      { name: 'node2', hostId: H2, answered: false, failure: { kind: 'down', message: 'not running (no responders)' } },
    ],
    totalTables: 1,
    keyspaces: [
      {
        name: 'ks', reads: 3, writes: 5, sstables: 2, bytes: 2048,
        tables: [{ name: 't', id: 'id-t', sstables: 2, sstablesPerLevel: [2], bytes: 2048, reads: 3, writes: 5, perNode: [{ name: 'node1', hostId: H1, sstables: 2, bytes: 2048, reads: 3, writes: 5 }] }],
      },
    ],
    nodeTotals: { memtableBytes: 0, memtablePartitions: 0, memtablesFlushing: 0, flushes: 2, storageReads: 4, sstablesTouched: 2, bloomChecks: 10, bloomNegatives: 6, bloomFalsePositives: 1 },
  };

  it('shows keyspace and table figures nodetool-style, and which nodes did not answer', () => {
    const text = renderTableStats(report);
    expect(text).toContain('Nodes: node1 (1 of 2 answered)\n\tnode2: not running (no responders)\n');
    expect(text).toContain('Keyspace : ks\n\tRead Count: 3\n\tWrite Count: 5\n');
    expect(text).toContain('\t\tTable: t\n');
    expect(text).toContain('\t\tSSTable count: 2\n\t\tSSTables in each level: [2]\n\t\tSpace used (live): 2.00 KiB\n');
    expect(text).toContain('\t\tLocal read count: 3\n\t\tLocal write count: 5\n');
    expect(text).toContain('\tBloom filter false ratio: 0.25000\n');
    expect(bloomFalseRatio({ ...report.nodeTotals, bloomChecks: 0, bloomNegatives: 0 })).toBe(0);
  });
});

describe('compactionstats', () => {
  it('shows pending tasks, per-node counters and the major compactions running', () => {
    const report: CompactionStatsReport = {
      pendingTasks: 1,
      nodes: [
        {
          name: 'node1', hostId: H1, answered: true, failure: null, pending: 1, running: 1, completed: 4, bytesRead: 4096, bytesWritten: 2048, tombstonesPurged: 0,
          active: [{ type: 'Major compaction', keyspace: 'ks', table: 't', tableId: 'id-t', runningMs: 65_000 }],
        },
        { name: 'node2', hostId: H2, answered: false, failure: { kind: 'timeout', message: 'no answer within 3000 ms' }, pending: 0, running: 0, completed: 0, bytesRead: 0, bytesWritten: 0, tombstonesPurged: 0, active: [] },
      ],
    };
    expect(renderCompactionStats(report)).toBe(
      [
        'pending tasks: 1',
        'Node   Pending  Running  Completed  Bytes read  Bytes written  Tombstones purged',
        'node1  1        1        4          4.00 KiB    2.00 KiB       0',
        'node2  ?        ?        ?          ?           ?              ?',
        'node2: no answer within 3000 ms',
        '',
        'Node   compaction type   keyspace  table  running for',
        'node1  Major compaction  ks        t      1m 5s',
        '',
      ].join('\n'),
    );
  });
});

describe('flush and compact', () => {
  it('counts work in nodes for a flush and node-tables for a compaction', () => {
    expect(workUnits('flush', 3, 5)).toEqual({ total: 3, unit: 'nodes' });
    expect(workUnits('compact', 3, 5)).toEqual({ total: 15, unit: 'tables' });
  });

  it('reports each node, failures with their reason', () => {
    const text = renderMaintenance({
      operation: 'compact',
      tables: [{ keyspace: 'ks', table: 't', id: 'id-t' }],
      nodes: [
        { name: 'node1', hostId: H1, ok: true, durationMs: 1500, tablesDone: 1, failure: null },
        { name: 'node3', hostId: H3, ok: false, durationMs: 2, tablesDone: 0, failure: { kind: 'down', message: 'not running (no responders)' } },
      ],
    });
    expect(text).toBe(
      ['Compacted ks.t on 1 of 2 nodes.', 'Node   Result  Time  Detail', 'node1  ok      1s', 'node3  failed  2 ms  not running (no responders)', ''].join('\n'),
    );
    expect(renderMaintenance({ operation: 'compact', tables: [], nodes: [] })).toBe('Nothing to do: no tables.\n');
  });
});

describe('info and gossipinfo', () => {
  it('prints one node as nodetool info does', () => {
    const report: InfoReport = {
      hostId: H1, name: 'node1', gossipActive: true, address: '127.0.0.1', metricsPort: 9181, loadBytes: 2048, generation: 1_700_000_000_000,
      uptimeMs: 61_500, heapUsedBytes: 50 * 1024 * 1024, heapTotalBytes: 100 * 1024 * 1024, rssBytes: 150 * 1024 * 1024, dc: 'dc1', rack: 'rack1',
      status: 'NORMAL', metadataEpoch: 7, memtableBytes: 0, memtablePartitions: 0, sstables: 3, quarantinedSSTables: 0, commitlogSegments: 1,
      storageFailure: null, tokens: ['-5', '7'],
    };
    const text = renderInfo(report, { tokens: false });
    expect(text).toContain(`ID                   : ${H1}\n`);
    expect(text).toContain('Gossip active        : true\n');
    expect(text).toContain('Generation No        : 1700000000000\n');
    expect(text).toContain('Uptime (seconds)     : 61\n');
    expect(text).toContain('Heap Memory (MB)     : 50.00 / 100.00\n');
    expect(text).toContain('Data Center          : dc1\nRack                 : rack1\n');
    expect(text).toContain('Token                : (invoke with -T/--tokens to see all 2 tokens)\n');
    expect(renderInfo(report, { tokens: true })).toContain('Token                : -5\nToken                : 7\n');
  });

  it('prints each endpoint with generation, heartbeat and KEY:version:value states', () => {
    const text = renderGossipInfo({
      observer: { hostId: H1, name: 'node1' },
      endpoints: [{ endpoint: H2, name: 'node2', generation: 17, heartbeat: 40, maxVersion: 45, alive: false, phi: 1e300, states: [{ key: 'DC', value: 'dc1', version: 3 }] }],
    });
    expect(text).toBe(`(as seen by node1, ${H1})\nnode2/${H2}\n  generation:17\n  heartbeat:40\n  alive:false\n  phi:Infinity\n  DC:3:dc1\n`);
  });
});

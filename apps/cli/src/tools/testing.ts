// Metadata documents for the tools' unit tests (not shipped in any command).
import { toLong, type ClusterMetadataMessage, type MemberMessage } from '@cassia/wire';
import { ClusterView } from './cluster-view.js';

export const Q = 1n << 62n; // a quarter of the token space

export function member(hostId: string, name: string, tokens: bigint[], o: { dc?: string; rack?: string; status?: string } = {}): MemberMessage {
  return { hostId, name, dc: o.dc ?? 'dc1', rack: o.rack ?? 'rack1', tokens: tokens.map(toLong), status: o.status ?? 'NORMAL' };
}

/** Three NORMAL nodes in dc1 (a quarter, half and a quarter of the ring), one LEFT, one JOINING; two keyspaces. */
export function sampleDoc(): ClusterMetadataMessage {
  return {
    formatVersion: 1,
    members: {
      'aaaa-1': member('aaaa-1', 'node1', [-2n * Q]),
      'bbbb-2': member('bbbb-2', 'node2', [-Q, Q]),
      'cccc-3': member('cccc-3', 'node3', [0n], { rack: 'rack2' }),
      'dddd-4': member('dddd-4', 'gone', [5n], { status: 'LEFT' }),
      'eeee-5': member('eeee-5', 'node5', [7n], { status: 'JOINING' }),
    },
    keyspaces: {
      ks: {
        name: 'ks',
        replication: { class: 'SimpleStrategy', replication_factor: '1' },
        durableWrites: true,
        tables: {
          kv: { id: 'id-kv', name: 'kv', columns: [{ name: 'k', type: 'int', kind: 'partition_key' }, { name: 'v', type: 'text', kind: 'regular' }], partitionKey: ['k'] },
          comp: {
            id: 'id-comp',
            name: 'comp',
            columns: [
              { name: 'a', type: 'text', kind: 'partition_key' },
              { name: 'b', type: 'int', kind: 'partition_key' },
              { name: 'c', type: 'int', kind: 'clustering' },
            ],
            partitionKey: ['a', 'b'],
            clustering: ['c'],
          },
        },
      },
      rf3: { name: 'rf3', replication: { class: 'SimpleStrategy', replication_factor: '3' }, durableWrites: true, tables: {} },
    },
  };
}

export function sampleView(): ClusterView {
  return new ClusterView('test', 42, sampleDoc());
}

import { describe, expect, it } from 'vitest';
import { plainBytes } from '@cassia/testkit';
import type { Mutation, PartitionData } from '@cassia/lsm';
import { replica, encode } from './messages.js';
import { mutationFromMessage, mutationToMessage, partitionFromMessage, partitionToMessage } from './codec.js';

describe('replica codec', () => {
  it('round-trips a mutation with every kind of content through protobuf bytes', () => {
    const mutation: Mutation = {
      tableId: 't1',
      token: -(2n ** 63n) + 5n,
      partitionKey: Uint8Array.of(1, 2, 3),
      partitionDeletion: { timestamp: 10n, localDeletionTime: 100 },
      rows: [
        {
          clustering: Uint8Array.of(9),
          liveness: { timestamp: 1_700_000_000_000_000n, ttlSeconds: 0, localExpirationTime: 0 },
          cells: [
            { column: 'a', cell: { value: Uint8Array.of(), timestamp: 11n, ttlSeconds: 0, localDeletionTime: 0 } },
            { column: 'b', cell: { value: null, timestamp: 12n, ttlSeconds: 0, localDeletionTime: 99 } },
          ],
        },
        { clustering: Uint8Array.of(), deletion: { timestamp: 2n ** 62n, localDeletionTime: 7 }, cells: [] },
      ],
    };
    const bytes = encode(replica.MutateRequest, { mutations: [mutationToMessage(mutation)] });
    const back = mutationFromMessage(replica.MutateRequest.decode(bytes).mutations[0]!);
    expect(plainBytes(back)).toEqual(plainBytes(mutation));
  });

  it('round-trips a partition', () => {
    const p: PartitionData = {
      token: 42n,
      partitionKey: Uint8Array.of(7),
      rows: [{ clustering: Uint8Array.of(1), cells: new Map([['x', { value: Uint8Array.of(5), timestamp: 3n, ttlSeconds: 60, localDeletionTime: 1000 }]]) }],
    };
    const bytes = encode(replica.ReadResponse, { partition: partitionToMessage(p) });
    expect(plainBytes(partitionFromMessage(replica.ReadResponse.decode(bytes).partition!))).toEqual(plainBytes(p));
  });
});

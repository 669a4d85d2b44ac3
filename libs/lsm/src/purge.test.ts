import { describe, expect, it } from 'vitest';
import { expireCell, isCellLive, liveRows, purgeShadowed } from './purge.js';
import { del, expiring, live, partition, row, tombstone } from './testing/fixtures.js';

describe('TTL expiry', () => {
  it('an expiring cell is live strictly before its expiration second', () => {
    const c = expiring('v', 1n, 10, 1000);
    expect(isCellLive(c, 999)).toBe(true);
    expect(isCellLive(c, 1000)).toBe(false);
    expect(isCellLive(tombstone(1n, 5), 0)).toBe(false);
  });

  it('an expired cell becomes a tombstone deleted at expiration - ttl (Cassandra AbstractCell.purge)', () => {
    expect(expireCell(expiring('v', 7n, 10, 1000), 1000)).toEqual(tombstone(7n, 990));
    const fresh = expiring('v', 7n, 10, 1000);
    expect(expireCell(fresh, 999)).toBe(fresh);
  });
});

describe('purgeShadowed', () => {
  it('drops shadowed data, converts expired cells, keeps tombstones', () => {
    const p = partition(
      [
        row('a', { x: live('a', 3n) }),
        row('b', { x: expiring('b', 9n, 10, 1000), y: tombstone(9n, 50), z: live('z', 8n) }, { deletion: del(8n) }),
      ],
      del(5n),
    );
    const purged = purgeShadowed(p, 2000);
    expect(purged.partitionDeletion).toEqual(del(5n));
    expect(purged.rows).toEqual([row('b', { x: tombstone(9n, 990), y: tombstone(9n, 50) }, { deletion: del(8n) })]);
  });
});

describe('liveRows', () => {
  it('a row is live through its marker alone or through any live cell', () => {
    const marker = { timestamp: 1n, ttlSeconds: 0, localExpirationTime: 0 };
    const expiredMarker = { timestamp: 1n, ttlSeconds: 10, localExpirationTime: 100 };
    const p = partition([
      row('marker-only', { x: tombstone(2n, 1) }, { liveness: marker }),
      row('cells-only', { x: live('v', 1n), y: expiring('gone', 1n, 10, 100) }),
      row('dead', { x: expiring('gone', 1n, 10, 100) }, { liveness: expiredMarker }),
      row('deleted', { x: live('v', 1n) }, { deletion: del(1n) }),
    ]);
    const rows = liveRows(p, 500);
    expect(rows.map((r) => new TextDecoder().decode(r.clustering))).toEqual(['cells-only', 'marker-only']);
    expect(rows[0]?.cells).toEqual(new Map([['x', live('v', 1n)]]));
    expect(rows[1]?.cells.size).toBe(0);
    expect(rows[1]?.liveness).toEqual(marker);
  });

  it('a partition deletion hides older rows', () => {
    expect(liveRows(partition([row('a', { x: live('v', 4n) })], del(4n)), 0)).toEqual([]);
    expect(liveRows(partition([row('a', { x: live('v', 5n) })], del(4n)), 0)).toHaveLength(1);
  });
});

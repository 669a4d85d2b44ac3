import { describe, expect, it } from 'vitest';
import { parseDataCenters } from './up.js';

describe('cassia up --dcs', () => {
  it('parses name:nodes and name:nodes:racks', () => {
    expect(parseDataCenters('dc1:3,dc2:2')).toEqual([
      { name: 'dc1', nodes: 3, racks: 1 },
      { name: 'dc2', nodes: 2, racks: 1 },
    ]);
    expect(parseDataCenters('east:3:3, west:2', 2)).toEqual([
      { name: 'east', nodes: 3, racks: 3 },
      { name: 'west', nodes: 2, racks: 2 },
    ]);
  });

  it('refuses malformed specs with a message naming the part', () => {
    expect(() => parseDataCenters('dc1')).toThrow('"dc1" is not name:nodes[:racks]');
    expect(() => parseDataCenters('dc1:0')).toThrow('is not name:nodes[:racks]');
    expect(() => parseDataCenters('dc.1:2')).toThrow('is not name:nodes[:racks]');
    expect(() => parseDataCenters('dc1:2,dc1:1')).toThrow('data center dc1 listed twice');
  });
});

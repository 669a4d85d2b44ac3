import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clusteringInSlice } from './slice.js';
import type { ClusteringSlice } from './slice.js';

const utf8 = new TextEncoder();
const bytes = (s: string): Uint8Array => (s === '-' ? new Uint8Array(0) : utf8.encode(s));

function parseSlice(text: string): ClusteringSlice {
  const m = /^([[(])(.*)\.\.(.*)([\])])$/.exec(text);
  if (m === null) throw new Error(`bad slice ${text}`);
  const [, open, start, end, close] = m as unknown as [string, string, string, string, string];
  const slice: { start?: Uint8Array; startInclusive: boolean; end?: Uint8Array; endInclusive: boolean } = {
    startInclusive: open === '[',
    endInclusive: close === ']',
  };
  if (start !== '*') slice.start = bytes(start);
  if (end !== '*') slice.end = bytes(end);
  return slice;
}

describe('clusteringInSlice (testdata/clustering_slice.txt)', () => {
  const lines = readFileSync(new URL('../testdata/clustering_slice.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
  it.each(lines)('%s', (line) => {
    const [slice, key, expected] = line.split(/\s+/) as [string, string, string];
    expect(clusteringInSlice(bytes(key), parseSlice(slice)) ? 'in' : 'out').toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { rowMatches, type RowFilter } from './bind-select.js';

const INT = { kind: 'native', name: 'int' } as const;
const TEXT = { kind: 'native', name: 'text' } as const;
const int = (n: number) => {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setInt32(0, n);
  return out;
};
const text = (s: string) => new TextEncoder().encode(s);

describe('rowMatches', () => {
  const range: RowFilter = { column: 'v', type: INT, lower: { value: int(-5), inclusive: false }, upper: { value: int(10), inclusive: true } };

  it('compares in the type order (signed ints), bounds inclusive or not', () => {
    const at = (n: number) => rowMatches([range], () => int(n));
    expect([-6, -5, -4, 0, 10, 11].map(at)).toEqual([false, false, true, true, true, false]);
  });

  it('matches = and IN against any of the values, and every filter must hold', () => {
    const names: RowFilter = { column: 'name', type: TEXT, values: [text('a'), text('b')] };
    const row = (v: number, name: string) => (c: string) => (c === 'v' ? int(v) : text(name));
    expect(rowMatches([range, names], row(1, 'b'))).toBe(true);
    expect(rowMatches([range, names], row(1, 'c'))).toBe(false);
    expect(rowMatches([range, names], row(20, 'a'))).toBe(false);
    expect(rowMatches([{ column: 'name', type: TEXT, values: [] }], row(1, 'a'))).toBe(false);
  });

  it('never matches a null or missing value, and no filters match every row', () => {
    expect(rowMatches([range], () => null)).toBe(false);
    expect(rowMatches([range], () => undefined)).toBe(false);
    expect(rowMatches([], () => undefined)).toBe(true);
  });
});

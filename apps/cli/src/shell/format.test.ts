import { describe, expect, it } from 'vitest';
import { columnize, formatCell, formatTable, tableLines, verticalLines } from './format.js';

const TABLE = {
  columns: [
    { name: 'id', type: 'int' },
    { name: 'name', type: 'text' },
  ],
  rows: [
    { id: 1, name: 'alice' },
    { id: 22, name: null },
  ],
};

describe('formatTable', () => {
  it('prints like cqlsh: left-aligned header, rule, right-aligned values, row count', () => {
    expect(formatTable(TABLE)).toBe(['', ' id | name ', '----+-------', '  1 | alice', ' 22 |  null', '', '(2 rows)'].join('\n'));
    expect(tableLines(TABLE, false)).toEqual(['  1 | alice', ' 22 |  null']);
  });

  it('formats values by type as cqlsh does', () => {
    expect(formatCell(true, 'boolean')).toBe('True');
    expect(formatCell(2, 'double')).toBe('2');
    expect(formatCell(0.1, 'double')).toBe('0.1');
    expect(formatCell('2024-01-02T03:04:05.006Z', 'timestamp')).toBe('2024-01-02 03:04:05.006000+0000');
    expect(formatCell('0xcafe', 'blob')).toBe('0xcafe');
    expect(formatCell(null, 'int')).toBe('null');
    expect(formatCell({ keys: 'ALL', a: "it's" }, 'frozen<map<text, text>>')).toBe("{'a': 'it''s', 'keys': 'ALL'}");
    expect(formatCell(['b', 'a'], 'set<text>')).toBe("{'a', 'b'}");
    expect(formatCell([3, 1], 'list<int>')).toBe('[3, 1]');
  });

  it('shows a value its type does not describe as it came', () => {
    expect(formatCell('abc', 'int')).toBe('abc');
    expect(formatCell({ a: 1 }, 'nosuchtype')).toBe('{"a":1}');
  });
});

describe('verticalLines (EXPAND ON)', () => {
  it('prints each row as a block numbered from the given row', () => {
    expect(verticalLines(TABLE, 5)).toEqual([
      '@ Row 5',
      '------+-------',
      ' id   | 1',
      ' name | alice',
      '',
      '@ Row 6',
      '------+-------',
      ' id   | 22',
      ' name | null',
      '',
    ]);
  });
});

describe('columnize (Python cmd.Cmd.columnize)', () => {
  it('fills columns top to bottom in the fewest rows that fit', () => {
    const names = ['system', 'system_auth', 'system_distributed', 'system_schema', 'system_traces', 'system_views', 'system_virtual_schema'];
    // What cqlsh prints for DESCRIBE KEYSPACES on a fresh Cassandra 4.0.
    expect(columnize(names)).toEqual([
      'system       system_distributed  system_traces  system_virtual_schema',
      'system_auth  system_schema       system_views ',
    ]);
    expect(columnize(names, 41)).toEqual([
      'system              system_traces        ',
      'system_auth         system_views         ',
      'system_distributed  system_virtual_schema',
      'system_schema     ',
    ]);
    expect(columnize(names, 40)).toEqual(names);
    expect(columnize(['a', 'b', 'c'])).toEqual(['a  b  c']);
  });

  it('puts one name per line when none fit, and says <empty> for none', () => {
    expect(columnize(['x'.repeat(50), 'y'.repeat(50)])).toEqual(['x'.repeat(50), 'y'.repeat(50)]);
    expect(columnize(['only'])).toEqual(['only']);
    expect(columnize([])).toEqual(['<empty>']);
  });
});

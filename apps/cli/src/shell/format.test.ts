import { describe, expect, it } from 'vitest';
import { formatCell, formatTable } from './format.js';

describe('formatTable', () => {
  it('prints like cqlsh: left-aligned header, rule, right-aligned values, row count', () => {
    const out = formatTable({
      columns: [
        { name: 'id', type: 'int' },
        { name: 'name', type: 'text' },
      ],
      rows: [
        { id: 1, name: 'alice' },
        { id: 22, name: null },
      ],
    });
    expect(out).toBe(['', ' id | name ', '----+-------', '  1 | alice', ' 22 |  null', '', '(2 rows)'].join('\n'));
  });

  it('formats values by type', () => {
    expect(formatCell(true, 'boolean')).toBe('True');
    expect(formatCell(2, 'double')).toBe('2.0');
    expect(formatCell('2024-01-02T03:04:05.006Z', 'timestamp')).toBe('2024-01-02 03:04:05.006000+0000');
    expect(formatCell('0xcafe', 'blob')).toBe('0xcafe');
    expect(formatCell(null, 'int')).toBe('null');
  });
});

// Renders results the way cqlsh does: a header of column names, a rule, right-aligned
// values, then "(N rows)"; or, with EXPAND ON later, one block per row.

export interface Table {
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
}

/** One value as cqlsh prints it. */
export function formatCell(value: unknown, type: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (type === 'timestamp' && typeof value === 'string') return formatTimestamp(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value, type);
  return JSON.stringify(value);
}

function formatNumber(v: number, type: string): string {
  if (type === 'double' || type === 'float') {
    if (Number.isNaN(v)) return 'NaN';
    if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
    return Number.isInteger(v) ? v.toFixed(1) : String(v);
  }
  return String(v);
}

/** ISO-8601 → cqlsh's "2024-01-02 03:04:05.000000+0000". */
function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}000+0000`
  );
}

export function formatTable(table: Table): string {
  const header = table.columns.map((c) => c.name);
  const cells = table.rows.map((row) => table.columns.map((c) => formatCell(row[c.name], c.type)));
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const lines: string[] = [];
  lines.push('');
  lines.push(' ' + header.map((h, i) => h.padEnd(widths[i]!)).join(' | '));
  lines.push('-' + widths.map((w) => '-'.repeat(w)).join('-+-') + '-');
  for (const r of cells) lines.push(' ' + r.map((v, i) => v.padStart(widths[i]!)).join(' | '));
  lines.push('');
  lines.push(`(${cells.length} rows)`);
  return lines.join('\n');
}

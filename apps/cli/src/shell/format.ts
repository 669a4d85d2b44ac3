// Renders results the way cqlsh does (cqlshlib's print_formatted_result and
// print_formatted_result_vertically, Python's cmd.columnize).
//
//   formatCell(value, type)   one JSON value of the HTTP contract as cqlsh prints it (via
//                             cql-lite's formatValue: floats to cqlsh's precision, collections
//                             as {'k': v}, True/False, ...); JSON text when the type is unknown
//   tableLines(page, header)  ' a | b' header, '---+---' rule, right-aligned values
//   verticalLines(page, n)    EXPAND ON: '@ Row n', a rule, ' name | value' per column, ''
//   columnize(names, width)   names in as many columns as fit `width` characters
//   formatTable(table)        a whole one-page result: '', the table, '', '(N rows)'
import { formatValue, parseType, valueFromJson, type CqlType } from '@cassia/cql-lite';

export interface Table {
  columns: { name: string; type: string }[];
  rows: Record<string, unknown>[];
}

/** Python's cmd.Cmd default display width. */
export const COLUMNIZE_WIDTH_CHARS = 80;

const parsedTypes = new Map<string, CqlType | null>();
/** Most distinct type strings kept parsed (a guard, not a tuning knob). */
const PARSED_TYPES_MAX = 1_000;

function typeOf(type: string): CqlType | null {
  let t = parsedTypes.get(type);
  if (t !== undefined) return t;
  try {
    t = parseType(type);
  } catch {
    t = null;
  }
  if (parsedTypes.size >= PARSED_TYPES_MAX) parsedTypes.clear();
  parsedTypes.set(type, t);
  return t;
}

/** One value as cqlsh prints it. */
export function formatCell(value: unknown, type: string): string {
  if (value === null || value === undefined) return 'null';
  const t = typeOf(type);
  if (t !== null) {
    try {
      return formatValue(t, valueFromJson(t, value, 'value'));
    } catch {
      // A value the type does not describe: shown as it came.
    }
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return JSON.stringify(value);
}

function cells(table: Table): string[][] {
  return table.rows.map((row) => table.columns.map((c) => formatCell(row[c.name], c.type)));
}

/** The table of one page: header and rule when `header`, then one line per row. */
export function tableLines(table: Table, header: boolean): string[] {
  const names = table.columns.map((c) => c.name);
  const values = cells(table);
  const widths = names.map((h, i) => Math.max(h.length, ...values.map((r) => (r[i] ?? '').length)));
  const lines: string[] = [];
  if (header) {
    lines.push(' ' + names.map((h, i) => h.padEnd(widths[i]!)).join(' | '));
    lines.push('-' + widths.map((w) => '-'.repeat(w)).join('-+-') + '-');
  }
  for (const r of values) lines.push(' ' + r.map((v, i) => v.padStart(widths[i]!)).join(' | '));
  return lines;
}

/** EXPAND ON: each row as '@ Row n' (n from `firstRow`), a rule, ' column | value' lines, ''. */
export function verticalLines(table: Table, firstRow: number): string[] {
  const names = table.columns.map((c) => c.name);
  const values = cells(table);
  const nameWidth = Math.max(0, ...names.map((n) => n.length));
  const valueWidth = Math.max(0, ...values.flat().map((v) => v.length));
  const lines: string[] = [];
  values.forEach((row, i) => {
    lines.push(`@ Row ${firstRow + i}`);
    lines.push(`-${'-'.repeat(nameWidth)}-+-${'-'.repeat(valueWidth)}-`);
    row.forEach((v, j) => lines.push(` ${names[j]!.padEnd(nameWidth)} | ${v}`));
    lines.push('');
  });
  return lines;
}

/**
 * Python's cmd.Cmd.columnize: the fewest rows whose columns (filled top to bottom, two spaces
 * apart) fit in `width`; one name per line when none do; '<empty>' for no names.
 */
export function columnize(names: readonly string[], width = COLUMNIZE_WIDTH_CHARS): string[] {
  if (names.length === 0) return ['<empty>'];
  if (names.length === 1) return [names[0]!];
  const size = names.length;
  let rows = size;
  let colWidths: number[] = [0];
  for (let nrows = 1; nrows < size; nrows++) {
    const ncols = Math.ceil(size / nrows);
    const widths: number[] = [];
    let total = -2;
    for (let col = 0; col < ncols; col++) {
      let w = 0;
      for (let row = 0; row < nrows; row++) {
        const name = names[row + nrows * col];
        if (name === undefined) break;
        w = Math.max(w, name.length);
      }
      widths.push(w);
      total += w + 2;
      if (total > width) break;
    }
    if (total <= width) {
      rows = nrows;
      colWidths = widths;
      break;
    }
  }
  const lines: string[] = [];
  for (let row = 0; row < rows; row++) {
    const texts: string[] = [];
    for (let col = 0; col < colWidths.length; col++) texts.push(names[row + rows * col] ?? '');
    while (texts.length > 0 && texts[texts.length - 1] === '') texts.pop();
    lines.push(texts.map((t, col) => t.padEnd(colWidths[col]!)).join('  '));
  }
  return lines;
}

/** A one-page result as cqlsh prints it: '', the table, '', '(N rows)'. */
export function formatTable(table: Table): string {
  return ['', ...tableLines(table, true), '', `(${table.rows.length} rows)`].join('\n');
}

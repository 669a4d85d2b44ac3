// Text rendering shared by the cluster tools, in nodetool's habits: left-aligned columns
// separated by two spaces, sizes as "70.47 KiB", percentages as "33.3%".

/** Spaces between two columns. */
const COLUMN_GAP = '  ';
const BYTE_UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'] as const;

/**
 * Rows as aligned columns, the header first. Cells are left-aligned (right-aligned for the
 * indexes in `rightAligned`); trailing spaces are trimmed.
 */
export function renderColumns(header: readonly string[], rows: readonly (readonly string[])[], rightAligned: readonly number[] = []): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all
    .map((r) => header.map((_, i) => (rightAligned.includes(i) ? (r[i] ?? '').padStart(widths[i]!) : (r[i] ?? '').padEnd(widths[i]!))).join(COLUMN_GAP).trimEnd())
    .join('\n');
}

/** A size as nodetool prints it: "512 bytes", "70.47 KiB", "1.02 MiB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) return `${Math.max(0, Math.round(bytes || 0))} bytes`;
  let value = bytes;
  let unit = 0;
  value /= 1024;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(2)} ${BYTE_UNITS[unit]}`;
}

/** A fraction (0..1) as "33.3%"; "?" when unknown. */
export function formatPercent(fraction: number | undefined): string {
  if (fraction === undefined || !Number.isFinite(fraction)) return '?';
  return `${(fraction * 100).toFixed(1)}%`;
}

/** A duration in ms as "3d 4h 5m 6s", "5m 6s", "6s", "450 ms". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  let s = Math.floor(ms / 1000);
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86_400], ['h', 3_600], ['m', 60]] as const) {
    if (s >= size || parts.length > 0) {
      parts.push(`${Math.floor(s / size)}${unit}`);
      s %= size;
    }
  }
  parts.push(`${s}s`);
  return parts.join(' ');
}

/** A "Datacenter: dc1" header underlined with '=' as nodetool prints it. */
export function datacenterHeader(dc: string): string {
  const title = `Datacenter: ${dc}`;
  return `${title}\n${'='.repeat(title.length)}`;
}

/** JSON for --json: 2-space indented, bigint as decimal strings, one trailing newline. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2) + '\n';
}

// Timestamp text: parsing the forms Cassandra accepts in literals (and the HTTP API), and
// printing the forms cqlsh and the HTTP API show. All times are UTC unless a zone is given
// (Cassandra uses the server's zone when none is; Cassia's servers are always UTC).

import { TIMESTAMP_MS_MAX } from './values.js';

// yyyy-mm-dd[(T| )hh:mm[:ss[.fff]]][ ][Z|±hh[:]mm]
const TIMESTAMP_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?$/;

/**
 * Milliseconds since the epoch for a timestamp string: an integer ('1704164645000'), or a
 * date with optional time and zone ('2024-01-02', '2024-01-02 03:04:05+0000',
 * '2024-01-02T03:04:05.123Z'); fractions carry at most 3 digits (ms precision).
 * Undefined when the text is not a valid timestamp or is out of range.
 */
export function parseTimestampText(text: string): number | undefined {
  const s = text.trim();
  if (/^-?\d+$/.test(s)) {
    const ms = Number(s);
    return Number.isSafeInteger(ms) && Math.abs(ms) <= TIMESTAMP_MS_MAX ? ms : undefined;
  }
  const m = TIMESTAMP_RE.exec(s);
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? '0')) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const fraction = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return undefined;
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 to 1900-1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, fraction);
  // Dates roll over (2023-02-30 becomes March 2): reject dates that do not exist.
  if (d.getUTCDate() !== day || d.getUTCMonth() !== month - 1) return undefined;
  const ms = d.getTime();
  const zone = m[8];
  let offsetMinutes = 0;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const hh = Number(digits.slice(1, 3));
    const mm = Number(digits.slice(3, 5));
    if (hh > 23 || mm > 59) return undefined;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (hh * 60 + mm);
  }
  const out = ms - offsetMinutes * 60_000;
  return Math.abs(out) <= TIMESTAMP_MS_MAX ? out : undefined;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** cqlsh's form: `2024-01-02 03:04:05.000000+0000` (UTC, microsecond digits). */
export function formatTimestampCqlsh(ms: number): string {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const y = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  return (
    `${y}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)} ` +
    `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}.` +
    `${pad(d.getUTCMilliseconds(), 3)}000+0000`
  );
}

/** ISO-8601 as the HTTP API returns it: `2024-01-02T03:04:05.000Z`. */
export function formatTimestampIso(ms: number): string {
  return new Date(ms).toISOString();
}

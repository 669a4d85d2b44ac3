// Timestamp, date and time text: parsing the forms Cassandra accepts in literals (and the
// HTTP API), and printing the forms cqlsh and the HTTP API show. All times are UTC unless a
// zone is given (Cassandra uses the server's zone when none is; Cassia's servers are always
// UTC). Dates are days since 1970-01-01 in the proleptic Gregorian calendar (ISO years: year
// 0 is 1 BC), computed with integer arithmetic so every date of the type's range works (a
// JS Date covers only ±100 million days).

/** Largest |ms| a JS Date holds (timestamps beyond it are refused). */
export const TIMESTAMP_MS_MAX = 8_640_000_000_000_000;

// yyyy-mm-dd[(T| )hh:mm[:ss[.fff]]][ ][Z|±hh[:]mm]; the year may also be ISO's ±yyyyyy
// (what toISOString and so valueToJson print for years outside 0000-9999).
const TIMESTAMP_RE =
  /^(\d{4}|[+-]\d{6})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|z|[+-]\d{2}:?\d{2})?$/;

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

// ---- date ----

/** Least and greatest date, in days since the epoch (the uint32 range with the epoch at 2^31). */
export const DATE_DAYS_MIN = -(2 ** 31);
export const DATE_DAYS_MAX = 2 ** 31 - 1;

/** Proleptic Gregorian year, month (1-12) and day of a day number (days since 1970-01-01). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  // Howard Hinnant's civil_from_days: eras of 400 years starting on March 1st.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12); no range check. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

// ISO_LOCAL_DATE: a year of 4 digits, or more with a sign; two-digit month and day.
const DATE_RE = /^([+-]?)(\d{4,9})-(\d{2})-(\d{2})$/;

/**
 * Days since the epoch for date text as Cassandra's SimpleDateSerializer reads it:
 * 'yyyy-mm-dd' (ISO, strict: the day must exist; years beyond 9999 need a '+'), or a raw
 * unsigned day number with the epoch at 2^31 ('2147483648' is 1970-01-01). Undefined when
 * malformed or outside the type's range.
 */
export function parseDateText(text: string): number | undefined {
  if (/^-?\d+$/.test(text)) {
    const raw = Number(text);
    if (!Number.isSafeInteger(raw) || raw < 0 || raw > 2 ** 32 - 1) return undefined;
    return raw - 2 ** 31;
  }
  const m = DATE_RE.exec(text);
  if (m === null) return undefined;
  const [sign, yearText, monthText, dayText] = [m[1], m[2], m[3], m[4]] as [string, string, string, string];
  if (sign === '+' && yearText.length <= 4) return undefined;
  if (sign === '' && yearText.length > 4) return undefined;
  const year = sign === '-' ? -Number(yearText) : Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const days = daysFromCivil(year, month, day);
  const back = civilFromDays(days);
  if (back.month !== month || back.day !== day) return undefined;
  return days >= DATE_DAYS_MIN && days <= DATE_DAYS_MAX ? days : undefined;
}

/** Java's LocalDate.toString (Cassandra's text): '2024-01-02', '+10000-01-01', '-0001-12-31'. */
export function formatDateIso(days: number): string {
  const { year, month, day } = civilFromDays(days);
  let y: string;
  if (year > 9999) y = `+${year}`;
  else if (year < 0) y = `-${pad(-year, 4)}`;
  else y = pad(year, 4);
  return `${y}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** cqlsh's form: 'yyyy-mm-dd' for years 1-9999 (Python's date range), else the day number. */
export function formatDateCqlsh(days: number): string {
  const { year } = civilFromDays(days);
  return year >= 1 && year <= 9999 ? formatDateIso(days) : String(days);
}

// ---- time ----

/** Nanoseconds in a day: time values are 0 to TIME_NANOS_PER_DAY - 1. */
export const TIME_NANOS_PER_DAY = 86_400_000_000_000n;

const TIME_RE = /^(\d+):(\d+):(\d+)(?:\.(\d{1,9}))?$/;

/**
 * Nanoseconds since midnight for time text as Cassandra's TimeSerializer reads it:
 * 'hh:mm:ss[.fffffffff]' (surrounding blanks ignored), or a raw nanosecond count. Undefined
 * when malformed or not within one day.
 */
export function parseTimeText(text: string): bigint | undefined {
  if (/^-?\d+$/.test(text)) {
    const ns = BigInt(text);
    return ns >= 0n && ns < TIME_NANOS_PER_DAY ? ns : undefined;
  }
  const m = TIME_RE.exec(text.trim());
  if (m === null) return undefined;
  const [hour, minute, second] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const nanos = BigInt((m[4] ?? '').padEnd(9, '0'));
  return BigInt((hour * 60 + minute) * 60 + second) * 1_000_000_000n + nanos;
}

/** 'hh:mm:ss.fffffffff', as Cassandra and cqlsh print a time. */
export function formatTime(ns: bigint): string {
  const seconds = Number(ns / 1_000_000_000n);
  const nanos = Number(ns % 1_000_000_000n);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor(seconds / 60) % 60;
  return `${pad(h, 2)}:${pad(m, 2)}:${pad(seconds % 60, 2)}.${pad(nanos, 9)}`;
}

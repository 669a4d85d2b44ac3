// Mutations of CQL text for the statement fuzzer: character insertions, deletions, swaps and
// truncations, token-level edits (through the real lexer), random Unicode (lone surrogates,
// NUL, BOM, line separators), crossover with other corpus statements, huge literals and
// identifiers, and deep nesting of brackets, types and relations.
//
// Contract: mutate(text, corpus) returns new text, a pure function of the Prng state, at
// most MUTATED_TEXT_CHARS_MAX characters long. The names of the mutations applied are
// pushed onto `applied` (for failure reports and the outcome table).

import { tokenize, type Token } from '../lexer.js';
import type { Prng } from './prng.js';

/** Longest text a mutation may produce, in UTF-16 code units (a guard for the fuzzer's own memory). */
export const MUTATED_TEXT_CHARS_MAX = 2 * 1024 * 1024;
/** Largest huge literal or nesting depth made, in characters or levels. */
export const HUGE_CHARS_MAX = 1024 * 1024;

const PUNCT = ['(', ')', ',', ';', '.', '=', '<', '>', '<=', '>=', '!=', '{', '}', '[', ']', ':', '?', '*', '+', '-', "'", '"', '$$', '/*', '*/', '--', '//', '\\'];
const WORDS = [
  'SELECT', 'FROM', 'WHERE', 'AND', 'IN', 'INSERT', 'INTO', 'VALUES', 'UPDATE', 'SET', 'DELETE', 'BEGIN', 'BATCH', 'APPLY', 'UNLOGGED',
  'USING', 'TTL', 'TIMESTAMP', 'IF', 'NOT', 'EXISTS', 'CREATE', 'ALTER', 'DROP', 'TABLE', 'KEYSPACE', 'WITH', 'PRIMARY', 'KEY',
  'STATIC', 'CLUSTERING', 'ORDER', 'BY', 'ASC', 'DESC', 'LIMIT', 'PER', 'PARTITION', 'ALLOW', 'FILTERING', 'DISTINCT', 'token',
  'WRITETIME', 'COUNT', 'AS', 'null', 'true', 'false', 'NaN', 'Infinity', 'frozen', 'list', 'set', 'map', 'int', 'text', 'USE',
  'TRUNCATE', 'ADD', 'replication', 'durable_writes', 'JSON', 'CONTAINS', 'TYPE',
];
const ODD_CHARS = [
  '\u0000', '\u0001', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00e9', '\u2028', '\u2029', '\u200b', '\u202e', '\ufeff', '\ufffd',
  '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d\ude00', '\u0301', 'ß', 'İ', 'ﬁ', '\r', '\n', '\t', '\f', '\v',
];

export type Mutation = (text: string) => string;

export class Mutator {
  constructor(private readonly rng: Prng) {}

  /** 1 to 3 mutations of `text` (crossover draws on `corpus`). */
  mutate(text: string, corpus: readonly string[], applied: string[] = []): string {
    const r = this.rng;
    const n = r.weighted([[6, 1], [3, 2], [1, 3]] as const);
    let out = text;
    for (let i = 0; i < n; i++) {
      const [name, fn] = r.weighted<readonly [string, Mutation]>([
        [8, ['insert_char', (t) => this.insertChars(t)]],
        [6, ['delete_range', (t) => this.deleteRange(t)]],
        [3, ['duplicate_range', (t) => this.duplicateRange(t)]],
        [3, ['swap_ranges', (t) => this.swapRanges(t)]],
        [5, ['truncate', (t) => t.slice(0, r.int(t.length + 1))]],
        [12, ['token_edit', (t) => this.tokenEdit(t)]],
        [4, ['unicode', (t) => this.unicode(t)]],
        [3, ['crossover', (t) => this.crossover(t, corpus)]],
        [2, ['whitespace', (t) => this.whitespace(t)]],
        [1, ['huge_literal', (t) => this.hugeLiteral(t)]],
        [1, ['deep_nesting', (t) => this.deepNesting(t)]],
      ]);
      applied.push(name);
      out = fn(out);
      if (out.length > MUTATED_TEXT_CHARS_MAX) out = out.slice(0, MUTATED_TEXT_CHARS_MAX);
    }
    return out;
  }

  private pos(t: string): number {
    return this.rng.int(t.length + 1);
  }

  private range(t: string): [number, number] {
    const a = this.pos(t);
    const len = Math.min(t.length - a, this.rng.chance(0.8) ? this.rng.range(1, 8) : this.rng.int(t.length + 1));
    return [a, a + len];
  }

  private insertChars(t: string): string {
    const r = this.rng;
    const bits: string[] = [];
    for (let i = r.range(1, 3); i > 0; i--) {
      bits.push(
        r.weighted<() => string>([
          [4, () => r.pick(PUNCT)],
          [2, () => String.fromCharCode(r.range(0x20, 0x7e))],
          [1, () => r.pick(ODD_CHARS)],
          [1, () => String.fromCharCode(r.int(0x10000))],
          [1, () => ` ${r.pick(WORDS)} `],
        ])(),
      );
    }
    const at = this.pos(t);
    return t.slice(0, at) + bits.join('') + t.slice(at);
  }

  private deleteRange(t: string): string {
    const [a, b] = this.range(t);
    return t.slice(0, a) + t.slice(b);
  }

  private duplicateRange(t: string): string {
    const [a, b] = this.range(t);
    const times = this.rng.chance(0.9) ? 1 : this.rng.range(2, 200);
    return t.slice(0, b) + t.slice(a, b).repeat(times) + t.slice(b);
  }

  private swapRanges(t: string): string {
    const [a, b] = this.range(t);
    const [c, d] = this.range(t);
    if (b > c && d > a) return t; // overlapping: leave it
    const [x1, x2, y1, y2] = a < c ? [a, b, c, d] : [c, d, a, b];
    return t.slice(0, x1) + t.slice(y1, y2) + t.slice(x2, y1) + t.slice(x1, x2) + t.slice(y2);
  }

  /** Edits on the real token stream, re-joined with the original spacing where it stays. */
  private tokenEdit(t: string): string {
    const r = this.rng;
    let tokens: Token[];
    try {
      tokens = tokenize(t).filter((x) => x.kind !== 'eof');
    } catch {
      return this.insertChars(t);
    }
    if (tokens.length === 0) return r.pick(WORDS);
    const texts = tokens.map((x) => x.text);
    const i = r.int(texts.length);
    const other = (): string =>
      r.weighted<() => string>([
        [3, () => r.pick(WORDS)],
        [3, () => r.pick(PUNCT)],
        [2, () => r.pick(['?', ':x', '1', '-1', "'s'", '0xff', '1.5', 'null', '3f2b0a1c-9d4e-4f5a-8b6c-7d8e9f0a1b2c', '"Q"'])],
        [2, () => r.pick(texts)],
      ])();
    switch (r.int(6)) {
      case 0:
        texts.splice(i, 1);
        break;
      case 1:
        texts.splice(i, 0, texts[i] as string);
        break;
      case 2:
        texts[i] = other();
        break;
      case 3:
        texts.splice(i, 0, other());
        break;
      case 4: {
        const j = r.int(texts.length);
        [texts[i], texts[j]] = [texts[j] as string, texts[i] as string];
        break;
      }
      default:
        texts.splice(i, r.range(1, 4));
        break;
    }
    return texts.join(r.chance(0.9) ? ' ' : '');
  }

  private unicode(t: string): string {
    const r = this.rng;
    const at = this.pos(t);
    const s = Array.from({ length: r.range(1, 4) }, () => (r.chance(0.6) ? r.pick(ODD_CHARS) : String.fromCodePoint(r.int(0x110000)))).join('');
    // Inside a quoted string or outside: both are worth trying.
    return t.slice(0, at) + s + t.slice(r.chance(0.2) ? at + 1 : at);
  }

  private crossover(t: string, corpus: readonly string[]): string {
    if (corpus.length === 0) return t;
    const donor = this.rng.pick(corpus);
    const [a, b] = this.range(donor);
    const at = this.pos(t);
    return t.slice(0, at) + donor.slice(a, b) + t.slice(at);
  }

  private whitespace(t: string): string {
    const r = this.rng;
    const ws = r.pick(['\t', '\r', '\r\n', '\f', '\n\n', ' /* c */ ', ' -- c\n', ' // c\n', '/**/', '\u00a0']);
    return t.replace(/ /g, () => (r.chance(0.3) ? ws : ' '));
  }

  /** A size for a huge thing: log-uniform from 1 Ki to HUGE_CHARS_MAX. */
  private hugeSize(): number {
    return Math.floor(2 ** (10 + this.rng.float() * (Math.log2(HUGE_CHARS_MAX) - 10)));
  }

  private hugeLiteral(t: string): string {
    const r = this.rng;
    const n = this.hugeSize();
    const huge = r.weighted<() => string>([
      [2, () => `'${'x'.repeat(n)}'`],
      [1, () => `'${"''".repeat(n >> 1)}'`],
      [2, () => '9'.repeat(n)],
      [1, () => `-${'1'.repeat(n)}.${'5'.repeat(n)}`],
      [1, () => `1e${'9'.repeat(Math.min(n, 30))}`],
      [1, () => `1.${'0'.repeat(n)}1e-${'9'.repeat(Math.min(n, 12))}`],
      [2, () => `0x${'ab'.repeat(n >> 1)}`],
      [1, () => 'a'.repeat(n)],
      [1, () => `"${'q'.repeat(n)}"`],
      [1, () => `[${'1, '.repeat(n >> 2)}1]`],
      [1, () => `{${"'k': 1, ".repeat(n >> 3)}'k': 2}`],
      [1, () => `(${'?, '.repeat(n >> 2)}?)`],
      [1, () => `$$${'$'.repeat(n)}`],
      [1, () => `/*${'*'.repeat(n)}`],
      [1, () => `${'AND k = 1 '.repeat(n >> 4)}`],
    ])();
    return this.insertAtTokenBoundary(t, huge);
  }

  private deepNesting(t: string): string {
    const r = this.rng;
    const n = r.chance(0.5) ? r.range(10, 100) : this.hugeSize();
    const nested = r.weighted<() => string>([
      [2, () => `${'['.repeat(n)}1${']'.repeat(n)}`],
      [2, () => `${'('.repeat(n)}1${')'.repeat(n)}`],
      [1, () => `${'{'.repeat(n)}1${'}'.repeat(n)}`],
      [1, () => `${'{1: '.repeat(n)}1${'}'.repeat(n)}`],
      [1, () => '['.repeat(n)],
      [1, () => `${'frozen<'.repeat(n)}int${'>'.repeat(n)}`],
      [1, () => `${'list<'.repeat(n)}int${'>'.repeat(n)}`],
      [1, () => `${'map<int, '.repeat(n)}int${'>'.repeat(n)}`],
      [1, () => `${'('.repeat(n)}k = 1${')'.repeat(n)}`],
      [1, () => `${'token('.repeat(n)}k${')'.repeat(n)}`],
      [1, () => `${'/*'.repeat(n)}${'*/'.repeat(n)}`],
    ])();
    return this.insertAtTokenBoundary(t, nested);
  }

  /** Inserts `s` at a space of `t` (or anywhere when there is none), padded with spaces. */
  private insertAtTokenBoundary(t: string, s: string): string {
    const spaces: number[] = [];
    for (let i = 0; i < t.length; i++) if (t[i] === ' ') spaces.push(i);
    const at = spaces.length > 0 && this.rng.chance(0.9) ? (this.rng.pick(spaces) as number) : this.pos(t);
    const cut = this.rng.chance(0.5);
    // Either insert, or replace the token that follows (keeping the grammar around it).
    let end = at;
    if (cut) {
      end = at + 1;
      while (end < t.length && t[end] !== ' ') end++;
    }
    return `${t.slice(0, at)} ${s} ${t.slice(end)}`;
  }
}

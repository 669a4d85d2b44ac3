// Lexer: CQL text → tokens.
//
// Contract: tokenize(text) returns every token followed by one 'eof' token, or throws
// CqlSyntaxError at the first character that starts no token (line 1-based, column 0-based,
// counted in UTF-16 code units). Comments (`--`, `//`, `/* */`) and whitespace are skipped.
// Words are not classified here: the parser decides whether a word is a keyword or an
// identifier (see RESERVED_KEYWORDS).

import { CqlSyntaxError } from './errors.js';

export type TokenKind =
  | 'word' // unquoted identifier or keyword; value is lower-cased
  | 'qident' // "Quoted Identifier"; value keeps case, "" unescaped
  | 'string' // '...' or $$...$$; value is the content
  | 'integer' // -?[0-9]+
  | 'float' // -?[0-9]+(.[0-9]*)?([eE][+-]?[0-9]+)?, NaN, Infinity, -Infinity
  | 'uuid' // 8-4-4-4-12 hex digits, unquoted
  | 'blob' // 0x followed by hex digits
  | 'punct' // ( ) , ; . = < <= > >= != { } [ ] : ? * + -
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** Decoded value (see TokenKind). */
  value: string;
  /** Exact source text. */
  text: string;
  /** 1-based line and 0-based column of the first character. */
  line: number;
  column: number;
  /** Source offsets [start, end). */
  start: number;
  end: number;
}

/** CQL's reserved keywords: usable as identifiers only when double-quoted. */
export const RESERVED_KEYWORDS: ReadonlySet<string> = new Set([
  'add', 'allow', 'alter', 'and', 'apply', 'asc', 'authorize', 'batch', 'begin', 'by',
  'columnfamily', 'create', 'delete', 'desc', 'describe', 'drop', 'entries', 'execute', 'from',
  'full', 'grant', 'if', 'in', 'index', 'infinity', 'insert', 'into', 'keyspace', 'limit',
  'modify', 'nan', 'norecursive', 'not', 'null', 'of', 'on', 'or', 'order', 'primary',
  'rename', 'replace', 'revoke', 'schema', 'select', 'set', 'table', 'to', 'token',
  'truncate', 'unlogged', 'update', 'use', 'using', 'view', 'where', 'with',
]);

/** Longest source text quoted in an error message before it is cut with '...'. */
export const ERROR_TOKEN_CHARS_MAX = 40;

/** Most tokens `tokenize` returns when given no bound of its own (the parser passes STATEMENT_TOKENS_MAX). */
export const TOKENS_UNBOUNDED = Number.POSITIVE_INFINITY;

const UUID_RE = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9a-zA-Z_])/y;
const NUMBER_RE = /-?[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?/y;
const SIGNED_SPECIAL_RE = /-(infinity|nan)(?![0-9a-zA-Z_])/iy;
const BLOB_RE = /0[xX][0-9a-fA-F]*(?![0-9a-zA-Z_])/y;
const WORD_RE = /[a-zA-Z][a-zA-Z0-9_]*/y;
/** Two-character punctuation by its first character. */
const PUNCT2: Readonly<Record<string, string>> = { '<': '<=', '>': '>=', '!': '!=' };
const PUNCT1 = '(),;.=<>{}[]:?*+-';

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

/** Quotes source text for an error message, shortening it past ERROR_TOKEN_CHARS_MAX. */
export function errorText(text: string): string {
  return text.length > ERROR_TOKEN_CHARS_MAX ? `${text.slice(0, ERROR_TOKEN_CHARS_MAX)}...` : text;
}

/**
 * The tokens of `text`, then 'eof'. More than `tokensMax` tokens is a CqlSyntaxError at the
 * first token past the bound (a lexical error before it still comes first, as for any text).
 */
export function tokenize(text: string, tokensMax = TOKENS_UNBOUNDED): Token[] {
  return new Lexer(text, tokensMax).run();
}

class Lexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private readonly tokens: Token[] = [];

  constructor(
    private readonly src: string,
    private readonly tokensMax: number,
  ) {}

  run(): Token[] {
    for (;;) {
      this.skipSpaceAndComments();
      if (this.pos >= this.src.length) break;
      const tok = this.next();
      if (this.tokens.length >= this.tokensMax) {
        this.fail(`no viable alternative at input '${errorText(tok.text)}' (a statement holds at most ${this.tokensMax} tokens)`, tok.line, tok.column, errorText(tok.text));
      }
      this.tokens.push(tok);
    }
    const column = this.pos - this.lineStart;
    this.tokens.push({ kind: 'eof', value: '', text: '<EOF>', line: this.line, column, start: this.pos, end: this.pos });
    return this.tokens;
  }

  private fail(message: string, line: number, column: number, token: string): never {
    throw new CqlSyntaxError(`line ${line}:${column} ${message}`, line, column, token);
  }

  /** Advances over src[pos, to), keeping line/column bookkeeping. */
  private advanceTo(to: number): void {
    while (this.pos < to) {
      const c = this.src.charCodeAt(this.pos++);
      if (c === 10 || (c === 13 && this.src.charCodeAt(this.pos) !== 10)) {
        this.line++;
        this.lineStart = this.pos;
      }
    }
  }

  private skipSpaceAndComments(): void {
    const s = this.src;
    while (this.pos < s.length) {
      const c = s[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
        this.advanceTo(this.pos + 1);
      } else if ((c === '-' && s[this.pos + 1] === '-') || (c === '/' && s[this.pos + 1] === '/')) {
        let end = this.pos;
        while (end < s.length && s[end] !== '\n' && s[end] !== '\r') end++;
        this.advanceTo(end);
      } else if (c === '/' && s[this.pos + 1] === '*') {
        const close = s.indexOf('*/', this.pos + 2);
        if (close < 0) {
          const col = this.pos - this.lineStart;
          this.fail(`unterminated comment at input '${errorText(s.slice(this.pos))}'`, this.line, col, errorText(s.slice(this.pos)));
        }
        this.advanceTo(close + 2);
      } else {
        return;
      }
    }
  }

  private match(re: RegExp): string | undefined {
    re.lastIndex = this.pos;
    const m = re.exec(this.src);
    return m === null ? undefined : m[0];
  }

  /** A token of `kind` from `start` to `end` (advanced over), whose text is `text` when the caller has it. */
  private make(kind: TokenKind, value: string, start: number, end: number, line: number, column: number, text?: string): Token {
    this.advanceTo(end);
    return { kind, value, text: text ?? this.src.slice(start, end), line, column, start, end };
  }

  /** The token at `pos`, chosen by its first character. */
  private next(): Token {
    const s = this.src;
    const start = this.pos;
    const line = this.line;
    const column = start - this.lineStart;
    const c = s.charCodeAt(start);

    if (c === 0x27 /* ' */) return this.quoted("'", 'string', start, line, column);
    if (c === 0x22 /* " */) return this.quoted('"', 'qident', start, line, column);
    if (c === 0x24 /* $ */ && s.charCodeAt(start + 1) === 0x24) {
      const close = s.indexOf('$$', start + 2);
      if (close < 0) {
        this.fail(`unterminated string literal at input '${errorText(s.slice(start))}'`, line, column, errorText(s.slice(start)));
      }
      return this.make('string', s.slice(start + 2, close), start, close + 2, line, column);
    }
    if (isHexDigit(c)) {
      const uuid = this.match(UUID_RE);
      if (uuid !== undefined) return this.make('uuid', uuid, start, start + uuid.length, line, column, uuid);
    }
    if (c === 0x30 /* 0 */) {
      const blob = this.match(BLOB_RE);
      if (blob !== undefined) return this.make('blob', blob, start, start + blob.length, line, column, blob);
    }
    if (c === 0x2d /* - */ || isDigit(c)) {
      const special = this.match(SIGNED_SPECIAL_RE);
      if (special !== undefined) return this.make('float', special, start, start + special.length, line, column, special);
      const num = this.match(NUMBER_RE);
      if (num !== undefined) {
        const isFloat = /[.eE]/.test(num);
        return this.make(isFloat ? 'float' : 'integer', num, start, start + num.length, line, column, num);
      }
    }
    if (isLetter(c)) {
      const word = this.match(WORD_RE) as string;
      return this.make('word', word.toLowerCase(), start, start + word.length, line, column, word);
    }
    const ch = s[start] as string;
    const two = PUNCT2[ch];
    if (two !== undefined && s.startsWith(two, start)) return this.make('punct', two, start, start + 2, line, column, two);
    const one = PUNCT1.indexOf(ch);
    if (one >= 0) {
      const p = PUNCT1[one] as string; // the constant, not a fresh one-character string
      return this.make('punct', p, start, start + 1, line, column, p);
    }
    const cp = String.fromCodePoint(s.codePointAt(start) as number); // a whole character, not half a surrogate pair
    return this.fail(`no viable alternative at character '${cp}'`, line, column, cp);
  }

  /** A '...' string or "..." identifier, where a doubled quote stands for one quote. */
  private quoted(q: string, kind: TokenKind, start: number, line: number, column: number): Token {
    const s = this.src;
    let i = start + 1;
    let value = '';
    for (;;) {
      const close = s.indexOf(q, i);
      if (close < 0) {
        const what = kind === 'string' ? 'string literal' : 'quoted identifier';
        return this.fail(`unterminated ${what} at input '${errorText(s.slice(start))}'`, line, column, errorText(s.slice(start)));
      }
      value += s.slice(i, close);
      if (s[close + 1] === q) {
        value += q;
        i = close + 2;
        continue;
      }
      this.advanceTo(close + 1);
      return { kind, value, text: s.slice(start, close + 1), line, column, start, end: close + 1 };
    }
  }
}

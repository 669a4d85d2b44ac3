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

const UUID_RE = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9a-zA-Z_])/y;
const NUMBER_RE = /-?[0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?/y;
const SIGNED_SPECIAL_RE = /-(infinity|nan)(?![0-9a-zA-Z_])/iy;
const BLOB_RE = /0[xX][0-9a-fA-F]*(?![0-9a-zA-Z_])/y;
const WORD_RE = /[a-zA-Z][a-zA-Z0-9_]*/y;
const PUNCT2 = ['<=', '>=', '!='];
const PUNCT1 = '(),;.=<>{}[]:?*+-';

/** Quotes source text for an error message, shortening it past ERROR_TOKEN_CHARS_MAX. */
export function errorText(text: string): string {
  return text.length > ERROR_TOKEN_CHARS_MAX ? `${text.slice(0, ERROR_TOKEN_CHARS_MAX)}...` : text;
}

export function tokenize(text: string): Token[] {
  return new Lexer(text).run();
}

class Lexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private readonly tokens: Token[] = [];

  constructor(private readonly src: string) {}

  run(): Token[] {
    for (;;) {
      this.skipSpaceAndComments();
      if (this.pos >= this.src.length) break;
      this.tokens.push(this.next());
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

  private next(): Token {
    const s = this.src;
    const start = this.pos;
    const line = this.line;
    const column = start - this.lineStart;
    const make = (kind: TokenKind, value: string, end: number): Token => {
      this.advanceTo(end);
      return { kind, value, text: s.slice(start, end), line, column, start, end };
    };
    const c = s[start] as string;

    if (c === "'") return this.quoted("'", 'string', start, line, column);
    if (c === '"') return this.quoted('"', 'qident', start, line, column);
    if (c === '$' && s[start + 1] === '$') {
      const close = s.indexOf('$$', start + 2);
      if (close < 0) {
        this.fail(`unterminated string literal at input '${errorText(s.slice(start))}'`, line, column, errorText(s.slice(start)));
      }
      return make('string', s.slice(start + 2, close), close + 2);
    }
    const uuid = this.match(UUID_RE);
    if (uuid !== undefined) return make('uuid', uuid, start + uuid.length);
    const blob = this.match(BLOB_RE);
    if (blob !== undefined) return make('blob', blob, start + blob.length);
    if (c === '-' || (c >= '0' && c <= '9')) {
      const special = this.match(SIGNED_SPECIAL_RE);
      if (special !== undefined) return make('float', special, start + special.length);
      const num = this.match(NUMBER_RE);
      if (num !== undefined) {
        const isFloat = /[.eE]/.test(num);
        return make(isFloat ? 'float' : 'integer', num, start + num.length);
      }
    }
    const word = this.match(WORD_RE);
    if (word !== undefined) return make('word', word.toLowerCase(), start + word.length);
    const two = s.slice(start, start + 2);
    if (PUNCT2.includes(two)) return make('punct', two, start + 2);
    if (PUNCT1.includes(c)) return make('punct', c, start + 1);
    return this.fail(`no viable alternative at character '${c}'`, line, column, c);
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

// The parser's token cursor: lookahead, keyword/punctuation matching, identifiers, terms,
// types, and Cassandra-style syntax errors. Statement grammars live in parser-ddl.ts and
// parser-dml.ts; entry points in parser.ts.
//
// Error messages (always "line L:C ..." with the offending token's source text):
//   no viable alternative at input 'X'      — several alternatives were possible, none fits
//   mismatched input 'X' expecting Y        — exactly one thing could come next
//   unexpected end of input                 — the input ended inside a statement
//   missing EOF at 'X'                      — tokens after a complete statement

import type { BindMarker, CollectionTerm, Literal, Term } from './ast.js';
import { CqlSyntaxError } from './errors.js';
import { RESERVED_KEYWORDS, errorText, type Token } from './lexer.js';
import { lookupNativeType, type CqlType } from './types.js';

/** Deepest nesting of collection types accepted (`list<list<...>>`), a guard against abuse. */
export const TYPE_NESTING_MAX = 16;

/** Deepest nesting of collection and tuple literals accepted (`[[[...]]]`). */
export const TERM_NESTING_MAX = 16;

/** Most items in one parenthesised or bracketed list (columns, values, IN terms, literals). */
export const LIST_ITEMS_MAX = 65535;

export function syntaxError(tok: Token, message: string): CqlSyntaxError {
  return new CqlSyntaxError(`line ${tok.line}:${tok.column} ${message}`, tok.line, tok.column, errorText(tok.text));
}

export class Cursor {
  private pos = 0;
  /** Bind markers seen in the current statement (a whole BATCH), in order; reset by beginStatement. */
  private readonly seen: BindMarker[] = [];

  constructor(private readonly tokens: readonly Token[]) {
    if (tokens.length === 0 || tokens[tokens.length - 1]?.kind !== 'eof') throw new Error('token list must end with eof');
  }

  /** Starts numbering bind markers from 0 again (at each top-level statement). */
  beginStatement(): void {
    this.seen.length = 0;
  }

  /** How many markers the current statement has so far: pass it to markersSince later. */
  markerCount(): number {
    return this.seen.length;
  }

  /** The markers seen since markerCount() returned `start`, in order (a fresh array). */
  markersSince(start: number): BindMarker[] {
    return this.seen.slice(start);
  }

  peek(offset = 0): Token {
    const i = Math.min(this.pos + offset, this.tokens.length - 1);
    return this.tokens[i] as Token;
  }

  next(): Token {
    const tok = this.peek();
    if (tok.kind !== 'eof') this.pos++;
    return tok;
  }

  atEof(): boolean {
    return this.peek().kind === 'eof';
  }

  // ---- errors -------------------------------------------------------------------------

  noViable(tok: Token = this.peek(), hint?: string): never {
    if (tok.kind === 'eof') throw syntaxError(tok, 'unexpected end of input');
    const suffix = hint === undefined ? '' : ` (${hint})`;
    throw syntaxError(tok, `no viable alternative at input '${errorText(tok.text)}'${suffix}`);
  }

  mismatched(expecting: string, tok: Token = this.peek(), hint?: string): never {
    if (tok.kind === 'eof') throw syntaxError(tok, 'unexpected end of input');
    const suffix = hint === undefined ? '' : ` (${hint})`;
    throw syntaxError(tok, `mismatched input '${errorText(tok.text)}' expecting ${expecting}${suffix}`);
  }

  /** `item (, item)*` up to LIST_ITEMS_MAX items. */
  commaList<T>(item: () => T): T[] {
    const out: T[] = [];
    do {
      if (out.length >= LIST_ITEMS_MAX) this.noViable(this.peek(), `lists hold at most ${LIST_ITEMS_MAX} items`);
      out.push(item());
    } while (this.acceptPunct(','));
    return out;
  }

  // ---- keywords and punctuation -------------------------------------------------------

  isKeyword(word: string, offset = 0): boolean {
    const tok = this.peek(offset);
    return tok.kind === 'word' && tok.value === word;
  }

  acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.pos++;
    return true;
  }

  expectKeyword(word: string): Token {
    if (!this.isKeyword(word)) this.mismatched(word.toUpperCase());
    return this.next();
  }

  isPunct(p: string, offset = 0): boolean {
    const tok = this.peek(offset);
    return tok.kind === 'punct' && tok.value === p;
  }

  acceptPunct(p: string): boolean {
    if (!this.isPunct(p)) return false;
    this.pos++;
    return true;
  }

  expectPunct(p: string): Token {
    if (!this.isPunct(p)) this.mismatched(`'${p}'`);
    return this.next();
  }

  /** `IF NOT EXISTS` → true; nothing → false. */
  ifNotExists(): boolean {
    if (!this.acceptKeyword('if')) return false;
    this.expectKeyword('not');
    this.expectKeyword('exists');
    return true;
  }

  /** `IF EXISTS` → true; nothing → false. */
  ifExists(): boolean {
    if (!this.acceptKeyword('if')) return false;
    this.expectKeyword('exists');
    return true;
  }

  // ---- identifiers ---------------------------------------------------------------------

  isIdentifier(offset = 0): boolean {
    const tok = this.peek(offset);
    return tok.kind === 'qident' || (tok.kind === 'word' && !RESERVED_KEYWORDS.has(tok.value));
  }

  /** An identifier: unquoted (folded to lower case, not reserved) or "quoted" (case kept). */
  identifier(): string {
    const tok = this.peek();
    if (this.isIdentifier()) return this.next().value;
    if (tok.kind === 'word') {
      this.mismatched('identifier', tok, `${tok.value} is a reserved keyword; quote it as "${tok.value}" to use it as a name`);
    }
    if (tok.kind === 'string') {
      this.mismatched('identifier', tok, 'names are written bare or in double quotes');
    }
    return this.mismatched('identifier', tok);
  }

  /** `[ks.]name`. */
  qualifiedName(): { keyspace?: string; name: string } {
    if (this.isPunct('?') || this.isPunct(':')) this.mismatched('identifier', this.peek(), 'bind variables cannot be used for keyspace or table names');
    const first = this.identifier();
    if (!this.acceptPunct('.')) return { name: first };
    return { keyspace: first, name: this.identifier() };
  }

  // ---- terms -----------------------------------------------------------------------------

  /**
   * A term: a constant (see Literal), a bind marker, or a collection or tuple literal
   * (`[...]`, `{...}`, `{k: v, ...}`, `(...)`) of terms.
   */
  term(depth = 0): Term {
    const tok = this.peek();
    if (tok.kind === 'punct') {
      switch (tok.value) {
        case '?':
        case ':':
          return this.bindMarker();
        case '[':
        case '{':
        case '(':
          if (depth >= TERM_NESTING_MAX) this.noViable(tok, `literals nest at most ${TERM_NESTING_MAX} deep`);
          return this.collection(tok.value, depth + 1);
        default:
          break;
      }
    }
    return this.literal();
  }

  /** `[t, ...]`, `{}`, `{t, ...}`, `{k: v, ...}` or `(t, ...)`, from its opening token. */
  private collection(open: string, depth: number): CollectionTerm {
    this.next();
    if (open === '[') {
      const items = this.acceptPunct(']') ? [] : this.closedList(']', () => this.term(depth));
      return { kind: 'list', items };
    }
    if (open === '(') {
      const tok = this.peek();
      if (tok.kind === 'word' && lookupNativeType(tok.value) !== undefined && this.isPunct(')', 1)) {
        this.noViable(tok, 'type casts are not supported yet');
      }
      return { kind: 'tuple', items: this.closedList(')', () => this.term(depth)) };
    }
    if (this.acceptPunct('}')) return { kind: 'map', entries: [] };
    if (this.isIdentifier() && this.isPunct(':', 1) && !this.isKeyword('true') && !this.isKeyword('false')) {
      this.noViable(this.peek(), 'user-defined type literals are not supported yet');
    }
    const first = this.term(depth);
    if (!this.acceptPunct(':')) {
      const items = [first];
      while (this.acceptPunct(',')) {
        if (items.length >= LIST_ITEMS_MAX) this.noViable(this.peek(), `lists hold at most ${LIST_ITEMS_MAX} items`);
        items.push(this.term(depth));
      }
      this.expectPunct('}');
      return { kind: 'set', items };
    }
    const entries: [Term, Term][] = [[first, this.term(depth)]];
    while (this.acceptPunct(',')) {
      if (entries.length >= LIST_ITEMS_MAX) this.noViable(this.peek(), `lists hold at most ${LIST_ITEMS_MAX} items`);
      const key = this.term(depth);
      this.expectPunct(':');
      entries.push([key, this.term(depth)]);
    }
    this.expectPunct('}');
    return { kind: 'map', entries };
  }

  /** `item (, item)* close`. */
  private closedList<T>(close: string, item: () => T): T[] {
    const items = this.commaList(item);
    this.expectPunct(close);
    return items;
  }

  /** A constant: string, number, boolean, uuid, blob, NaN, Infinity or null. */
  literal(): Literal {
    const tok = this.peek();
    const lit = (type: Literal['type'], text: string): Literal => {
      this.next();
      return { kind: 'literal', type, text };
    };
    switch (tok.kind) {
      case 'string':
        return lit('string', tok.value);
      case 'integer':
        return lit('integer', tok.text);
      case 'float':
        return lit('float', tok.text);
      case 'uuid':
        return lit('uuid', tok.text);
      case 'blob':
        return lit('blob', tok.text);
      case 'word':
        if (tok.value === 'true' || tok.value === 'false') return lit('boolean', tok.value);
        if (tok.value === 'null') return lit('null', 'null');
        if (tok.value === 'nan' || tok.value === 'infinity') return lit('float', tok.text);
        break;
      default:
        break;
    }
    if (tok.kind === 'word' && this.isPunct('(', 1)) this.noViable(tok, 'function calls are not supported yet');
    if (tok.kind === 'qident') this.noViable(tok, 'string literals take single quotes; double quotes name columns');
    return this.noViable(tok);
  }

  /** `?` (positional) or `:name`; numbered in order of appearance. */
  bindMarker(): BindMarker {
    const marker: BindMarker = { kind: 'bind', index: this.seen.length };
    if (this.acceptPunct(':')) {
      marker.name = this.identifier();
    } else {
      this.expectPunct('?');
    }
    this.seen.push(marker);
    return marker;
  }

  // ---- types -----------------------------------------------------------------------------

  /** A CQL type: native name, list<T>, set<T>, map<K, V>, frozen<T>, or a [ks.]udt name. */
  type(depth = 0): CqlType {
    const tok = this.peek();
    if (depth > TYPE_NESTING_MAX) this.noViable(tok, `types nest at most ${TYPE_NESTING_MAX} deep`);
    if (tok.kind === 'word') {
      const generic = tok.value;
      if ((generic === 'list' || generic === 'set' || generic === 'frozen') && this.isPunct('<', 1)) {
        this.next();
        this.next();
        const inner = this.type(depth + 1);
        this.expectPunct('>');
        if (generic === 'frozen') return { kind: 'frozen', inner };
        return { kind: generic, element: inner };
      }
      if (generic === 'map' && this.isPunct('<', 1)) {
        this.next();
        this.next();
        const key = this.type(depth + 1);
        this.expectPunct(',');
        const value = this.type(depth + 1);
        this.expectPunct('>');
        return { kind: 'map', key, value };
      }
      const native = lookupNativeType(tok.value);
      if (native !== undefined) {
        this.next();
        return { kind: 'native', name: native };
      }
    }
    if (tok.kind === 'word' && (tok.value === 'tuple' || tok.value === 'vector') && this.isPunct('<', 1)) {
      this.noViable(tok, `${tok.value} types are not supported yet`);
    }
    if (tok.kind === 'word' || tok.kind === 'qident') {
      if (tok.kind === 'word' && RESERVED_KEYWORDS.has(tok.value)) this.noViable(tok);
      const name = this.qualifiedName();
      return name.keyspace === undefined ? { kind: 'udt', name: name.name } : { kind: 'udt', keyspace: name.keyspace, name: name.name };
    }
    return this.noViable(tok);
  }
}

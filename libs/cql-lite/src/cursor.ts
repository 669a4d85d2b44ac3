// The parser's token cursor: lookahead, keyword/punctuation matching, identifiers, terms,
// types, and Cassandra-style syntax errors. Statement grammars live in parser-ddl.ts and
// parser-dml.ts; entry points in parser.ts.
//
// Error messages (always "line L:C ..." with the offending token's source text):
//   no viable alternative at input 'X'      — several alternatives were possible, none fits
//   mismatched input 'X' expecting Y        — exactly one thing could come next
//   unexpected end of input                 — the input ended inside a statement
//   missing EOF at 'X'                      — tokens after a complete statement

import type { BindMarker, Literal, Term } from './ast.js';
import { CqlSyntaxError } from './errors.js';
import { RESERVED_KEYWORDS, errorText, type Token } from './lexer.js';
import { lookupNativeType, type CqlType } from './types.js';

/** Deepest nesting of collection types accepted (`list<list<...>>`), a guard against abuse. */
export const TYPE_NESTING_MAX = 16;

export function syntaxError(tok: Token, message: string): CqlSyntaxError {
  return new CqlSyntaxError(`line ${tok.line}:${tok.column} ${message}`, tok.line, tok.column, errorText(tok.text));
}

export class Cursor {
  private pos = 0;
  /** Bind markers seen in the current statement, in order; reset by beginStatement. */
  markers: BindMarker[] = [];

  constructor(private readonly tokens: readonly Token[]) {
    if (tokens.length === 0 || tokens[tokens.length - 1]?.kind !== 'eof') throw new Error('token list must end with eof');
  }

  beginStatement(): void {
    this.markers = [];
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
    const first = this.identifier();
    if (!this.acceptPunct('.')) return { name: first };
    return { keyspace: first, name: this.identifier() };
  }

  // ---- terms -----------------------------------------------------------------------------

  /** A constant (see Literal) or a bind marker. */
  term(): Term {
    const tok = this.peek();
    if (tok.kind === 'punct' && (tok.value === '?' || tok.value === ':')) return this.bindMarker();
    return this.literal();
  }

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
    if (tok.kind === 'qident') this.noViable(tok, "string literals take single quotes; double quotes name columns");
    if (tok.kind === 'punct' && ['[', '{', '('].includes(tok.value)) {
      this.noViable(tok, 'collection and tuple literals are not supported yet');
    }
    return this.noViable(tok);
  }

  /** `?` (positional) or `:name`; numbered in order of appearance. */
  bindMarker(): BindMarker {
    const marker: BindMarker = { kind: 'bind', index: this.markers.length };
    if (this.acceptPunct(':')) {
      marker.name = this.identifier();
    } else {
      this.expectPunct('?');
    }
    this.markers.push(marker);
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
    if (tok.kind === 'word' || tok.kind === 'qident') {
      if (tok.kind === 'word' && RESERVED_KEYWORDS.has(tok.value)) this.noViable(tok);
      const name = this.qualifiedName();
      return name.keyspace === undefined ? { kind: 'udt', name: name.name } : { kind: 'udt', keyspace: name.keyspace, name: name.name };
    }
    return this.noViable(tok);
  }
}

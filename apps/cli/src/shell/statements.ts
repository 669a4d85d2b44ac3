// Cuts shell input (typed lines, a SOURCE file, -f, -e) into statements the way cqlsh does,
// each with the 1-based line it starts on.
//
// Contract: push(line) takes one line without its newline and returns the statements it
// completed, in order.
//   - A CQL statement ends at a ';' outside strings, quoted names and comments; it may span
//     lines. `BEGIN [UNLOGGED] BATCH ... APPLY BATCH;` is one statement despite the ';'s
//     inside it.
//   - A statement starting with a shell command word (NEWLINE_COMMANDS: DESCRIBE, EXPAND,
//     PAGING, SOURCE, ...) also ends at the end of its line, as in cqlsh.
//   - Blank lines and comments between statements are skipped; a statement's line is that of
//     its first token.
// pending() tells whether an unfinished statement is buffered (the REPL's "   ..." prompt);
// end() returns it (or undefined) and clears the buffer; reset() drops it (Ctrl-C).
// A buffered statement longer than STATEMENT_CHARS_MAX is dropped and reported as an
// error statement (`tooLong`), so a runaway string literal cannot grow without bound.
import { tokenize, type Token } from '@cassia/cql-lite';

/** Shell commands that end at the end of their line (cqlsh's commands_end_with_newline). */
export const NEWLINE_COMMANDS: ReadonlySet<string> = new Set([
  'help', '?', 'consistency', 'serial', 'describe', 'desc', 'show', 'source', 'capture', 'login',
  'debug', 'tracing', 'expand', 'paging', 'exit', 'quit', 'clear', 'cls', 'history',
]);

/** Longest statement the reader buffers (the gateway takes request bodies up to 16 MiB). */
export const STATEMENT_CHARS_MAX = 16 * 1024 * 1024;

export interface ScriptStatement {
  /** The statement's text without its ';' (comments before its first token dropped). */
  text: string;
  /** 1-based line of its first token. */
  line: number;
  /** Set when the statement was dropped for being longer than STATEMENT_CHARS_MAX. */
  tooLong?: true;
}

export class StatementReader {
  private buffer = '';
  /** Line number of the buffer's first line. */
  private bufferLine = 1;
  private nextLine = 1;

  /** Whether an unfinished statement is buffered. */
  pending(): boolean {
    return this.buffer !== '';
  }

  reset(): void {
    this.buffer = '';
  }

  push(line: string): ScriptStatement[] {
    const lineNo = this.nextLine++;
    const out: ScriptStatement[] = [];
    this.take(line, lineNo, out);
    return out;
  }

  /** The unfinished statement at the end of the input, if any (the buffer is cleared). */
  end(): ScriptStatement | undefined {
    const text = this.buffer;
    const line = this.bufferLine;
    this.buffer = '';
    if (text === '') return undefined;
    const first = firstToken(text);
    if (first === undefined) return undefined; // only comments
    return { text: text.slice(first.start).trim(), line: line + first.line - 1 };
  }

  private take(line: string, lineNo: number, out: ScriptStatement[]): void {
    if (this.buffer === '') {
      if (isBlankOrLineComment(line)) return;
      const word = /^\s*([A-Za-z]+|\?)/.exec(line)?.[1]?.toLowerCase();
      if (word !== undefined && NEWLINE_COMMANDS.has(word)) {
        this.newlineCommand(line, lineNo, out);
        return;
      }
      this.bufferLine = lineNo;
    }
    this.buffer += line + '\n';
    if (this.buffer.length > STATEMENT_CHARS_MAX) {
      out.push({ text: this.buffer.slice(0, 80), line: this.bufferLine, tooLong: true });
      this.buffer = '';
      return;
    }
    // Only a line with a ';' can end a CQL statement.
    if (line.includes(';')) this.split(lineNo, out);
  }

  /** A shell command: up to the first ';' of the line, else the whole line; the rest is read on. */
  private newlineCommand(line: string, lineNo: number, out: ScriptStatement[]): void {
    let tokens: Token[];
    try {
      tokens = tokenize(line);
    } catch {
      // E.g. SOURCE 'unterminated: the command parser reports it.
      out.push({ text: line.trim(), line: lineNo });
      return;
    }
    const semi = tokens.find((t) => t.kind === 'punct' && t.value === ';');
    if (semi === undefined) {
      out.push({ text: line.trim(), line: lineNo });
      return;
    }
    out.push({ text: line.slice(0, semi.start).trim(), line: lineNo });
    this.take(line.slice(semi.end), lineNo, out);
  }

  private split(lineNo: number, out: ScriptStatement[]): void {
    let tokens: Token[];
    try {
      tokens = tokenize(this.buffer);
    } catch (e) {
      // An unterminated string, quoted name or comment: the statement goes on.
      if (e instanceof Error && e.message.includes(' unterminated ')) return;
      // Any other lexical error: hand the text on whole, so that the server reports it in place.
      const first = firstToken(this.buffer);
      out.push({ text: this.buffer.trim(), line: this.bufferLine + (first?.line ?? 1) - 1 });
      this.buffer = '';
      return;
    }
    let start: Token | undefined; // first token of the statement being cut
    let batch = false;
    let consumed = 0; // buffer offset after the last ';' that ended a statement
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (tok.kind === 'eof') break;
      const isSemi = tok.kind === 'punct' && tok.value === ';';
      if (start === undefined) {
        if (isSemi) {
          consumed = tok.end; // an empty statement
          continue;
        }
        // A shell command after the last ';' (on this line): it ends with the line.
        if ((tok.kind === 'word' && NEWLINE_COMMANDS.has(tok.value)) || (tok.kind === 'punct' && tok.value === '?')) break;
        start = tok;
        batch = tok.kind === 'word' && tok.value === 'begin';
        continue;
      }
      if (!isSemi) continue;
      // Inside BEGIN BATCH only `APPLY BATCH ;` ends the statement.
      if (batch && !(isWord(tokens[i - 2], 'apply') && isWord(tokens[i - 1], 'batch'))) continue;
      out.push({ text: this.buffer.slice(start.start, tok.start).trim(), line: this.bufferLine + start.line - 1 });
      consumed = tok.end;
      start = undefined;
    }
    if (start === undefined) {
      // Nothing but comments may follow the last ';' — or a shell command on the same line.
      const rest = this.buffer.slice(consumed).replace(/\n$/, '');
      this.buffer = '';
      if (rest.trim() !== '') this.take(rest, lineNo, out);
      return;
    }
    const restStartLine = this.bufferLine + start.line - 1;
    this.buffer = this.buffer.slice(start.start);
    this.bufferLine = restStartLine;
  }
}

function isWord(tok: Token | undefined, value: string): boolean {
  return tok !== undefined && tok.kind === 'word' && tok.value === value;
}

function isBlankOrLineComment(line: string): boolean {
  const t = line.trim();
  return t === '' || t.startsWith('--') || t.startsWith('//');
}

/** The first token of `text`, or undefined when it holds only whitespace and comments (or does not lex). */
function firstToken(text: string): Token | undefined {
  try {
    const first = tokenize(text)[0];
    return first === undefined || first.kind === 'eof' ? undefined : first;
  } catch {
    return undefined;
  }
}

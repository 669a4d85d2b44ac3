// Runs statements from text that is not typed at a terminal: a SOURCE file, `-f FILE`,
// `-e "..."` and piped standard input.
//
// Contract: runLines(session, lines, options) cuts the lines into statements
// (StatementReader) and runs each in turn without prompting (every page of a SELECT is
// read); errors are printed as `<name>:<line>:<message>` when options.name is given, and do
// not stop the run (as cqlsh). EXIT stops it. At the end, an unfinished statement runs as if
// it ended with ';' (`atEnd: 'run'`, for -e) or is reported as "Incomplete statement at end
// of file" (`atEnd: 'error'`). Resolves with whether any statement failed and whether EXIT
// was met. runFile does the same for a file read line by line; a file that cannot be opened
// (or read) is reported through options.openError and counts as a failure.
import { open, type FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { ShellSession } from './session.js';
import { STATEMENT_CHARS_MAX, StatementReader, type ScriptStatement } from './statements.js';

export interface ScriptResult {
  failed: boolean;
  exited: boolean;
}

export interface RunLinesOptions {
  /** The name errors are prefixed with (the file's path, or `<stdin>`). */
  name?: string;
  /** What an unfinished statement at the end of the input does. */
  atEnd: 'run' | 'error';
  /** SOURCE nesting depth of these lines. */
  depth?: number;
}

export async function runLines(session: ShellSession, lines: AsyncIterable<string> | Iterable<string>, options: RunLinesOptions): Promise<ScriptResult> {
  const reader = new StatementReader();
  let failed = false;
  const where = (line: number): string | undefined => (options.name === undefined ? undefined : `${options.name}:${line}:`);
  const run = async (st: ScriptStatement): Promise<boolean> => {
    if (st.tooLong) {
      session.reportError(`Statement longer than ${STATEMENT_CHARS_MAX} characters: ${st.text}...`, where(st.line));
      failed = true;
      return false;
    }
    const outcome = await session.run(st.text, { interactive: false, ...(where(st.line) === undefined ? {} : { where: where(st.line)! }), depth: options.depth ?? 0 });
    if (outcome === 'error') failed = true;
    return outcome === 'exit';
  };
  for await (const line of lines) {
    for (const st of reader.push(line)) if (await run(st)) return { failed, exited: true };
  }
  const rest = reader.end();
  if (rest !== undefined) {
    if (options.atEnd === 'run') {
      if (await run(rest)) return { failed, exited: true };
    } else {
      session.reportError('Incomplete statement at end of file', where(rest.line));
      failed = true;
    }
  }
  return { failed, exited: false };
}

export async function runFile(
  session: ShellSession,
  path: string,
  options: { depth?: number; openError: (message: string) => void },
): Promise<ScriptResult> {
  // Opened first so that a missing or unreadable file is one clear error, not a stream event.
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (err) {
    options.openError(err instanceof Error ? err.message : String(err));
    return { failed: true, exited: false };
  }
  if ((await file.stat()).isDirectory()) {
    await file.close();
    options.openError(`EISDIR: illegal operation on a directory, read '${path}'`);
    return { failed: true, exited: false };
  }
  // The stream owns the file from here: destroying it closes the file.
  const stream = file.createReadStream({ encoding: 'utf8' });
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    return await runLines(session, withoutBom(rl), { name: path, atEnd: 'error', ...(options.depth === undefined ? {} : { depth: options.depth }) });
  } catch (err) {
    // A read that fails half-way (EIO, ...): reported like a file that cannot be opened.
    if (!isSystemError(err)) throw err;
    options.openError(err.message);
    return { failed: true, exited: false };
  } finally {
    rl.close();
    stream.destroy();
  }
}

function isSystemError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === 'string' && typeof (err as NodeJS.ErrnoException).syscall === 'string';
}

/** The lines, without a UTF-8 byte order mark at the start of the first. */
async function* withoutBom(lines: AsyncIterable<string>): AsyncIterable<string> {
  let first = true;
  for await (const line of lines) {
    yield first && line.startsWith('\uFEFF') ? line.slice(1) : line;
    first = false;
  }
}

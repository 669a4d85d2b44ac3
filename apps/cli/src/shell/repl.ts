// The shell on standard input. At a terminal: a readline prompt with history kept in
// ~/.cassia_history, statements that may span several lines and end with ';' (shell
// commands at the end of their line), ---MORE--- between pages of a SELECT. Piped input is
// run as a script named <stdin> (errors as `<stdin>:line:message`, every page read).
//
// Contract: runRepl resolves with the exit status when input ends or EXIT/QUIT is met:
// 0, or 2 when piped input had an error (cqlsh's batch mode).
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { runLines } from './script.js';
import type { ShellSession } from './session.js';
import { StatementReader } from './statements.js';

export const HISTORY_FILE = '.cassia_history';
export const HISTORY_LINES_MAX = 1_000;
/** Exit status of a script (piped input, -e, -f) that had an error, as cqlsh. */
export const BATCH_ERROR_EXIT_CODE = 2;

const CONTINUATION_PROMPT = '   ... ';
const MORE_PROMPT = '---MORE---';

function historyPath(): string {
  return process.env['CASSIA_HISTORY'] ?? join(homedir(), HISTORY_FILE);
}

function loadHistory(): string[] {
  try {
    // readline wants the newest entry first.
    return readFileSync(historyPath(), 'utf8').split('\n').filter((l) => l !== '').reverse().slice(0, HISTORY_LINES_MAX);
  } catch {
    return [];
  }
}

function saveHistory(history: string[]): void {
  try {
    writeFileSync(historyPath(), history.slice(0, HISTORY_LINES_MAX).reverse().join('\n') + '\n');
  } catch {
    // A read-only home is no reason to fail the shell.
  }
}

/** Runs until EXIT, QUIT or end of input. Resolves with the exit code. */
export async function runRepl(session: ShellSession, banner: string): Promise<number> {
  if (process.stdin.isTTY !== true) {
    const rl = createInterface({ input: process.stdin, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
    try {
      const result = await runLines(session, rl, { name: '<stdin>', atEnd: 'error' });
      return result.failed ? BATCH_ERROR_EXIT_CODE : 0;
    } finally {
      rl.close();
    }
  }
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
    history: loadHistory(),
    historySize: HISTORY_LINES_MAX,
    removeHistoryDuplicates: true,
  });
  process.stdout.write(banner + '\n');
  try {
    await interactiveLoop(session, rl);
    return 0;
  } finally {
    saveHistory((rl as unknown as { history: string[] }).history ?? []);
    rl.close();
  }
}

async function interactiveLoop(session: ShellSession, rl: Interface): Promise<void> {
  const reader = new StatementReader();
  const prompt = () => (session.keyspace === undefined ? 'cassia> ' : `cassia:${session.keyspace}> `);
  let moreAbort: AbortController | undefined;
  // ---MORE---: Enter fetches the next page; Ctrl-C stops the result there (as cqlsh).
  session.more = () =>
    new Promise<boolean>((resolve) => {
      const abort = new AbortController();
      moreAbort = abort;
      abort.signal.addEventListener('abort', () => resolve(false), { once: true });
      rl.question(MORE_PROMPT, { signal: abort.signal }, () => {
        moreAbort = undefined;
        resolve(true);
      });
    });
  // Ctrl-C drops the statement being typed, as in cqlsh; Ctrl-D (end of input) leaves.
  rl.on('SIGINT', () => {
    process.stdout.write('\n');
    if (moreAbort !== undefined) {
      moreAbort.abort();
      moreAbort = undefined;
      return;
    }
    reader.reset();
    rl.setPrompt(prompt());
    rl.prompt();
  });
  rl.setPrompt(prompt());
  rl.prompt();
  for await (const line of rl) {
    for (const statement of reader.push(line)) {
      if ((await session.run(statement.text, { interactive: true })) === 'exit') return;
    }
    rl.setPrompt(reader.pending() ? CONTINUATION_PROMPT : prompt());
    rl.prompt();
  }
  process.stdout.write('\n');
  const rest = reader.end();
  if (rest !== undefined) session.reportError('Incomplete statement at end of file');
}

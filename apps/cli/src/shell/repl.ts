// The interactive shell: a readline prompt with history kept in ~/.cassia_history,
// statements that may span several lines and end with ';'.
import { readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { splitStatements } from '@cassia/cql-lite';
import type { ShellSession } from './session.js';

export const HISTORY_FILE = '.cassia_history';
export const HISTORY_LINES_MAX = 1_000;

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
  const interactive = process.stdin.isTTY === true;
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: interactive,
    history: loadHistory(),
    historySize: HISTORY_LINES_MAX,
    removeHistoryDuplicates: true,
  });
  if (interactive) process.stdout.write(banner + '\n');
  const prompt = () => (session.keyspace === undefined ? 'cassia> ' : `cassia:${session.keyspace}> `);
  let buffer = '';
  let failed = false;
  // Prompts only at a terminal: piped input (scripts) gets just the results, as cqlsh.
  const showPrompt = () => {
    if (interactive) rl.prompt();
  };
  rl.setPrompt(prompt());
  // Ctrl-C drops the statement being typed, as in cqlsh; Ctrl-D (end of input) leaves.
  rl.on('SIGINT', () => {
    buffer = '';
    process.stdout.write('\n');
    rl.setPrompt(prompt());
    showPrompt();
  });
  showPrompt();
  try {
    for await (const line of rl) {
      buffer += (buffer === '' ? '' : '\n') + line;
      const firstWord = buffer.trim().split(/\s+/)[0]?.toUpperCase() ?? '';
      // Shell commands need no ';' (as in cqlsh).
      const shellCommand = ['EXIT', 'QUIT', 'HELP', 'CONSISTENCY'].includes(firstWord) && !buffer.includes(';');
      // Statements run once the input ends with a complete one (a ';' outside strings and
      // comments); until then lines accumulate.
      const { statements, complete } = shellCommand ? { statements: [buffer.trim()], complete: true } : splitStatements(buffer);
      if (!complete) {
        rl.setPrompt('   ... ');
        showPrompt();
        continue;
      }
      buffer = '';
      for (const statement of statements) {
        const outcome = await session.run(statement);
        if (outcome === 'exit') return failed ? 1 : 0;
        if (outcome === 'error') failed = true;
      }
      rl.setPrompt(buffer === '' ? prompt() : '   ... ');
      showPrompt();
    }
    return failed && !interactive ? 1 : 0;
  } finally {
    if (interactive) saveHistory((rl as unknown as { history: string[] }).history ?? []);
    rl.close();
  }
}

// `cassia shell` (and `cassia up --shell`): a session on the gateway's HTTP endpoint, then
// -e statements, a -f file, or the REPL.
//
// Contract: openShell resolves with the process exit status: 0; 2 when a statement of -e,
// -f or piped input failed (cqlsh's batch mode; the run goes on after an error); 1 when the
// -f file cannot be opened.
import { BATCH_ERROR_EXIT_CODE, runRepl } from './repl.js';
import { runFile, runLines } from './script.js';
import { ShellSession } from './session.js';

export interface ShellOptions {
  consistency?: string;
  keyspace?: string;
  /** -e: statements to run (the last one needs no ';'). */
  execute?: string;
  /** -f: a file of statements to run. */
  file?: string;
}

/** Exit status when the -f file cannot be opened (cqlsh's sys.exit with a message). */
export const FILE_OPEN_EXIT_CODE = 1;

export async function openShell(url: string, options: ShellOptions, version: string): Promise<number> {
  const session = new ShellSession(
    url,
    { out: (t) => process.stdout.write(t + '\n'), err: (t) => process.stderr.write(t + '\n') },
    { ...(options.consistency === undefined ? {} : { consistency: options.consistency }), ...(options.keyspace === undefined ? {} : { keyspace: options.keyspace }) },
  );
  if (options.execute !== undefined) {
    const result = await runLines(session, options.execute.split('\n'), { atEnd: 'run' });
    return result.failed ? BATCH_ERROR_EXIT_CODE : 0;
  }
  if (options.file !== undefined) {
    let openFailed = false;
    const result = await runFile(session, options.file, {
      openError: (message) => {
        openFailed = true;
        process.stderr.write(`Can't open '${options.file}': ${message}\n`);
      },
    });
    if (openFailed) return FILE_OPEN_EXIT_CODE;
    return result.failed ? BATCH_ERROR_EXIT_CODE : 0;
  }
  return runRepl(session, `Connected to Cassia at ${url}.\n[cassia ${version} | CQL-lite over HTTP]\nUse HELP for help.`);
}

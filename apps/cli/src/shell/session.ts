// One shell session: the gateway URL, the current keyspace and consistency level, and
// the shell's own commands (CONSISTENCY, EXIT/QUIT, HELP) as cqlsh has them. Everything
// else goes to the server.
import { parseConsistencyLevel } from '@cassia/ring';
import { postQuery, QueryError, type QueryResult } from './client.js';
import { formatTable } from './format.js';

export const DEFAULT_SHELL_CONSISTENCY = 'ONE';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export type Outcome = 'ok' | 'error' | 'exit';

export class ShellSession {
  consistency: string;
  keyspace: string | undefined;

  constructor(
    readonly url: string,
    private readonly output: Output,
    options: { consistency?: string; keyspace?: string } = {},
  ) {
    this.consistency = (options.consistency ?? DEFAULT_SHELL_CONSISTENCY).toUpperCase();
    this.keyspace = options.keyspace;
  }

  /** Runs one statement (without its ';'). */
  async run(statement: string): Promise<Outcome> {
    const words = statement.trim().split(/\s+/);
    const first = (words[0] ?? '').toUpperCase();
    if (first === 'EXIT' || first === 'QUIT') return 'exit';
    if (first === 'HELP' || first === '?') {
      this.output.out(HELP);
      return 'ok';
    }
    if (first === 'CONSISTENCY') return this.setConsistency(words[1]);
    try {
      const result = await postQuery(this.url, {
        query: statement,
        consistency: this.consistency,
        ...(this.keyspace === undefined ? {} : { keyspace: this.keyspace }),
      });
      this.show(result);
      return 'ok';
    } catch (err) {
      if (err instanceof QueryError) {
        // As cqlsh: <Name>: Error from server: code=2200 [Invalid] message="..."
        if (err.code === undefined) this.output.err(`${err.errorName}: ${err.message}`);
        else {
          const code = err.code.toString(16).padStart(4, '0');
          this.output.err(`${err.errorName}: Error from server: code=${code} [${err.errorName}] message="${err.message}"`);
        }
        return 'error';
      }
      throw err;
    }
  }

  private setConsistency(level: string | undefined): Outcome {
    if (level === undefined) {
      this.output.out(`Current consistency level is ${this.consistency}.`);
      return 'ok';
    }
    const parsed = parseConsistencyLevel(level);
    if (parsed === undefined) {
      this.output.err(`Improper CONSISTENCY command: unknown level ${level}`);
      return 'error';
    }
    this.consistency = parsed;
    this.output.out(`Consistency level set to ${parsed}.`);
    return 'ok';
  }

  private show(result: QueryResult): void {
    if (result.keyspace !== undefined) this.keyspace = result.keyspace;
    if (result.columns.length > 0) this.output.out(formatTable(result) + '\n');
  }
}

const HELP = `Statements end with ';' and may span lines. Shell commands:
  CONSISTENCY [level]   show or set the consistency level (ONE, QUORUM, ALL, ...)
  USE <keyspace>        set the current keyspace
  EXIT | QUIT           leave the shell
CQL: CREATE KEYSPACE / TABLE, DROP TABLE / KEYSPACE, INSERT, SELECT, DELETE.`;

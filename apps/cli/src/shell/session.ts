// One shell session: the gateway it talks to, the current keyspace, consistency level,
// EXPAND and PAGING settings, and the shell's own commands as cqlsh has them (DESCRIBE,
// EXPAND, PAGING, SOURCE, CONSISTENCY, HELP, EXIT/QUIT). Everything else goes to the server.
//
// Contract: run(statement, context) runs one statement (without its ';') and resolves with
// 'ok', 'error' (the error was printed on err, prefixed with context.where, e.g.
// 'f.cql:3:') or 'exit'. It never rejects for a server or file error; a programmer error
// (an exception other than the shell's typed ones) propagates.
import { homedir } from 'node:os';
import { parseConsistencyLevel } from '@cassia/ring';
import { postQuery, QueryError, type QueryRequest, type QueryResult } from './client.js';
import { ImproperCommand, parseShellCommand, type ShellCommand } from './commands.js';
import { describe, DescribeError } from './describe.js';
import { helpText, topicHelp } from './help.js';
import { printPages } from './pager.js';
import { loadSchema, type Query } from './schema.js';
import { runFile } from './script.js';

export const DEFAULT_SHELL_CONSISTENCY = 'ONE';
/** cqlsh's default page size. */
export const DEFAULT_PAGE_SIZE = 100;
/** How deep SOURCE may nest (a file that sources itself stops here). */
export const SOURCE_DEPTH_MAX = 16;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export type Outcome = 'ok' | 'error' | 'exit';

export interface RunContext {
  /** Typed at a terminal: pages wait at ---MORE---, tables get cqlsh's terminal layout. */
  interactive: boolean;
  /** Prefix of error lines (cqlsh's "file:line:"), for scripts. */
  where?: string;
  /** SOURCE nesting depth (0 at the top). */
  depth?: number;
}

const BATCH: RunContext = { interactive: false };

export class ShellSession {
  consistency: string;
  keyspace: string | undefined;
  expand = false;
  paging = true;
  pageSize = DEFAULT_PAGE_SIZE;
  /** Asked between pages at a terminal (the REPL sets it): resolves true to fetch the next page. */
  more: () => Promise<boolean> = async () => true;
  private readonly query: Query;

  constructor(
    readonly url: string,
    private readonly output: Output,
    options: { consistency?: string; keyspace?: string; query?: Query } = {},
  ) {
    this.consistency = (options.consistency ?? DEFAULT_SHELL_CONSISTENCY).toUpperCase();
    this.keyspace = options.keyspace;
    this.query = options.query ?? ((request) => postQuery(url, request));
  }

  /** Runs one statement (without its ';'). */
  async run(statement: string, context: RunContext = BATCH): Promise<Outcome> {
    let command: ShellCommand | undefined;
    try {
      command = parseShellCommand(statement);
    } catch (err) {
      if (err instanceof ImproperCommand) return this.fail(context, err.message);
      throw err;
    }
    try {
      if (command === undefined) return await this.cql(statement, context);
      return await this.command(command, context);
    } catch (err) {
      if (err instanceof QueryError) return this.fail(context, serverError(err));
      if (err instanceof DescribeError) return this.fail(context, err.message);
      throw err;
    }
  }

  private fail(context: RunContext, message: string): Outcome {
    this.reportError(message, context.where);
    return 'error';
  }

  /** Prints an error line, after `where` (e.g. 'f.cql:3:') when given. */
  reportError(message: string, where?: string): void {
    this.output.err(`${where ?? ''}${message}`);
  }

  private async command(c: ShellCommand, context: RunContext): Promise<Outcome> {
    switch (c.kind) {
      case 'exit':
        return 'exit';
      case 'help':
        return this.help(c.topics, context);
      case 'consistency':
        return this.setConsistency(c.level, context);
      case 'expand':
        return this.setExpand(c.switch, context);
      case 'paging':
        return this.setPaging(c, context);
      case 'source':
        return this.source(c.file, context);
      case 'describe': {
        const schema = await loadSchema(this.query);
        for (const line of describe(schema, c.target, this.keyspace)) this.output.out(line);
        return 'ok';
      }
    }
  }

  private async cql(statement: string, context: RunContext): Promise<Outcome> {
    const request: QueryRequest = {
      query: statement,
      consistency: this.consistency,
      ...(this.keyspace === undefined ? {} : { keyspace: this.keyspace }),
      ...(this.paging ? { pageSize: this.pageSize } : {}),
    };
    const first = await this.query(request);
    if (first.keyspace !== undefined) this.keyspace = first.keyspace;
    if (first.columns.length === 0) return 'ok';
    const fetch = (pagingState: string): Promise<QueryResult> => this.query({ ...request, pagingState });
    const printed = await printPages(first, fetch, {
      interactive: context.interactive,
      expand: this.expand,
      more: () => this.more(),
      out: (t) => this.output.out(t),
    });
    if (printed.complete) this.output.out('');
    return 'ok';
  }

  private help(topics: string[], context: RunContext): Outcome {
    if (topics.length === 0) {
      this.output.out(helpText());
      return 'ok';
    }
    let outcome: Outcome = 'ok';
    for (const topic of topics) {
      const text = topicHelp(topic);
      if (text === undefined) outcome = this.fail(context, `*** No help on ${topic}`);
      else this.output.out(text);
    }
    return outcome;
  }

  private setConsistency(level: string | undefined, context: RunContext): Outcome {
    if (level === undefined) {
      this.output.out(`Current consistency level is ${this.consistency}.`);
      return 'ok';
    }
    const parsed = parseConsistencyLevel(level);
    if (parsed === undefined) return this.fail(context, `Improper CONSISTENCY command: unknown level ${level}`);
    this.consistency = parsed;
    this.output.out(`Consistency level set to ${parsed}.`);
    return 'ok';
  }

  /** cqlsh's SwitchCommand: messages (and errors for a switch already in place) as cqlsh prints them. */
  private switchCommand(command: string, description: string, state: boolean, sw: 'ON' | 'OFF' | undefined, context: RunContext): { state: boolean; outcome: Outcome } {
    if (sw === undefined) {
      this.output.out(
        state
          ? `${description} is currently enabled. Use ${command} OFF to disable`
          : `${description} is currently disabled. Use ${command} ON to enable.`,
      );
      return { state, outcome: 'ok' };
    }
    if (sw === 'ON') {
      if (state) return { state, outcome: this.fail(context, `${description} is already enabled. Use ${command} OFF to disable.`) };
      this.output.out(`Now ${description} is enabled`);
      return { state: true, outcome: 'ok' };
    }
    if (!state) return { state, outcome: this.fail(context, `${description} is not enabled.`) };
    this.output.out(`Disabled ${description}.`);
    return { state: false, outcome: 'ok' };
  }

  private setExpand(sw: 'ON' | 'OFF' | undefined, context: RunContext): Outcome {
    const r = this.switchCommand('EXPAND', 'Expanded output', this.expand, sw, context);
    this.expand = r.state;
    return r.outcome;
  }

  private setPaging(c: { switch?: 'ON' | 'OFF'; pageSize?: number }, context: RunContext): Outcome {
    let outcome: Outcome = 'ok';
    if (c.pageSize !== undefined) {
      this.paging = true;
      this.pageSize = c.pageSize;
    } else {
      const r = this.switchCommand('PAGING', 'Query paging', this.paging, c.switch, context);
      this.paging = r.state;
      outcome = r.outcome;
    }
    if (this.paging) this.output.out(`Page size: ${this.pageSize}`);
    else this.pageSize = DEFAULT_PAGE_SIZE;
    return outcome;
  }

  /** A session on the same gateway and output with this one's settings. */
  private child(): ShellSession {
    const child = new ShellSession(this.url, this.output, {
      consistency: this.consistency,
      ...(this.keyspace === undefined ? {} : { keyspace: this.keyspace }),
      query: this.query,
    });
    child.expand = this.expand;
    child.paging = this.paging;
    child.pageSize = this.pageSize;
    return child;
  }

  private async source(file: string, context: RunContext): Promise<Outcome> {
    const depth = context.depth ?? 0;
    if (depth >= SOURCE_DEPTH_MAX) return this.fail(context, `SOURCE nested more than ${SOURCE_DEPTH_MAX} deep: not running '${file}'`);
    const path = file === '~' || file.startsWith('~/') ? homedir() + file.slice(1) : file;
    // As cqlsh's sub-shell: the file runs in a session of its own that starts with this one's
    // settings, so that a USE, CONSISTENCY, EXPAND or PAGING inside it ends with the file.
    const result = await runFile(this.child(), path, { depth: depth + 1, openError: (message) => this.fail(context, `Could not open '${path}': ${message}`) });
    // The file's errors were reported with their lines; they also make the SOURCE an error, so
    // that -f and -e end with an error status (cqlsh's sub-shell keeps them to itself).
    return result.failed ? 'error' : 'ok';
  }
}

/** As cqlsh: `<Name>: Error from server: code=2200 [Invalid] message="..."`. */
function serverError(err: QueryError): string {
  if (err.code === undefined) return `${err.errorName}: ${err.message}`;
  const code = err.code.toString(16).padStart(4, '0');
  return `${err.errorName}: Error from server: code=${code} [${err.errorName}] message="${err.message}"`;
}

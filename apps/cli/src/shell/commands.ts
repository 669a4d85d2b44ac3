// The shell's own commands (cqlsh's): parsed from a statement's text. Everything else is
// CQL for the server.
//
// Contract: parseShellCommand(text) returns undefined when `text` (a statement without its
// ';') is not a shell command, a ShellCommand when it is one, or throws ImproperCommand with
// cqlsh's message ("Improper PAGING command.") when it starts with a shell command word but
// does not follow its grammar. Names are CQL identifiers: unquoted ones fold to lower case,
// "quoted" ones keep their case.
//
//   DESCRIBE | DESC  KEYSPACES | [ONLY] KEYSPACE [ks] | TABLES | COLUMNFAMILIES
//                    | TABLE | COLUMNFAMILY [ks.]t | [FULL] SCHEMA | TYPES | FUNCTIONS
//                    | AGGREGATES | [ks.]name
//   EXPAND [ON | OFF]        PAGING [ON | OFF | n]        SOURCE 'file'
//   CONSISTENCY [level]      HELP [topic ...] | ?          EXIT | QUIT
import { tokenize, type Token } from '@cassia/cql-lite';

export type DescribeTarget =
  | { kind: 'keyspaces' }
  | { kind: 'keyspace'; name?: string; only: boolean }
  | { kind: 'tables' }
  | { kind: 'table'; keyspace?: string; name: string }
  | { kind: 'schema'; full: boolean }
  /** TYPES, FUNCTIONS, AGGREGATES: Cassia has none of them. */
  | { kind: 'none' }
  /** `DESCRIBE name`: a keyspace, else a table of the current keyspace. */
  | { kind: 'name'; keyspace?: string; name: string };

export type ShellCommand =
  | { kind: 'exit' }
  | { kind: 'help'; topics: string[] }
  | { kind: 'consistency'; level?: string }
  | { kind: 'expand'; switch?: 'ON' | 'OFF' }
  | { kind: 'paging'; switch?: 'ON' | 'OFF'; pageSize?: number }
  | { kind: 'source'; file: string }
  | { kind: 'describe'; target: DescribeTarget };

/** Largest page size PAGING takes (the native protocol's int32). */
export const PAGE_SIZE_MAX = 2_147_483_647;

/** A shell command that does not follow its grammar; the message is cqlsh's. */
export class ImproperCommand extends Error {
  override readonly name = 'ImproperCommand';
}

const COMMANDS = new Set(['describe', 'desc', 'expand', 'paging', 'source', 'consistency', 'help', '?', 'exit', 'quit']);

export function parseShellCommand(text: string): ShellCommand | undefined {
  const word = /^\s*([A-Za-z]+|\?)/.exec(text)?.[1]?.toLowerCase();
  if (word === undefined || !COMMANDS.has(word)) return undefined;
  const name = word === 'desc' ? 'DESCRIBE' : word.toUpperCase();
  let tokens: Token[];
  try {
    tokens = tokenize(text).filter((t) => t.kind !== 'eof');
  } catch {
    throw new ImproperCommand(`Improper ${name} command.`);
  }
  const c = new Words(tokens.slice(1), name);
  switch (word) {
    case 'exit':
    case 'quit':
      c.end();
      return { kind: 'exit' };
    case 'help':
    case '?':
      return { kind: 'help', topics: c.rest().map((t) => t.text.toUpperCase()) };
    case 'consistency': {
      const level = c.optionalWord();
      c.end();
      return level === undefined ? { kind: 'consistency' } : { kind: 'consistency', level };
    }
    case 'expand': {
      const tok = c.next();
      c.end();
      if (tok === undefined) return { kind: 'expand' };
      const sw = tok.kind === 'word' ? tok.value.toUpperCase() : '';
      if (sw !== 'ON' && sw !== 'OFF') throw c.improper(tok);
      return { kind: 'expand', switch: sw };
    }
    case 'paging':
      return paging(c);
    case 'source': {
      const file = c.next();
      if (file?.kind !== 'string') throw c.improper(file);
      c.end();
      return { kind: 'source', file: file.value };
    }
    default:
      return { kind: 'describe', target: describeTarget(c) };
  }
}

function paging(c: Words): ShellCommand {
  const tok = c.next();
  c.end();
  if (tok === undefined) return { kind: 'paging' };
  if (tok.kind === 'integer') {
    const n = Number(tok.value);
    if (n < 1 || n > PAGE_SIZE_MAX) throw c.improper(tok);
    return { kind: 'paging', pageSize: n };
  }
  const sw = tok.kind === 'word' ? tok.value.toUpperCase() : '';
  if (sw !== 'ON' && sw !== 'OFF') throw c.improper(tok);
  return { kind: 'paging', switch: sw };
}

function describeTarget(c: Words): DescribeTarget {
  const tok = c.peek();
  if (tok === undefined) throw c.improper();
  const what = tok.kind === 'word' ? tok.value : '';
  const list = (kind: 'keyspaces' | 'tables' | 'none'): DescribeTarget => {
    c.next();
    c.end();
    return { kind } as DescribeTarget;
  };
  switch (what) {
    case 'keyspaces':
      return list('keyspaces');
    case 'tables':
    case 'columnfamilies':
      return list('tables');
    case 'types':
    case 'functions':
    case 'aggregates':
      return list('none');
    case 'only':
    case 'keyspace': {
      c.next();
      const only = what === 'only';
      if (only && c.next()?.value !== 'keyspace') throw c.improper();
      const name = c.peek() === undefined ? undefined : c.identifier();
      c.end();
      return name === undefined ? { kind: 'keyspace', only } : { kind: 'keyspace', name, only };
    }
    case 'table':
    case 'columnfamily': {
      c.next();
      const [keyspace, name] = c.qualifiedName();
      c.end();
      return keyspace === undefined ? { kind: 'table', name } : { kind: 'table', keyspace, name };
    }
    case 'full':
    case 'schema': {
      c.next();
      const full = what === 'full';
      if (full && c.next()?.value !== 'schema') throw c.improper();
      c.end();
      return { kind: 'schema', full };
    }
    default: {
      const [keyspace, name] = c.qualifiedName();
      c.end();
      return keyspace === undefined ? { kind: 'name', name } : { kind: 'name', keyspace, name };
    }
  }
}

/** A cursor over a command's tokens (after the command word). */
class Words {
  private at = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly command: string,
  ) {}

  peek(): Token | undefined {
    return this.tokens[this.at];
  }

  next(): Token | undefined {
    return this.tokens[this.at++];
  }

  rest(): Token[] {
    const out = this.tokens.slice(this.at);
    this.at = this.tokens.length;
    return out;
  }

  optionalWord(): string | undefined {
    const tok = this.next();
    if (tok === undefined) return undefined;
    if (tok.kind !== 'word') throw this.improper(tok);
    return tok.text;
  }

  identifier(): string {
    const tok = this.next();
    if (tok === undefined || (tok.kind !== 'word' && tok.kind !== 'qident')) throw this.improper(tok);
    return tok.value;
  }

  /** `[ks.]name` → [ks or undefined, name]. */
  qualifiedName(): [string | undefined, string] {
    const first = this.identifier();
    const dot = this.peek();
    if (dot?.kind !== 'punct' || dot.value !== '.') return [undefined, first];
    this.next();
    return [first, this.identifier()];
  }

  end(): void {
    const tok = this.peek();
    if (tok !== undefined) throw this.improper(tok);
  }

  improper(at?: Token): ImproperCommand {
    return new ImproperCommand(at === undefined ? `Improper ${this.command} command.` : `Improper ${this.command} command (problem at '${at.text}').`);
  }
}

// Typed failures of the cluster tools. Each carries the exit status the command ends with;
// the command prints `cassia <command>: <message>` on stderr, never a stack trace.

/** Exit status of a command that could not do (all of) its work: cluster or nodes unreachable. */
export const EXIT_FAILURE = 1;
/** Exit status of a command given input that names nothing in the cluster, or is malformed. */
export const EXIT_BAD_INPUT = 2;

export abstract class ToolError extends Error {
  abstract readonly exitCode: number;
}

/** Input that names nothing in the cluster or cannot be parsed. */
export abstract class BadInputError extends ToolError {
  readonly exitCode = EXIT_BAD_INPUT;
}

export class UnknownKeyspaceError extends BadInputError {
  override readonly name = 'UnknownKeyspaceError';
  constructor(readonly keyspace: string, known: readonly string[]) {
    super(`keyspace '${keyspace}' does not exist${knownList('keyspaces', known)}`);
  }
}

export class UnknownTableError extends BadInputError {
  override readonly name = 'UnknownTableError';
  constructor(readonly keyspace: string, readonly table: string, known: readonly string[]) {
    super(`table '${keyspace}.${table}' does not exist${knownList(`tables in ${keyspace}`, known)}`);
  }
}

export class UnknownNodeError extends BadInputError {
  override readonly name = 'UnknownNodeError';
  constructor(readonly node: string, known: readonly string[]) {
    super(`no node named or with host id '${node}'${knownList('nodes', known)}`);
  }
}

/** A partition key that cannot be read as the table's key columns. */
export class BadKeyError extends BadInputError {
  override readonly name = 'BadKeyError';
}

/** Bad argument values (e.g. a table name without a keyspace). */
export class UsageError extends BadInputError {
  override readonly name = 'UsageError';
}

/** NATS could not be reached, or the cluster's metadata could not be read. */
export class ClusterUnreachableError extends ToolError {
  override readonly name = 'ClusterUnreachableError';
  readonly exitCode = EXIT_FAILURE;
}

/** The NATS server holds no metadata for this cluster name. */
export class NoSuchClusterError extends ToolError {
  override readonly name = 'NoSuchClusterError';
  readonly exitCode = EXIT_FAILURE;
  constructor(readonly cluster: string, readonly nats: string) {
    super(`no cluster named '${cluster}' at ${nats} (no metadata bucket); check --cluster and --nats`);
  }
}

/** Nodes that were asked for something and did not do it (down, timed out, refused). */
export class NodesFailedError extends ToolError {
  override readonly name = 'NodesFailedError';
  readonly exitCode = EXIT_FAILURE;
}

const KNOWN_SHOWN_MAX = 20;

function knownList(what: string, known: readonly string[]): string {
  if (known.length === 0) return ` (no ${what})`;
  const shown = known.slice(0, KNOWN_SHOWN_MAX).join(', ');
  return ` (${what}: ${shown}${known.length > KNOWN_SHOWN_MAX ? ', …' : ''})`;
}

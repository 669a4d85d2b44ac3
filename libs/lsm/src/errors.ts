/**
 * Typed errors of the storage engine. Programmer errors (broken invariants, API misuse) are
 * `AssertionError`s from `node:assert`, never one of these.
 */

/** A file (commit-log segment, SSTable, manifest) holds bytes that fail their checksum or do not decode, where no crash can explain it. */
export class CorruptionError extends Error {
  override readonly name = 'CorruptionError';
  constructor(
    /** Path of the corrupt file. */
    readonly file: string,
    /** Byte offset in the file where the bad entry or header starts. */
    readonly offset: number,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`corruption in ${file} at offset ${offset}: ${reason}`, options);
  }
}

/** A file written by a newer (or unknown) format version. */
export class UnsupportedFormatError extends Error {
  override readonly name = 'UnsupportedFormatError';
  constructor(
    readonly file: string,
    readonly formatVersion: number,
  ) {
    super(`${file} has unsupported format version ${formatVersion}`);
  }
}

/** A mutation breaks the data-model rules (see `validateMutation`); nothing was written. */
export class InvalidMutationError extends Error {
  override readonly name = 'InvalidMutationError';
}

/** A mutation (or batch) serializes to more than the commit log accepts in one entry. */
export class MutationTooLargeError extends Error {
  override readonly name = 'MutationTooLargeError';
  constructor(
    readonly sizeBytes: number,
    readonly sizeBytesMax: number,
  ) {
    super(`mutation of ${sizeBytes} bytes exceeds the commit log entry limit of ${sizeBytesMax} bytes`);
  }
}

/**
 * A write or sync of the commit log failed. The log stops accepting appends (like Cassandra's
 * `commit_failure_policy: stop`): after a failed fdatasync the page cache cannot be trusted, so the
 * process must restart and replay.
 */
export class CommitLogFailedError extends Error {
  override readonly name = 'CommitLogFailedError';
}

/** Too many appends are already waiting for queue space. */
export class CommitLogOverloadedError extends Error {
  override readonly name = 'CommitLogOverloadedError';
}

/** The commit log or engine was closed. */
export class ClosedError extends Error {
  override readonly name = 'ClosedError';
}

/** The table was dropped; its id is never accepted again by this engine. */
export class TableDroppedError extends Error {
  override readonly name = 'TableDroppedError';
  constructor(readonly tableId: string) {
    super(`table ${tableId} was dropped`);
  }
}

/** Table options out of range (versions, gc grace, compaction settings). */
export class InvalidTableOptionsError extends Error {
  override readonly name = 'InvalidTableOptionsError';
}

/**
 * The engine stopped serving after a disk failure (policy `stop`): a corrupt file, or a flush or
 * compaction that could not write. `cause` is the failure. Restart the node to recover.
 */
export class EngineStoppedError extends Error {
  override readonly name = 'EngineStoppedError';
}

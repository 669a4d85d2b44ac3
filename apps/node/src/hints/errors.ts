/**
 * Typed errors of the hint store. Programmer errors (a bad argument type, a broken invariant) are
 * `AssertionError`s from `node:assert`, never one of these.
 */

/** A target host id that cannot name a hint file (letters, digits, '-', '_'; 1..128 characters). */
export class InvalidHintTargetError extends Error {
  override readonly name = 'InvalidHintTargetError';
  constructor(readonly targetHostId: string) {
    super(`bad hint target host id ${JSON.stringify(targetHostId.slice(0, 200))}: letters, digits, '-' and '_' only, 1 to 128 characters`);
  }
}

/** Storing the hint would take the store past `totalBytesMax`; nothing was written. */
export class HintStoreFullError extends Error {
  override readonly name = 'HintStoreFullError';
  constructor(
    /** Bytes on disk plus bytes of appends in flight, before this hint. */
    readonly usedBytes: number,
    /** Bytes this hint needs (framing included). */
    readonly neededBytes: number,
    readonly totalBytesMax: number,
  ) {
    super(`hint store full: ${usedBytes} bytes used + ${neededBytes} needed > limit of ${totalBytesMax} bytes`);
  }
}

/** A payload larger than one segment can hold; nothing was written. */
export class HintTooLargeError extends Error {
  override readonly name = 'HintTooLargeError';
  constructor(
    readonly sizeBytes: number,
    readonly sizeBytesMax: number,
  ) {
    super(`hint payload of ${sizeBytes} bytes exceeds the limit of ${sizeBytesMax} bytes`);
  }
}

/** The store was closed (or is closing). */
export class HintStoreClosedError extends Error {
  override readonly name = 'HintStoreClosedError';
  constructor() {
    super('hint store is closed');
  }
}

/** A replay of this target is already running; one at a time per target. */
export class HintReplayInProgressError extends Error {
  override readonly name = 'HintReplayInProgressError';
  constructor(readonly targetHostId: string) {
    super(`hints for ${targetHostId} are already being replayed`);
  }
}

/**
 * Writing or syncing hints failed; the hints of the failed batch were not acknowledged. They may
 * still be replayed if their bytes did reach the disk (delivery is at-least-once anyway).
 */
export class HintWriteFailedError extends Error {
  override readonly name = 'HintWriteFailedError';
}

/** A hint file written by a newer (or unknown) format version; the store refuses to open. */
export class UnsupportedHintFormatError extends Error {
  override readonly name = 'UnsupportedHintFormatError';
  constructor(
    readonly file: string,
    readonly formatVersion: number,
  ) {
    super(`${file} has unsupported hint format version ${formatVersion}`);
  }
}

// Hinted handoff storage: hints kept here for replicas that could not take a write.
// Contract: hint-store.ts. On-disk format: ../../doc/hints_format.md.
export { HintStore } from './hint-store.js';
export type { HintDeliver, HintReplayOptions, HintReplayResult, HintStoreStats } from './hint-store.js';
export {
  DEFAULT_HINT_SEGMENT_BYTES_MAX,
  DEFAULT_HINT_TOTAL_BYTES_MAX,
  DEFAULT_HINT_WRITERS_OPEN_MAX,
  DEFAULT_MAX_HINT_WINDOW_MS,
  HINT_CHECKPOINT_INTERVAL_HINTS,
  HINT_READ_CHUNK_BYTES,
  HINT_SEGMENT_BYTES_LIMIT,
  HINT_SEGMENT_BYTES_MIN,
  HINT_WRITE_BYTES_MAX,
  systemHintClock,
} from './options.js';
export type { HintClock, HintStoreOptions } from './options.js';
export type { HintFileIssue } from './recovery.js';
export { HINTS_FORMAT_VERSION, HOST_ID_CHARS_MAX, isValidHostId } from './format.js';
export {
  HintReplayInProgressError,
  HintStoreClosedError,
  HintStoreFullError,
  HintTooLargeError,
  HintWriteFailedError,
  InvalidHintTargetError,
  UnsupportedHintFormatError,
} from './errors.js';

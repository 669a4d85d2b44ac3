import { describe, expect, it } from 'vitest';
import {
  CHECKPOINT_BYTES,
  ENTRY_HEADER_BYTES,
  SEGMENT_HEADER_BYTES,
  checkpointFileName,
  decodeCheckpoint,
  decodeSegmentHeader,
  encodeCheckpoint,
  encodeEntry,
  encodeSegmentHeader,
  entryCrc,
  isValidHostId,
  parseHintFileName,
  segmentFileName,
} from './format.js';

describe('hint file names', () => {
  it('round-trip host ids containing dashes and digits', () => {
    for (const hostId of ['a', 'node-1', 'abc-0000000000000007', '5f0c-9a_B']) {
      expect(parseHintFileName(segmentFileName(hostId, 42))).toEqual({ kind: 'segment', hostId, seq: 42 });
      expect(parseHintFileName(checkpointFileName(hostId))).toEqual({ kind: 'checkpoint', hostId });
      expect(parseHintFileName(`${hostId}.checkpoint.tmp`)).toEqual({ kind: 'checkpointTmp', hostId });
    }
    expect(segmentFileName('h', 7)).toBe('h-0000000000000007.hints');
  });

  it('ignores other files, and seqs beyond 2^53', () => {
    for (const name of ['h-1.hints', 'h-0000000000000001.log', '.h-0000000000000001.hints', 'x.checkpoint.old', 'h-9999999999999999.hints']) {
      expect(parseHintFileName(name)).toBeUndefined();
    }
  });

  it('accepts only file-name-safe host ids', () => {
    for (const ok of ['a', 'A-b_9', 'x'.repeat(128)]) expect(isValidHostId(ok)).toBe(true);
    for (const bad of ['', 'a/b', '../x', 'a.b', 'a b', 'é', 'x'.repeat(129)]) expect(isValidHostId(bad)).toBe(false);
  });
});

describe('segment header', () => {
  it('round-trips and rejects damage', () => {
    const header = encodeSegmentHeader(9);
    expect(header).toHaveLength(SEGMENT_HEADER_BYTES);
    expect(decodeSegmentHeader(header)).toEqual({ formatVersion: 1, seq: 9 });
    expect(decodeSegmentHeader(header.subarray(0, 10))).toMatch(/truncated/);
    for (let i = 0; i < SEGMENT_HEADER_BYTES; i++) {
      const bad = header.slice();
      bad[i] = (bad[i] as number) ^ 0x10;
      expect(decodeSegmentHeader(bad)).toBeTypeOf('string');
    }
  });
});

describe('entry', () => {
  it('frames the payload with a CRC over length, createdAtMs and payload', () => {
    const entry = encodeEntry(1_700_000_000_123, Uint8Array.of(1, 2, 3));
    expect(entry).toHaveLength(ENTRY_HEADER_BYTES + 3);
    const view = new DataView(entry.buffer);
    expect(view.getUint32(0, true)).toBe(3);
    expect(view.getUint32(4, true)).toBe(entryCrc(entry));
    expect(Number(view.getBigUint64(8, true))).toBe(1_700_000_000_123);
    for (const i of [0, 8, 15, 16, 18]) {
      const bad = entry.slice();
      bad[i] = (bad[i] as number) ^ 0x01;
      expect(entryCrc(bad)).not.toBe(view.getUint32(4, true));
    }
  });

  it('never validates an all-zero region (a file extended but never written)', () => {
    expect(entryCrc(new Uint8Array(ENTRY_HEADER_BYTES))).not.toBe(0);
  });
});

describe('checkpoint', () => {
  it('round-trips and rejects damage', () => {
    const bytes = encodeCheckpoint({ seq: 3, offset: 4096 });
    expect(bytes).toHaveLength(CHECKPOINT_BYTES);
    expect(decodeCheckpoint(bytes)).toEqual({ formatVersion: 1, seq: 3, offset: 4096 });
    const bad = bytes.slice();
    bad[17] = (bad[17] as number) ^ 0x01;
    expect(decodeCheckpoint(bad)).toMatch(/checksum/);
    expect(decodeCheckpoint(bytes.subarray(0, 20))).toMatch(/bytes/);
  });
});

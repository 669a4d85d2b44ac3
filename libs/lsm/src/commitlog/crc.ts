/** The commit log's checksum: CRC-32 (IEEE 802.3, zlib's), computed natively by `node:zlib`. */
import { crc32 as zlibCrc32 } from 'node:zlib';

/** CRC-32 of `data`, continuing from `initial` (0 to start). Unsigned 32-bit result. */
export function crc32(data: Uint8Array, initial = 0): number {
  return zlibCrc32(data, initial) >>> 0;
}

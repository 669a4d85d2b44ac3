/**
 * How the memtable keeps small partitions: encoded into an append-only arena of large byte
 * chunks (RocksDB's arena, in spirit) rather than as a graph of JS objects, which costs
 * five to ten times the data. A partition blob is decoded on every read into PartitionData
 * whose byte arrays are views into the arena (never written again, freed with the memtable).
 *
 * In-memory only, never on disk: the layout may change with any release.
 *
 * blob      := varuint bodyLength, body
 * body      := i64 token, bytes partitionKey, u8 flags (1 partition deletion, 2 range tombstones), [deletion], [rts], varuint rows, row*
 * deletion  := i64 timestamp, u32 localDeletionTime
 * rts       := varuint count, (u8 boundFlags, [bytes start], [bytes end], deletion)*
 * row       := bytes clustering, u8 flags (1 liveness, 2 deletion, 4 history), [i64 ts, u32 ttl, u32 expiry], [deletion],
 *              varuint cells, cell*, [varuint columns, (string column, varuint n, cell*)*]
 * cell      := string column (only in the cells list), u8 flags (1 tombstone), i64 timestamp, u32 ttl, u32 localDeletionTime, [bytes value]
 * bytes     := varuint length, raw; string := bytes of UTF-8
 */
import { ARENA_POSITION_SPAN, locateIn, type Arena } from './arena.js';
import { DecodedCell, DecodedDeletion, DecodedLiveness, newList } from './decoded.js';
import { makePartition, makeRow } from './reconcile.js';
import type { Cell, DeletionTime, Liveness, Mutation, PartitionData, RangeTombstone, RowData } from './types.js';

/** `encodeSimpleMutationBlob` checks for repeated columns pairwise, up to this many cells. */
const SIMPLE_BLOB_CELLS_MAX = 16;

const EMPTY = new Uint8Array(0);
/** Column names whose encoding a BlobWriter remembers. */
const NAME_CACHE_ENTRIES_MAX = 10_000;
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

/**
 * The blob positions in partition order — token (signed), then partition key bytes (unsigned) —
 * which is the order of an SSTable. Reads only each blob's head (token and key).
 */
export function sortBlobPositions(chunks: readonly Uint8Array[], positions: readonly number[]): number[] {
  const n = positions.length;
  const hi = new Int32Array(n);
  const lo = new Uint32Array(n);
  const keys: Uint8Array[] = new Array<Uint8Array>(n);
  for (let i = 0; i < n; i++) {
    const { chunk, offset } = locateIn(chunks, positions[i]!);
    const r = new BlobReader(chunk, offset);
    r.varuint(); // body length
    const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    lo[i] = view.getUint32(r.pos, true); // the token, little-endian i64
    hi[i] = view.getInt32(r.pos + 4, true);
    r.pos += 8;
    keys[i] = r.bytes();
  }
  const index = Array.from({ length: n }, (_, i) => i);
  index.sort((a, b) => hi[a]! - hi[b]! || lo[a]! - lo[b]! || compareBytes(keys[a]!, keys[b]!));
  return index.map((i) => positions[i]!);
}

/**
 * Orders the partition key of the blob at `position` against `key` (unsigned bytes), read in
 * place: nothing is allocated.
 */
export function compareBlobKey(chunks: readonly Uint8Array[], position: number, key: Uint8Array): number {
  const index = Math.floor(position / ARENA_POSITION_SPAN);
  const chunk = chunks[index]!;
  let pos = position - index * ARENA_POSITION_SPAN;
  while (chunk[pos++]! >= 0x80); // body length
  pos += 8; // token
  const n = varuintAt(chunk, pos);
  pos = varuintEnd;
  const common = Math.min(n, key.length);
  for (let i = 0; i < common; i++) {
    const d = chunk[pos + i]! - key[i]!;
    if (d !== 0) return d;
  }
  return n - key.length;
}

/** Where the varuint read by the last `varuintAt` ends (saves allocating a result per read). */
let varuintEnd = 0;

/** The varuint at `buf[pos]`; sets `varuintEnd`. */
function varuintAt(buf: Uint8Array, pos: number): number {
  let v = 0;
  let scale = 1;
  for (;;) {
    const b = buf[pos++]!;
    v += (b & 0x7f) * scale;
    if (b < 0x80) break;
    scale *= 128;
  }
  varuintEnd = pos;
  return v;
}

/** The partition key of the blob at `position`: a view into its chunk. */
export function blobKeyView(chunks: readonly Uint8Array[], position: number): Uint8Array {
  const { chunk, offset } = locateIn(chunks, position);
  const r = new BlobReader(chunk, offset);
  r.varuint(); // body length
  r.pos += 8; // token
  return r.bytes();
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** A reusable growable buffer for encoding. */
export class BlobWriter {
  private buf = new Uint8Array(4096);
  private view = new DataView(this.buf.buffer);
  private pos = 0;

  reset(): void {
    this.pos = 0;
  }

  /** The encoded body, prefixed with its length: a view valid until the next reset. */
  finish(): Uint8Array {
    const bodyLength = this.pos;
    let prefix = 1;
    for (let v = bodyLength; v >= 0x80; v = Math.floor(v / 128)) prefix++;
    this.reserve(prefix);
    this.buf.copyWithin(prefix, 0, bodyLength);
    let v = bodyLength;
    for (let i = 0; i < prefix; i++) {
      this.buf[i] = i === prefix - 1 ? v : (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    return this.buf.subarray(0, prefix + bodyLength);
  }

  private reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.pos + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  u8(v: number): void {
    this.reserve(1);
    this.buf[this.pos++] = v;
  }

  u32(v: number): void {
    this.reserve(4);
    this.view.setUint32(this.pos, v, true);
    this.pos += 4;
  }

  i64(v: bigint): void {
    this.reserve(8);
    this.view.setBigInt64(this.pos, v, true);
    this.pos += 8;
  }

  varuint(v: number): void {
    this.reserve(8);
    while (v >= 0x80) {
      this.buf[this.pos++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.pos++] = v;
  }

  bytes(b: Uint8Array): void {
    this.varuint(b.length);
    this.reserve(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** Column names repeat endlessly: their UTF-8 is cached (bounded). */
  private readonly names = new Map<string, Uint8Array>();

  string(s: string): void {
    let b = this.names.get(s);
    if (b === undefined) {
      b = utf8.encode(s);
      if (this.names.size < NAME_CACHE_ENTRIES_MAX) this.names.set(s, b);
    }
    this.bytes(b);
  }
}

export function encodePartitionBlob(w: BlobWriter, p: PartitionData): Uint8Array {
  w.reset();
  w.i64(p.token);
  w.bytes(p.partitionKey);
  const rts = p.rangeTombstones ?? [];
  w.u8((p.partitionDeletion ? 1 : 0) | (rts.length > 0 ? 2 : 0));
  if (p.partitionDeletion) writeDeletion(w, p.partitionDeletion);
  if (rts.length > 0) {
    w.varuint(rts.length);
    for (const rt of rts) {
      w.u8((rt.start ? 1 : 0) | (rt.startInclusive ? 2 : 0) | (rt.end ? 4 : 0) | (rt.endInclusive ? 8 : 0));
      if (rt.start) w.bytes(rt.start);
      if (rt.end) w.bytes(rt.end);
      writeDeletion(w, rt.deletion);
    }
  }
  w.varuint(p.rows.length);
  for (const row of p.rows) {
    w.bytes(row.clustering);
    const history = row.history;
    w.u8((row.liveness ? 1 : 0) | (row.deletion ? 2 : 0) | (history !== undefined && history.size > 0 ? 4 : 0));
    if (row.liveness) {
      w.i64(row.liveness.timestamp);
      w.u32(row.liveness.ttlSeconds);
      w.u32(row.liveness.localExpirationTime);
    }
    if (row.deletion) writeDeletion(w, row.deletion);
    w.varuint(row.cells.size);
    for (const [column, cell] of row.cells) {
      w.string(column);
      writeCell(w, cell);
    }
    if (history !== undefined && history.size > 0) {
      w.varuint(history.size);
      for (const [column, cells] of history) {
        w.string(column);
        w.varuint(cells.length);
        for (const c of cells) writeCell(w, c);
      }
    }
  }
  return w.finish();
}

/**
 * The blob of a partition made of one mutation that is a single row (no partition, range or
 * row deletion; cells, tombstones included, each column once) — the common write — encoded straight from the
 * mutation: the same bytes as `encodePartitionBlob` of the partition the mutation makes,
 * without building it. `undefined` for any other mutation.
 */
export function encodeSimpleMutationBlob(w: BlobWriter, m: Mutation): Uint8Array | undefined {
  if (m.partitionDeletion !== undefined || (m.rangeTombstones !== undefined && m.rangeTombstones.length > 0) || m.rows.length !== 1) return undefined;
  const row = m.rows[0]!;
  const cells = row.cells;
  if (row.deletion !== undefined || (row.liveness === undefined && cells.length === 0) || cells.length > SIMPLE_BLOB_CELLS_MAX) return undefined;
  for (let i = 1; i < cells.length; i++) for (let j = 0; j < i; j++) if (cells[i]!.column === cells[j]!.column) return undefined;
  w.reset();
  w.i64(m.token);
  w.bytes(m.partitionKey);
  w.u8(0); // no partition deletion, no range tombstones
  w.varuint(1);
  w.bytes(row.clustering);
  w.u8(row.liveness ? 1 : 0);
  if (row.liveness) {
    w.i64(row.liveness.timestamp);
    w.u32(row.liveness.ttlSeconds);
    w.u32(row.liveness.localExpirationTime);
  }
  w.varuint(cells.length);
  for (const { column, cell } of cells) {
    w.string(column);
    writeCell(w, cell);
  }
  return w.finish();
}

function writeDeletion(w: BlobWriter, d: DeletionTime): void {
  w.i64(d.timestamp);
  w.u32(d.localDeletionTime);
}

function writeCell(w: BlobWriter, c: Cell): void {
  w.u8(c.value === null ? 1 : 0);
  w.i64(c.timestamp);
  w.u32(c.ttlSeconds);
  w.u32(c.localDeletionTime);
  if (c.value !== null) w.bytes(c.value);
}

/**
 * Decodes the blob at `position` into views of a copy of the blob (in a copy slab, below): the
 * result stays valid after the arena's chunks are reused.
 */
export function decodePartitionBlob(arena: Arena, position: number): PartitionData {
  const { chunk, offset } = arena.locate(position);
  const body = varuintAt(chunk, offset);
  const pos = varuintEnd;
  if (body > COPY_SLAB_BYTES / 4) return decodeAt(new BlobReader(chunk.slice(pos, pos + body), 0));
  if (copySlabUsed + body > copySlab.length) {
    copySlab = new Uint8Array(COPY_SLAB_BYTES);
    copySlabView = new DataView(copySlab.buffer);
    copySlabUsed = 0;
  }
  const start = copySlabUsed;
  copySlab.set(chunk.subarray(pos, pos + body), start);
  copySlabUsed += body;
  return decodeAt(new BlobReader(copySlab, start, copySlabView));
}

/**
 * Copies out of the arena go into slabs of this size, each handed out in pieces and never
 * written again: one allocation per slab instead of one off-heap ArrayBuffer per partition read
 * (which cost scans ~20%). A slab lives as long as any piece of it is referenced.
 */
const COPY_SLAB_BYTES = 16 * 1024;
let copySlab = new Uint8Array(0);
/** One DataView per slab, shared by the readers of its pieces. */
let copySlabView = new DataView(copySlab.buffer);
let copySlabUsed = 0;

/**
 * Decodes the blob at `position` of a list of arena chunks into views of the chunks (nothing
 * is copied): only for a caller done with the result before the chunks can be reused.
 */
export function decodeBlobIn(chunks: readonly Uint8Array[], position: number): PartitionData {
  const { chunk, offset } = locateIn(chunks, position);
  const r = new BlobReader(chunk, offset);
  r.varuint(); // body length
  return decodeAt(r);
}

/** Decodes the blob body at the reader's position (views into the reader's bytes). */
function decodeAt(r: BlobReader): PartitionData {
  const token = r.i64();
  const partitionKey = r.bytes();
  const flags = r.u8();
  const partitionDeletion = flags & 1 ? r.deletion() : undefined;
  let rangeTombstones: RangeTombstone[] | undefined;
  if (flags & 2) {
    rangeTombstones = [];
    for (let n = r.varuint(); n > 0; n--) {
      const bf = r.u8();
      const rt: { -readonly [K in keyof RangeTombstone]: RangeTombstone[K] } = {
        startInclusive: (bf & 2) !== 0,
        endInclusive: (bf & 8) !== 0,
        deletion: { timestamp: 0n, localDeletionTime: 0 },
      };
      if (bf & 1) rt.start = r.bytes();
      if (bf & 4) rt.end = r.bytes();
      rt.deletion = r.deletion();
      rangeTombstones.push(rt);
    }
  }
  const rows = newList<RowData>();
  for (let n = r.varuint(); n > 0; n--) {
    const clustering = r.bytes();
    const rf = r.u8();
    let liveness: Liveness | undefined;
    if (rf & 1) liveness = new DecodedLiveness(r.i64(), r.u32(), r.u32());
    const deletion = rf & 2 ? r.deletion() : undefined;
    const cells = new Map<string, Cell>();
    for (let c = r.varuint(); c > 0; c--) {
      const column = r.string();
      cells.set(column, r.cell());
    }
    let history: Map<string, Cell[]> | undefined;
    if (rf & 4) {
      history = new Map();
      for (let c = r.varuint(); c > 0; c--) {
        const column = r.string();
        const versions = newList<Cell>();
        for (let v = r.varuint(); v > 0; v--) versions.push(r.cell());
        history.set(column, versions);
      }
    }
    rows.push(makeRow(clustering, liveness, deletion, cells, history));
  }
  return makePartition(token, partitionKey, partitionDeletion, rows, rangeTombstones);
}

class BlobReader {
  private readonly view: DataView;
  /** `view`: a DataView over all of `buf`'s buffer when `buf` starts at offset 0 of it (saves one per blob). */
  constructor(
    private readonly buf: Uint8Array,
    public pos: number,
    view?: DataView,
  ) {
    this.view = view ?? new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  u8(): number {
    return this.buf[this.pos++]!;
  }
  u32(): number {
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }
  i64(): bigint {
    const v = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    return v;
  }
  varuint(): number {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = this.buf[this.pos++]!;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 128;
    }
  }
  bytes(): Uint8Array {
    const n = this.varuint();
    if (n === 0) return EMPTY;
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
  string(): string {
    const n = this.varuint();
    const s = n === 1 && this.buf[this.pos]! < 0x80 ? String.fromCharCode(this.buf[this.pos]!) : utf8Decoder.decode(this.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
    return s;
  }
  deletion(): DeletionTime {
    return new DecodedDeletion(this.i64(), this.u32());
  }
  cell(): Cell {
    const tomb = this.u8() & 1;
    const timestamp = this.i64();
    const ttlSeconds = this.u32();
    const localDeletionTime = this.u32();
    return new DecodedCell(tomb ? null : this.bytes(), timestamp, ttlSeconds, localDeletionTime);
  }
}

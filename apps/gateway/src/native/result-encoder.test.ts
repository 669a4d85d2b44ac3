import { describe, expect, it } from 'vitest';
import { AlreadyExists, CqlSyntaxError, ReadFailure, ReadTimeout, ServerError, Unavailable, Unprepared, WriteFailure, WriteTimeout, parseType, type CqlType } from '@cassia/cql-lite';
import type { ResultColumn } from '../results.js';
import { BodyReader, BodyWriter } from './primitives.js';
import { encodePrepared, encodeResult, ResultKind, RowsFlag, writeTypeOption } from './result-encoder.js';
import { encodeError, encodeEvent, encodeSupported, ipBytes, truncateUtf8 } from './responses.js';

const col = (name: string, type: string, table = 't'): ResultColumn => ({ keyspace: 'ks', table, name, type: parseType(type) });

/** Reads an [option] back as CQL-ish text, to check writeTypeOption. */
function readOption(r: BodyReader): string {
  const id = r.short();
  switch (id) {
    case 0x0000:
      return `custom(${r.string()})`;
    case 0x0020:
      return `list<${readOption(r)}>`;
    case 0x0022:
      return `set<${readOption(r)}>`;
    case 0x0021:
      return `map<${readOption(r)}, ${readOption(r)}>`;
    default:
      return `0x${id.toString(16)}`;
  }
}

function optionOf(type: CqlType): string {
  const w = new BodyWriter();
  writeTypeOption(w, type);
  const r = new BodyReader(w.finish());
  const text = readOption(r);
  r.end('option');
  return text;
}

describe('native result encoding', () => {
  it('describes every type with its [option] id', () => {
    const cases: [string, string][] = [
      ['ascii', '0x1'], ['bigint', '0x2'], ['blob', '0x3'], ['boolean', '0x4'], ['decimal', '0x6'], ['double', '0x7'],
      ['float', '0x8'], ['int', '0x9'], ['timestamp', '0xb'], ['uuid', '0xc'], ['text', '0xd'], ['varchar', '0xd'],
      ['varint', '0xe'], ['timeuuid', '0xf'], ['inet', '0x10'], ['date', '0x11'], ['time', '0x12'], ['smallint', '0x13'],
      ['tinyint', '0x14'], ['list<int>', 'list<0x9>'], ['set<text>', 'set<0xd>'], ['map<text, bigint>', 'map<0xd, 0x2>'],
      ['frozen<list<map<int, text>>>', 'list<map<0x9, 0xd>>'], ['duration', 'custom(org.apache.cassandra.db.marshal.DurationType)'],
    ];
    for (const [type, option] of cases) expect([type, optionOf(parseType(type))]).toEqual([type, option]);
  });

  it('encodes Rows with a global table spec, a paging state and the values as they are', () => {
    const body = encodeResult({
      kind: 'rows',
      columns: [col('a', 'int'), col('b', 'text')],
      rows: [[Uint8Array.of(0, 0, 0, 1), null], [Uint8Array.of(0, 0, 0, 2), Uint8Array.of(0x68)]],
      pagingState: 'state',
    });
    const r = new BodyReader(body);
    expect(r.int()).toBe(ResultKind.ROWS);
    expect(r.int()).toBe(RowsFlag.GLOBAL_TABLES_SPEC | RowsFlag.HAS_MORE_PAGES);
    expect(r.int()).toBe(2);
    expect(new TextDecoder().decode(r.bytesOrNull()!)).toBe('state');
    expect([r.string(), r.string()]).toEqual(['ks', 't']);
    expect([r.string(), r.short(), r.string(), r.short()]).toEqual(['a', 0x9, 'b', 0xd]);
    expect(r.int()).toBe(2);
    expect([r.bytesOrNull(), r.bytesOrNull(), r.bytesOrNull(), r.bytesOrNull()]).toEqual([Uint8Array.of(0, 0, 0, 1), null, Uint8Array.of(0, 0, 0, 2), Uint8Array.of(0x68)]);
    r.end('rows');
  });

  it('encodes Rows of several tables with a spec per column, and without metadata when asked', () => {
    const columns = [col('a', 'int', 't1'), col('b', 'int', 't2')];
    const mixed = new BodyReader(encodeResult({ kind: 'rows', columns, rows: [], pagingState: null }));
    expect([mixed.int(), mixed.int(), mixed.int()]).toEqual([ResultKind.ROWS, 0, 2]);
    expect([mixed.string(), mixed.string(), mixed.string(), mixed.short()]).toEqual(['ks', 't1', 'a', 0x9]);
    expect([mixed.string(), mixed.string(), mixed.string(), mixed.short(), mixed.int()]).toEqual(['ks', 't2', 'b', 0x9, 0]);
    mixed.end('rows');
    const bare = new BodyReader(encodeResult({ kind: 'rows', columns, rows: [[null, null]], pagingState: null }, true));
    expect([bare.int(), bare.int(), bare.int(), bare.int(), bare.bytesOrNull(), bare.bytesOrNull()]).toEqual([ResultKind.ROWS, RowsFlag.NO_METADATA, 2, 1, null, null]);
    bare.end('rows');
  });

  it('encodes Void, Set_keyspace and Schema_change', () => {
    expect([...encodeResult({ kind: 'void' })]).toEqual([0, 0, 0, 1]);
    const ks = new BodyReader(encodeResult({ kind: 'set_keyspace', keyspace: 'ks' }));
    expect([ks.int(), ks.string()]).toEqual([ResultKind.SET_KEYSPACE, 'ks']);
    const table = new BodyReader(encodeResult({ kind: 'schema_change', change: 'CREATED', target: 'TABLE', keyspace: 'ks', name: 't' }));
    expect([table.int(), table.string(), table.string(), table.string(), table.string()]).toEqual([ResultKind.SCHEMA_CHANGE, 'CREATED', 'TABLE', 'ks', 't']);
    table.end('schema change');
    const keyspace = new BodyReader(encodeResult({ kind: 'schema_change', change: 'DROPPED', target: 'KEYSPACE', keyspace: 'ks' }));
    expect([keyspace.int(), keyspace.string(), keyspace.string(), keyspace.string()]).toEqual([ResultKind.SCHEMA_CHANGE, 'DROPPED', 'KEYSPACE', 'ks']);
    keyspace.end('schema change');
  });

  it('encodes Prepared: id, markers with partition key indexes, result metadata', () => {
    const body = encodePrepared(Uint8Array.of(0xaa, 0xbb), {
      markers: [col('c', 'int'), col('p', 'text')],
      partitionKeyIndexes: [1],
      resultColumns: [col('v', 'list<int>')],
    });
    const r = new BodyReader(body);
    expect(r.int()).toBe(ResultKind.PREPARED);
    expect([...r.shortBytes()]).toEqual([0xaa, 0xbb]);
    expect([r.int(), r.int(), r.int(), r.short()]).toEqual([RowsFlag.GLOBAL_TABLES_SPEC, 2, 1, 1]);
    expect([r.string(), r.string(), r.string(), r.short(), r.string(), r.short()]).toEqual(['ks', 't', 'c', 0x9, 'p', 0xd]);
    expect([r.int(), r.int(), r.string(), r.string(), r.string(), r.short(), r.short()]).toEqual([RowsFlag.GLOBAL_TABLES_SPEC, 1, 'ks', 't', 'v', 0x20, 0x9]);
    r.end('prepared');
    const ddl = new BodyReader(encodePrepared(Uint8Array.of(1), { markers: [], partitionKeyIndexes: [], resultColumns: undefined }));
    expect([ddl.int(), [...ddl.shortBytes()], ddl.int(), ddl.int(), ddl.int(), ddl.int(), ddl.int()]).toEqual([ResultKind.PREPARED, [1], 0, 0, 0, RowsFlag.NO_METADATA, 0]);
    ddl.end('prepared');
  });
});

describe('native ERROR, SUPPORTED and EVENT bodies', () => {
  const read = (body: Uint8Array) => {
    const r = new BodyReader(body);
    return { r, code: r.int(), message: r.string() };
  };

  it('carries each error code with the fields section 9 defines', () => {
    let e = read(encodeError(new Unavailable('QUORUM', 2, 1)));
    expect([e.code, e.message, e.r.short(), e.r.int(), e.r.int()]).toEqual([0x1000, 'Cannot achieve consistency level QUORUM', 4, 2, 1]);
    e.r.end('error');
    e = read(encodeError(new WriteTimeout('ALL', 2, 3, 'UNLOGGED_BATCH')));
    expect([e.code, e.r.short(), e.r.int(), e.r.int(), e.r.string()]).toEqual([0x1100, 5, 2, 3, 'UNLOGGED_BATCH']);
    e.r.end('error');
    e = read(encodeError(new ReadTimeout('LOCAL_ONE', 0, 1, false)));
    expect([e.code, e.r.short(), e.r.int(), e.r.int(), e.r.byte()]).toEqual([0x1200, 10, 0, 1, 0]);
    e.r.end('error');
    e = read(encodeError(new ReadFailure('ONE', 0, 1, 1, true)));
    expect([e.code, e.r.short(), e.r.int(), e.r.int(), e.r.int(), e.r.byte()]).toEqual([0x1300, 1, 0, 1, 1, 1]);
    e.r.end('error');
    e = read(encodeError(new WriteFailure('TWO', 1, 2, 1, 'SIMPLE')));
    expect([e.code, e.r.short(), e.r.int(), e.r.int(), e.r.int(), e.r.string()]).toEqual([0x1500, 2, 1, 2, 1, 'SIMPLE']);
    e.r.end('error');
    e = read(encodeError(new AlreadyExists('ks', '')));
    expect([e.code, e.message, e.r.string(), e.r.string()]).toEqual([0x2400, 'Cannot add existing keyspace "ks"', 'ks', '']);
    e.r.end('error');
    e = read(encodeError(new Unprepared('00ff10')));
    expect([e.code, [...e.r.shortBytes()]]).toEqual([0x2500, [0, 0xff, 0x10]]);
    e.r.end('error');
    e = read(encodeError(new CqlSyntaxError('line 1:0 no viable alternative at input', 1, 0, 'x')));
    expect([e.code, e.message]).toEqual([0x2000, 'line 1:0 no viable alternative at input']);
    e.r.end('error');
  });

  it('cuts messages longer than a [string] at a character boundary', () => {
    const long = 'é'.repeat(40_000); // 80,000 bytes
    const e = read(encodeError(new ServerError(long)));
    expect(new TextEncoder().encode(e.message).length).toBeLessThanOrEqual(0xffff);
    expect(e.message).toBe('é'.repeat(32_767));
    expect(truncateUtf8('abc', 2)).toBe('ab');
  });

  it('announces CQL 3.4.5, protocol v4 and no compression', () => {
    expect(new BodyReader(encodeSupported()).stringMultimap()).toEqual(
      new Map([['CQL_VERSION', ['3.4.5']], ['COMPRESSION', []], ['PROTOCOL_VERSIONS', ['4/v4']]]),
    );
  });

  it('encodes events with [inet] addresses', () => {
    const status = new BodyReader(encodeEvent({ type: 'STATUS_CHANGE', change: 'DOWN', address: '127.0.0.2', port: 9042 }));
    expect([status.string(), status.string(), status.byte(), status.byte(), status.byte(), status.byte(), status.byte(), status.int()]).toEqual([
      'STATUS_CHANGE', 'DOWN', 4, 127, 0, 0, 2, 9042,
    ]);
    status.end('event');
    const topo = new BodyReader(encodeEvent({ type: 'TOPOLOGY_CHANGE', change: 'NEW_NODE', address: '::1', port: 9043 }));
    expect([topo.string(), topo.string(), topo.byte(), [...topo.uuid()], topo.int()]).toEqual(['TOPOLOGY_CHANGE', 'NEW_NODE', 16, [...new Array(15).fill(0), 1], 9043]);
    topo.end('event');
    const schema = new BodyReader(encodeEvent({ type: 'SCHEMA_CHANGE', change: 'UPDATED', target: 'KEYSPACE', keyspace: 'ks' }));
    expect([schema.string(), schema.string(), schema.string(), schema.string()]).toEqual(['SCHEMA_CHANGE', 'UPDATED', 'KEYSPACE', 'ks']);
    schema.end('event');
    expect([...ipBytes('10.1.2.3')]).toEqual([10, 1, 2, 3]);
    expect([...ipBytes('::1')]).toEqual([...new Array(15).fill(0), 1]);
    expect([...ipBytes('2001:db8::8:800:200c:417a')]).toEqual([0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 8, 8, 0, 0x20, 0x0c, 0x41, 0x7a]);
    expect([...ipBytes('::ffff:1.2.3.4')]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4]);
    expect(() => ipBytes('localhost')).toThrow('not an IP address');
  });
});

import { describe, expect, it } from 'vitest';
import {
  bindDelete,
  bindInsert,
  bindUpdate,
  deserializeValue,
  jsonParams,
  parse,
  tableFromCreate,
  type CreateTableStatement,
  type DeleteStatement,
  type InsertStatement,
  type TableSchema,
  type UpdateStatement,
} from '@cassia/cql-lite';
import { deleteMutation, insertMutation, needsCurrentRow, updateMutation, type CurrentRow, type WriteTime } from './mutations.js';

const table: TableSchema = tableFromCreate(
  parse('CREATE TABLE t (k int, c int, v text, l list<int>, s set<text>, m map<text, int>, PRIMARY KEY (k, c))') as CreateTableStatement,
  'ks',
  'table-id',
);
const at: WriteTime = { timestamp: 1000n, nowSeconds: 50, ttlSeconds: 0 };

function update(cql: string, current: CurrentRow = new Map()) {
  const bound = bindUpdate(parse(cql) as UpdateStatement, table, jsonParams(undefined));
  return { needsRead: needsCurrentRow(bound), mutation: updateMutation(table, bound, at, current) };
}

/** The whole value a column's cell holds after the mutation, as JS. */
function cellValue(m: ReturnType<typeof update>['mutation'], column: string): unknown {
  const cell = m.rows[0]!.cells.find((c) => c.column === column)!.cell;
  const type = table.columns.find((c) => c.name === column)!.type;
  return cell.value === null ? null : deserializeValue(type, cell.value);
}

function current(cql: string): CurrentRow {
  const bound = bindInsert(parse(cql) as InsertStatement, table, jsonParams(undefined));
  return new Map(bound.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value as Uint8Array]));
}

describe('mutations of INSERT, UPDATE and DELETE', () => {
  it('INSERT writes the row liveness and its cells; a TTL expires both', () => {
    const bound = bindInsert(parse("INSERT INTO t (k, c, v) VALUES (1, 2, 'x') USING TTL 10") as InsertStatement, table, jsonParams(undefined));
    const m = insertMutation(table, bound, { ...at, ttlSeconds: 10 });
    expect(m.rows[0]!.liveness).toEqual({ timestamp: 1000n, ttlSeconds: 10, localExpirationTime: 60 });
    expect(m.rows[0]!.cells[0]!.cell).toMatchObject({ timestamp: 1000n, ttlSeconds: 10, localDeletionTime: 60 });
  });

  it('UPDATE writes cells only, and a plain SET needs no read', () => {
    const { needsRead, mutation } = update("UPDATE t SET v = 'y', l = [1, 2] WHERE k = 1 AND c = 2");
    expect(needsRead).toBe(false);
    expect(mutation.rows[0]!.liveness).toBeUndefined();
    expect(cellValue(mutation, 'v')).toBe('y');
    expect(cellValue(mutation, 'l')).toEqual([1, 2]);
  });

  it('collection element operations rewrite the whole value from the current one', () => {
    const row = current("INSERT INTO t (k, c, l, s, m) VALUES (1, 2, [1, 2, 3, 2], {'a', 'b'}, {'x': 1, 'y': 2})");
    expect(update('UPDATE t SET l = l + [4] WHERE k = 1 AND c = 2', row).needsRead).toBe(true);
    expect(cellValue(update('UPDATE t SET l = l + [4] WHERE k = 1 AND c = 2', row).mutation, 'l')).toEqual([1, 2, 3, 2, 4]);
    expect(cellValue(update('UPDATE t SET l = [0] + l WHERE k = 1 AND c = 2', row).mutation, 'l')).toEqual([0, 1, 2, 3, 2]);
    expect(cellValue(update('UPDATE t SET l = l - [2] WHERE k = 1 AND c = 2', row).mutation, 'l')).toEqual([1, 3]);
    expect(cellValue(update('UPDATE t SET l[1] = 9 WHERE k = 1 AND c = 2', row).mutation, 'l')).toEqual([1, 9, 3, 2]);
    expect(() => update('UPDATE t SET l[7] = 9 WHERE k = 1 AND c = 2', row)).toThrow(/List index 7 out of bound, list has size 4/);
    expect(cellValue(update("UPDATE t SET s = s + {'c', 'a'} WHERE k = 1 AND c = 2", row).mutation, 's')).toEqual(['a', 'b', 'c']);
    expect(cellValue(update("UPDATE t SET s = s - {'a', 'b'} WHERE k = 1 AND c = 2", row).mutation, 's')).toBeNull(); // emptied: deleted
    expect(cellValue(update("UPDATE t SET m['z'] = 3 WHERE k = 1 AND c = 2", row).mutation, 'm')).toEqual(new Map([['x', 1], ['y', 2], ['z', 3]]));
    expect(cellValue(update("UPDATE t SET m = m + {'x': 7} WHERE k = 1 AND c = 2", row).mutation, 'm')).toEqual(new Map([['x', 7], ['y', 2]]));
    expect(cellValue(update("UPDATE t SET m = m - {'x'} WHERE k = 1 AND c = 2", row).mutation, 'm')).toEqual(new Map([['y', 2]]));
    expect(cellValue(update("UPDATE t SET l = l + [5] WHERE k = 1 AND c = 2").mutation, 'l')).toEqual([5]); // no current value
  });

  it('DELETE of a partition, a row, a range, columns and elements', () => {
    const del = (cql: string, row: CurrentRow = new Map()) => deleteMutation(table, bindDelete(parse(cql) as DeleteStatement, table, jsonParams(undefined)), at, row);
    expect(del('DELETE FROM t WHERE k = 1').partitionDeletion).toEqual({ timestamp: 1000n, localDeletionTime: 50 });
    expect(del('DELETE FROM t WHERE k = 1 AND c = 2').rows[0]!.deletion).toEqual({ timestamp: 1000n, localDeletionTime: 50 });
    expect(del('DELETE FROM t WHERE k = 1 AND c > 2').rangeTombstones).toHaveLength(1);
    expect(del('DELETE v FROM t WHERE k = 1 AND c = 2').rows[0]!.cells).toEqual([{ column: 'v', cell: { value: null, timestamp: 1000n, ttlSeconds: 0, localDeletionTime: 50 } }]);
    const row = current("INSERT INTO t (k, c, m) VALUES (1, 2, {'x': 1, 'y': 2})");
    const m = del("DELETE m['x'] FROM t WHERE k = 1 AND c = 2", row);
    expect(deserializeValue(table.columns.find((c) => c.name === 'm')!.type, m.rows[0]!.cells[0]!.cell.value!)).toEqual(new Map([['y', 2]]));
  });
});

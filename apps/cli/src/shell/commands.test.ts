import { describe, expect, it } from 'vitest';
import { ImproperCommand, parseShellCommand } from './commands.js';

const improper = (text: string): string => {
  try {
    parseShellCommand(text);
  } catch (err) {
    if (err instanceof ImproperCommand) return err.message;
    throw err;
  }
  throw new Error(`${text}: parsed`);
};

describe('parseShellCommand', () => {
  it('leaves CQL to the server', () => {
    for (const cql of ['SELECT * FROM t', 'USE ks', 'INSERT INTO describe (a) VALUES (1)', '  ', '-- describe']) {
      expect(parseShellCommand(cql)).toBeUndefined();
    }
  });

  it('parses every DESCRIBE form, DESC as DESCRIBE, names as CQL identifiers', () => {
    const d = (text: string) => parseShellCommand(text);
    expect(d('DESCRIBE KEYSPACES')).toEqual({ kind: 'describe', target: { kind: 'keyspaces' } });
    expect(d('desc keyspaces')).toEqual({ kind: 'describe', target: { kind: 'keyspaces' } });
    expect(d('DESC TABLES')).toEqual({ kind: 'describe', target: { kind: 'tables' } });
    expect(d('DESC COLUMNFAMILIES')).toEqual({ kind: 'describe', target: { kind: 'tables' } });
    expect(d('DESCRIBE KEYSPACE')).toEqual({ kind: 'describe', target: { kind: 'keyspace', only: false } });
    expect(d('DESCRIBE KEYSPACE Ks')).toEqual({ kind: 'describe', target: { kind: 'keyspace', name: 'ks', only: false } });
    expect(d('DESCRIBE ONLY KEYSPACE "Ks"')).toEqual({ kind: 'describe', target: { kind: 'keyspace', name: 'Ks', only: true } });
    expect(d('DESCRIBE TABLE ks.T')).toEqual({ kind: 'describe', target: { kind: 'table', keyspace: 'ks', name: 't' } });
    expect(d('DESCRIBE COLUMNFAMILY "T"')).toEqual({ kind: 'describe', target: { kind: 'table', name: 'T' } });
    expect(d('DESCRIBE SCHEMA')).toEqual({ kind: 'describe', target: { kind: 'schema', full: false } });
    expect(d('DESCRIBE FULL SCHEMA')).toEqual({ kind: 'describe', target: { kind: 'schema', full: true } });
    expect(d('DESCRIBE TYPES')).toEqual({ kind: 'describe', target: { kind: 'none' } });
    expect(d('DESCRIBE t')).toEqual({ kind: 'describe', target: { kind: 'name', name: 't' } });
    expect(d('DESCRIBE ks."My Table"')).toEqual({ kind: 'describe', target: { kind: 'name', keyspace: 'ks', name: 'My Table' } });
  });

  it('refuses malformed DESCRIBE with cqlsh\'s message', () => {
    expect(improper('DESCRIBE')).toBe('Improper DESCRIBE command.');
    expect(improper('DESC TABLE')).toBe('Improper DESCRIBE command.');
    expect(improper('DESCRIBE TABLE ks.')).toBe('Improper DESCRIBE command.');
    expect(improper('DESCRIBE TABLES extra')).toBe("Improper DESCRIBE command (problem at 'extra').");
    expect(improper('DESCRIBE FULL KEYSPACE')).toBe('Improper DESCRIBE command.');
    expect(improper("DESCRIBE 'x'")).toBe("Improper DESCRIBE command (problem at ''x'').");
  });

  it('parses EXPAND and PAGING switches and page sizes', () => {
    expect(parseShellCommand('EXPAND')).toEqual({ kind: 'expand' });
    expect(parseShellCommand('expand on')).toEqual({ kind: 'expand', switch: 'ON' });
    expect(parseShellCommand('EXPAND Off')).toEqual({ kind: 'expand', switch: 'OFF' });
    expect(parseShellCommand('PAGING')).toEqual({ kind: 'paging' });
    expect(parseShellCommand('PAGING ON')).toEqual({ kind: 'paging', switch: 'ON' });
    expect(parseShellCommand('paging off')).toEqual({ kind: 'paging', switch: 'OFF' });
    expect(parseShellCommand('PAGING 25')).toEqual({ kind: 'paging', pageSize: 25 });
    expect(improper('EXPAND maybe')).toBe("Improper EXPAND command (problem at 'maybe').");
    expect(improper('PAGING 0')).toBe("Improper PAGING command (problem at '0').");
    expect(improper('PAGING -5')).toBe("Improper PAGING command (problem at '-5').");
    expect(improper('PAGING 2147483648')).toBe("Improper PAGING command (problem at '2147483648').");
    expect(improper('PAGING lots')).toBe("Improper PAGING command (problem at 'lots').");
    expect(improper('PAGING ON 5')).toBe("Improper PAGING command (problem at '5').");
  });

  it('parses SOURCE with a string literal', () => {
    expect(parseShellCommand("SOURCE '~/my file.cql'")).toEqual({ kind: 'source', file: '~/my file.cql' });
    expect(parseShellCommand("source 'it''s.cql'")).toEqual({ kind: 'source', file: "it's.cql" });
    expect(improper('SOURCE file.cql')).toBe("Improper SOURCE command (problem at 'file').");
    expect(improper('SOURCE')).toBe('Improper SOURCE command.');
    expect(improper("SOURCE 'unterminated")).toBe('Improper SOURCE command.');
  });

  it('parses CONSISTENCY, HELP and EXIT', () => {
    expect(parseShellCommand('CONSISTENCY')).toEqual({ kind: 'consistency' });
    expect(parseShellCommand('consistency quorum')).toEqual({ kind: 'consistency', level: 'quorum' });
    expect(parseShellCommand('HELP')).toEqual({ kind: 'help', topics: [] });
    expect(parseShellCommand('? paging desc')).toEqual({ kind: 'help', topics: ['PAGING', 'DESC'] });
    expect(parseShellCommand('EXIT')).toEqual({ kind: 'exit' });
    expect(parseShellCommand('quit')).toEqual({ kind: 'exit' });
    expect(improper('EXIT now')).toBe("Improper EXIT command (problem at 'now').");
  });
});

import { describe, expect, it } from 'vitest';
import {
  AlreadyExists,
  BadCredentials,
  ConfigurationError,
  CqlError,
  CqlSyntaxError,
  FunctionFailure,
  InvalidRequest,
  IsBootstrapping,
  Overloaded,
  ProtocolError,
  ReadFailure,
  ReadTimeout,
  ServerError,
  TruncateError,
  Unauthorized,
  Unavailable,
  Unprepared,
  WriteFailure,
  WriteTimeout,
  cqlErrorByCode,
} from './errors.js';

describe('errors', () => {
  it('carry the native-protocol codes and the names HTTP clients see', () => {
    const all: [CqlError, number, string, string][] = [
      [new ServerError('x'), 0x0000, 'Server', 'ServerError'],
      [new ProtocolError('x'), 0x000a, 'ProtocolError', 'ProtocolError'],
      [new BadCredentials('x'), 0x0100, 'BadCredentials', 'BadCredentials'],
      [new Unavailable('QUORUM', 2, 1), 0x1000, 'Unavailable', 'Unavailable'],
      [new Overloaded('x'), 0x1001, 'Overloaded', 'Overloaded'],
      [new IsBootstrapping('x'), 0x1002, 'IsBootstrapping', 'IsBootstrapping'],
      [new TruncateError('x'), 0x1003, 'TruncateError', 'TruncateError'],
      [new WriteTimeout('ONE', 0, 1, 'SIMPLE'), 0x1100, 'WriteTimeout', 'WriteTimeout'],
      [new ReadTimeout('ONE', 0, 1, false), 0x1200, 'ReadTimeout', 'ReadTimeout'],
      [new ReadFailure('ONE', 0, 1, 1, false), 0x1300, 'ReadFailure', 'ReadFailure'],
      [new FunctionFailure('ks', 'f', ['int'], 'x'), 0x1400, 'FunctionFailure', 'FunctionFailure'],
      [new WriteFailure('ONE', 0, 1, 1, 'SIMPLE'), 0x1500, 'WriteFailure', 'WriteFailure'],
      [new CqlSyntaxError('line 1:0 x', 1, 0, 'x'), 0x2000, 'Syntax', 'CqlSyntaxError'],
      [new Unauthorized('x'), 0x2100, 'Unauthorized', 'Unauthorized'],
      [new InvalidRequest('x'), 0x2200, 'Invalid', 'InvalidRequest'],
      [new ConfigurationError('x'), 0x2300, 'ConfigurationException', 'ConfigurationError'],
      [new AlreadyExists('ks', 't'), 0x2400, 'AlreadyExists', 'AlreadyExists'],
      [new Unprepared('abcd'), 0x2500, 'Unprepared', 'Unprepared'],
    ];
    for (const [err, code, errorName, name] of all) {
      expect(err).toBeInstanceOf(CqlError);
      expect(err).toBeInstanceOf(Error);
      expect([err.code, err.errorName, err.name]).toEqual([code, errorName, name]);
      expect(cqlErrorByCode(code)?.errorName).toBe(errorName);
    }
    expect(cqlErrorByCode(0x9999)).toBeUndefined();
  });

  it('word AlreadyExists like Cassandra', () => {
    expect(new AlreadyExists('ks', 't').message).toBe('Cannot add already existing table "t" to keyspace "ks"');
    expect(new AlreadyExists('ks', '').message).toBe('Cannot add existing keyspace "ks"');
  });

  it('serialise to the HTTP error body with their fields', () => {
    expect(new WriteTimeout('QUORUM', 1, 2, 'SIMPLE').toJSON()).toEqual({
      error: 'WriteTimeout',
      code: 0x1100,
      message: 'Operation timed out - received only 1 responses.',
      consistency: 'QUORUM',
      received: 1,
      blockFor: 2,
      writeType: 'SIMPLE',
    });
    expect(new CqlSyntaxError('line 2:0 unexpected end of input', 2, 0, '<EOF>').toJSON()).toEqual({
      error: 'Syntax',
      code: 0x2000,
      message: 'line 2:0 unexpected end of input',
      line: 2,
      column: 0,
      token: '<EOF>',
    });
    expect(new InvalidRequest('bad', { cause: new Error('inner') }).cause).toBeInstanceOf(Error);
  });
});

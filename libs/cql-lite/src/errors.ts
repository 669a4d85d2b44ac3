// Typed errors carrying Cassandra's error names and native-protocol (v4) error codes.
//
// Contract: every error that reaches a client is a CqlError. `code` is the native-protocol
// error code (DO NOT CHANGE: clients and drivers switch on it), `errorName` is the name an
// HTTP client sees in `{error, code, message}`. The table of codes lives in CQL_ERRORS
// below and nowhere else.

/** One row per Cassandra error: native-protocol code and the name HTTP clients see. */
export const CQL_ERRORS = {
  Server: { code: 0x0000, errorName: 'Server' },
  ProtocolError: { code: 0x000a, errorName: 'ProtocolError' },
  BadCredentials: { code: 0x0100, errorName: 'BadCredentials' },
  Unavailable: { code: 0x1000, errorName: 'Unavailable' },
  Overloaded: { code: 0x1001, errorName: 'Overloaded' },
  IsBootstrapping: { code: 0x1002, errorName: 'IsBootstrapping' },
  TruncateError: { code: 0x1003, errorName: 'TruncateError' },
  WriteTimeout: { code: 0x1100, errorName: 'WriteTimeout' },
  ReadTimeout: { code: 0x1200, errorName: 'ReadTimeout' },
  ReadFailure: { code: 0x1300, errorName: 'ReadFailure' },
  FunctionFailure: { code: 0x1400, errorName: 'FunctionFailure' },
  WriteFailure: { code: 0x1500, errorName: 'WriteFailure' },
  Syntax: { code: 0x2000, errorName: 'Syntax' },
  Unauthorized: { code: 0x2100, errorName: 'Unauthorized' },
  Invalid: { code: 0x2200, errorName: 'Invalid' },
  Config: { code: 0x2300, errorName: 'ConfigurationException' },
  AlreadyExists: { code: 0x2400, errorName: 'AlreadyExists' },
  Unprepared: { code: 0x2500, errorName: 'Unprepared' },
} as const;

export type CqlErrorKind = keyof typeof CQL_ERRORS;

/** Finds the table row for a native-protocol error code, or undefined if the code is unknown. */
export function cqlErrorByCode(code: number): { kind: CqlErrorKind; code: number; errorName: string } | undefined {
  for (const kind of Object.keys(CQL_ERRORS) as CqlErrorKind[]) {
    const row = CQL_ERRORS[kind];
    if (row.code === code) return { kind, code: row.code, errorName: row.errorName };
  }
  return undefined;
}

/** Base of every error a client can see. */
export class CqlError extends Error {
  readonly code: number;
  readonly errorName: string;

  constructor(kind: CqlErrorKind, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = CQL_ERRORS[kind].code;
    this.errorName = CQL_ERRORS[kind].errorName;
    this.name = new.target.name;
  }

  /** `{error, code, message}` plus the subclass's fields: the HTTP error body. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { error: this.errorName, code: this.code, message: this.message };
    for (const [k, v] of Object.entries(this)) {
      if (k === 'code' || k === 'errorName' || k === 'name') continue;
      out[k] = typeof v === 'bigint' ? v.toString() : v;
    }
    return out;
  }
}

export class ServerError extends CqlError {
  constructor(message: string, options?: ErrorOptions) {
    super('Server', message, options);
  }
}

export class ProtocolError extends CqlError {
  constructor(message: string, options?: ErrorOptions) {
    super('ProtocolError', message, options);
  }
}

export class BadCredentials extends CqlError {
  constructor(message: string, options?: ErrorOptions) {
    super('BadCredentials', message, options);
  }
}

export class Unavailable extends CqlError {
  constructor(
    readonly consistency: string,
    readonly required: number,
    readonly alive: number,
    message = `Cannot achieve consistency level ${consistency}`,
    options?: ErrorOptions,
  ) {
    super('Unavailable', message, options);
  }
}

export class Overloaded extends CqlError {
  constructor(message: string, options?: ErrorOptions) {
    super('Overloaded', message, options);
  }
}

export class IsBootstrapping extends CqlError {
  constructor(message: string, options?: ErrorOptions) {
    super('IsBootstrapping', message, options);
  }
}

export class TruncateError extends CqlError {
  constructor(message: string, options?: ErrorOptions) {
    super('TruncateError', message, options);
  }
}

export class WriteTimeout extends CqlError {
  constructor(
    readonly consistency: string,
    readonly received: number,
    readonly blockFor: number,
    /** SIMPLE, BATCH, UNLOGGED_BATCH, COUNTER, BATCH_LOG, CAS, VIEW, CDC */
    readonly writeType: string,
    message = `Operation timed out - received only ${received} responses.`,
    options?: ErrorOptions,
  ) {
    super('WriteTimeout', message, options);
  }
}

export class ReadTimeout extends CqlError {
  constructor(
    readonly consistency: string,
    readonly received: number,
    readonly blockFor: number,
    readonly dataPresent: boolean,
    message = `Operation timed out - received only ${received} responses.`,
    options?: ErrorOptions,
  ) {
    super('ReadTimeout', message, options);
  }
}

export class ReadFailure extends CqlError {
  constructor(
    readonly consistency: string,
    readonly received: number,
    readonly blockFor: number,
    readonly numFailures: number,
    readonly dataPresent: boolean,
    message = `Operation failed - received ${received} responses and ${numFailures} failures`,
    options?: ErrorOptions,
  ) {
    super('ReadFailure', message, options);
  }
}

export class FunctionFailure extends CqlError {
  constructor(
    readonly keyspace: string,
    readonly functionName: string,
    readonly argTypes: string[],
    message: string,
    options?: ErrorOptions,
  ) {
    super('FunctionFailure', message, options);
  }
}

export class WriteFailure extends CqlError {
  constructor(
    readonly consistency: string,
    readonly received: number,
    readonly blockFor: number,
    readonly numFailures: number,
    readonly writeType: string,
    message = `Operation failed - received ${received} responses and ${numFailures} failures`,
    options?: ErrorOptions,
  ) {
    super('WriteFailure', message, options);
  }
}

/**
 * A CQL syntax error. `line` is 1-based and `column` 0-based (Cassandra's "line 1:7");
 * `token` is the offending token's source text ('<EOF>' at end of input). The message
 * always starts with "line L:C ".
 */
export class CqlSyntaxError extends CqlError {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly token: string,
    options?: ErrorOptions,
  ) {
    super('Syntax', message, options);
  }
}

export class Unauthorized extends CqlError {
  constructor(message: string, options?: ErrorOptions) {
    super('Unauthorized', message, options);
  }
}

/** Cassandra's InvalidRequestException: a well-formed statement that cannot be executed. */
export class InvalidRequest extends CqlError {
  constructor(message: string, options?: ErrorOptions) {
    super('Invalid', message, options);
  }
}

/** Cassandra's ConfigurationException (bad keyspace or table options). */
export class ConfigurationError extends CqlError {
  constructor(message: string, options?: ErrorOptions) {
    super('Config', message, options);
  }
}

/** CREATE of a keyspace or table that exists; `table` is '' for a keyspace. */
export class AlreadyExists extends CqlError {
  constructor(
    readonly keyspace: string,
    readonly table: string,
    options?: ErrorOptions,
  ) {
    super(
      'AlreadyExists',
      table === ''
        ? `Cannot add existing keyspace "${keyspace}"`
        : `Cannot add already existing table "${table}" to keyspace "${keyspace}"`,
      options,
    );
  }
}

/** EXECUTE of a prepared-statement id the server does not know; `id` is hex. */
export class Unprepared extends CqlError {
  constructor(
    readonly id: string,
    message = `Prepared query with ID ${id} not found`,
    options?: ErrorOptions,
  ) {
    super('Unprepared', message, options);
  }
}

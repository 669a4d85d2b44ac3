// Typed failures of a NATS request/reply call. Callers map them to Cassandra errors
// (a timeout becomes WriteTimeout/ReadTimeout, no responders means the replica is down).

/** The deadline passed before a reply arrived. The request may still have been applied. */
export class RpcTimeoutError extends Error {
  override readonly name = 'RpcTimeoutError';
  constructor(
    readonly subject: string,
    readonly timeoutMs: number,
    options?: ErrorOptions,
  ) {
    super(`no reply on ${subject} within ${timeoutMs} ms`, options);
  }
}

/** Nobody subscribes to the subject: the service is not running. Nothing was applied. */
export class RpcNoRespondersError extends Error {
  override readonly name = 'RpcNoRespondersError';
  constructor(
    readonly subject: string,
    options?: ErrorOptions,
  ) {
    super(`no responders on ${subject}`, options);
  }
}

/** The connection failed, closed or refused the request; the outcome is unknown. */
export class RpcConnectionError extends Error {
  override readonly name = 'RpcConnectionError';
  constructor(
    readonly subject: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`request on ${subject} failed: ${message}`, options);
  }
}

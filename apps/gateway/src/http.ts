// The gateway's HTTP server (fastify): POST /v1/cql (the HTTP contract in the README),
// GET /metrics, GET /healthz.
//
// Every failure answers `{"error": {"code", "name", "message", ...details}}` with
// Cassandra's error code and name, and HTTP 400 for Syntax/Invalid/ConfigurationException/
// ProtocolError (malformed requests), 409 AlreadyExists, 503 Unavailable/Overloaded,
// 504 WriteTimeout/ReadTimeout, 500 for the rest (Server, WriteFailure, ReadFailure).
import Fastify, { type FastifyInstance } from 'fastify';
import { CqlError, ProtocolError, ServerError } from '@cassia/cql-lite';
import type { Registry } from '@cassia/telemetry';
import type { Logger } from '@cassia/telemetry';
import type { QueryRequest, QueryResponse } from './executor.js';

/** Largest request body accepted, in bytes. */
export const HTTP_BODY_BYTES_MAX = 16 * 1024 * 1024;
/** Idle keep-alive connections are closed after this long. */
export const HTTP_KEEP_ALIVE_TIMEOUT_MS = 65_000;

const STATUS_BY_ERROR: Record<string, number> = {
  Syntax: 400,
  Invalid: 400,
  ConfigurationException: 400,
  ProtocolError: 400,
  Unauthorized: 401,
  BadCredentials: 401,
  AlreadyExists: 409,
  Unavailable: 503,
  Overloaded: 503,
  IsBootstrapping: 503,
  WriteTimeout: 504,
  ReadTimeout: 504,
};

export function httpStatusFor(err: CqlError): number {
  return STATUS_BY_ERROR[err.errorName] ?? 500;
}

/** The HTTP error body: Cassandra's code and name, the message, the error's details. */
export function errorBody(err: CqlError): { error: Record<string, unknown> } {
  const { error: name, code, message, ...details } = err.toJSON();
  return { error: { code, name, message, ...details } };
}

export interface HttpDeps {
  execute: (request: QueryRequest) => Promise<QueryResponse>;
  registry: Registry;
  health: () => { ok: boolean; [k: string]: unknown };
  log: Logger;
}

/** Parses and checks the JSON body of POST /v1/cql; throws ProtocolError on anything else. */
export function parseQueryRequest(body: string): QueryRequest {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (err) {
    throw new ProtocolError(`request body is not valid JSON: ${(err as Error).message}`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ProtocolError('request body must be a JSON object with a "query" string');
  }
  const o = json as Record<string, unknown>;
  const known = new Set(['query', 'params', 'consistency', 'keyspace', 'pageSize', 'pagingState']);
  const unknown = Object.keys(o).filter((k) => !known.has(k));
  if (unknown.length > 0) throw new ProtocolError(`unknown request field(s): ${unknown.join(', ')}`);
  if (typeof o['query'] !== 'string') throw new ProtocolError('"query" must be a string');
  const params = o['params'];
  if (params !== undefined && params !== null && typeof params !== 'object') {
    throw new ProtocolError('"params" must be an array (positional) or an object (named)');
  }
  for (const field of ['consistency', 'keyspace', 'pagingState'] as const) {
    const v = o[field];
    if (v !== undefined && v !== null && typeof v !== 'string') throw new ProtocolError(`"${field}" must be a string`);
  }
  const pageSize = o['pageSize'];
  if (pageSize !== undefined && pageSize !== null && !(Number.isInteger(pageSize) && (pageSize as number) > 0)) {
    throw new ProtocolError('"pageSize" must be a positive integer');
  }
  const request: QueryRequest = { query: o['query'] };
  if (params !== undefined && params !== null) request.params = params as unknown[] | Record<string, unknown>;
  if (typeof o['consistency'] === 'string') request.consistency = o['consistency'];
  if (typeof o['keyspace'] === 'string') request.keyspace = o['keyspace'];
  if (typeof o['pagingState'] === 'string') request.pagingState = o['pagingState'];
  if (typeof pageSize === 'number') request.pageSize = pageSize;
  return request;
}

export async function buildHttpServer(deps: HttpDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: HTTP_BODY_BYTES_MAX,
    keepAliveTimeout: HTTP_KEEP_ALIVE_TIMEOUT_MS,
  });
  // The body is parsed by parseQueryRequest so that malformed JSON gets our typed error;
  // any content type is accepted (curl -d sends form-urlencoded by default).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));

  app.setErrorHandler((err, _req, reply) => {
    const e = err as { statusCode?: number; message?: string; code?: string };
    let cql: CqlError;
    if (err instanceof CqlError) cql = err;
    else if (e.statusCode !== undefined && e.statusCode < 500) cql = new ProtocolError(e.message ?? 'bad request');
    else {
      deps.log.error({ err }, 'unexpected error serving HTTP');
      cql = new ServerError('internal error');
    }
    const status = err instanceof CqlError ? httpStatusFor(cql) : (e.statusCode ?? 500);
    void reply.code(status).send(errorBody(cql));
  });
  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send(errorBody(new ProtocolError(`no route ${req.method} ${req.url}`)));
  });

  app.post('/v1/cql', async (req, reply) => {
    const body = typeof req.body === 'string' ? req.body : '';
    const request = parseQueryRequest(body);
    const result = await deps.execute(request);
    return reply.code(200).send(result);
  });

  app.get('/metrics', async (_req, reply) => {
    const text = await deps.registry.metrics();
    return reply.code(200).header('content-type', deps.registry.contentType).send(text);
  });

  app.get('/healthz', async (_req, reply) => {
    const health = deps.health();
    return reply.code(health.ok ? 200 : 503).send(health);
  });

  return app;
}

// The shell's client for the gateway's HTTP contract (POST /v1/cql).

export const REQUEST_TIMEOUT_MS = 30_000;

export interface Column {
  name: string;
  type: string;
}

export interface QueryResult {
  columns: Column[];
  rows: Record<string, unknown>[];
  pagingState: string | null;
  keyspace?: string;
}

export interface QueryRequest {
  query: string;
  consistency?: string;
  keyspace?: string;
  pageSize?: number;
  pagingState?: string;
  params?: unknown[] | Record<string, unknown>;
}

/** An error answered by the server (Cassandra's code and name) or met on the way there. */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  constructor(
    readonly code: number | undefined,
    readonly errorName: string,
    message: string,
  ) {
    super(message);
  }
}

export async function postQuery(url: string, request: QueryRequest): Promise<QueryResult> {
  let response: Response;
  try {
    response = await fetch(new URL('/v1/cql', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (err) {
    const reason = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err);
    throw new QueryError(undefined, 'ConnectionError', `cannot reach ${url}: ${reason}`);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new QueryError(undefined, 'ProtocolError', `HTTP ${response.status} with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const e = (body as { error: { code?: number; name?: string; message?: string } }).error;
    throw new QueryError(e.code, e.name ?? 'Error', e.message ?? `HTTP ${response.status}`);
  }
  if (!response.ok) throw new QueryError(undefined, 'ProtocolError', `HTTP ${response.status}`);
  return body as QueryResult;
}

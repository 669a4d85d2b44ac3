/**
 * The gateway's HTTP contract (`POST /v1/cql`, README.md) over node:http with a keep-alive agent:
 * one connection per request in flight, reused. Every answer is parsed; anything but 200 is an
 * error named by the body's Cassandra error name (`Unavailable`, `WriteTimeout`, …), or
 * `HTTP <status>` when the body has none; transport failures are named by their code
 * (`ECONNRESET`, …) and a request unanswered after HTTP_REQUEST_TIMEOUT_MS is `ClientTimeout`.
 */
import { Agent, request } from 'node:http';

export const HTTP_REQUEST_TIMEOUT_MS = 30_000;

export interface CqlRequest {
  readonly query: string;
  readonly params?: readonly unknown[];
  readonly consistency?: string;
  readonly keyspace?: string;
}

export interface CqlAnswer {
  readonly status: number;
  readonly body: unknown;
}

export class HttpTransportError extends Error {
  override readonly name: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = code;
  }
}

export class CqlHttpClient {
  private readonly agent: Agent;
  private readonly host: string;
  private readonly port: number;

  constructor(baseUrl: string, maxSockets: number) {
    const url = new URL(baseUrl);
    this.host = url.hostname;
    this.port = Number(url.port);
    this.agent = new Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  /** Resolves with the status and parsed body; rejects (HttpTransportError) only when there is no answer. */
  post(cql: CqlRequest): Promise<CqlAnswer> {
    const body = JSON.stringify(cql);
    return new Promise((resolve, reject) => {
      const req = request(
        {
          agent: this.agent,
          host: this.host,
          port: this.port,
          method: 'POST',
          path: '/v1/cql',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (err) => reject(transportError(err)));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = JSON.parse(text);
            } catch {
              // not JSON: kept as text, and named by its status below
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
        },
      );
      req.setTimeout(HTTP_REQUEST_TIMEOUT_MS, () => req.destroy(new HttpTransportError('ClientTimeout', `no answer within ${HTTP_REQUEST_TIMEOUT_MS} ms`)));
      req.on('error', (err) => reject(transportError(err)));
      req.end(body);
    });
  }

  /** Posts and fails unless the answer is 200 (set-up statements, where any error is fatal). */
  async ok(cql: CqlRequest): Promise<unknown> {
    const answer = await this.post(cql);
    if (answer.status !== 200) throw new Error(`${cql.query} → ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  close(): void {
    this.agent.destroy();
  }
}

function transportError(err: Error): Error {
  if (err instanceof HttpTransportError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  return new HttpTransportError(code ?? err.name, err.message);
}

/** The Cassandra error name of a non-200 answer, else `HTTP <status>`. */
export function errorName(answer: CqlAnswer): string {
  const error = (answer.body as { error?: { name?: unknown } } | null)?.error;
  return typeof error?.name === 'string' ? error.name : `HTTP ${answer.status}`;
}

// The gateway's statement service: what every protocol (HTTP, the native protocol) calls to
// run CQL. It parses, enforces the in-flight bound, runs through the Executor and records the
// coordinator metrics (requests, errors, unavailables, timeouts, latency by operation and
// consistency level) the same way whichever protocol the statement came by.
import { CqlError, Overloaded, type ParamResolver, type Statement } from '@cassia/cql-lite';
import type { ConsistencyLevel } from '@cassia/ring';
import { Executor } from './executor.js';
import type { GatewayMetrics } from './metrics.js';

interface MetricChildren {
  readonly ok: ReturnType<GatewayMetrics['requests']['labels']>;
  readonly latency: ReturnType<GatewayMetrics['latency']['labels']>;
}
import type { ExecResult, ExecuteOptions, PreparedInfo } from './results.js';

/** Requests a gateway coordinates at once; more are answered Overloaded at once. */
export const REQUESTS_IN_FLIGHT_MAX = 4_096;

/** Parsed statements kept for reuse, by text (the same statements arrive again and again). */
export const PARSE_CACHE_ENTRIES_MAX = 1_024;
/** Texts longer than this are parsed every time rather than kept. */
export const PARSE_CACHE_QUERY_CHARS_MAX = 4_096;

/**
 * A bounded map from statement text to its parsed, frozen AST (the oldest entry leaves
 * first). Parse errors are not kept: a bad text is parsed, and refused, each time.
 */
export class ParseCache {
  private readonly entries = new Map<string, Statement>();

  parse(query: string): Statement {
    const hit = this.entries.get(query);
    if (hit !== undefined) return hit;
    const stmt = Executor.parse(query);
    if (query.length <= PARSE_CACHE_QUERY_CHARS_MAX) {
      if (this.entries.size >= PARSE_CACHE_ENTRIES_MAX) {
        const oldest = this.entries.keys().next();
        if (oldest.done !== true) this.entries.delete(oldest.value);
      }
      this.entries.set(query, deepFreeze(stmt));
    }
    return stmt;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Freezes an AST so that a statement shared between requests can never be changed by one. */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value) || Object.isFrozen(value)) return value;
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}

/** One statement of a batch: its text and bound values. */
export interface BatchEntry {
  readonly query: string;
  readonly params: ParamResolver;
}

export class StatementService {
  private inFlight = 0;
  private readonly parsed = new ParseCache();

  constructor(
    private readonly executor: Executor,
    private readonly metrics: GatewayMetrics,
  ) {}

  /** Parses `query` and runs it at `consistency`. Throws CqlError. */
  query(query: string, consistency: ConsistencyLevel, options: ExecuteOptions): Promise<ExecResult> {
    return this.measure(consistency, (setOperation) => {
      const stmt: Statement = this.parsed.parse(query);
      setOperation(stmt.kind);
      return this.executor.execute(query, stmt, consistency, options);
    });
  }

  /** Parses `query` and describes it for PREPARE (markers, partition key markers, result columns). */
  prepare(query: string, keyspace: string | undefined): Promise<PreparedInfo> {
    return this.executor.prepare(this.parsed.parse(query), keyspace);
  }

  /** Runs INSERT/DELETE statements as one batch at `consistency` (see Executor.batch). */
  batch(entries: readonly BatchEntry[], consistency: ConsistencyLevel, options: Pick<ExecuteOptions, 'keyspace' | 'timestamp'>): Promise<ExecResult> {
    return this.measure(consistency, (setOperation) => {
      setOperation('batch');
      const parsed = entries.map((e) => ({ query: e.query, stmt: this.parsed.parse(e.query), params: e.params }));
      return this.executor.batch(parsed, consistency, options);
    });
  }

  private async measure(consistency: ConsistencyLevel, run: (setOperation: (op: string) => void) => Promise<ExecResult>): Promise<ExecResult> {
    let operation = 'unparsed';
    const started = performance.now();
    this.inFlight++;
    try {
      if (this.inFlight > REQUESTS_IN_FLIGHT_MAX) {
        throw new Overloaded(`more than ${REQUESTS_IN_FLIGHT_MAX} requests in flight at this gateway`);
      }
      const result = await run((op) => (operation = op));
      this.childrenOf(operation, consistency).ok.inc();
      return result;
    } catch (err) {
      this.metrics.requests.inc({ operation, consistency, outcome: 'error' });
      const error = err instanceof CqlError ? err.errorName : 'Server';
      this.metrics.errors.inc({ operation, consistency, error });
      if (error === 'Unavailable') this.metrics.unavailables.inc({ operation, consistency });
      if (error === 'WriteTimeout' || error === 'ReadTimeout') this.metrics.timeouts.inc({ operation, consistency });
      throw err;
    } finally {
      this.inFlight--;
      this.childrenOf(operation, consistency).latency.observe((performance.now() - started) / 1000);
    }
  }

  /** The labelled children of the hot metrics, bound once per (operation, consistency): prom-client hashes a label object on every call. */
  private readonly children = new Map<string, MetricChildren>();

  private childrenOf(operation: string, consistency: string): MetricChildren {
    const key = `${operation} ${consistency}`;
    let c = this.children.get(key);
    if (c === undefined) {
      c = { ok: this.metrics.requests.labels({ operation, consistency, outcome: 'ok' }), latency: this.metrics.latency.labels({ operation, consistency }) };
      this.children.set(key, c);
    }
    return c;
  }
}

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
  async query(query: string, consistency: ConsistencyLevel, options: ExecuteOptions): Promise<ExecResult> {
    // Metrics and the in-flight bound are written out here and in batch() rather than wrapped
    // around a callback: this runs for every request, and a closure per step shows in GC.
    let operation = 'unparsed';
    const started = this.begin();
    try {
      this.checkInFlight();
      const stmt: Statement = this.parsed.parse(query);
      operation = stmt.kind;
      const result = await this.executor.execute(query, stmt, consistency, options);
      this.childrenOf(operation, consistency).ok.inc();
      return result;
    } catch (err) {
      this.failed(operation, consistency, err);
      throw err;
    } finally {
      this.end(operation, consistency, started);
    }
  }

  /** Parses `query` and describes it for PREPARE (markers, partition key markers, result columns). */
  prepare(query: string, keyspace: string | undefined): Promise<PreparedInfo> {
    return this.executor.prepare(this.parsed.parse(query), keyspace);
  }

  /** Runs INSERT/DELETE statements as one batch at `consistency` (see Executor.batch). */
  async batch(entries: readonly BatchEntry[], consistency: ConsistencyLevel, options: Pick<ExecuteOptions, 'keyspace' | 'timestamp'>): Promise<ExecResult> {
    const operation = 'batch';
    const started = this.begin();
    try {
      this.checkInFlight();
      const parsed = entries.map((e) => ({ query: e.query, stmt: this.parsed.parse(e.query), params: e.params }));
      const result = await this.executor.batch(parsed, consistency, options);
      this.childrenOf(operation, consistency).ok.inc();
      return result;
    } catch (err) {
      this.failed(operation, consistency, err);
      throw err;
    } finally {
      this.end(operation, consistency, started);
    }
  }

  /** Counts a request in (end() counts it out); returns its start time in ms. */
  private begin(): number {
    this.inFlight++;
    return performance.now();
  }

  /** Overloaded past REQUESTS_IN_FLIGHT_MAX requests in flight (counted as a failed request). */
  private checkInFlight(): void {
    if (this.inFlight > REQUESTS_IN_FLIGHT_MAX) {
      throw new Overloaded(`more than ${REQUESTS_IN_FLIGHT_MAX} requests in flight at this gateway`);
    }
  }

  /** Counts a failed request by operation, consistency and Cassandra error name. */
  private failed(operation: string, consistency: ConsistencyLevel, err: unknown): void {
    this.metrics.requests.inc({ operation, consistency, outcome: 'error' });
    const error = err instanceof CqlError ? err.errorName : 'Server';
    this.metrics.errors.inc({ operation, consistency, error });
    if (error === 'Unavailable') this.metrics.unavailables.inc({ operation, consistency });
    if (error === 'WriteTimeout' || error === 'ReadTimeout') this.metrics.timeouts.inc({ operation, consistency });
  }

  private end(operation: string, consistency: ConsistencyLevel, started: number): void {
    this.inFlight--;
    this.childrenOf(operation, consistency).latency.observe((performance.now() - started) / 1000);
  }

  /**
   * The labelled children of the hot metrics, bound once per operation and consistency (prom-client
   * hashes a label object on every call), in maps by operation, then consistency: no key string per request.
   */
  private readonly children = new Map<string, Map<string, MetricChildren>>();

  private childrenOf(operation: string, consistency: string): MetricChildren {
    let byConsistency = this.children.get(operation);
    if (byConsistency === undefined) this.children.set(operation, (byConsistency = new Map()));
    let c = byConsistency.get(consistency);
    if (c === undefined) {
      c = { ok: this.metrics.requests.labels({ operation, consistency, outcome: 'ok' }), latency: this.metrics.latency.labels({ operation, consistency }) };
      byConsistency.set(consistency, c);
    }
    return c;
  }
}

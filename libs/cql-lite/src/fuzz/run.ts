// The statement fuzzer's driver: case i of seed s is a pure function of (s, i) — a
// generated statement, a mutation of one, or a mutation of a corpus statement (the
// testdata inputs, passed in by the caller) — run through the oracle (oracle.ts).
//
// Contract: runStatementFuzz never throws for what it finds: failures (anything but a typed
// error, or a case slower than caseHangMs — a hang, not a performance figure) are collected
// in the report with the seed and case index that reproduce them (`fuzzCase(seed, i)`).

import { StatementGen } from './generate.js';
import { Mutator } from './mutate.js';
import { describeThrown, FuzzFailure, runCase, type Stage } from './oracle.js';
import { Prng } from './prng.js';
import { fuzzSchema, type FuzzSchema } from './schema.js';

/** A case slower than this is reported as a hang (it is not a performance bound: cases take microseconds to milliseconds). */
export const CASE_HANG_MS = 10_000;
/** Failures kept in a report (the count goes on). */
export const REPORT_FAILURES_MAX = 20;
/** Characters of a failing input quoted in a report. */
export const REPORT_INPUT_CHARS_MAX = 400;

export type CaseSource = 'generated' | 'mutated_generated' | 'mutated_corpus';

export interface FuzzCase {
  index: number;
  source: CaseSource;
  /** Mutations applied, in order (empty for a generated case). */
  mutations: string[];
  text: string;
}

export interface FuzzCaseFailure {
  seed: number;
  index: number;
  source: CaseSource;
  mutations: string[];
  stage: Stage | 'hang';
  error: string;
  /** The top frames of the thrown error's stack. */
  stack: string;
  input: string;
  inputChars: number;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  /** Outcome label → count: 'ok', 'parse:CqlSyntaxError', 'bind:InvalidRequest', ... */
  outcomes: Record<string, number>;
  sources: Record<CaseSource, number>;
  mutations: Record<string, number>;
  failureCount: number;
  failures: FuzzCaseFailure[];
  slowestMs: number;
  slowest: { index: number; ms: number; inputChars: number; preview: string } | undefined;
  longestInputChars: number;
  longestMessageChars: number;
}

export interface FuzzOptions {
  seed: number;
  cases: number;
  /** Index of the first case (to rerun one case: first = i, cases = 1). */
  first?: number;
  /** Statements to mutate and to splice from (e.g. every testdata input). */
  corpus: readonly string[];
  caseHangMs?: number;
}

/** Mixes a seed and a case index into the case's own PRNG seed. */
function caseSeed(seed: number, index: number): number {
  let h = (seed ^ 0x5bd1e995) >>> 0;
  h = Math.imul(h ^ (index + 0x27d4eb2f), 0x85ebca6b) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}

/** Case `index` of `seed`, and the PRNG to run it with. */
export function fuzzCase(seed: number, index: number, schema: FuzzSchema, corpus: readonly string[]): { fuzz: FuzzCase; rng: Prng } {
  const rng = new Prng(caseSeed(seed, index));
  const gen = new StatementGen(rng, schema.tables);
  const source = rng.weighted<CaseSource>([
    [35, 'generated'],
    [35, 'mutated_generated'],
    [corpus.length > 0 ? 30 : 0, 'mutated_corpus'],
  ]);
  const mutations: string[] = [];
  let text: string;
  if (source === 'generated') text = gen.generate();
  else {
    const base = source === 'mutated_corpus' ? rng.pick(corpus) : gen.generate();
    text = new Mutator(rng).mutate(base, corpus, mutations);
  }
  return { fuzz: { index, source, mutations, text }, rng };
}

function stackTop(e: unknown): string {
  const stack = e instanceof Error ? (e.stack ?? '') : '';
  return stack.split('\n').slice(1, 8).map((l) => l.trim()).join('\n');
}

export function runStatementFuzz(options: FuzzOptions): FuzzReport {
  const schema = fuzzSchema();
  const hangMs = options.caseHangMs ?? CASE_HANG_MS;
  const first = options.first ?? 0;
  const report: FuzzReport = {
    seed: options.seed,
    cases: 0,
    outcomes: {},
    sources: { generated: 0, mutated_generated: 0, mutated_corpus: 0 },
    mutations: {},
    failureCount: 0,
    failures: [],
    slowestMs: 0,
    slowest: undefined,
    longestInputChars: 0,
    longestMessageChars: 0,
  };
  const fail = (fuzz: FuzzCase, stage: Stage | 'hang', error: string, stack: string): void => {
    report.failureCount++;
    if (report.failures.length >= REPORT_FAILURES_MAX) return;
    const { index, source, mutations, text } = fuzz;
    const input = text.length > REPORT_INPUT_CHARS_MAX ? `${text.slice(0, REPORT_INPUT_CHARS_MAX)}...` : text;
    report.failures.push({ seed: options.seed, index, source, mutations, stage, error, stack, input, inputChars: text.length });
  };
  for (let index = first; index < first + options.cases; index++) {
    const { fuzz, rng } = fuzzCase(options.seed, index, schema, options.corpus);
    report.cases++;
    report.sources[fuzz.source]++;
    for (const m of fuzz.mutations) report.mutations[m] = (report.mutations[m] ?? 0) + 1;
    report.longestInputChars = Math.max(report.longestInputChars, fuzz.text.length);
    const started = performance.now();
    let label: string;
    try {
      const outcome = runCase(fuzz.text, schema, rng);
      label = outcome.label;
      report.longestMessageChars = Math.max(report.longestMessageChars, outcome.message.length);
    } catch (e) {
      const stage = e instanceof FuzzFailure ? e.stage : 'parse';
      const thrown = e instanceof FuzzFailure ? e.thrown : e;
      label = `FAILURE ${stage}:${thrown instanceof Error ? thrown.constructor.name : typeof thrown}`;
      fail(fuzz, stage, describeThrown(thrown), stackTop(thrown));
    }
    const ms = performance.now() - started;
    if (ms > report.slowestMs) {
      report.slowestMs = ms;
      report.slowest = { index, ms: Math.round(ms), inputChars: fuzz.text.length, preview: fuzz.text.slice(0, 120) };
    }
    if (ms > hangMs) fail(fuzz, 'hang', `case took ${Math.round(ms)} ms (hang bound ${hangMs} ms)`, '');
    report.outcomes[label] = (report.outcomes[label] ?? 0) + 1;
  }
  return report;
}

/** The report as text: outcome table, then each failure with the command that reruns it. */
export function formatFuzzReport(r: FuzzReport): string {
  const lines = [`statement fuzz: seed ${r.seed}, ${r.cases} cases, ${r.failureCount} failures`];
  lines.push(`  sources: ${Object.entries(r.sources).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  lines.push(`  mutations: ${Object.entries(r.mutations).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
  lines.push('  outcomes:');
  for (const [label, n] of Object.entries(r.outcomes).sort((a, b) => b[1] - a[1])) lines.push(`    ${String(n).padStart(7)}  ${label}`);
  lines.push(`  longest input ${r.longestInputChars} chars; longest error message ${r.longestMessageChars} chars`);
  if (r.slowest !== undefined) lines.push(`  slowest case #${r.slowest.index}: ${r.slowest.ms} ms, ${r.slowest.inputChars} chars: ${JSON.stringify(r.slowest.preview)}`);
  for (const f of r.failures) {
    lines.push(`  FAILURE case ${f.index} (${f.source}${f.mutations.length > 0 ? `: ${f.mutations.join(', ')}` : ''}) at ${f.stage}: ${f.error}`);
    lines.push(`    rerun: CQL_FUZZ_SEED=${f.seed} CQL_FUZZ_FIRST=${f.index} CQL_FUZZ_CASES=1 npx vitest run src/fuzz/fuzz.test.ts`);
    lines.push(`    input (${f.inputChars} chars): ${JSON.stringify(f.input)}`);
    if (f.stack !== '') lines.push(...f.stack.split('\n').map((l) => `      ${l}`));
  }
  return lines.join('\n');
}

// The statement fuzzer (issue 5): generated and mutated CQL must give a typed error or
// succeed — never another exception, never a hang — through parse, schema building, marker
// specs and binding. CI runs CQL_FUZZ_CASES (default 5,000) cases over a fixed seed and a
// seed from the clock; `npm run test:long` runs 100,000. A failure prints its seed and
// case index; CQL_FUZZ_SEED=s CQL_FUZZ_FIRST=i CQL_FUZZ_CASES=1 reruns exactly that case.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CqlError } from '../errors.js';
import { parse } from '../parser.js';
import { STATEMENT_KINDS, StatementGen } from './generate.js';
import { Mutator } from './mutate.js';
import { runCase } from './oracle.js';
import { Prng } from './prng.js';
import { formatFuzzReport, runStatementFuzz } from './run.js';
import { fuzzSchema } from './schema.js';

const TESTDATA = fileURLToPath(new URL('../../testdata/', import.meta.url));
const env = process.env;
const CASES = Number(env['CQL_FUZZ_CASES'] ?? 5_000);
const FIRST = Number(env['CQL_FUZZ_FIRST'] ?? 0);
const SEEDS = env['CQL_FUZZ_SEED'] !== undefined ? [Number(env['CQL_FUZZ_SEED'])] : [20_260_105, Date.now() % 1_000_000];

/** Every input of testdata/parse and testdata/bind, without `-- ` directive lines. */
function corpus(): string[] {
  const out: string[] = [];
  for (const dir of ['parse', 'bind']) {
    for (const file of readdirSync(TESTDATA + dir).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(`${TESTDATA}${dir}/${file}`, 'utf8');
      for (const block of text.split(/\n\n+/)) {
        const input = block.split('\n----\n')[0] ?? '';
        const cql = input.split('\n').filter((l) => !l.startsWith('-- ')).join('\n').trim();
        if (cql !== '') out.push(cql);
      }
    }
  }
  return out;
}

describe('statement fuzzer', () => {
  const schema = fuzzSchema();

  it('reads the testdata corpus', () => {
    expect(corpus().length).toBeGreaterThan(700);
  });

  it('is deterministic for a seed', () => {
    const a = new Prng(7);
    const b = new Prng(7);
    const xs = Array.from({ length: 100 }, () => a.u32());
    expect(Array.from({ length: 100 }, () => b.u32())).toEqual(xs);
    expect(new Set(xs).size).toBe(100);
    const gen = (seed: number) => new StatementGen(new Prng(seed), schema.tables).generate();
    expect(gen(3)).toBe(gen(3));
    const mutated = (seed: number) => new Mutator(new Prng(seed)).mutate('SELECT * FROM users WHERE id = 1', []);
    expect(mutated(4)).toBe(mutated(4));
  });

  it('generates every statement form, most of them accepted by the parser', () => {
    const rng = new Prng(11);
    const gen = new StatementGen(rng, schema.tables);
    for (const kind of STATEMENT_KINDS) {
      const parsedKinds = new Set<string>();
      let parsed = 0;
      for (let i = 0; i < 200; i++) {
        try {
          parsedKinds.add(parse(gen.generate(kind)).kind);
          parsed++;
        } catch (e) {
          if (!(e instanceof CqlError)) throw e;
        }
      }
      if (kind === 'later') expect(parsed, kind).toBeLessThan(200);
      else {
        expect(parsedKinds, kind).toContain(kind);
        expect(parsed, kind).toBeGreaterThan(100);
      }
    }
  });

  it('binds a good share of generated DML against the fuzz schema', () => {
    const rng = new Prng(12);
    const gen = new StatementGen(rng, schema.tables);
    const labels: Record<string, number> = {};
    for (let i = 0; i < 1_000; i++) {
      const kind = rng.pick(['insert', 'update', 'delete', 'select', 'batch'] as const);
      const { label } = runCase(gen.generate(kind), schema, rng);
      labels[label] = (labels[label] ?? 0) + 1;
    }
    expect(labels['ok'] ?? 0, JSON.stringify(labels)).toBeGreaterThan(200);
  });

  for (const seed of SEEDS) {
    const cases = Math.ceil(CASES / SEEDS.length);
    it(`${cases} cases give only typed errors (seed ${seed})`, { timeout: 60_000 + cases * 20 }, () => {
      const report = runStatementFuzz({ seed, cases, first: FIRST, corpus: corpus() });
      const text = formatFuzzReport(report);
      console.log(text);
      expect(report.cases).toBe(cases);
      expect(report.failureCount, text).toBe(0);
    });
  }
});

// Data-driven tests: each file in ../testdata holds cases of the form
//
//   command arg=value ...
//   input line
//   ----
//   expected output
//
// Cases end at a blank line; lines starting with '#' between cases are comments. State (the
// ring from `define`) carries over from one case to the next within a file.
//
// Commands: define, primary, replicas rf=N, nts-replicas <dc>=N ..., ownership, strategy,
// prepare known=dc1,dc2 [previous=k:v,k:v], parse-token, block-for rf=A,B,...,
// replica-plan level=L [down=h1,h2] [rf=N].
//
// `define` lines are "host: token ..." or "host@dc/rack: token ..." (default dc1/rack1).

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockFor, parseConsistencyLevel } from './consistency.js';
import { NetworkTopologyStrategy } from './network-topology-strategy.js';
import { replicaPlan } from './replica-plan.js';
import { prepareReplicationOptions, strategyFromOptions } from './replication-options.js';
import { SimpleStrategy } from './replication.js';
import { TokenRing, type RingMember } from './ring.js';
import { MAX_TOKEN, MIN_TOKEN, parseToken, type Token } from './token.js';

interface Case {
  line: number;
  command: string;
  args: Map<string, string>;
  input: string[];
  expected: string;
}

const TESTDATA = new URL('../testdata/', import.meta.url);

function parseCases(text: string): Case[] {
  const lines = text.split('\n');
  const cases: Case[] = [];
  let i = 0;
  while (i < lines.length) {
    const head = lines[i]!.trim();
    if (head === '' || head.startsWith('#')) {
      i++;
      continue;
    }
    const [command = '', ...rest] = head.split(/\s+/);
    const args = new Map(rest.map((a) => [a.split('=')[0] ?? a, a.includes('=') ? a.slice(a.indexOf('=') + 1) : '']));
    const line = i + 1;
    const input: string[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== '----'; i++) input.push(lines[i]!.trim());
    if (i === lines.length) throw new Error(`line ${line}: case without ----`);
    const expected: string[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== ''; i++) expected.push(lines[i]!.trim());
    cases.push({ line, command, args, input, expected: expected.join('\n') });
  }
  return cases;
}

function token(s: string): Token {
  if (s === 'MIN') return MIN_TOKEN;
  if (s === 'MAX') return MAX_TOKEN;
  return parseToken(s);
}

function errorText(e: unknown): string {
  return e instanceof Error ? `error: ${e.name}: ${e.message}` : `error: ${String(e)}`;
}

function required(c: Case, key: string): string {
  const v = c.args.get(key);
  if (v === undefined) throw new Error(`line ${c.line}: ${c.command} needs ${key}=`);
  return v;
}

class Runner {
  private ring = TokenRing.build([]);

  run(c: Case): string {
    switch (c.command) {
      case 'define':
        return this.define(c.input);
      case 'primary':
        return c.input.map((t) => `${t}: ${attempt(() => this.ring.primaryHostId(token(t)))}`).join('\n');
      case 'replicas': {
        const strategy = new SimpleStrategy(Number(required(c, 'rf')));
        return c.input.map((t) => `${t}: ${strategy.replicasFor(token(t), this.ring).join(' ') || '(none)'}`).join('\n');
      }
      case 'nts-replicas': {
        const strategy = new NetworkTopologyStrategy(new Map([...c.args].map(([dc, rf]) => [dc, Number(rf)])));
        return c.input.map((t) => `${t}: ${strategy.replicasFor(token(t), this.ring).join(' ') || '(none)'}`).join('\n');
      }
      case 'ownership':
        return [...this.ring.ownership()].map(([host, share]) => `${host} ${share.toFixed(6)}`).join('\n');
      case 'strategy':
        return this.strategy(c.input);
      case 'prepare':
        return this.prepare(c);
      case 'parse-token':
        return c.input.map((s) => `${JSON.stringify(s)}: ${attempt(() => parseToken(s).toString())}`).join('\n');
      case 'block-for': {
        const rfs = required(c, 'rf').split(',').map(Number);
        return c.input
          .map((name) => {
            const level = parseConsistencyLevel(name);
            if (level === undefined) return `${name} unknown`;
            return `${name} ${attempt(() => rfs.map((rf) => blockFor(level, rf)).join(' '))}`;
          })
          .join('\n');
      }
      case 'replica-plan':
        return this.replicaPlan(c);
      default:
        throw new Error(`line ${c.line}: unknown command ${c.command}`);
    }
  }

  private define(input: string[]): string {
    try {
      const members: RingMember[] = input.map((l) => {
        const [host = '', tokens = ''] = l.split(':');
        const [hostId = '', location = 'dc1/rack1'] = host.trim().split('@');
        const [dc = 'dc1', rack = 'rack1'] = location.split('/');
        return { hostId, tokens: tokens.trim().split(/\s+/).filter(Boolean).map(token), dc, rack };
      });
      this.ring = TokenRing.build(members);
    } catch (e) {
      return errorText(e);
    }
    const out: string[] = [];
    for (let i = 0; i < this.ring.tokenCount; i++) out.push(`${this.ring.tokenAt(i)} ${this.ring.hostIdAt(i)}`);
    return out.join('\n') || '(empty ring)';
  }

  private strategy(input: string[]): string {
    try {
      const s = strategyFromOptions(optionsOf(input));
      const byDc = [...(s.replicationFactorByDc ?? [])].map(([dc, rf]) => ` ${dc}=${rf}`).join('');
      return `${s.constructor.name} rf=${s.replicationFactor}${byDc}`;
    } catch (e) {
      return errorText(e);
    }
  }

  private prepare(c: Case): string {
    const known = required(c, 'known').split(',').filter(Boolean);
    const previous = Object.fromEntries((c.args.get('previous') ?? '').split(',').filter(Boolean).map((kv) => kv.split(':')));
    return attempt(() =>
      Object.entries(prepareReplicationOptions(optionsOf(c.input), known, previous))
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
    );
  }

  private replicaPlan(c: Case): string {
    const level = parseConsistencyLevel(required(c, 'level'));
    if (level === undefined) throw new Error(`line ${c.line}: unknown level`);
    const down = new Set((c.args.get('down') ?? '').split(',').filter(Boolean));
    const rf = c.args.get('rf');
    return c.input
      .map((l) => {
        const replicas = l.split(/\s+/).filter(Boolean);
        return attempt(() => {
          const plan = replicaPlan(level, replicas, (h) => !down.has(h), rf === undefined ? undefined : Number(rf));
          const verdict = plan.alive.length < plan.required ? 'unavailable' : 'ok';
          return `required ${plan.required} alive [${plan.alive.join(' ')}] ${verdict}`;
        });
      })
      .join('\n');
  }
}

/** Replication options from "key=value" lines. */
function optionsOf(input: string[]): Record<string, string> {
  return Object.fromEntries(input.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

function attempt(f: () => string): string {
  try {
    return f();
  } catch (e) {
    return errorText(e);
  }
}

for (const file of readdirSync(TESTDATA).filter((f) => f.endsWith('.txt')).sort()) {
  describe(`testdata/${file}`, () => {
    const runner = new Runner();
    for (const c of parseCases(readFileSync(new URL(file, TESTDATA), 'utf8'))) {
      it(`line ${c.line}: ${c.command}`, () => {
        expect(runner.run(c)).toBe(c.expected);
      });
    }
  });
}

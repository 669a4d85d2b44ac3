/**
 * Data-driven strategy tests (Pebble style): testdata/compaction/*.txt hold cases of
 *
 *   <command> <strategy> [option=value ...]
 *   <input lines>
 *   ----
 *   <expected output>
 *
 * separated by blank lines; `#` starts a comment line. Rewrite the expected outputs after an
 * intended change with `LSM_REWRITE=1 npx vitest run src/compaction/strategy.test.ts` and review
 * the diff.
 *
 * Commands: `pick` (prints the pick and the leveled round-robin state), `pending`, `levels`,
 * `buckets` (size-tiered buckets). Input lines:
 *   g<generation> L<level> <size> <first>..<last> [busy] [ts=<min>..<max>] [tombstones=<ratio>] [created=<s>]
 *   state L<n>=<position> ...        (leveled round-robin state before the pick)
 *   now=<seconds>
 * A position is `<token>` or `<token>:<key>`; sizes take B/KiB/MiB/GiB suffixes.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PartitionPosition, SSTableDescriptor } from './descriptor.js';
import { newLeveledState } from './leveled.js';
import type { CompactionStrategyOptions } from './options.js';
import { sizeTieredBuckets } from './size-tiered.js';
import { estimatePendingCompactions, levels, pickCompaction } from './strategy.js';

const TESTDATA = new URL('../../testdata/compaction/', import.meta.url);
const REWRITE = process.env['LSM_REWRITE'] === '1';
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

interface Case {
  readonly command: string;
  readonly input: string[];
  readonly expected: string;
  /** Line index of the command, and of the first line after the expected output. */
  readonly start: number;
  readonly end: number;
}

function parseCases(text: string): Case[] {
  const lines = text.split('\n');
  const cases: Case[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) {
      i++;
      continue;
    }
    const start = i;
    const input: string[] = [];
    i++;
    while (i < lines.length && lines[i]!.trim() !== '----') {
      const l = lines[i]!.trim();
      if (l === '') throw new Error(`line ${i + 1}: blank line before ---- in case at line ${start + 1}`);
      if (!l.startsWith('#')) input.push(l);
      i++;
    }
    if (i >= lines.length) throw new Error(`case at line ${start + 1}: missing ----`);
    i++;
    const expected: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') expected.push(lines[i++]!.trimEnd());
    cases.push({ command: line, input, expected: expected.join('\n'), start, end: i });
  }
  return cases;
}

const UNITS: Record<string, number> = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 };

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)(B|KiB|MiB|GiB)?$/.exec(s);
  if (m === null) throw new Error(`bad size ${s}`);
  return Math.round(Number(m[1]) * UNITS[m[2] ?? 'B']!);
}

function formatSize(n: number): string {
  for (const unit of ['GiB', 'MiB', 'KiB'] as const) {
    const u = UNITS[unit]!;
    if (n >= u && n % (u / 16) === 0) return `${n / u}${unit}`;
  }
  return `${n}B`;
}

function parsePosition(s: string): PartitionPosition {
  const [token, key] = s.split(':') as [string, string | undefined];
  return { token: BigInt(token), partitionKey: utf8.encode(key ?? '') };
}

function formatPosition(p: PartitionPosition): string {
  return p.partitionKey.length === 0 ? String(p.token) : `${p.token}:${utf8Decoder.decode(p.partitionKey)}`;
}

function parseSSTable(line: string, busy: Set<number>): SSTableDescriptor {
  const [gen, level, size, range, ...flags] = line.split(/\s+/) as [string, string, string, string, ...string[]];
  const [first, last] = range.split('..') as [string, string];
  const d: { -readonly [K in keyof SSTableDescriptor]: SSTableDescriptor[K] } = {
    generation: Number(gen.slice(1)),
    level: Number(level.slice(1)),
    fileBytes: parseSize(size),
    first: parsePosition(first),
    last: parsePosition(last),
    minTimestamp: 1n,
    maxTimestamp: 1n,
    maxLocalDeletionTime: 0,
  };
  for (const f of flags) {
    const [k, v = ''] = f.split('=') as [string, string | undefined];
    if (k === 'busy') busy.add(d.generation);
    else if (k === 'ts') {
      const [lo, hi] = v.split('..') as [string, string];
      d.minTimestamp = BigInt(lo);
      d.maxTimestamp = BigInt(hi);
    } else if (k === 'tombstones') d.droppableTombstoneRatio = Number(v);
    else if (k === 'created') d.createdAtSeconds = Number(v);
    else throw new Error(`unknown flag ${f}`);
  }
  return d;
}

const OPTION_NAMES: Record<string, { name: string; parse: (v: string) => number | boolean }> = {
  'min-threshold': { name: 'minThreshold', parse: Number },
  'max-threshold': { name: 'maxThreshold', parse: Number },
  'bucket-low': { name: 'bucketLow', parse: Number },
  'bucket-high': { name: 'bucketHigh', parse: Number },
  'min-sstable-size': { name: 'minSSTableSizeBytes', parse: parseSize },
  'tombstone-threshold': { name: 'tombstoneThreshold', parse: Number },
  'tombstone-interval': { name: 'tombstoneCompactionIntervalSeconds', parse: Number },
  unchecked: { name: 'uncheckedTombstoneCompaction', parse: (v) => v === 'true' },
  'sstable-size': { name: 'sstableSizeBytesTarget', parse: parseSize },
  fanout: { name: 'fanout', parse: Number },
  'level-base': { name: 'levelBaseBytes', parse: parseSize },
  'l0-trigger': { name: 'l0CompactionTrigger', parse: Number },
  'l0-max': { name: 'l0FilesMax', parse: Number },
};

function parseStrategy(words: string[]): CompactionStrategyOptions {
  const [strategy, ...opts] = words as [string, ...string[]];
  if (strategy !== 'size-tiered' && strategy !== 'leveled') throw new Error(`unknown strategy ${strategy}`);
  const options: Record<string, unknown> = { strategy };
  for (const o of opts) {
    const [k, v] = o.split('=') as [string, string];
    const spec = OPTION_NAMES[k];
    if (spec === undefined) throw new Error(`unknown option ${k}`);
    options[spec.name] = spec.parse(v);
  }
  return options as unknown as CompactionStrategyOptions;
}

function run(c: Case): string {
  const [command, ...words] = c.command.split(/\s+/) as [string, ...string[]];
  const strategy = parseStrategy(words);
  const busy = new Set<number>();
  const sstables: SSTableDescriptor[] = [];
  const state = newLeveledState();
  let nowSeconds: number | undefined;
  for (const line of c.input) {
    if (line.startsWith('state')) {
      for (const entry of line.split(/\s+/).slice(1)) {
        const [level, position] = entry.split('=') as [string, string];
        (state.lastCompactedKey ??= new Map()).set(Number(level.slice(1)), parsePosition(position));
      }
    } else if (line.startsWith('now=')) nowSeconds = Number(line.slice(4));
    else sstables.push(parseSSTable(line, busy));
  }
  switch (command) {
    case 'pick': {
      const pick = pickCompaction(strategy, sstables, busy, state, nowSeconds);
      const out: string[] = [];
      if (pick === undefined) out.push('none');
      else {
        const levelsOf = [...new Set(pick.inputs.map((g) => sstables.find((s) => s.generation === g)!.level))].sort();
        const split = pick.maxOutputFileBytes === undefined ? '' : ` split=${formatSize(pick.maxOutputFileBytes)}`;
        out.push(`${levelsOf.map((l) => `L${l}`).join('+')} -> L${pick.outputLevel}: ${pick.inputs.join(' ')} (${pick.reason})${split}`);
      }
      if (state.lastCompactedKey !== undefined && state.lastCompactedKey.size > 0) {
        const entries = [...state.lastCompactedKey].sort((a, b) => a[0] - b[0]);
        out.push(`state ${entries.map(([l, p]) => `L${l}=${formatPosition(p)}`).join(' ')}`);
      }
      return out.join('\n');
    }
    case 'pending': {
      const p = estimatePendingCompactions(strategy, sstables, busy);
      return `compactions=${p.compactions} bytes=${formatSize(p.bytes)}`;
    }
    case 'levels':
      return levels(strategy, sstables)
        .map((l) => {
          const target = l.targetBytes === undefined ? '' : ` target=${formatSize(l.targetBytes)}`;
          const score = l.score === undefined ? '' : ` score=${l.score.toFixed(2)}`;
          return `L${l.level}: files=${l.fileCount} bytes=${formatSize(l.bytes)}${target}${score}`;
        })
        .join('\n');
    case 'buckets': {
      if (strategy.strategy !== 'size-tiered') throw new Error('buckets: size-tiered only');
      return sizeTieredBuckets(sstables, strategy)
        .map((b) => `[${b.map((s) => s.generation).join(' ')}]`)
        .join(' ');
    }
    default:
      throw new Error(`unknown command ${command}`);
  }
}

for (const file of readdirSync(TESTDATA).filter((f) => f.endsWith('.txt')).sort()) {
  describe(`testdata/compaction/${file}`, () => {
    const url = new URL(file, TESTDATA);
    const text = readFileSync(url, 'utf8');
    const cases = parseCases(text);
    if (REWRITE) {
      it('rewrites expected outputs', () => {
        const lines = text.split('\n');
        for (const c of [...cases].reverse()) {
          const body = lines.slice(c.start, c.end);
          const sep = body.findIndex((l) => l.trim() === '----');
          lines.splice(c.start, c.end - c.start, ...body.slice(0, sep + 1), ...run(c).split('\n'));
        }
        writeFileSync(url, lines.join('\n'));
      });
      return;
    }
    for (const c of cases) {
      it(`line ${c.start + 1}: ${c.command}`, () => {
        expect(run(c)).toBe(c.expected);
      });
    }
  });
}

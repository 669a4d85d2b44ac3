// A table's storage options for the engine, from its CQL options (as stored in the cluster
// metadata): compaction = {'class': ..., 'min_threshold', 'max_threshold', 'min_sstable_size',
// 'sstable_size_in_mb', 'fanout_size'}, gc_grace_seconds, bloom_filter_fp_chance.
import type { TableOptionsInput } from '@cassia/lsm';

const MIB = 1024 * 1024;

export class TableOptionsError extends Error {
  override readonly name = 'TableOptionsError';
}

function num(v: unknown, what: string): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  if (!Number.isFinite(n)) throw new TableOptionsError(`${what} must be a number, got ${JSON.stringify(v)}`);
  return n;
}

/** The engine options a table's CQL options ask for; TableOptionsError on values it cannot use. */
export function engineTableOptions(cql: Record<string, unknown>): TableOptionsInput {
  const out: { -readonly [K in keyof TableOptionsInput]: TableOptionsInput[K] } = {};
  if (cql['gc_grace_seconds'] !== undefined) out.gcGraceSeconds = num(cql['gc_grace_seconds'], 'gc_grace_seconds');
  if (cql['bloom_filter_fp_chance'] !== undefined) out.bloomFilterFpChance = num(cql['bloom_filter_fp_chance'], 'bloom_filter_fp_chance');
  const compaction = cql['compaction'];
  if (compaction !== undefined) {
    if (typeof compaction !== 'object' || compaction === null) throw new TableOptionsError('compaction must be a map');
    const c = compaction as Record<string, unknown>;
    const cls = String(c['class'] ?? 'SizeTieredCompactionStrategy').split('.').pop();
    const strategy = cls === 'LeveledCompactionStrategy' ? 'leveled' : cls === 'SizeTieredCompactionStrategy' ? 'size-tiered' : undefined;
    if (strategy === undefined) throw new TableOptionsError(`unsupported compaction class ${String(c['class'])}`);
    const opts: Record<string, number | string> = { strategy };
    if (c['min_threshold'] !== undefined) opts['minThreshold'] = num(c['min_threshold'], 'min_threshold');
    if (c['max_threshold'] !== undefined) opts['maxThreshold'] = num(c['max_threshold'], 'max_threshold');
    if (c['min_sstable_size'] !== undefined) opts['minSSTableSizeBytes'] = num(c['min_sstable_size'], 'min_sstable_size');
    if (c['sstable_size_in_mb'] !== undefined) opts['sstableSizeBytesTarget'] = num(c['sstable_size_in_mb'], 'sstable_size_in_mb') * MIB;
    if (c['fanout_size'] !== undefined) opts['fanout'] = num(c['fanout_size'], 'fanout_size');
    out.compaction = opts as TableOptionsInput['compaction'];
  }
  return out;
}

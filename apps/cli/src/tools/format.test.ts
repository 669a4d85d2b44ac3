import { describe, expect, it } from 'vitest';
import { datacenterHeader, formatBytes, formatDuration, formatPercent, renderColumns, toJson } from './format.js';

describe('tool formatting', () => {
  it('aligns columns two spaces apart, trimming trailing blanks', () => {
    expect(renderColumns(['--', 'Name', 'Load'], [['UN', 'node1', '1 KiB'], ['DN', 'n2', '']])).toBe(
      ['--  Name   Load', 'UN  node1  1 KiB', 'DN  n2'].join('\n'),
    );
    expect(renderColumns(['a', 'n'], [['x', '5'], ['y', '100']], [1])).toBe(['a    n', 'x    5', 'y  100'].join('\n'));
  });

  it('prints sizes as nodetool does', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1024)).toBe('1.00 KiB');
    expect(formatBytes(72_161)).toBe('70.47 KiB');
    expect(formatBytes(1.5 * 1024 ** 3)).toBe('1.50 GiB');
    expect(formatBytes(3 * 1024 ** 4)).toBe('3.00 TiB');
  });

  it('prints ownership with one decimal, unknown as ?', () => {
    expect(formatPercent(1 / 3)).toBe('33.3%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(undefined)).toBe('?');
  });

  it('prints durations from ms to days', () => {
    expect(formatDuration(450)).toBe('450 ms');
    expect(formatDuration(6_000)).toBe('6s');
    expect(formatDuration(306_000)).toBe('5m 6s');
    expect(formatDuration(90_061_000)).toBe('1d 1h 1m 1s');
    expect(formatDuration(3_600_000)).toBe('1h 0m 0s');
  });

  it('underlines data center headers and writes bigints in JSON as strings', () => {
    expect(datacenterHeader('dc1')).toBe('Datacenter: dc1\n===============');
    expect(JSON.parse(toJson({ token: -4069959284402364209n, n: 1 }))).toEqual({ token: '-4069959284402364209', n: 1 });
  });
});

// The paging loop over pages given here (the pages a gateway would answer): what is printed,
// when ---MORE--- is asked, and what is fetched. The real gateway is in test/e2e/shell.test.ts.
import { describe, expect, it } from 'vitest';
import type { QueryResult } from './client.js';
import { printPages, type PagerOptions } from './pager.js';

const columns = [{ name: 'n', type: 'int' }];

/** Pages of `sizes` rows numbered from 1; page i's paging state is `p<i+1>` when another follows. */
function pages(sizes: number[]): QueryResult[] {
  let n = 0;
  return sizes.map((size, i) => ({
    columns,
    rows: Array.from({ length: size }, () => ({ n: ++n })),
    pagingState: i + 1 < sizes.length ? `p${i + 1}` : null,
  }));
}

async function run(sizes: number[], options: Partial<PagerOptions> & { answers?: boolean[] } = {}) {
  const all = pages(sizes);
  const lines: string[] = [];
  const fetched: string[] = [];
  let asked = 0;
  const answers = options.answers ?? [];
  const result = await printPages(
    all[0]!,
    async (state) => {
      fetched.push(state);
      return all[Number(state.slice(1))]!;
    },
    {
      interactive: options.interactive ?? false,
      expand: options.expand ?? false,
      more: async () => {
        lines.push('---MORE---');
        return answers[asked++] ?? true;
      },
      out: (t) => lines.push(t),
    },
  );
  return { lines, fetched, asked, result };
}

describe('printPages', () => {
  it('reads every page without asking when not interactive: one header, then the count', async () => {
    const { lines, fetched, asked, result } = await run([2, 2, 1]);
    expect(fetched).toEqual(['p1', 'p2']);
    expect(asked).toBe(0);
    expect(result).toEqual({ rows: 5, complete: true });
    expect(lines).toEqual(['', ' n', '---', ' 1', ' 2', ' 3', ' 4', ' 5', '', '(5 rows)']);
  });

  it('asks ---MORE--- between pages at a terminal, each page with its header', async () => {
    const { lines, asked } = await run([2, 1], { interactive: true });
    expect(asked).toBe(1);
    expect(lines).toEqual(['', ' n', '---', ' 1', ' 2', '', '---MORE---', ' n', '---', ' 3', '', '(3 rows)']);
  });

  it('stops where the user stops, without fetching further or counting', async () => {
    const { lines, fetched, result } = await run([2, 2, 2], { interactive: true, answers: [true, false] });
    expect(fetched).toEqual(['p1']);
    expect(result).toEqual({ rows: 4, complete: false });
    expect(lines.at(-1)).toBe('---MORE---');
  });

  it('numbers expanded rows across pages', async () => {
    const { lines } = await run([1, 1], { expand: true });
    expect(lines).toEqual(['', '@ Row 1', '---+---', ' n | 1', '', '@ Row 2', '---+---', ' n | 2', '', '', '(2 rows)']);
  });

  it('prints the header of an empty result, and skips empty pages after the first', async () => {
    expect((await run([0])).lines).toEqual(['', ' n', '---', '', '', '(0 rows)']);
    expect((await run([1, 0, 1])).lines).toEqual(['', ' n', '---', ' 1', ' 2', '', '(2 rows)']);
  });

  it('lets a failed fetch through after the pages printed so far', async () => {
    const lines: string[] = [];
    const first = pages([1, 1])[0]!;
    await expect(
      printPages(first, async () => Promise.reject(new Error('gone')), { interactive: false, expand: false, more: async () => true, out: (t) => lines.push(t) }),
    ).rejects.toThrow('gone');
    expect(lines).toEqual(['', ' n', '---', ' 1']);
  });
});

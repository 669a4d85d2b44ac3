// Prints a result that may come in pages, as cqlsh's print_result does.
//
// Contract: printPages(first, fetch, options) writes the rows of `first` and of every page
// `fetch(pagingState)` returns after it, until a page has no pagingState, then
// '(N rows)'. Interactive (a terminal): every page has its header and is followed by '',
// and `more()` is awaited between pages (cqlsh's ---MORE--- prompt): false stops there,
// without the row count. Otherwise (scripts, -e, -f, SOURCE): one header, no prompts.
// EXPAND ON prints rows vertically, numbered across pages. An empty first page prints its
// header. Errors of `fetch` propagate (after the pages printed so far). Returns the number
// of rows printed and whether every page was read.
import type { QueryResult } from './client.js';
import { tableLines, verticalLines } from './format.js';

export interface PagerOptions {
  interactive: boolean;
  expand: boolean;
  /** Asked between pages when interactive: resolves true to go on. */
  more: () => Promise<boolean>;
  out: (text: string) => void;
}

export async function printPages(
  first: QueryResult,
  fetch: (pagingState: string) => Promise<QueryResult>,
  options: PagerOptions,
): Promise<{ rows: number; complete: boolean }> {
  const { interactive, out } = options;
  out('');
  let page = first;
  let rows = 0;
  let isFirst = true;
  while (true) {
    if (page.rows.length > 0 || isFirst) {
      for (const line of pageLines(page, isFirst || interactive, interactive, rows, options.expand)) out(line);
      rows += page.rows.length;
    }
    const state = page.pagingState;
    if (state === null || state === undefined) break;
    if (interactive && !(await options.more())) return { rows, complete: false };
    page = await fetch(state);
    isFirst = false;
  }
  if (!interactive) out('');
  out(`(${rows} rows)`);
  return { rows, complete: true };
}

/** cqlsh's print_static_result for one page. */
function pageLines(page: QueryResult, header: boolean, interactive: boolean, rowsBefore: number, expand: boolean): string[] {
  if (page.rows.length === 0) return [...tableLines(page, true), ''];
  if (expand) return verticalLines(page, rowsBefore + 1);
  const lines = tableLines(page, header);
  if (interactive) lines.push('');
  return lines;
}

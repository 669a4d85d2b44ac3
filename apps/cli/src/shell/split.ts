// Splits shell input into statements at ';' outside quotes, $$-strings and comments,
// and tells whether the input so far ends inside an unfinished statement.

export interface SplitResult {
  /** Complete statements, each without its trailing ';' and trimmed. */
  statements: string[];
  /** Text after the last ';' that is not yet a complete statement (may be blank). */
  rest: string;
}

export function splitStatements(input: string): SplitResult {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const n = input.length;
  while (i < n) {
    const c = input[i]!;
    const next = input[i + 1];
    if (c === "'" || c === '"') {
      i = skipQuoted(input, i, c);
    } else if (c === '$' && next === '$') {
      const end = input.indexOf('$$', i + 2);
      i = end < 0 ? n : end + 2;
    } else if ((c === '-' && next === '-') || (c === '/' && next === '/')) {
      const end = input.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
    } else if (c === '/' && next === '*') {
      const end = input.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === ';') {
      const text = input.slice(start, i).trim();
      if (text !== '') statements.push(text);
      start = i + 1;
      i++;
    } else {
      i++;
    }
  }
  return { statements, rest: input.slice(start) };
}

function skipQuoted(input: string, i: number, quote: string): number {
  let j = i + 1;
  while (j < input.length) {
    if (input[j] === quote) {
      if (input[j + 1] === quote) j += 2; // doubled quote escapes itself
      else return j + 1;
    } else j++;
  }
  return input.length;
}

/** True when `rest` holds only whitespace and comments. */
export function isBlank(rest: string): boolean {
  return rest.replace(/--[^\n]*|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '').trim() === '';
}

import { describe, expect, it } from 'vitest';
import { isBlank, splitStatements } from './split.js';

describe('splitStatements', () => {
  it('splits at semicolons outside quotes, $$ strings and comments', () => {
    const input = "INSERT INTO t (a) VALUES ('x;y'); -- c;\nSELECT \"a;b\" FROM t; /* ; */ SELECT $$;$$ FROM t;\nSELECT";
    const { statements, rest } = splitStatements(input);
    expect(statements).toEqual([
      "INSERT INTO t (a) VALUES ('x;y')",
      '-- c;\nSELECT "a;b" FROM t',
      '/* ; */ SELECT $$;$$ FROM t',
    ]);
    expect(rest).toBe('\nSELECT');
  });

  it('handles doubled quotes and leaves an unfinished statement in rest', () => {
    expect(splitStatements("SELECT 'it''s;' FROM t").statements).toEqual([]);
    expect(splitStatements("SELECT 'it''s;' FROM t;").statements).toEqual(["SELECT 'it''s;' FROM t"]);
  });

  it('tells blank rests from unfinished ones', () => {
    expect(isBlank('  -- only a comment\n /* x */ ')).toBe(true);
    expect(isBlank(' SELECT')).toBe(false);
  });
});

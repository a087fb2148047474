import { describe, expect, it } from 'vitest';
import { whoIsWhoCut } from '../../src/core/who-is-who-cut';

const person = (name: string, role: string | null = null) => ({ name, role });

describe('whoIsWhoCut', () => {
  it('counts only people shown with a role against the cap', () => {
    const roles = (names: string) => names.split('').map((n) => person(n, 'aide'));
    const ranked = [person('A', 'mayor'), person('B'), ...roles('CD'), person('E'), ...roles('FGHI')];
    // Six with a role (A, C, D, F, G, H) and two without: the seventh with a role (I) is cut.
    expect(whoIsWhoCut(ranked, 6).map((p) => p.name)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(whoIsWhoCut(ranked, 3).map((p) => p.name)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('keeps a source with a role ranked behind twelve names shown bare, up to a third more lines', () => {
    const bare = Array.from({ length: 12 }, (_, i) => person(`Named ${i}`));
    const source = person('Jeff Weaver', 'campaign manager');
    expect(whoIsWhoCut([...bare, source]).map((p) => p.name)).toContain('Jeff Weaver');
    const many = Array.from({ length: 30 }, (_, i) => person(`Named ${i}`));
    expect(whoIsWhoCut([...many, source])).toHaveLength(16);
    expect(whoIsWhoCut([...many, source])).not.toContain(source);
  });

  it('cuts at twelve when everyone has a role', () => {
    const roles = Array.from({ length: 20 }, (_, i) => person(`Aide ${i}`, 'aide'));
    expect(whoIsWhoCut(roles)).toHaveLength(12);
  });
});

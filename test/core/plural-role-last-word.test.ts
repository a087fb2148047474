import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const people = (copy: string) =>
  analyzeArticle(copy, { title: 'Harbour board split' })
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

/**
 * Issue 13 (session 44's "Warner Brothers"): a role noun's plural ending a capitalised run ("Brothers", "Workers",
 * "Sisters") names a firm, a union or a charity by its form, never one person; it was typed a person. A surname of that form
 * ("Deans") is still a person's when the copy names it alone again or gives it a person's role.
 */
describe('people: a role noun’s plural ending a name run is no person', () => {
  it('"Harwick Brothers is building…", "the Dock Workers endorsed…" name no person', () => {
    const copy =
      'Harwick Brothers is building the new ferry terminal, the council said. The union of Harbour Dock Workers ' +
      'endorsed the plan on Monday.';
    expect(people(copy)).toEqual([]);
  });

  it('controls: a surname named alone again or given a role, an honorific, or a plural role opening a list', () => {
    expect(people('Nora Deans backed the plan. Deans said cinemas would gain.')).toContain('Nora Deans');
    expect(people('Nora Deans, the chairwoman of the harbour trust, backed the plan.')).toContain('Nora Deans');
    expect(people('Dr. Lena Brothers, a surgeon, said the clinic would close.')).toContain('Lena Brothers');
    expect(people('Senators Harlan Voss and Ana Ruiz said the bill would pass.')).toEqual(
      expect.arrayContaining(['Harlan Voss', 'Ana Ruiz']),
    );
  });
});

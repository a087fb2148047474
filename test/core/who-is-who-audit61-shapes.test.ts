import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 60 (fix60d), audit 61's who-is-who shapes: a lower-case role whose person noun stands before "of" and a
 * body after it ("member of parliament", B-a61-5) keeps its head. Copy written for the tests.
 */
const listed = (...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Harbour vote delayed', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.map(
    (p) => `${p.name} — ${p.role ?? '-'}`,
  );

describe('who is who, audit 61 shapes', () => {
  it('keeps the person noun before "of" when a body follows it', () => {
    expect(
      listed(
        'Opposition Harbour Party member of parliament Tessa Morwen said the vote was rushed.',
        '"Nobody read the plan," Morwen said.',
      ),
    ).toContain('Tessa Morwen — Opposition Harbour Party member of parliament');
  });

  it('control: after a person noun, "to" still hands the role after it to the name', () => {
    const people = listed(
      'A senior adviser to harbour commissioner Alan Pryce said the books were open.',
      '"Every receipt is filed," Pryce said.',
    );
    expect(people).toContain('Alan Pryce — commissioner');
  });
});

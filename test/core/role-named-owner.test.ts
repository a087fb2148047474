import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const roles = (body: string): Record<string, string | null> =>
  Object.fromEntries(
    whoIsWho(analyzeArticle(body, { title: 'Hospital row deepens' })).people.map((p) => [p.name, p.role]),
  );

/** Review s32 B-main-9: a role before the name opened by a named owner's possessive or "A" was not read. */
describe('a role set off before the name, opened by a named owner or "A"', () => {
  it('reads the owner with the role, and a bare "A … spokesman"', () => {
    const listed = roles(
      [
        'Nurses at Kingsmere General Hospital had warned of overcrowding since the spring.',
        'Unison’s regional secretary, Karen Doyle, said staff had raised the alarm for months.',
        'A Brightwater spokesman, Daniel Cho, said the company had not been consulted.',
        'Doyle said the union would ballot members. Cho declined to comment further.',
      ].join('\n\n'),
    );
    expect(listed['Karen Doyle']).toBe('Unison’s regional secretary');
    expect(listed['Daniel Cho']).toBe('Brightwater spokesman');
  });

  it('controls: a role opened by "the" reads as before, and a phrase that is no role gives none', () => {
    const listed = roles(
      [
        'The trust’s chief executive, Anil Rao, said an investigation was under way.',
        'Like her predecessor, Jane Moss said the review would take a year.',
        'Rao and Moss will meet on Friday.',
      ].join('\n\n'),
    );
    expect(listed['Anil Rao']).toBe('trust’s chief executive');
    expect(listed['Jane Moss'] ?? null).toBeNull();
  });
});

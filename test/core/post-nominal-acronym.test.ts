import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Audit 56, B-a56-13: "Name Surname MSP" between commas lost the person: the run ended on the acronym, which no parse
 * takes for a surname, so neither the name nor its quotes were found; a speaker was the whole un-normalised phrase.
 */
describe('a post in capitals after a name', () => {
  it('"Their leader, Graham Tully MLA, said …": the person is found without the post', () => {
    const copy = 'The party wants a wider review. Their leader, Graham Tully MLA, said the plan would fail.';
    const a = analyzeArticle(copy, { title: 'Review call' });
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Graham Tully']);
  });

  it('control: a firm\'s capitals stay with its name ("Fieldwing Robotics LLC")', () => {
    const copy = 'The suit was filed by Fieldwing Robotics LLC on Monday. Nobody else was named.';
    const a = analyzeArticle(copy, { title: 'Suit filed' });
    expect(a.entities.map((e) => e.name)).not.toContain('Fieldwing Robotics');
  });
});

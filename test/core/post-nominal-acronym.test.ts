import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { postNominalAcronym } from '../../src/core/post-nominal-acronym';
import { tokenize } from '../../src/core/tokenize';

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

  it('"health spokeswoman Gráinne Ó Laoire TD said": a role noun before the run makes an unlisted given name a person\'s', () => {
    const copy =
      'Opposition health spokeswoman Gráinne Ó Laoire TD criticised the waiting lists. "Patients are left on trolleys for days," she said.';
    const a = analyzeArticle(copy, { title: 'Waiting lists' });
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toContain('Gráinne Ó Laoire');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Gráinne Ó Laoire']);
  });

  it('control: after a role noun, a body\'s name that ends on capitals keeps them ("director Brackwell Software Group UK")', () => {
    const text = 'She joined as director Brackwell Software Group UK last year.';
    const words = tokenize(text);
    const run = words.filter((w) => /^(?:Brackwell|Software|Group|UK)$/.test(w.text));
    expect(postNominalAcronym(run, 'director')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Audit 56, B-a56-3 and B-a56-4: "told <Word>" was read as a speech verb beside a name, so the lone word after it (an
 * outlet, "Euronews"; an assembly's members, "MEPs") became a person, then the speaker of a two-sentence quote or the
 * antecedent of the next "He said". The word after "told" is its hearer: no evidence that it names a person.
 */
describe('the hearer after "told" is no person by that alone', () => {
  it('"the Dutch minister told MPs": the quote goes to the minister the paragraph names, not to "MPs"', () => {
    const copy =
      'Transport Minister Ilse Verbrugge defended the canal plan on Monday. "We have no other way to keep the ' +
      'locks open. The money is there," the Dutch minister told MPs. "It is that simple."';
    const a = analyzeArticle(copy, { title: 'Canal plan' });
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Ilse Verbrugge', 'Ilse Verbrugge']);
    expect(a.entities.map((e) => e.name)).not.toContain('MPs');
  });

  it('"did not respond to Newsline\'s request … he told Newsline. He said …": the statement is the speaker\'s', () => {
    const copy =
      "The port authority did not respond to Newsline's request for comment. In the port of Sines, skipper Joaquim Ferreira, 61, said " +
      'he had heard nothing from the ministry. "They talk about 2030 as if it is far off. For me it is next ' +
      'week," he told Newsline. He said he had borrowed more than €300,000 for a new boat in 2021.';
    const a = analyzeArticle(copy, { title: 'Trawling ban' });
    const borrowed = a.statements.find((s) => s.text.includes('borrowed'));
    expect(borrowed?.speaker).toBe('Joaquim Ferreira');
    expect(a.entities.find((e) => e.name === 'Newsline')?.type).not.toBe('person');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * The who-is-who classes of hand-read 13 (docs/hand-read-questions.md) and session 12's "noticed and left alone".
 * Copy written for the test, of each construction's general shape.
 */
const who = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')));
const names = (headline: string, ...paragraphs: string[]) => who(headline, ...paragraphs).people.map((p) => p.name);

describe('sample 13 who-is-who classes', () => {
  it('lists a person named in full only inside "the X campaign", then by surname alone', () => {
    const story = [
      'Harbour meeting prompts talk of a ticket',
      'Mayor Tom Hale had been talking with officials from the Maria Vance campaign for weeks.',
      'The meeting took place at Vance’s home. Hale left first and Vance left shortly after.',
      'The endorsement was one the Vance campaign had long wanted, and Vance said she was grateful.',
    ];
    expect(names(...(story as [string, ...string[]]))).toContain('Maria Vance');
    // Without the surname used as a person's (no speech verb, no pronoun, no honorific) the run stays out.
    expect(
      names(
        'Harbour meeting prompts talk of a ticket',
        'Mayor Tom Hale had been talking with officials from the Maria Vance campaign for weeks.',
        'The meeting took place at the Vance hall. Hale left first.',
      ),
    ).not.toContain('Maria Vance');
    // Another first name on the surname ("the Peter Vance years" beside "Maria Vance said") is not that person's.
    expect(
      names(
        'Vance sets out her plan',
        'Maria Vance set out her plan on Monday, a break with the Peter Vance years.',
        '"We start now," Vance said. Vance said she would travel to Port Ellis.',
      ),
    ).not.toContain('Peter Vance');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Session 49, fix49a (audit 50, B-a50-2): in "<clause>, said two of the officials" the words before the comma hold a
 * finite verb of their own ("Wardens closed the gates"): they are the claim, and what follows "said" its source. Read
 * as the subject of "said", the claim became the speaker and the source the claim. A description after the verb is
 * left unread, as "…, said two officials" is: no statement beats a swapped one. Copy written for the test.
 */
const statements = (sentence: string): Array<[string, string]> =>
  analyzeArticle(`Park gates shut\n\n${sentence}`).statements.map((s) => [s.text, s.speaker]);

describe('a clause before ", said" is no speaker', () => {
  it.each([
    'Wardens closed the gates on Sunday, said two of the park officials.',
    'The trust sold the lodge in May, said several of the trustees.',
    'Rangers walked out over pay, said three of the union organisers, who asked not to be named.',
    'Bus drivers struck for a day over rotas, said four of the depot managers.',
  ])('credits no statement to the claim: %s', (sentence) => {
    for (const [, speaker] of statements(sentence))
      expect(speaker).not.toMatch(/^(?:Wardens|the trust|Rangers|Bus drivers)/i);
  });

  it('control: an inverted tag naming someone still reads', () => {
    expect(statements('Wardens closed the gates on Sunday, said Mira Kell.')).toEqual([
      ['Wardens closed the gates on Sunday', 'Mira Kell'],
    ]);
  });

  it('control: a subject with a relative clause or an apposition before ", said" still speaks', () => {
    expect(statements('Mira Kell, who manages the park, said the gates would reopen in June.')).toEqual([
      ['the gates would reopen in June', 'Mira Kell'],
    ]);
    expect(statements('Mira Kell, head of the group that runs the park, said the gates would reopen in June.')).toEqual(
      [['the gates would reopen in June', 'Mira Kell']],
    );
  });
});

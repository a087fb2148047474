import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/** Audit 60's B-a60-10: a form of address between a pre-name role and the name. Copy written for the test. */
const roleIn = (name: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Harbour works delayed', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.find(
    (p) => p.name === name,
  )?.role;

describe('a role written before a form of address and the name', () => {
  it('keeps the whole role before "Mr" and "Hon."', () => {
    expect(
      roleIn(
        'Orrin Daleby',
        'Harbour maintenance director Mr Orrin Daleby said the works would take two more years.',
        'The port closed one berth in May.',
      ),
    ).toBe('Harbour maintenance director');
    expect(
      roleIn(
        'Lisette Marrow',
        'Transport Minister Hon. Lisette Marrow, who opened the berth, said the delay was regrettable.',
        'The port closed one berth in May.',
      ),
    ).toBe('Transport Minister');
  });
});

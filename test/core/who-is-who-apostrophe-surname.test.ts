import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Issue 13: one article may type a surname's apostrophe two ways ("O’Dowd" in one paragraph, "O'Dowd" in the next,
 * copy pasted from two sources). It is one person, listed once by the full name with the role; a different
 * surname spelt the same but for the apostrophe does not exist in English. Copy written for the test.
 */
const people = (...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Harbour wall to be rebuilt', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people;

describe('who is who, a surname typed with two apostrophes', () => {
  it('lists the person once, by the full name, when the bare surname uses the other apostrophe', () => {
    const listed = people(
      'The harbour wall will be rebuilt this winter, Declan O’Dowd, the harbour master, told the council.',
      '"The storms last spring left us no choice," said O\'Dowd, who took the post in May.',
      "O'Dowd said the work would start in November and take twelve weeks.",
    );
    const dowds = listed.filter((p) => /Dowd/.test(p.name));
    expect(dowds.map((p) => p.name)).toEqual(['Declan O’Dowd']);
    expect(dowds[0]!.role).toBe('harbour master');
  });

  it('control: the same apostrophe throughout is one person, as before', () => {
    const listed = people(
      'The harbour wall will be rebuilt this winter, Declan O’Dowd, the harbour master, told the council.',
      '"The storms last spring left us no choice," said O’Dowd, who took the post in May.',
      'O’Dowd said the work would start in November and take twelve weeks.',
    );
    expect(listed.filter((p) => /Dowd/.test(p.name)).map((p) => p.name)).toEqual(['Declan O’Dowd']);
  });
});

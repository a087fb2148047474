import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Issue 13 (session 49's leftover): two names each behind an honorific, joined by "and" ("Dame … and Lord …",
 * "Shrimati … and Shri …"), are two people; the name finder keeps the first, and the second, quoted, was not listed.
 * An honorific before the partner says it is a person as an office does ("and Senator …"). Copy written for the test.
 */
const names = (...paragraphs: string[]) =>
  whoIsWho(
    analyzeArticle(['Library reopens in Dunmore', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')),
  ).people.map((p) => p.name);

describe('who is who, honorific partners', () => {
  it('lists the partner after "and Lord"', () => {
    const listed = names(
      'Dame Orla Fenwick and Lord Tobias Rennick opened the library on Saturday.',
      'Fenwick said the building had been closed for two years. Rennick said: "We are proud of it."',
    );
    expect(listed).toEqual(expect.arrayContaining(['Orla Fenwick', 'Tobias Rennick']));
  });

  it('lists the partner after "and Shri"', () => {
    const listed = names(
      'Shrimati Meena Iyer and Shri Kiran Dutta opened the library on Saturday.',
      'Iyer said the building had been closed for two years. Dutta said: "We are proud of it."',
    );
    expect(listed).toEqual(expect.arrayContaining(['Meena Iyer', 'Kiran Dutta']));
  });

  it('control: the partner after an office ("and Senator") is listed on both', () => {
    const listed = names(
      'Dame Orla Fenwick and Senator Tobias Rennick opened the library on Saturday.',
      'Fenwick said the building had been closed for two years. Rennick said: "We are proud of it."',
    );
    expect(listed).toEqual(expect.arrayContaining(['Orla Fenwick', 'Tobias Rennick']));
  });
});

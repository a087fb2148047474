import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/** "Its secretary, Grace Obi": whose secretary, when the copy names one owner the pronoun can take (review A5). */
const roleOf = (name: string, paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Roof leaks', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.find(
    (p) => p.name === name,
  )?.role;

const OBI = 'Its secretary, Grace Obi, said the roof had leaked. "We will reopen soon," she said.';
const PRICE = 'Her campaign manager, Owen Price, said the race was close. Price said more wins would follow.';

/** [what the case shows, the person, the copy's paragraphs, the role expected]. Copy written for the test. */
const CASES: Array<[string, string, string[], string]> = [
  [
    'one organisation in the sentence before',
    'Grace Obi',
    ['The Harbour Trust met on Monday to discuss it.', OBI],
    'secretary of the Harbour Trust',
  ],
  [
    'one organisation, written without "the"',
    'Mark Dunn',
    ['Kestrel Council voted on Tuesday.', 'Its leader, Mark Dunn, said the budget was tight.'],
    'leader of Kestrel Council',
  ],
  [
    'one person, by surname',
    'Owen Price',
    ['Senator Ruth Galvin won six of the last seven contests.', PRICE],
    'Galvin’s campaign manager',
  ],
  ['no owner named: bare', 'Grace Obi', ['The museum closed early on Monday.', OBI], 'secretary'],
  ['two organisations: bare', 'Grace Obi', ['The Harbour Trust and Kestrel Council met on Monday.', OBI], 'secretary'],
  ['two people: bare', 'Owen Price', ['Senator Ruth Galvin met Mayor Tom Hale on Monday.', PRICE], 'campaign manager'],
  [
    'the one person named is one "his" cannot stand for: bare',
    'Owen Price',
    ['Senator Ruth Galvin won six of the last seven contests.', PRICE.replace('Her ', 'His ')],
    'campaign manager',
  ],
  [
    'a man\'s title against "her": bare',
    'Owen Price',
    ['Mr. Galvin won six of the last seven contests.', PRICE],
    'campaign manager',
  ],
  [
    'a common noun opening the sentence before takes "its": bare',
    'Grace Obi',
    ['The museum, owned by Kestrel Council, closed early on Monday.', OBI],
    'secretary',
  ],
  [
    '"their" takes lower-case plurals too: bare',
    'Grace Obi',
    [
      'The families of Harbour Trust members met on Monday.',
      'Their lawyer, Grace Obi, said the roof had leaked. "We will sue," she said.',
    ],
    'lawyer',
  ],
  [
    'no owner further back than the sentence before',
    'Grace Obi',
    ['The Harbour Trust met on Monday. Repairs had been put off for weeks.', OBI],
    'secretary',
  ],
];

describe('who-is-who, a role whose owner a possessive pronoun names', () => {
  for (const [shows, name, paragraphs, role] of CASES)
    it(shows, () => {
      expect(roleOf(name, paragraphs)).toBe(role);
    });
});

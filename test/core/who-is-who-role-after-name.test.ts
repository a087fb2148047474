import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { roleOf } from '../../src/core/role-of';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * The role shapes a seeded draw of PolNeAR train's role misses found the engine missing (docs/evaluation.md, "Who is
 * who", round who22). Copy written for the test, two sentences of each shape: [shape, name, copy, role or null].
 */
const SHAPES: Array<[string, string, string, string | null]> = [
  [
    "an organisation's officer written with its",
    'Mira Castellane',
    'The firm grew fast. Mira Castellane, its chief operating officer, said sales had doubled.',
    'chief operating officer',
  ],
  [
    "an organisation's officer written with its",
    'Oren Vasquell',
    'The party lost badly. Oren Vasquell, its acting chairman, told reporters, "We lost."',
    'acting chairman',
  ],
  [
    "a web address's stop inside the role",
    'Tamsin Oakhurst',
    '"They are running out of time," said Tamsin Oakhurst, editor of RiverCountyNews.com. "Nobody has moved."',
    'editor of RiverCountyNews.com',
  ],
  [
    "a web address's stop inside the role",
    'Lev Marchetti',
    '"That will happen now," said Lev Marchetti, the Ohio director for FairVote.org. "At a new level."',
    'Ohio director for FairVote.org',
  ],
  [
    'a bracketed aside ending the role',
    'Dana Whitcombe',
    'Dana Whitcombe, chairman of Granite Forward (a state PAC), wrote that the rally was thin.',
    'chairman of Granite Forward',
  ],
  [
    'a bracketed acronym ending the role',
    'Pia Lindqvist',
    'Pia Lindqvist, the Nordic Council Commissioner for Fisheries (NCCF), reacted with doubt.',
    'Nordic Council Commissioner for Fisheries',
  ],
  [
    'a capitalised head after an article',
    'Bruce Halvorsen',
    '"He needs a statement," said Bruce Halvorsen, the Republican National Committeeman from Utah. "Now."',
    'Republican National Committeeman from Utah',
  ],
  [
    'a capitalised head after an article',
    'Kemal Oduya',
    'Kemal Oduya, a State Water Board Commissioner, said the rules would change.',
    'State Water Board Commissioner',
  ],
  [
    'a nationality is no role',
    'Hans Weber',
    '"We are ready," said Hans Weber, a German, at the crossing on Monday.',
    null,
  ],
  ['a nationality is no role', 'Pierre Martin', 'Pierre Martin, a Frenchman, said the ferry would sail on time.', null],
  [
    'a capitalised office body is no head',
    'Pat Morrow',
    'The suit names Gov. Pat Morrow, the Ohio Department of Public Safety, and the state university.',
    null,
  ],
  [
    'an agent noun holding "of", no article',
    'Bram Velasko',
    '"Voters have changed," said Bram Velasko, publisher of The Lantern, a weekly journal.',
    'publisher of The Lantern',
  ],
  [
    'an agent noun holding "of", no article',
    'Ines Marlowe',
    '"The vacancy matters," wrote Ines Marlowe, founder of CourtWatch.',
    'founder of CourtWatch',
  ],
  ['a participle holding "of" is no post', 'Ines Marlowe', 'Ines Marlowe, leading of the pack, ran.', null],
  [
    'one of a plural role noun (session 21)',
    'Dara Quill',
    'Dara Quill, one of the founders of the Lantern Initiative, said the group would grow.',
    'one of the founders of the Lantern Initiative',
  ],
  [
    'one of a plural role noun (session 21)',
    'Tomas Reyburn',
    'Tomas Reyburn, one of several vocal critics of the plan on the council, voted against it.',
    'one of several vocal critics of the plan on the council',
  ],
  [
    'one of a plural noun that names no role (session 21)',
    'Dara Quill',
    'Dara Quill, one of the first to arrive, said the hall was cold.',
    null,
  ],
  [
    'one of a plural noun that names no role (session 21)',
    'Tomas Reyburn',
    'Tomas Reyburn, one of the richest people in the county, said the tax was fair.',
    null,
  ],
  [
    'one of a plural noun no person is (review, session 21)',
    'Ana Ruiz',
    'Ana Ruiz, one of the documents shows, signed the deal before the vote.',
    null,
  ],
  [
    'one of a plural noun no person is (review, session 21)',
    'Ana Ruiz',
    'The county joined the suit. Ana Ruiz, one of the two states that sued, said nothing.',
    null,
  ],
  [
    'a quoted title inside the role, read to its close',
    'Lena Farrow',
    'Lena Farrow, host of WKRP’s “Morning Drive,” said the mayor had dodged the question.',
    'host of WKRP’s “Morning Drive”',
  ],
  [
    'a quoted title inside the role, read to its close',
    'Otto Brennan',
    '“It was broken,” said Otto Brennan, author of “The Long Ledger,” a history of the budget.',
    'author of “The Long Ledger”',
  ],
  [
    'a long role no punctuation cuts',
    'Raoul Penhaligon',
    '"This used to be their yard," said Raoul Penhaligon, director of Regional Maritime Security Studies at the Royal Atlantic Policy Institute in Bristol, "but no more."',
    'director of Regional Maritime Security Studies at the Royal Atlantic Policy Institute in Bristol',
  ],
  [
    'a long relative clause is no role',
    'Nell Avery',
    'Voters can judge Nell Avery, whose four years as mayor of the city arguably made the streets less safe and left very little money, on her record.',
    null,
  ],
  [
    'the next item of a list whose name carries a title',
    'Ali Marsh',
    'A panel of experts, including novelists Hari Venn and Ali Marsh, director Sir Richard Eyton and comedian Alec Sayer chose the winner from a five-strong shortlist.',
    null,
  ],
  [
    'the next item of a list whose name carries a title',
    'Lise Baird',
    'The jury, with painters Ann Holt and Lise Baird, critic Dame Ruth Ellery Vane and poet Tom Ash met on Friday.',
    null,
  ],
  [
    'the role before a titled name a verb follows with no comma',
    'Ada Brenholt',
    'Ada Brenholt, a former aide to Sen. Tom Varga was one of the first to cheer on the idea when she wrote online.',
    'former aide',
  ],
];

describe('who-is-who, the role written after the name (appositions a seeded draw of train misses found unread)', () => {
  it.each(SHAPES)('%s (%s)', (_shape, name, copy, role) => {
    expect(roleOf(name, undefined, copy)).toBe(role);
  });

  it('prefers the apposition to a bare Representative before the name', () => {
    const text = [
      'Prisoner swap divides Congress',
      '',
      "''This is a complicated world,'' said Representative Dale Kintner, a Michigan Democrat who flew to Germany.",
      '',
      'The exchange took months. Former Representative Hugh Osterman, a Michigan Republican who led a committee, said it was hard.',
    ].join('\n');
    const people = whoIsWho(analyzeArticle(text)).people;
    expect(people.find((p) => p.name === 'Dale Kintner')?.role).toBe('Michigan Democrat');
    expect(people.find((p) => p.name === 'Hugh Osterman')?.role).toBe('Michigan Republican');
  });

  it('keeps the title over a "one of …" description (review, session 21)', () => {
    const text = [
      'Governors weigh the race',
      '',
      'Ohio Gov. Ray Tolliver, one of the candidates beaten by the senator in the primary, had pledged to back the nominee.',
      '',
      '"It is sad," Tolliver said.',
    ].join('\n');
    const role = whoIsWho(analyzeArticle(text)).people.find((p) => p.name === 'Ray Tolliver')?.role;
    // Session 42: the state opening the sentence qualifies only offices, so it is kept ("Governor" before).
    expect(role).toBe('Ohio Governor');
  });
});

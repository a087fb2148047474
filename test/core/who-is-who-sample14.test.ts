import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { givenNameAlone } from '../../src/core/given-name-alone';
import { roleModifiers } from '../../src/core/role-modifiers';
import { roleOf } from '../../src/core/role-of';
import { splitTitle } from '../../src/core/split-title';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * The who-is-who classes of hand-read 14 (docs/hand-read-questions.md). Copy written for the test, two or more
 * sentences of each construction's general shape.
 */
const who = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')));
const names = (headline: string, ...paragraphs: string[]) => who(headline, ...paragraphs).people.map((p) => p.name);
const roleFor = (name: string, headline: string, ...paragraphs: string[]) =>
  who(headline, ...paragraphs).people.find((p) => p.name === name)?.role;

describe('who-is-who, hand-read sample 14 classes', () => {
  it('counts a given name written alone as a mention of the one full name that bears it', () => {
    expect(
      names(
        'Author makes a prediction',
        'Author Tom Reed said he expects Maria Vance to win the seat.',
        '"I would bet on Maria," Reed said. "If you look at Maria, her strategy is to move ahead," he added.',
      ),
    ).toContain('Maria Vance');
    expect(
      names(
        'Coach looks to the final',
        'Coach Ann Burke has picked Daniel Crane for the final in Port Ellis.',
        '"I think Daniel is ready," Burke said. She said the team trusted Daniel completely.',
      ),
    ).toContain('Daniel Crane');
    // Another person bearing the given name makes a lone "Maria" either's.
    expect(
      names(
        'Author makes a prediction',
        'Author Tom Reed said he expects Maria Vance to win the seat, and Maria Lopez to lose hers.',
        '"I would bet on Maria," Reed said. "If you look at Maria, her strategy is to move ahead," he added.',
      ),
    ).not.toContain('Maria Vance');
    // A given name that is also an ordinary word or a month opens sentences and dates, not mentions of the person.
    expect(
      names(
        'Depot plan divides the town',
        'Residents, among them Will Hale, packed the hall on Monday.',
        'Will the depot be built? Will the council pay? Nobody would say.',
      ),
    ).not.toContain('Will Hale');
    expect(
      names(
        'Council sets a date',
        'Residents, among them Mark Dale, heard the plan.',
        'Mark the date, residents were told. Mark my words, one said.',
      ),
    ).not.toContain('Mark Dale');
    expect(givenNameAlone('May Lee', 'May Lee spoke. The vote is in May, and the count is in May too.')).toBe(0);
  });

  it('lists a full name written once beside "the <surname> camp" or "campaign"', () => {
    expect(
      names(
        'Graduates learn the wrong lessons',
        'Tom Hale has cast former secretary of State Laura Finch as unqualified. Hale said so twice.',
        'And the Finch camp has lobbed misleading criticisms of Hale.',
      ),
    ).toContain('Laura Finch');
    expect(
      names(
        'Rivals trade blows',
        'Tom Hale has cast former secretary of State Laura Finch as unqualified. Hale said so twice.',
        'The Finch campaign answered with an advertisement.',
      ),
    ).toContain('Laura Finch');
    // The surname written again as anything else ("the Finch report") is no second mention of her.
    expect(
      names(
        'Graduates learn the wrong lessons',
        'Tom Hale has cast former secretary of State Laura Finch as unqualified. Hale said so twice.',
        'And the Finch report has misled readers about Hale.',
      ),
    ).not.toContain('Laura Finch');
  });

  it('lists a name standing alone as a heading among headings that name people', () => {
    const ranking = (second: string, secondBody: string) =>
      names(
        'Three hopefuls who could still make a case',
        'Below are my rankings.',
        '3. Jeb Crane.',
        'The former governor took just 6 percent. What he has going for him is money.',
        second,
        secondBody,
        '1. Marco Rubio.',
        'The senator is the most complete candidate. His operation is smaller than those of Kasich and Crane.',
      );
    expect(
      ranking('2. John Kasich.', 'The governor is in a similar place. He is counting on New Hampshire.'),
    ).toContain('Jeb Crane');
    expect(
      names(
        'Four to watch',
        'Thad Moreno.',
        'The mayor has the money. Moreno also has the endorsements.',
        'Mary Quinn.',
        'The senator has the name.',
        'Peter Dole.',
        'The governor has the staff.',
      ),
    ).toContain('Thad Moreno');
    // Beside a heading that names a place, one person heading is too few siblings to vouch for it.
    expect(ranking('2. Port Ellis.', 'The harbour is in a similar place.')).not.toContain('Jeb Crane');
    expect(
      names(
        'Four to watch',
        'Thad Moreno.',
        'The mayor has the money. Moreno also has the endorsements.',
        'Port Ellis.',
      ),
    ).not.toContain('Thad Moreno');
  });

  it('gives no one a bare relation with an adjective, after "the" or a possessive', () => {
    expect(
      roleFor(
        'Dana Whitley',
        'The friendship that never was',
        'Senator Tom Hale was the best friend Dana Whitley always hoped to have. Whitley said so.',
      ),
    ).toBeFalsy();
    expect(
      roleFor(
        'Ian Moss',
        'Mourners gather',
        'Mourners remembered her late husband Ian Moss at the service. Moss had died in May, and Moss was buried in Ohio.',
      ),
    ).toBeFalsy();
  });

  it('gives a person named after "to then-<Title>" that title, not the other person’s apposition', () => {
    const text =
      'said Juan Zarate, top terrorism adviser to then-President George W. Bush. Ana Ruiz, senior adviser to then-Governor Rick Perry, agreed.';
    expect(roleOf('George W. Bush', 'top terrorism adviser to then-President', text)).toBe('then-President');
    expect(roleOf('Rick Perry', 'senior adviser to then-Governor', text)).toBe('then-Governor');
    // An agent noun ends the named person's own part too: he is the front-runner, not the rival.
    const rival =
      'He has emerged as a serious rival to Republican front-runner Tom Hale in Iowa. Ann Burke, a longtime critic of Labour front-runner Dan Reed, agreed.';
    expect(roleOf('Tom Hale', 'serious rival to Republican front-runner', rival)).toBe('Republican front-runner');
    expect(roleOf('Dan Reed', 'longtime critic of Labour front-runner', rival)).toBe('Labour front-runner');
  });

  it('takes no "according to" attribution after the name as a role', () => {
    expect(
      roleOf(
        'Laura Finch',
        undefined,
        'The emails were sent or received by Laura Finch, according to a State Department spokesman.',
      ),
    ).toBeNull();
    expect(roleOf('Tom Hale', undefined, 'The money was moved by Tom Hale, according to court papers.')).toBeNull();
  });

  it('keeps the words that say which post: a noun in -is or -us, a year, "then-", a lone "chief"', () => {
    expect(roleModifiers('consultant', 'Allan Reed', 'a dollop of the crisis consultant Allan Reed, whose work')).toBe(
      'crisis consultant',
    );
    expect(roleModifiers('adviser', 'Ann Burke', 'a visit from the census adviser Ann Burke on Monday')).toBe(
      'census adviser',
    );
    expect(roleModifiers('chief', 'Irving Hale', 'who married the production chief Irving Hale, after a fling')).toBe(
      'production chief',
    );
    expect(roleModifiers('Democratic nominee', 'John Reed', 'much like 2004 Democratic nominee John Reed found')).toBe(
      '2004 Democratic nominee',
    );
    expect(roleModifiers('GOP nominee', 'Tom Hale', 'It was the 2012 GOP nominee Tom Hale who won.')).toBe(
      '2012 GOP nominee',
    );
    expect(
      roleModifiers(
        'candidate',
        'Marco Reed',
        'a group backing then-Republican presidential candidate Marco Reed, and',
      ),
    ).toBe('then-Republican presidential candidate');
    // A year that is the sentence's own ("In March 2016 President …") is no part of the role.
    expect(roleModifiers('President', 'Tom Hale', 'In March 2016 President Tom Hale signed it.')).toBe('President');
  });

  it('reads a name on past a hyphened particle and lists it once', () => {
    const syria = who(
      'Talks on Syria stall',
      'The government of President Bashar al-Assad rejected the plan on Monday.',
      'Mr. Assad said the plan was dead. Assad has held on since 2011.',
    ).people;
    expect(syria.map((p) => p.name)).toContain('Bashar al-Assad');
    expect(syria.filter((p) => /Assad|Bashar/.test(p.name))).toHaveLength(1);
    expect(
      names(
        'President rejects the plan',
        'President Walid al-Moallem spoke on Friday. Moallem said the group would fight on.',
      ),
    ).toContain('Walid al-Moallem');
  });

  it('keeps a list’s plural title out of the name', () => {
    expect(splitTitle('Senators Mitch McConnell').bare).toBe('Mitch McConnell');
    expect(splitTitle('Governors Chris Dale').bare).toBe('Chris Dale');
    const listed = names(
      'Republicans caught in a trap',
      'Among others in a perilous trap are Senators Mitch Reed, the majority leader, whose new book boasts of his record; and Tom Hale.',
      'Reed said he was pleased and Reed left early.',
    );
    expect(listed).toContain('Mitch Reed');
    expect(listed.some((n) => n.startsWith('Senators '))).toBe(false);
  });

  it('lists no lone word the copy writes twice as a place, even one a quote is pinned on', () => {
    const story = (place: string) =>
      names(
        'Rivals target the record abroad',
        `Critics point to the intervention in ${place} and the violence in ${place} since.`,
        `Tom Hale, an analyst at the Harbour Institute, says ${place} is the biggest trouble spot. "It is chaotic," Hale said.`,
        `"${place} today is completely chaotic," Hale added.`,
      );
    expect(story('Veloria')).not.toContain('Veloria');
    expect(story('Karistan')).not.toContain('Karistan');
    // A lone surname the copy titles stays a person ("confidence in Reed" beside "Senator Reed").
    expect(
      names(
        'Senator keeps her seat',
        'Voters kept their confidence in Reed. Senator Reed said she was grateful.',
        'Support in Reed held, and Reed said she would serve.',
      ),
    ).toContain('Reed');
  });

  it('lists no transcript speaker label among the organisations', () => {
    const transcript = (label: string, name: string) =>
      who(
        'Transcript: the mayor on the flood',
        `This is a rush transcript of an interview with Mayor ${name}.`,
        'HOST: Mayor, what happened last night?',
        `${label}: The river rose faster than anyone expected. We moved people out by midnight.`,
        'HOST: Will the town rebuild?',
        `${label}: We will rebuild, and we will rebuild better.`,
      ).organizations;
    expect(transcript('FOY', 'Dana Foy')).toEqual([]);
    expect(transcript('OKAFOR', 'Grace Okafor')).toEqual([]);
    // An acronym named twice in running copy stays an organisation.
    expect(
      who(
        'Agency opens an inquiry',
        'The NTSB opened an inquiry on Monday, Mayor Dana Foy said.',
        'The NTSB will report in May, Foy said.',
      ).organizations,
    ).toContain('NTSB');
  });

  it('lists no water company as a person, even one a statement is credited to', () => {
    for (const firm of ['Brookmere Water', 'Harbour Utilities']) {
      const listed = who(
        'Residents fight the dam',
        `${firm} said the dam was needed. "We have no other source," ${firm} said in a statement.`,
        'Mayor Dana Foy said the town would go to court. Foy said she expected to win.',
      );
      expect(listed.people.map((p) => p.name)).not.toContain(firm);
    }
  });
});

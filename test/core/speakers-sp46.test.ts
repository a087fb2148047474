import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { tagAfter } from '../../src/core/quote-tags';
import { titledNameBetween } from '../../src/core/titled-name-between';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`County news in brief\n\n${body}`).quotes.map((q) => q.speaker);

/** Session 34, sp46: the name before a title is whom the titled person works for, not who spoke. */
describe('a name that modifies the title of the person speaking', () => {
  it.each([
    // NYT style, honorifics with stops.
    [
      'Gov. Rhea Lomax toured the flooded valley on Monday. "The money will come this week," said Lomax campaign spokesman Dev Okafor.',
      'Dev Okafor',
    ],
    // Wire style, the title on the name.
    [
      'Sen. Ada Pryce spoke in Reno. "We have refunded the donations in question," said Pryce campaign manager Tomas Vell.',
      'Tomas Vell',
    ],
    // British style, single quotes and no stops.
    [
      "Mr Hollis spoke in Leeds on Friday. 'Nobody was told about the closure,' said Hollis ranking Democrat Nell Ashdown.",
      'Nell Ashdown',
    ],
    [
      'The court heard the case on Tuesday. "It is a short-sighted policy," explained Denver-based attorney Ravi Oduya.',
      'Ravi Oduya',
    ],
  ])('the titled name speaks: %s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });

  it('a name followed by its own speech verb still speaks (control)', () => {
    expect(quoteSpeakers('"We will rebuild the bridge," said Rhea Lomax, the county executive.')).toEqual([
      'Rhea Lomax',
    ]);
  });

  it('a premodifier with a role noun and no second name stays a description (control)', () => {
    expect(quoteSpeakers('"The bridge will reopen," a Lomax aide said.')[0] ?? '').not.toBe('Lomax');
  });

  it.each([
    [' campaign spokesman ', true],
    [' ranking Democrat ', true],
    [' attorney ', true],
    [' told aide ', false],
    [' and ', false],
    [' reportedly adviser ', false],
    [' the spokesman ', false],
    [' Tuesday ', false],
  ])('titledNameBetween(%j) is %s', (between, expected) => {
    expect(titledNameBetween(between)).toBe(expected);
  });
});

/** Session 34, sp46: a name in a fronted phrase's object is no appositive subject whose comma went missing. */
describe('a fronted phrase before a described subject', () => {
  it.each([
    'Mayor Ines Carrow opened the session. In a long interview with radio hosts Pat Dunmore and Lea Shaw, the Democratic county chairman stated that the plan does not "add up to what we were promised."',
    "Mayor Ines Carrow opened the session. During a phone call with the broadcasters Pat Dunmore and Lea Shaw, the Labour county chairman argued that the plan did not 'add up to what we were promised'.",
  ])('not the name in the fronted phrase: %s', (body) => {
    const [speaker] = quoteSpeakers(body);
    expect(speaker ?? '').not.toMatch(/Shaw|Dunmore/);
  });

  it('a name with an appositive whose closing comma is missing still speaks (control)', () => {
    expect(quoteSpeakers('Colin Dray, Harbour Traders Association said "trade is down this year."')).toEqual([
      'Colin Dray',
    ]);
  });
});

/** Session 34, sp46: a verb joined by "and" shares its clause's subject, not the object before "and". */
describe('a coordinated speech verb', () => {
  it.each([
    [
      'The rally ran late. As the hall began to chant, Ada Cole was joined on stage by Gov. Tom Ruiz and joked, "You are all being ridiculous."',
      'Ada Cole',
    ],
    ["The vote was close. Later, Mr Dunn thanked Ms Ortiz and said, 'We are grateful to every volunteer.'", 'Dunn'],
  ])("the first clause's subject speaks: %s", (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });

  it('a subject right before "and said" still speaks (control)', () => {
    expect(
      quoteSpeakers('The vote was close. Ms. Ortiz smiled and said, "We are grateful to every volunteer."'),
    ).toEqual(['Ortiz']);
  });
});

/** Session 34, sp46: a name whose appositive runs past twenty words still speaks. */
describe('a tag after a long appositive', () => {
  it.each([
    ' Leona V. Marsh, director of the nonpartisan Harbor Fiscal Institute and a professor of public finance at the state university in the capital, said of the budget.',
    ' Leona Marsh, director of the independent Harbour Fiscal Institute and a visiting professor of public finance at a university in the north of England, said on Monday.',
  ])('the name before the appositive: %s', (after) => {
    const tag = tagAfter(after, 0);
    expect(tag?.kind === 'phrase' ? tag.text : null).toMatch(/^Leona (?:V\. )?Marsh/);
  });

  it.each([
    // A verb far after a term is no tag.
    ' flaw - a gap in the software that nobody had found before, which gives the name to a threat that the vendor said nothing about.',
    // Nor after a clause that is no name's appositive.
    " that Ms Hale accused the council of using on polling day are not on the same level as the minister's reaction to the floods, the candidate said.",
  ])('no tag past twenty words without a name and its appositive (control): %s', (after) => {
    expect(tagAfter(after, 0)).toBeNull();
  });
});

/** Session 34, sp46: a speech verb in a clause opened after the quotation is no tag. */
describe('a clause after the quotation that a subordinator opens', () => {
  it.each([
    'Mayor Nell Hart spoke at noon on Monday. Voter Jon Sims says he was "sitting on the fence" until Hart said she would back the plan.',
    "Mayor Nell Hart spoke at noon on Monday. Jon Sims admits he felt 'rather let down' after Ms Hart said she would back the plan.",
  ])('not the later speaker: %s', (body) => {
    expect(quoteSpeakers(body)[0] ?? '').not.toMatch(/Hart/);
  });

  it('a comma-closed adverbial before the tag keeps it (control)', () => {
    expect(
      quoteSpeakers(
        'Mayor Nell Hart spoke at noon on Monday. "I want to wait until I meet the board" before deciding, she said.',
      ),
    ).toEqual(['Nell Hart']);
  });

  it('"once" is an adverb before the verb (control)', () => {
    expect(quoteSpeakers('Mayor Nell Hart retired in May. "I am never satisfied," she once said.')).toEqual([
      'Nell Hart',
    ]);
  });
});

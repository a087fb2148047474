import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { looksLikePerson } from '../../src/core/looks-like-person';
import { whoIsWho } from '../../src/core/who-is-who';

/** Real people whose surname is a common word, and the things and adjectives that must stay out. Copy written for the test. */
describe('looksLikePerson and surnames that are also words', () => {
  it('takes a known first name the copy quotes, or gives a role after, before a thing head', () => {
    const quoted =
      'Shoppers stayed home, said Marion Link, executive director of the traders association. "It was quiet," she said.';
    expect(looksLikePerson('Marion Link', quoted, false)).toBe(true);
    const apposed = 'Carol Post, a lawyer for the families, filed the claim on Friday. The court meets next week.';
    expect(looksLikePerson('Carol Post', apposed, false)).toBe(true);
  });

  it('takes a thing-head surname whose quote a personal pronoun takes up, not one another name stands between', () => {
    const hers = 'Marion Link said the shops were empty. "It was quiet all week," she said.';
    expect(looksLikePerson('Marion Link', hers, true)).toBe(true);
    const another =
      'Grace Church said it would open its doors. The council leader, Anna Reyes, agreed. "Everyone is welcome," she said.';
    expect(looksLikePerson('Grace Church', another, true)).toBe(false);
  });

  it('keeps a thing head a thing when no quote or role vouches for the name', () => {
    const text = 'The Solent Link will close for repairs. Riders of the Victoria Link were told to take the bus.';
    expect(looksLikePerson('Solent Link', text, false)).toBe(false);
    expect(looksLikePerson('Victoria Link', text, false)).toBe(false);
  });

  it('reads a quoted person’s name used as an adjective after "the" as that person', () => {
    const text =
      'The challenger has the backing of the party, said Susan Hadley, who leads it. "He runs it the Susan Hadley way," ' +
      'a donor said. Hadley, who has raised money for him, said she would campaign too.';
    expect(looksLikePerson('Susan Hadley', text, false)).toBe(true);
  });

  it('refuses a body named after a first name that speaks: quotes are not a person’s evidence (review B-w2)', () => {
    const church =
      'Grace Church said on Sunday it would open its doors to families forced out by the flood. "Everyone is welcome," ' +
      'Grace Church said in a statement. The council leader, Anna Reyes, said the shelter would stay open all week.';
    expect(looksLikePerson('Grace Church', church, true)).toBe(false);
    const station =
      'Victoria Station said trains were delayed by up to an hour. "We apologise to passengers," Victoria Station said.';
    expect(looksLikePerson('Victoria Station', station, true)).toBe(false);
    const hospital =
      'Grace Hospital said on Friday it had sent the wrong letters to 300 patients. "We apologise," Grace Hospital said.';
    expect(looksLikePerson('Grace Hospital', hospital, true)).toBe(false);
  });

  it('refuses a "the" run whose surname alone is quoted but never the full name as a person (review B-w2)', () => {
    const paper =
      'The Charlotte Observer reported on Monday that the mayor had resigned. "We stand by our reporting," the Charlotte ' +
      'Observer said. Charlotte Observer editor Ann Doss said the paper had two sources. The Observer said it would not ' +
      'name them.';
    expect(looksLikePerson('Charlotte Observer', paper, false)).toBe(false);
    // "Name, who …" is no person's evidence on its own: British copy writes it of clubs and bodies too.
    const who =
      'Susan Hadley, who leads the county party, backed the challenger. "He runs it the Susan Hadley way," a donor said. ' +
      'Hadley said she would campaign too.';
    expect(looksLikePerson('Susan Hadley', who, false)).toBe(false);
  });

  it('still refuses a "the" run whose surname a namesake shares or that the copy never writes alone', () => {
    const namesakes =
      'In the Bill Hadley years the plant grew. Susan Hadley, who leads the county party, said the plant must stay. ' +
      'Hadley, who has raised money, said she would fight.';
    expect(looksLikePerson('Bill Hadley', namesakes, false)).toBe(false);
    const onlyThe = 'Visitors flock to the Susan Hadley gallery. Hadley, who founded it, said she was pleased.';
    expect(looksLikePerson('Susan Hadley', onlyThe, false)).toBe(false);
  });

  it('refuses a quoted body whose head no shared list held: "Network Rail said", "Charlotte Observer said" (review B-w3)', () => {
    const who = (...paragraphs: string[]) =>
      whoIsWho(analyzeArticle(['Trains cancelled', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people;
    const rail = who(
      'Trains were cancelled across the region on Monday.',
      'Network Rail said the line would reopen on Tuesday. "We are sorry for the disruption," Network Rail said.',
    );
    expect(rail).toEqual([]);
    const paper = 'Charlotte Observer said the mayor had resigned. "We stand by the story," Charlotte Observer said.';
    expect(looksLikePerson('Charlotte Observer', paper, true)).toBe(false);
    expect(looksLikePerson('Rail', paper.replaceAll('Charlotte Observer', 'Network Rail'), true)).toBe(false);
  });

  it('keeps a person whose surname heads a body when only a person’s evidence vouches for it', () => {
    const apposed = 'Doug Band, a former aide to the president, said the deal was fair. "It was legal," Mr. Band said.';
    expect(looksLikePerson('Doug Band', apposed, true)).toBe(true);
    // A lone surname the copy gives an honorific is a person's, whatever else the word heads.
    expect(looksLikePerson('Band', 'The deal was fair, Mr. Band said. "It was legal," Mr. Band said.', true)).toBe(
      true,
    );
    const theirs = 'Karen Mail said the school would close. "It breaks my heart," she said.';
    expect(looksLikePerson('Karen Mail', theirs, true)).toBe(true);
  });
});

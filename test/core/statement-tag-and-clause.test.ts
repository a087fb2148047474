import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const statements = (body: string): Array<[string, string]> =>
  analyzeArticle(`Mill fire closes Ashby bridge\n\n${body}`).statements.map((s) => [s.speaker, s.text]);

const lead = 'A fire broke out at the old paper mill beside the river in Ashby on Saturday night.\n\n';

/** Session 47, review 48's B-a48-11, on invented copy: reported statements that were lost or cut. */
describe('a trailing tag whose subject has lower-case words (B-a48-11)', () => {
  it('reads ", fire service spokesman Idris Vane said." as the clause before it', () => {
    expect(
      statements(`${lead}Two crews fought the blaze for six hours, fire service spokesman Idris Vane said.`),
    ).toEqual([['Idris Vane', 'Two crews fought the blaze for six hours']]);
  });

  it('control: a name alone before the verb was read already', () => {
    expect(statements(`${lead}Two crews fought the blaze for six hours, Idris Vane said.`)).toEqual([
      ['Idris Vane', 'Two crews fought the blaze for six hours'],
    ]);
  });

  it('control: a clause of its own after the comma is no tag', () => {
    expect(statements(`${lead}The damage is worse than feared, the owner said the walls were sound.`)).toEqual([
      ['the owner', 'the walls were sound'],
    ]);
  });
});

describe('what a description tag sources (B-a48-11)', () => {
  it('leaves an adverb before the tag verb out of the subject', () => {
    expect(statements(`${lead}The roof could fall in at any time, the Ashby Gazette first reported.`)).toEqual([
      ['the Ashby Gazette', 'The roof could fall in at any time'],
    ]);
  });

  it('control: a tag verb with an object of its own ("said no") reports nothing before it', () => {
    expect(statements(`${lead}Asked whether the roof was safe, the mill's owner said no.`)).toEqual([]);
  });
});

describe('two clauses reported by one verb, the second after "and that" (B-a48-11)', () => {
  it('keeps both clauses', () => {
    expect(statements(`${lead}Neighbours say the mill stood empty and that the fire alarms had been removed.`)).toEqual(
      [['Neighbours', 'the mill stood empty and that the fire alarms had been removed']],
    );
  });

  it('control: a short adverbial before "that" is still skipped', () => {
    expect(statements(`${lead}The owner said on Sunday that the fire alarms had been removed.`)).toEqual([
      ['the owner', 'the fire alarms had been removed'],
    ]);
  });
});

describe('"that" before a lone singular noun and its verb is a determiner (B-a48-11)', () => {
  it('keeps "that" with its noun', () => {
    expect(statements(`${lead}Mark Tolley says that estimate was far too low.`)).toEqual([
      ['Mark Tolley', 'that estimate was far too low'],
    ]);
  });

  it('control: "that" before a plural is the clause\'s opener', () => {
    expect(statements(`${lead}Mark Tolley says that estimates were far too low.`)).toEqual([
      ['Mark Tolley', 'estimates were far too low'],
    ]);
  });
});

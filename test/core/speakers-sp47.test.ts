import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { relationObject } from '../../src/core/relation-object';
import { subordinateClauseName } from '../../src/core/subordinate-clause-name';
import { toldObject } from '../../src/core/told-object';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour news in brief\n\n${body}`).quotes.map((q) => q.speaker);

/** Offsets of `name` and of the quotation's inner text in a one-sentence `text` (sentence start 0). */
function spans(text: string, name: string, quote: string) {
  const at = { text, start: 0 };
  const n = text.indexOf(name);
  const q = text.indexOf(quote);
  return { at, mention: { start: n, end: n + name.length }, quote: { start: q, end: q + quote.length } };
}

/** Session 35, sp47: a speaking relation's possessor is not the speaker (review B-main-58, B-main-63). */
describe("a relation noun's possessor", () => {
  it.each([
    // NYT style, honorifics with stops.
    [
      'A close friend of Mr. Varga said the minister had been "ground down by the post."',
      'a close friend of Mr. Varga',
    ],
    [
      'A spokeswoman for Ms. Tolland said the senator was "bitterly let down" by the vote.',
      'a spokeswoman for Ms. Tolland',
    ],
  ])('the relation speaks, printed whole: %s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });

  it('the name in apposition to the relation speaks, not its possessor (null on main)', () => {
    // British style, no stops.
    expect(quoteSpeakers('The lawyer for Mr Keane, Ruth Ellery, said the charges were "without any basis".')).toEqual([
      'Ruth Ellery',
    ]);
  });

  it('a kinship noun\u2019s possessor with a rank the title list lacks is not the speaker (British style)', () => {
    // On main: Andrew Blythe, the dead officer; no one is better than him.
    expect(quoteSpeakers("The widow of PC Andrew Blythe said he had been 'let down by everyone'.")).toEqual([null]);
  });

  it('an appositive relation after a tag does not hand the words to its possessor', () => {
    // Wire style: the tag's description then "a friend of" a named person.
    expect(
      quoteSpeakers('"We are finished here," said the treasurer, a friend of Owen Petrie who has known him for years.'),
    ).toEqual([null]);
  });

  it('reads the possessor as the relation noun\u2019s object only before a speech verb or after a tag', () => {
    const s = spans('A close friend of Mr. Varga said it was "over."', 'Varga', 'over.');
    expect(relationObject(s.at, s.mention, s.quote)).toBe(true);
    const control = spans('Secretary of State Lena Varga said it was "over."', 'Lena Varga', 'over.');
    expect(relationObject(control.at, control.mention, control.quote)).toBe(false);
  });

  it.each([
    // Controls, right on main and here.
    ['Mr. Varga said the post had "ground him down."', 'Varga'],
    ['Mr. Oduya, a friend of Ms. Tolland, said the plan was "a shambles."', 'Oduya'],
    ['"It is a shambles," Mr. Oduya, a friend of Ms. Tolland, said.', 'Oduya'],
    ['Secretary of State Lena Varga said the deal was "a good one."', 'Lena Varga'],
  ])('the named speaker keeps the words (control): %s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });
});

/** The one an active "told" addresses listens. */
describe('the one told', () => {
  it('"telling Fox 35 that" does not give the words to the person or station told', () => {
    // On main both go to Ann Fox; no one is better than the one spoken to.
    const body =
      'Ann Fox runs the station. The trust did not address "that man," telling Fox 35 that the group is focused on "ending gun violence."';
    expect(quoteSpeakers(body)).toEqual([null, null]);
  });

  it('reads the object of an active told, not of a passive one', () => {
    const s = spans('The trust did not comment, telling Fox 35 that it was "busy."', 'Fox', 'busy.');
    expect(toldObject(s.at, s.mention, s.quote)).toBe(true);
    const passive = spans('The trust was told Fox would say it was "busy."', 'Fox', 'busy.');
    expect(toldObject(passive.at, passive.mention, passive.quote)).toBe(false);
  });

  it('the teller keeps the words (control)', () => {
    expect(quoteSpeakers('Ms. Cole told Mr. Hart: "You are dismissed."')).toEqual(['Cole']);
  });
});

/** A name in the subordinate clause that opens the sentence is not the main clause's speaker. */
describe('a name in an opening subordinate clause', () => {
  it.each([
    // US style.
    ['When Mr. Hale suggested the port would close, Ms. Corbin fired back: "It will not close."', ['Corbin']],
    // British style, single quotes, no stops.
    ["While Mr Hale has condemned the plan, the unions who wrote to him say they are 'deeply worried'.", [null]],
  ])('%s', (body, speakers) => {
    expect(quoteSpeakers(body)).toEqual(speakers);
  });

  it('leaves a quotation still inside the clause, a pronoun main subject and "As" alone', () => {
    const inside = spans('When Hale used the words, "not yet," he meant it.', 'Hale', 'not yet,');
    expect(subordinateClauseName(inside.at, inside.mention, inside.quote)).toBe(false);
    const pronoun = spans('After Hale spoke, he said: "We are done."', 'Hale', 'We are done.');
    expect(subordinateClauseName(pronoun.at, pronoun.mention, pronoun.quote)).toBe(false);
    const as = spans('As Hale said last week, "We are done."', 'Hale', 'We are done.');
    expect(subordinateClauseName(as.at, as.mention, as.quote)).toBe(false);
  });

  it.each([
    ['After Mr. Hale spoke, he said: "We are done."', 'Hale'],
    ['As Mr. Hale said last week, "We are done."', 'Hale'],
    ['After Mr. Hale spoke, Hale told reporters: "We are done."', 'Hale'],
  ])('the clause\u2019s name keeps its own words (control): %s', (body, speaker) => {
    expect(quoteSpeakers(body)).toEqual([speaker]);
  });
});

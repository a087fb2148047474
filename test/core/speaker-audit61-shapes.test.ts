import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Issues 11 and 13, audit 61 (B-a61-9, B-a61-10): an occupation noun opening a name no given-name list knows, and a
 * described name apposed to a post ("The club's treasurer, retired nurse X, said"). Copy written for the test.
 */
const analyze = (...paragraphs: string[]) =>
  analyzeArticle(['Shipyard closes after 90 years', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
const OPENING = 'The Dunmore shipyard closed its gates on Friday after 90 years, and 300 jobs went with it.';
const speakers = (a: ReturnType<typeof analyze>) => a.quotes.map((q) => q.speaker);
const person = (a: ReturnType<typeof analyze>, name: string) => whoIsWho(a).people.find((p) => p.name === name);

/** A worker named after `lead`, then quoted by a pronoun. */
const worker = (lead: string) =>
  analyze(OPENING, `${lead}, 44, said the yard had been his life.`, '“There is nothing else here,” he said.');

describe('an occupation noun before a name no list knows (B-a61-10)', () => {
  it('reads the occupation as the role, not the given name', () => {
    const a = worker('Welder Tomasz Wierzbicki');
    expect(speakers(a)).toEqual(['Tomasz Wierzbicki']);
    expect(person(a, 'Tomasz Wierzbicki')?.role).toBe('Welder');
  });

  it('after a party bracket too', () => {
    const a = worker('Labour Party (LP) Legislator Adebayo Okonkwo-Eze');
    expect(speakers(a)).toEqual(['Adebayo Okonkwo-Eze']);
  });

  it('control: a person noun that is a listed given name opens the name', () => {
    expect(speakers(worker('Hunter Tomasz Wierzbicki'))).toEqual(['Hunter Tomasz Wierzbicki']);
  });

  it('control: an occupation noun before one name word stays the given name', () => {
    expect(speakers(worker('Baker Wierzbicki'))).toEqual(['Baker Wierzbicki']);
  });
});

/** The post before the comma, then `apposed` as the name's own words. */
const treasurer = (apposed: string) =>
  analyze(
    OPENING,
    `The rowing club's treasurer, ${apposed}, said the club had lost its boathouse.`,
    '“We were never asked,” she said.',
  );

describe('a described name apposed to a post (B-a61-9)', () => {
  it('credits the name, not the post, and gives the post as the role', () => {
    const a = treasurer('retired shipwright Ada Okonkwo');
    expect(speakers(a)).toEqual(['Ada Okonkwo']);
    expect(person(a, 'Ada Okonkwo')?.role).toMatch(/treasurer$/);
  });

  it('credits the name when the description is a role of its own', () => {
    expect(speakers(treasurer('retired nurse Ada Okonkwo'))).toEqual(['Ada Okonkwo']);
  });

  it('control: a participle aside whose name is its object still is no apposed name', () => {
    const said = (aside: string) =>
      analyze(OPENING, `The rowing club, ${aside}, said the boathouse would be sold.`).statements.map((s) => s.speaker);
    expect(said('founded in 1921 by shipwrights')).toEqual(said('founded in 1921 by shipwright Ada Okonkwo'));
  });
});

describe('one word a speaker applies to an object (B-a61-14)', () => {
  const quoted = (sentence: string) => analyze(OPENING, sentence).quotes.map((q) => [q.speaker, q.text]);

  it('reads "dismissed <object> as "<word>"" as the subject\'s partial quotation', () => {
    expect(
      quoted('Union organiser Marta Ilves dismissed the closure plan as “vandalism” and said the yard could be saved.'),
    ).toEqual([['Marta Ilves', 'vandalism']]);
  });

  it('control: a description as the subject leaves the word a term (its speaker is less sure)', () => {
    expect(quoted('Mayor Ivo Dane spoke first, but the union rejected the plan as “vandalism”.')).toEqual([]);
  });

  it('control: a passive verb or no verb leaves the word a term', () => {
    expect(quoted('The closure plan was described by workers as “vandalism”.')).toEqual([]);
    expect(quoted('A closure plan seen as “vandalism” went to the council.')).toEqual([]);
  });
});

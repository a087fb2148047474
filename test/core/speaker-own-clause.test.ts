import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour board splits over dredging\n\n${body}`).quotes.map((q) => q.speaker);

/** Session 45, fix45d: review B-r45-7, on invented copy. */
describe('a quotation opening its sentence, then its own clause (B-r45-7)', () => {
  const lead = 'The harbour board chair, Helen Marsh, met the council leader, Tom Reddy, on Tuesday.\n\n';

  it('reads a past-tense verb before the name and its apposition', () => {
    const body = `${lead}"Stop the dredging," an angry Marsh retaliated. "Who pays for it?" pressed Tom Reddy, the council leader.`;
    expect(quoteSpeakers(body)).toEqual(['Helen Marsh', 'Tom Reddy']);
  });

  it('reads a name and an irregular verb with more words after it', () => {
    expect(quoteSpeakers(`${lead}"Stop the dredging," Marsh said. "It is too late," Reddy shot back at once.`)).toEqual(
      ['Helen Marsh', 'Tom Reddy'],
    );
  });

  it('gives a common noun’s clause no neighbour’s speaker', () => {
    const body = `${lead}"Stop the dredging," an angry Marsh retaliated. "Abide with me," the choir sang at the end.`;
    expect(quoteSpeakers(body)).toEqual(['Helen Marsh']);
  });

  it('gives a common noun’s clause no speaker when a tagged quotation follows it', () => {
    const body = `${lead}"Abide with me," the choir sang at the end. "The pier reopens in May," said Tom Reddy.`;
    const quotes = analyzeArticle(`Harbour board splits over dredging\n\n${body}`).quotes;
    expect(quotes.find((q) => q.text.startsWith('Abide'))?.speaker ?? null).toBeNull();
    expect(quotes.find((q) => q.text.startsWith('The pier'))?.speaker).toBe('Tom Reddy');
  });

  it('gives "she" with a participle after it no woman when none is named', () => {
    const body =
      'The harbour board met on Monday.\n\n"It is over," she shrugged, leaving the room. "We will fight on," the dockers vowed.';
    expect(quoteSpeakers(body)[0] ?? null).toBeNull();
  });

  it('gives a verb-first clause whose subject is an owner’s thing no speaker, not the next tag’s (B-r46-7)', () => {
    const body = `${lead}"We love you, Harwick," ended Marsh's set on the pier. "The pier reopens in May," said Tom Reddy.`;
    const quotes = analyzeArticle(`Harbour board splits over dredging\n\n${body}`).quotes;
    expect(quotes.find((q) => q.text.startsWith('We love you'))?.speaker ?? null).toBeNull();
    expect(quotes.find((q) => q.text.startsWith('The pier'))?.speaker).toBe('Tom Reddy');
  });

  it('control: a verb-first clause whose subject is a name and its apposition still reads the name', () => {
    const body = `${lead}"We love you, Harwick," ended Helen Marsh on the pier. "Where is the money?" pressed Tom Reddy, the board's critic.`;
    expect(quoteSpeakers(body)).toEqual(['Helen Marsh', 'Tom Reddy']);
  });

  it('control: a quotation inside its sentence is not credited to the clause after it', () => {
    expect(quoteSpeakers(`${lead}He wanted to know "why now?" Reddy shrugged at the end.`)).toEqual([]);
  });
});

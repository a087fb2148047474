import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour board splits over dredging\n\n${body}`).quotes.map((q) => q.speaker);

const lead = 'The harbour board chair, Helen Marsh, met the council leader, Tom Reddy, on Tuesday.\n\n';

/** Session 44, sp56: a quotation opening its sentence is the object of the lone verb after its subject (issue 11). */
describe('a quotation opening its sentence, then a subject and one past-tense verb', () => {
  it('credits the subject whatever the verb, and the run after it follows', () => {
    const body = `${lead}"The harbour will always be the harbour," an angry Marsh retaliated. "It never gives up."`;
    expect(quoteSpeakers(body)).toEqual(['Helen Marsh', 'Helen Marsh']);
  });

  it('reads the verb in the next sentence after a question mark', () => {
    expect(quoteSpeakers(`${lead}"Would the contract be negotiable?" Reddy pressed.`)).toEqual(['Tom Reddy']);
  });

  it('reads a verb no list holds, rather than carrying the last speaker on', () => {
    const body = `${lead.trim()} "It is too late," Marsh said.\n\n"We have the money," Reddy surmised.`;
    expect(quoteSpeakers(body)).toEqual(['Helen Marsh', 'Tom Reddy']);
  });

  it('control: a quotation inside its sentence is not credited to the verb after it', () => {
    expect(quoteSpeakers(`${lead}He wanted to know "why now?" Reddy shrugged.`)).toEqual([]);
  });

  it('control: a bare common noun before the verb is not read', () => {
    expect(quoteSpeakers(`${lead}"Not again," the crowd groaned.`)).toEqual([]);
  });

  it('control: a speech verb tag is read as before', () => {
    expect(quoteSpeakers(`${lead}"We have the money," Reddy said.`)).toEqual(['Tom Reddy']);
  });
});

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

describe('a tag whose subject holds a place and its state abbreviation', () => {
  const poll = 'A poll of 1,000 voters found many undecided. Partisans on both sides said they were worried.\n\n';

  it('reads the name past the stop before its comma and a closing "who" aside, not the speaker before', () => {
    const body = [
      '"Both of them scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview. "We need people who will bring people together."',
      '"I am voting for whoever wins," Jo Roe, a retiree from Fresno, Calif., said.',
      '"Nobody listens to us," Ann Lee, of Macon, Ga., said on Monday.',
    ].join('\n\n');
    expect(quoteSpeakers(`${poll}${body}`)).toEqual(['Harry Bond', 'Harry Bond', 'Jo Roe', 'Ann Lee']);
  });

  it('reads a dotted initialism before the comma', () => {
    const body = '"We need a change," Sam Ortiz, a nurse in Washington, D.C., told reporters.';
    expect(quoteSpeakers(`${poll}${body}`)).toEqual(['Sam Ortiz']);
  });

  it('control: a place without an abbreviation was read before and still is', () => {
    expect(quoteSpeakers(`${poll}"Nobody listens to us," Ann Lee, of Macon, Georgia, said on Monday.`)).toEqual([
      'Ann Lee',
    ]);
  });

  it('control: a stop that ends the sentence before the next tag still ends it', () => {
    const body = `${poll}"Nobody listens to us," Ann Lee said. Ted Cruz, of Texas, has not spoken.`;
    expect(quoteSpeakers(body)).toEqual(['Ann Lee']);
  });
});

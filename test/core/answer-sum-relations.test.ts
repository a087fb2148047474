import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { FEATURE_NAMES } from '../../src/core/answer-feature-names';
import { answerFeatures } from '../../src/core/answer-features';
import { answerQuestion } from '../../src/core/answer-question';
import { asksNonPay, sumRelations } from '../../src/core/sum-relations';

// Issue 12 (review B-main-87): a cost question on copy that never gives the cost was answered with someone's
// salary, because any sum filled a money question. Composed copy: a US city story and a British council story.
const tunnel = analyzeArticle(`Harbor tunnel reopens after flood repairs

BAYPORT — The Harbor Street tunnel reopened to cars on Thursday, eight months after floodwater filled it.

Transit commissioner Gail Brenner, who is paid $142,000 a year, called the tunnel "the city's lifeline."

Crews pumped out the water and rebuilt the lighting and the drains.
`);

const library = analyzeArticle(`Library extension opens its doors

Harwell's library extension opened on Monday with a reading by pupils from the village school.

The council's chief executive, who earns £186,000 a year, said the extension was "money well spent".

The new wing holds a children's room and space for 4,000 more books.
`);

const depot = analyzeArticle(`Council finishes bus depot

The county's new bus depot opened on Tuesday after two years of work.

The depot cost £6.5 million, the council said.

Its manager, who earns £58,000 a year, said drivers were delighted.
`);

describe('a sum someone is paid answers no cost question (B-main-87)', () => {
  it('a US city story that never gives the tunnel’s cost: no answer, not the commissioner’s pay', () => {
    const r = answerQuestion(tunnel, 'how much did the tunnel cost?');
    expect(r.answer).toBeNull();
    expect(answerQuestion(tunnel, 'how much did it cost?').answer).toBeNull();
  });

  it('a British council story that never gives the extension’s cost: no answer, not the chief executive’s pay', () => {
    expect(answerQuestion(library, 'how much did the extension cost?').answer).toBeNull();
  });

  it('controls: the pay answers a pay question, and a cost given beside a salary is the cost', () => {
    expect(answerQuestion(library, 'how much does the chief executive earn?').answer).toContain('£186,000');
    expect(answerQuestion(tunnel, 'how much is the commissioner paid?').answer).toContain('$142,000');
    expect(answerQuestion(depot, 'how much did the depot cost?').answer).toContain('£6.5 million');
  });
});

const theater = analyzeArticle(`School theater reopens after renovation

OAKDALE — The Oakdale High School theater reopened Friday after a yearlong renovation, district officials said.

Tickets for the first show sold at $9 each, and every seat was taken.

Workers replaced 450 seats and the lighting rig.
`);

const market = analyzeArticle(`Market hall reopens

Traders returned to the town's market hall on Saturday after a six-month refurbishment.

Stalls now rent for £35 a day, the council said.

The hall's roof and heating were replaced.
`);

describe('a rate or unit price answers only a question about what it prices', () => {
  it('a US school story: a ticket price is not the cost of the renovation', () => {
    expect(answerQuestion(theater, 'how much did the renovation cost?').answer).toBeNull();
    expect(answerQuestion(theater, 'how much did it cost?').answer).toBeNull();
  });

  it('a British market story: a stall’s daily rent is not the cost of the refurbishment', () => {
    expect(answerQuestion(market, 'how much did the refurbishment cost?').answer).toBeNull();
  });

  it('controls: the price answers a question about the thing priced', () => {
    expect(answerQuestion(market, 'how much does a stall cost?').answer).toContain('£35 a day');
    expect(answerQuestion(theater, 'how much were tickets?').answer).toContain('$9 each');
  });
});

const walkout = analyzeArticle(`Pilots walk out at Skyline

Pilots at Skyline Air began a three-day walkout on Monday over pay and rosters.

The walkout would cost the carrier $2 million a day, analysts at Dorn Securities said.

Seats on the Denver route now sell at $89 each.
`);

describe('a rate given with the asked money verb is the asked relation’s', () => {
  const untyped = FEATURE_NAMES.indexOf('untyped');
  const rowOf = (question: string, at = 1) => answerFeatures(walkout, question).sentences.find((s) => s.index === at)!;

  it('"…would cost the carrier $2 million a day" fills "how much is the strike costing?" though it names no term', () => {
    expect(rowOf('how much is the strike costing?').values[untyped]).toBe(0);
  });

  it('control: a unit price in a sentence with no money verb and no term of the question fills nothing', () => {
    expect(rowOf('how much is the strike costing?', 2).values[untyped]).toBe(1);
  });
});

const payFigure = (s: string): boolean => {
  const r = sumRelations(s);
  return r.sums > 0 && r.pay === r.sums;
};

describe('sumRelations', () => {
  it('reads an earning verb, a salary, or "paid" in the passive or with a person as object', () => {
    expect(payFigure('The mayor, who is paid $185,000 a year, called it a gift.')).toBe(true);
    expect(payFigure('She earns £95,000 a year.')).toBe(true);
    expect(payFigure('The club paid him £50,000 a week.')).toBe(true);
    expect(payFigure('He is reportedly paid £2m.')).toBe(true);
    expect(payFigure('on a salary of $90,000')).toBe(true);
  });

  it('controls: a purchase, a cost, a sum beside a salary, no sum at all', () => {
    expect(payFigure('The council paid £3m for the land.')).toBe(false);
    expect(payFigure('Repairs came to £3.8 million.')).toBe(false);
    expect(payFigure('She earns £95,000, and the refit cost £2m.')).toBe(false);
    expect(payFigure('The hall reopened on Saturday.')).toBe(false);
  });

  it('reads a rate or unit price after a sum, not a total', () => {
    expect(sumRelations('Tickets sold at $12 each.')).toEqual({ sums: 1, pay: 0, rate: 1, unit: 1 });
    expect(sumRelations('Pitches rent for £40 a day, up from £35.')).toEqual({ sums: 2, pay: 0, rate: 2, unit: 0 });
    expect(sumRelations('It costs $100,000 a month to run.')).toEqual({ sums: 1, pay: 0, rate: 1, unit: 0 });
    expect(sumRelations('The bill came to £1.2 million a year ago.').rate).toBe(0);
    expect(sumRelations('The project cost £3.8 million.')).toEqual({ sums: 1, pay: 0, rate: 0, unit: 0 });
  });

  it('which questions a pay sum does not answer', () => {
    expect(asksNonPay('how much did the bridge cost?')).toBe(true);
    expect(asksNonPay('how much did the council spend?')).toBe(true);
    expect(asksNonPay('how much is the mayor paid?')).toBe(false);
    expect(asksNonPay('how much does she earn?')).toBe(false);
  });

  it('reads a 100,000-character run of sums in one pass', () => {
    const long = 'who is paid $1,000 a year and '.repeat(3500);
    expect(payFigure(long)).toBe(true);
    expect(payFigure(`${long} it cost £2m`)).toBe(false);
  });
});

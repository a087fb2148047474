import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { saysVenue } from '../../src/core/says-venue';
import { cpuGrowth } from '../support/cpu-growth';

// Issue 12: "where did she say it?" is answered by the occasion or medium ("in an interview", "at a public
// meeting") as often as by a town; the place filler read only towns and "in/at the Capitalised", so such questions
// were declined. Composed copy: a US wire story and a British local report.
const stations = analyzeArticle(`Riverton to close two fire stations

The mayor of Riverton, Ohio, announced on Monday a plan to close two of the city's six fire stations to save money.

The plan drew angry protests from firefighters and their union, who said response times would suffer in the city's east end.

"We cannot keep paying for stations that answer fewer than two calls a day," Mayor Dana Ortiz said in an interview with WRVT radio on Tuesday.

The city council is expected to vote on the closures next month.

Union president Carl Beck said the union would fight the plan "street by street".
`);

const libraries = analyzeArticle(`Library hours cut across Northfield

Opening hours at eight libraries in Northfield will be cut from April, the borough council has confirmed.

Council leader Ann Hughes said the cuts would save about £400,000 a year.

"We have had to make hard choices, and this is one of them," Ms Hughes said at a packed public meeting on Thursday evening.

Campaigners handed in a petition signed by 3,000 residents last week.

The council said a new library would be built in Market Street by 2028.
`);

function firstCited(analysis: Analysis, question: string): string | null {
  const result = answerQuestion(analysis, question);
  if (result.answer === null || result.sentenceIds.length === 0) return null;
  return analysis.sentences.find((s) => s.id === result.sentenceIds[0])?.text ?? null;
}

describe('a where-question answered by the venue of what was said', () => {
  it('cites the interview (US copy)', () => {
    expect(firstCited(stations, 'where did Ortiz defend the closures?')).toContain('in an interview with WRVT radio');
    expect(firstCited(stations, 'where did the mayor make her case?')).toContain('in an interview with WRVT radio');
  });

  it('cites the public meeting (British copy)', () => {
    expect(firstCited(libraries, 'where did Hughes make her case?')).toContain('at a packed public meeting');
  });

  it('controls: a where-question about a town or a street is answered as before', () => {
    expect(firstCited(libraries, 'where will the new library be built?')).toContain('in Market Street');
    expect(firstCited(stations, 'where will the council vote?')).toBe(
      'The city council is expected to vote on the closures next month.',
    );
  });
});

describe('saysVenue', () => {
  it('reads a preposition, a determiner and modifiers before an occasion or medium', () => {
    expect(saysVenue('Ortiz said in an interview with WRVT radio.')).toBe(true);
    expect(saysVenue('she said at a packed public meeting on Thursday.')).toBe(true);
    expect(saysVenue('Sherman said in the 2013 video.')).toBe(true);
    expect(saysVenue('He spoke at a rally in Ohio.')).toBe(true);
  });

  it('controls: a speech act, a contest, a day or a clause after the noun phrase is no venue', () => {
    expect(saysVenue('They cut hours in order to save money.')).toBe(false);
    expect(saysVenue('The plan in question was dropped.')).toBe(false);
    expect(saysVenue('She stayed in the race for the nomination.')).toBe(false);
    expect(saysVenue('He spoke on Tuesday.')).toBe(false);
    expect(saysVenue('At the time they held a rally, nobody came.')).toBe(false);
  });

  it('reads a long text in one bounded pass', () => {
    const text = (times: number) => 'in the big red '.repeat(times);
    expect(saysVenue(text(20_000))).toBe(false);
    // Growth in CPU time (test/support/cpu-growth.ts), not a wall-clock limit a loaded machine can break.
    expect(
      cpuGrowth(
        () => saysVenue(text(5_000)),
        () => saysVenue(text(20_000)),
      ),
    ).toBeLessThan(8);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * The shapes session 36's sample 33 fixed by construction (docs/hand-read-questions.md, "Sample 33", #4, #20, #27)
 * and the review's open ones (B-sample32-2, B-main-73), on copy written for the test in more than one house style.
 */

function textsOf(body: string): string[] {
  return analyzeArticle(`Depot news\n\nThe board met on Tuesday. ${body}`).questions.map((q) => q.text);
}

describe('shapes fixed by construction (sample 33 #4, #20, #27; review s35 B-sample32-2, B-main-73)', () => {
  it.each([
    // An opening phrase's comma (#4). US copy: the phrase's relative clause holds the only verb before the comma.
    [
      "In all, between the county's own grants and the other grants that apparently came from state lottery funds, the Riverside Youth League received payments valued at more than $90,000.",
      "Can it be confirmed that between the county's own grants and the other grants that apparently came from state lottery funds, the Riverside Youth League received payments valued at more than $90,000?",
    ],
    // British copy, two opening phrases.
    [
      "Over the three years, among the council's own payments and the further sums that reportedly came from the harbour trust, the sailing club received grants worth more than £40,000.",
      "Can it be confirmed that over the three years, among the council's own payments and the further sums that reportedly came from the harbour trust, the sailing club received grants worth more than £40,000?",
    ],
    // A hedge inside a noun phrase stays in the claim asked (#20).
    [
      "Two years ago, an allegedly unregistered charity that Smith founded gave $8,000 to the mayor's campaign.",
      "Can it be confirmed that two years ago, an allegedly unregistered charity that Smith founded gave $8,000 to the mayor's campaign?",
    ],
    [
      'Last year, an apparently unlicensed firm that Mr Dale set up won a £2m contract from the council.',
      'Can it be confirmed that an apparently unlicensed firm that Mr Dale set up won a £2m contract from the council?',
    ],
    // A quotation's full stop after a bracket shows the passage, not ").”?" (#27).
    [
      'Okafor warned that “no club, absolutely no club, can survive a season without its volunteers (who give their time).”',
      'Unverified: “Okafor warned that ‘no club, absolutely no club, can survive a season without its volunteers (who give their time).’”',
    ],
    [
      "Mr Patel warned that 'no town can thrive without a working bus service (or a train).'",
      "Unverified: “Mr Patel warned that 'no town can thrive without a working bus service (or a train).'”",
    ],
    // A lone "-ed" adjective is a list item before a serial comma (B-sample32-2).
    [
      'Critics say the plan is costly, rushed, and the public was never consulted.',
      'Which critics say the plan is costly, rushed, and the public was never consulted, and can they be named?',
    ],
    [
      'Analysts believe the rollout was botched, delayed, and the vendor has yet to fix the software.',
      'Which analysts believe the rollout was botched, delayed, and the vendor has yet to fix the software, and can they be named?',
    ],
    // A body's type noun opening a sentence loses the sentence's capital (B-main-73).
    [
      'Union leaders will ballot drivers next week on the new rota.',
      'Will union leaders ballot drivers next week on the new rota?',
    ],
    ['Council officials will publish the figures in May.', 'Will council officials publish the figures in May?'],
    [
      'Committee members will vote on the new budget in April.',
      'Will committee members vote on the new budget in April?',
    ],
  ])('"%s"', (body, expected) => {
    expect(textsOf(body)).toEqual([expected]);
  });
});

describe('controls (pass before and after)', () => {
  it.each([
    // A hedge on the clause asked is still dropped: the question carries the doubt.
    [
      'A clerk allegedly sold the keys to a rival firm, police said.',
      'Can it be confirmed that a clerk sold the keys to a rival firm?',
    ],
    // A head that names one body alone keeps its capital.
    ['Senate leaders will vote on the bill in June.', 'Will Senate leaders vote on the bill in June?'],
    // A clause's own ", and the" after a two-word item still ends it.
    [
      'Officials believe the mayor arrived late, and the meeting began without him.',
      'Which officials believe the mayor arrived late, and can they be named?',
    ],
    // A quotation closed before its stop is asked.
    [
      "Mr Patel warned that 'no town can thrive without a working bus service'.",
      "Is Mr Patel right that 'no town can thrive without a working bus service'?",
    ],
    // A family the copy names keeps its capital.
    [
      'Mr Henderson bought the farm in 1990. Hendersons will host the regional final in May, the club said.',
      'Will Hendersons host the regional final in May?',
    ],
    // An opening phrase with a participle is no prepositional run: the claim after "say" is asked.
    [
      'With the budget settled, officials say the council will reopen the library by the spring and hire four new staff to run it.',
      'Which officials say the council will reopen the library by the spring and hire four new staff to run it, and can they be named?',
    ],
  ])('"%s"', (body, expected) => {
    expect(textsOf(body)).toEqual([expected]);
  });

  it('shows a run of thousands of opening phrases and hedged noun phrases as one short flagged passage', () => {
    const phrases = Array.from(
      { length: 3000 },
      (_, i) => `among the ${i} grants that apparently came from an apparently idle fund`,
    ).join(', ');
    const questions = textsOf(`In all, ${phrases}, the club received $5,000.`);
    // Too long to phrase: shown as its passage, cut at a word and marked, never as a broken question.
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatch(/^Unverified: “In all, among the 0 grants that apparently came from .* …/);
    expect(questions[0]!.length).toBeLessThan(400);
  });
});

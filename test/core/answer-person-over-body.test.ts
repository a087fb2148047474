import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// A who-question's best sentence names only a body; a sentence the ranker puts just below says the asked act and
// names the people: it answers "who". Composed copy.
const story = (last: string) =>
  analyzeArticle(
    [
      'Mayor spends day on harbour talks',
      "Kelsby's mayor spent Tuesday on the ferry dispute.",
      'Mayor Alan Petch met in the morning with the Kelsby Harbour Trust.',
      'The talks ran late. Tempers frayed over the timetable, and one trustee walked out.',
      `According to the minutes, which the council published on its website on Wednesday evening, Petch held a joint meeting in the morning with ${last}, at the Guildhall.`,
      'The council will report in March.',
    ].join('\n\n'),
  );

describe('a person below a body for "who"', () => {
  it('cites the sentence naming the people Petch met', () => {
    const named = story('the trust chair, Marion Foyle, and the ferry operator, Dev Sandhu');
    expect(answerQuestion(named, 'Who did Petch meet with in the morning?').answer).toContain('Marion Foyle');
  });

  it('keeps the body when no sentence below names a person (control)', () => {
    const unnamed = story("the trust's officers");
    expect(answerQuestion(unnamed, 'Who did Petch meet with in the morning?').answer).toContain('Kelsby Harbour Trust');
  });
});

// Review 52's B-r52-4: "who" as the act's doer, and the top sentence says the act with a body as its subject — the
// body is the answer, though a person below also says the verb. Composed copy.
const ferry = (operator: string) =>
  analyzeArticle(
    [
      'Ferry returns to Halden',
      'The new landing at Halden was finished by Brockway Builders, the county said.',
      'The tender was approved by the harbour board in May after a long wait.',
      `${operator} will operate the sailings from the new landing.`,
      'Skipper Nell Oduya, who will operate the first sailing, said she was looking forward to it.',
    ].join('\n\n'),
  );

describe('a body that does the asked act stays first', () => {
  it('cites first the company that will operate the sailings, not the skipper below', () => {
    const answer = answerQuestion(ferry('The Halden Ferry Company'), 'Who will operate the sailings?').answer;
    expect(answer?.startsWith('The Halden Ferry Company will operate')).toBe(true);
  });
});

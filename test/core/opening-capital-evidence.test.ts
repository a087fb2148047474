import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Session 36 cap50 (issue 13): a sentence-opening capital kept or lost by the wrong evidence, in copy written for the
 * test (British and US house styles). Imports analyzeArticle only, so every case runs on main too.
 */
function questionsOf(body: string): string[] {
  return analyzeArticle(`Council news in brief\n\nThe meeting was held on Monday. ${body}`).questions.map(
    (q) => q.text,
  );
}

describe('a sentence-opening capital follows the copy and the lexicon (session 36 cap50)', () => {
  it.each([
    // A body type's plural the name finder read as a name (British, then US).
    ['Services are due to return to normal by Friday.', 'Will services return to normal by Friday?'],
    [
      'Services are expected to resume at the plant Monday, officials said.',
      'Which officials say services are expected to resume at the plant Monday, and can they be named?',
    ],
    // A demonym's ending on a word WordNet writes only lower case (British, then US).
    ['Parish councillors will vote on the plan next week.', 'Will parish councillors vote on the plan next week?'],
    ['Veteran officers will retire next year.', 'Will veteran officers retire next year?'],
  ])('"%s"', (body, expected) => {
    expect(questionsOf(body)).toContain(expected);
  });

  it.each([
    // A nationality or creed keeps its capital.
    ['British officials will meet on Tuesday.', 'Will British officials meet on Tuesday?'],
    ['Polish workers will strike next week.', 'Will Polish workers strike next week?'],
    ['Jewish leaders will meet the mayor on Sunday.', 'Will Jewish leaders meet the mayor on Sunday?'],
    // A word singular in its own right says nothing of a later opener; a plural verb, or none read, lowers it.
    ['Politics is due to change. Politics teachers will strike next week.', 'Will politics teachers strike next week?'],
    ['Darts is booming in the town. Darts players will compete on Friday.', 'Will darts players compete on Friday?'],
    ['Mailers will go out next week.', 'Will mailers go out next week?'],
    ['Critics are due to meet on Friday.', 'Will critics meet on Friday?'],
    ['Councils will set their budgets in March.', 'Will councils set their budgets in March?'],
    // A person's surname that looks like a body type's plural ("Banks" beside "Bank") keeps its capital.
    [
      'Banks, who chairs the panel, said she would oppose the plan. Banks will meet the mayor on Friday.',
      'Will Banks meet the mayor on Friday?',
    ],
  ])('control: "%s"', (body, expected) => {
    expect(questionsOf(body)).toContain(expected);
  });
});

describe('a lone common noun opening the clause loses its capital (audit 48, B-a48-8)', () => {
  it('lowers a noun WordNet writes with no capital in any sense, which the copy never capitalises mid-sentence', () => {
    expect(questionsOf('Construction is due to start on the new depot in the autumn.')).toContain(
      'Will construction start on the new depot in the autumn?',
    );
  });
  it('control: the same kind of noun keeps its capital when the copy writes it so mid-sentence, as a name', () => {
    expect(
      questionsOf('Voters backed Reform in the May poll. Reform will stand candidates in every ward next year.'),
    ).toContain('Will Reform stand candidates in every ward next year?');
  });
});

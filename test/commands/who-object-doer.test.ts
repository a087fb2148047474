import { expect, test } from 'vitest';
import { askOfAnswered } from '../../commands/ask-of-answered';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 45 (review s45 B-r45-3): "and when?" after "who inspected the east span?" was asked of the firm whose
// sentence inspected another thing ("Kelso Surveys inspected the pier"): the doer's sentence must hold the object the
// who-question named (its head noun). Invented copy.
const analysis = analyzeArticle(
  'Pier survey\n\nKelso Surveys inspected the pier in April, its report said. The divers never inspected the north jetty.\n',
);
const after = (question: string) =>
  askOfAnswered('and when?', { question, cited: analysis.sentences.map((s) => ({ id: s.id, text: s.text })) }, analysis)
    ?.question;

test('the doer of another object is not asked of: "who inspected the north jetty?" then "and when?"', () => {
  expect(after('who inspected the north jetty?')).toBeUndefined();
});

test("control: the object the doer's sentence holds is asked of, adjuncts after it aside", () => {
  expect(after('who inspected the pier?')).toBe('when did Kelso Surveys inspect the pier?');
  expect(after('who inspected the pier in April?')).toBe('when did Kelso Surveys inspect the pier in April?');
});

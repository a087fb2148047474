import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// Review 47's B-r47-2: "at 7 to 2" (odds) and "stood at 3 to 1" (a ratio) were read as minutes to an hour, so a
// "what time" question was answered with a sentence that gives no time of day. Copy writes minutes to the hour in
// words ("twenty to nine") or with "minutes"; in digits it writes 8:40. Invented copy.
const regatta = (written: string) =>
  analyzeArticle(`Regatta returns to Elmouth

The Tarn Hill regatta starts on Sunday off Elmouth pier, ${written}.

The harbour master said the race course would be marked with yellow buoys.
`);
const ASKED = 'What time does the Tarn Hill regatta start?';

it.each([
  'where bookmakers price the favourite, Grey Gull, at 7 to 2',
  "after the club's vote, which stood at 3 to 1 in favour",
])('digits "N to M" (odds, a ratio) give no time of day: "%s"', (written) => {
  expect(firstCited(regatta(written), ASKED)).toBe("doesn't say");
});

it.each([
  'with the first gun at twenty to nine',
  'with the first gun at 20 minutes to nine on the dot',
  'with the first gun at five past 10',
])('control: minutes written in words or with "minutes" answer "what time": "%s"', (written) => {
  expect(firstCited(regatta(written), ASKED)).toBe(
    `The Tarn Hill regatta starts on Sunday off Elmouth pier, ${written}.`,
  );
});

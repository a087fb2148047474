import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// Review 55 B-r55-1: reading back from "June" in "announced Monday that the ferry resumes in June", the reported
// clause's present verb was skipped and the speech verb taken as the time's verb, so the date counted as past and a
// "when will…?" question was declined. The reported clause has its own tense. Composed copy.
const story = `Island ferry to return

By Lena Park

The county announced Monday that the island ferry resumes in June.

Officials said the new harbour library opens in September.

The old pier closed in March after storm damage.
`;
const ferry = analyzeArticle(story);

describe('a date inside a reported clause hangs on that clause’s verb', () => {
  it('"announced Monday that … resumes in June" answers "when will the ferry resume?"', () => {
    expect(firstCited(ferry, 'When will the island ferry resume?')).toBe(
      'The county announced Monday that the island ferry resumes in June.',
    );
  });

  it('"said the library opens in September" (no "that") answers "when does the library open?"', () => {
    expect(firstCited(ferry, 'When does the new harbour library open?')).toBe(
      'Officials said the new harbour library opens in September.',
    );
  });

  it('control: a date on a past verb of another act still declines "when will the pier reopen?"', () => {
    expect(firstCited(ferry, 'When will the old pier reopen?')).toBe("doesn't say");
  });

  it('control: the speech verb dated before its reported clause is past, and a past report declines', () => {
    const past = analyzeArticle(story.replace('resumes in June', 'was sold'));
    expect(firstCited(past, 'When will the island ferry resume?')).toBe("doesn't say");
  });
});

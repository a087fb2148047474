import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { prepareQuestions } from '../../src/core/prepare-questions';

/**
 * Sample 50's #43 (docs/hand-read-questions/055-sample-50.md): a quotation its tag broke in two is shown whole when its
 * second sentence opens on a word pointing back ("Then, …"), in copy written for the test. The case failed on int-s52
 * (92413a68); the control holds on both.
 */
const story = (second: string): string =>
  `Harbour row deepens.\n\nThe harbour board met on Monday to discuss the dredging contract.\n\n“The first thing, plainly, is to stop the dredging contract at the first vote,” said councillor Ann Bell.\n\n${second}\n\nThe board will vote again in March.`;

/** The passage or question the sentence holding `words` would give. */
function itemOf(text: string, words: string): string {
  const analysis = analyzeArticle(text);
  const index = analysis.sentences.findIndex((s) => s.text.includes(words));
  return prepareQuestions(analysis).item(index).text;
}

describe('a bare quotation continuing its speaker\'s last one, opening on "Then", is shown with it', () => {
  it('"Then, I intend to step down" shows what comes first', () => {
    expect(itemOf(story('“Then, I intend to step down from the board.”'), 'step down')).toContain(
      'stop the dredging contract at the first vote',
    );
  });
  it('control: a quotation that reads alone is shown alone', () => {
    expect(itemOf(story('“I intend to step down from the board in May.”'), 'step down')).not.toContain(
      'stop the dredging contract',
    );
  });
});

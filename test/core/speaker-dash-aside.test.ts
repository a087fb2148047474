import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Harbour vote in brief\n\n${body}`).quotes.map((q) => q.speaker);

/**
 * Session 40 (sp52): a speech verb inside a subordinate aside between dashes, the closing dash right before the
 * quotation (`— as many believe, though the council denies — "…"`), speaks in the aside and is no tag of the
 * quotation; the inverted tag after it names the speaker, and the quotation that follows carries that speaker on.
 */
describe('a speech verb in a dash aside before the quotation', () => {
  it('leaves the quotation to its own tag and run', () => {
    expect(
      quoteSpeakers(
        'Ruth Okafor chairs the harbour board.\n\nIf the port is sold — as many traders believe, though the council firmly denies — "why would anyone stay?" asked Dana Whitcombe, a trader. "We would all leave."',
      ),
    ).toEqual(['Dana Whitcombe', 'Dana Whitcombe']);
  });

  it('keeps a parenthetical tag between dashes (control)', () => {
    expect(
      quoteSpeakers('Ruth Okafor chairs the harbour board.\n\nThe board — Okafor said — "will not sell the port."'),
    ).toEqual(['Ruth Okafor']);
  });

  it('keeps a tag after an aside about its speaker (control)', () => {
    expect(
      quoteSpeakers(
        'Ruth Okafor chairs the harbour board.\n\nOkafor — never one for understatement — said: "We will not sell the port."',
      ),
    ).toEqual(['Ruth Okafor']);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/** Sample 24's #3 and #38: "Why did X criticize …?" when the next sentence quotes the critic. Copy written for the test. */
const story = (challenge: string, next: string): string =>
  `Council budget row deepens.\n\n${challenge}\n\n${next}\n\nThe council meets again next month.`;
const questions = (text: string): string[] => analyzeArticle(text).questions.map((q) => q.text);
const REJECTED = "Mayor Ruth Bell rejected the council's claim that the library budget was balanced.";

describe('a why-question the critic answers in the next sentence shows its passage (reason-quoted-next.ts)', () => {
  it('shows the passage when the critic, or one of a group of critics, is quoted next', () => {
    const named = questions(story(REJECTED, '"The council cut the library budget and hid the figures," Bell said.'));
    expect(named.some((q) => q.startsWith('Why did'))).toBe(false);
    expect(named.some((q) => q.includes(REJECTED))).toBe(true);
    const group = questions(
      story(
        "On Tuesday, both of the mayor's rivals for the nomination criticized her handling of the library closures.",
        '"It is a sad day for this city," Tom Hale told reporters.',
      ),
    );
    expect(group.some((q) => q.startsWith('Why did'))).toBe(false);
  });
  it('keeps the question when the one criticised answers next, or no one is quoted', () => {
    const why = 'Why did Mayor Ruth Bell reject the council’s claim that the library budget was balanced?';
    const reply = questions(story(REJECTED, '"We have done nothing wrong," council leader Tom Hale said.'));
    const none = questions(story(REJECTED, 'The council meets again next week to set the library budget.'));
    for (const asked of [reply, none]) expect(asked.map((q) => q.replace(/'/g, '’'))).toContain(why);
  });
});

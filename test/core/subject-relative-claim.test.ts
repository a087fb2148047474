import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * kind56: a claim noun's "that" before a finite verb is the relative pronoun ("an allegation that surfaced in …"),
 * so the words after it are no claim to ask "Is it true that …?" of. Copy written for the test.
 */
const ARTICLE = `Harbour chief under pressure over audit

The harbour chief, Ruth Hale, faces an allegation that surfaced in a council audit last spring.

Hale has said the audit was flawed. The council will meet on Tuesday to discuss the findings.

Separately, Hale faces an allegation that the harbour board misspent a grant meant for the ferry.`;

describe('a relative "that" after a claim noun opens no claim', () => {
  const questions = analyzeArticle(ARTICLE).questions.map((q) => q.text);
  it('shows the passage, not "Is it true that surfaced …?"', () => {
    expect(questions.some((q) => /Is it true that surfaced/.test(q))).toBe(false);
    expect(questions).toContain(
      'Unverified: “The harbour chief, Ruth Hale, faces an allegation that surfaced in a council audit last spring.”',
    );
  });
  it('control: a content clause with its own subject is still asked', () => {
    expect(questions).toContain('Is it true that the harbour board misspent a grant meant for the ferry?');
  });
});

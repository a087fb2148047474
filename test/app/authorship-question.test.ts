import { describe, expect, it } from 'vitest';
import { asksAuthorship, authorshipAnswer } from '../../src/app/authorship-answer';

describe('questions about who wrote the story', () => {
  it('takes the ways a reporter asks who wrote it', () => {
    for (const question of [
      'Who wrote this story?',
      'who wrote this?',
      'Who is the reporter?',
      "Who's the author of this article?",
      'Whose byline is this?',
      'Who reported this story?',
      'So who is this story by?',
    ])
      expect(asksAuthorship(question), question).toBe(true);
  });

  it('leaves questions about people and documents inside the copy to the engine', () => {
    for (const question of [
      'Who reported the claims?',
      'Who wrote the letter?',
      'Who wrote the report?',
      'Who is the author?',
      'Who is the journalist who was arrested?',
      'Who said that?',
    ])
      expect(asksAuthorship(question), question).toBe(false);
  });

  it('answers from the byline, or says plainly there is none', () => {
    const text = 'Ferry vote delayed\n\nThe council postponed its vote.';
    expect(authorshipAnswer('Who wrote this?', { byline: 'By A. Writer', text })?.answer).toBe(
      'The byline is A. Writer.',
    );
    expect(authorshipAnswer('Who wrote this?', { byline: null, text })?.answer).toMatch(/carries no byline/);
    expect(authorshipAnswer('Who chairs the council?', { byline: 'A. Writer', text })).toBeUndefined();
  });
});

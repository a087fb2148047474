import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { messageSubject } from '../../src/core/message-subject';

// Session 57 (sp70b): issue 11 — the "it" of a tag stands for a body only when no message opens a nearer sentence
// and the body is one. Invented copy of each shape.

const speakerOf = (body: string): string | null | undefined => {
  const analysis = analyzeArticle(`Harbour news in brief\n\n${body}`);
  return [...analysis.quotes, ...analysis.statements].at(-1)?.speaker;
};

describe('a tag whose pronoun is "it"', () => {
  it.each([
    [
      'after the body that is the subject before',
      'The Harbour Trust closed its office on Monday. In a statement, it said: "We regret the loss of jobs."',
    ],
    ['after a trailing tag', 'The Harbour Trust closed its office on Monday. "We regret the loss of jobs," it said.'],
  ])('names the body %s', (_shape, body) => {
    expect(speakerOf(body)).toBe('Harbour Trust');
  });

  it.each([
    [
      'a message opening the sentence between',
      'The Harbour Trust closed its office on Monday. A memo from the staff went to the board. "We were not consulted," it said.',
    ],
    [
      'a message opening its own coordinated clause',
      'The Harbour Trust closed its office on Monday. The staff letter backed the closure, and it says "the jobs are safe".',
    ],
    [
      'two bodies joined as the subject',
      'The Harbour Trust and the Port Authority met in Dover on Monday. "We regret the loss of jobs," it said.',
    ],
  ])('names no one after %s', (_shape, body) => {
    expect(speakerOf(body)).toBeNull();
  });
});

describe('messageSubject', () => {
  it.each([
    ['A letter this month to the board reflected both concerns.', false, true],
    ['For instance, the staff letter noted the cuts.', false, true],
    ['The ministry notes that the cuts are deep.', false, false],
    ['The company released a statement.', false, false],
    ['The report is late, ', true, false],
    ['The report backed the plan, and ', true, true],
    ['The spokesman read a statement.', false, false],
  ])('reads "%s" (own sentence %s): %s', (text, own, expected) => {
    expect(messageSubject(text, own)).toBe(expected);
  });
});

describe('a hyphened title before a name', () => {
  it.each([['Vice-Chancellor'], ['Deputy-Governor']])('keeps "%s" out of the name', (title) => {
    const analysis = analyzeArticle(`Campus news in brief\n\n${title} Ann Lee said: "This is a disgrace." Staff left.`);
    expect(analysis.quotes[0]?.speaker).toBe('Ann Lee');
  });
});

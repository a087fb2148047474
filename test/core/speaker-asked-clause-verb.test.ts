import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const analyse = (body: string) => analyzeArticle(`Reservoir repairs delayed\n\n${body}`);
const lead =
  'The water board has delayed repairs to the north reservoir.\n\nBoard secretary Ruth Aldane said the work had been costed twice.\n\n';

/**
 * Audit 61's B-a61-1: in "Asked whether the trust thought …, X declined to comment" the verb inside the asked clause
 * ("thought") was read as the sentence's speech verb, and "Asked whether the trust" became a speaker.
 */
describe('a reporting verb inside an asked clause', () => {
  it('opens no statement and names no speaker', () => {
    const a = analyse(
      `${lead}Asked whether the trust thought the engineers had missed the cracks, Aldane declined to comment.`,
    );
    expect(a.statements.map((s) => s.speaker)).not.toContainEqual(expect.stringMatching(/^Asked/));
    expect(a.statements.filter((s) => s.sentenceId === 2)).toEqual([]);
  });

  it('"asked by reporters if" with a hearer between is the same question', () => {
    const a = analyse(`${lead}She was asked by reporters if the council believed the costs would rise, and declined.`);
    expect(a.statements.filter((s) => s.sentenceId === 2)).toEqual([]);
  });

  it("the quotation after the asked clause's comma is still the subject's answer", () => {
    const a = analyse(
      `${lead}Asked whether the trust believed the cracks were new, Aldane said they were "at least ten years old."`,
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Ruth Aldane']);
  });

  it('control: a statement after the closed asked clause is read', () => {
    const a = analyse(`${lead}Asked about the delay, Aldane said the contractor had been paid in full.`);
    expect(a.statements.find((s) => s.sentenceId === 2)?.speaker).toBe('Ruth Aldane');
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const statements = (sentence: string) =>
  analyzeArticle(`Hospital news\n\nThe trust denied it on Monday.\n\n${sentence}`).statements.map((s) => [
    s.text,
    s.speaker,
  ]);

/** Review s32 B-main-13: "said nurses had warned of …" was read as a trailing tag "…, said nurses … warned". */
describe("a tag verb after an apposition is the sentence's verb, not a trailing tag's subject", () => {
  it.each([
    "Unison's regional secretary, Karen Doyle, said nurses had warned of overcrowding for months.",
    "Acme's chief executive, Karen Doyle, said nurses had warned of overcrowding for weeks.",
  ])('%s', (sentence) => {
    const [text, speaker] = statements(sentence)[0]!;
    expect(text).toMatch(/^nurses had warned of overcrowding for/);
    expect(speaker).toBe('Karen Doyle');
  });

  it('controls: a real trailing tag still reads', () => {
    expect(statements('The plan is dead, Karen Doyle warned.')).toEqual([['The plan is dead', 'Karen Doyle']]);
  });
});

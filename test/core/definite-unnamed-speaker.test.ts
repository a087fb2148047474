import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 61 (sp76), audit 62's B-a62-18: `"…," the aide said` after "A senior <party> leadership aide … said" prints
// the fuller description the copy gave that unnamed source. Invented copy.
const speakerOf = (...lines: string[]): string | null | undefined =>
  analyzeArticle(['Budget vote slips again', ...lines].join('\n\n')).quotes.at(-1)?.speaker;
const quote = '"Nobody wants to bring a bill up and lose it," the aide said.';

describe('a definite description taking up an unnamed speaker', () => {
  it('prints the description the copy introduced the source with', () => {
    const intro = 'A senior Republican committee aide, speaking on condition of anonymity, said the vote would slip.';
    expect(speakerOf(intro, quote)).toBe('a senior Republican committee aide');
  });

  it('control: two such sources leave "the aide" as written', () => {
    const intro = 'A Republican aide said the vote would slip. A Democratic aide said it would not.';
    expect(speakerOf(intro, quote)).toBe('the aide');
  });

  it("control: a modifier the source's description lacks leaves the definite as written", () => {
    const intro = 'A senior Republican committee aide said the vote would slip.';
    expect(speakerOf(intro, '"Nobody wants to lose it," the Democratic aide said.')).toBe('the Democratic aide');
  });
});

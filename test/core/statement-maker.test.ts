import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

function speakerOf(text: string, words: string): string | null | undefined {
  return analyzeArticle(`Care group disputes findings\n\n${text}`).quotes.find((q) => q.text.includes(words))?.speaker;
}

// "the statement said" after a statement whose maker the copy named (audit 54, B-a54-17): invented sentences.
describe('a statement named earlier', () => {
  it('gives "the statement said" its maker from the sentence before', () => {
    const text =
      'Inspectors cited two homes for staffing gaps in March. In a written statement, Harwick Care said it ' +
      '"strongly disputes" the findings. "Our homes have always met the staffing rules," the statement said.';
    expect(speakerOf(text, 'staffing rules')).toBe('Harwick Care');
  });

  it('reads the maker before "said in a statement"', () => {
    const text =
      'Harwick Care said in a brief statement that the findings were wrong. "We will appeal every citation," the ' +
      'statement said.';
    expect(speakerOf(text, 'appeal every citation')).toBe('Harwick Care');
  });

  it('reads the maker past a bracket after the name (audit 61, B-a61-7)', () => {
    const speaker = (bracket: string) =>
      speakerOf(
        `Harwick Care director Ines Varga${bracket} said in a statement that the homes had "met every rule" and ` +
          'welcomed the review. "We will appeal every citation," the statement said.',
        'appeal every citation',
      );
    expect(speaker(' (韋伊絲)')).toBe('Ines Varga');
    expect(speaker(' (58)')).toBe('Ines Varga');
  });

  it('leaves a statement with no maker in reach unattributed', () => {
    const text =
      'Inspectors cited two homes for staffing gaps in March. Families of residents were angry. "Our homes have ' +
      'always met the staffing rules," the statement said.';
    expect(speakerOf(text, 'staffing rules')).toBeNull();
  });

  it("does not credit the reader of someone else's statement", () => {
    const text =
      'Mayor Dana Reyes said in a statement from the Okafor family on Monday. "We only want the truth," the statement said.';
    expect(speakerOf(text, 'only want the truth')).not.toBe('Dana Reyes');
  });
});

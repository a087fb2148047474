import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Audit 52's speaker findings (B-a52-1/-2/-3), on invented copy written for the tests (near variants, not the audit's).
function analysis(body: string) {
  return analyzeArticle(`Headline\n\n${body}`);
}

function speakerOf(body: string, start: string): string | null | undefined {
  const quote = analysis(body).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

describe('a US police rank written with a stop before a name (B-a52-3)', () => {
  const lead = 'Ofc. Dana Whitlock said the van was left behind the depot.';
  it('keeps "Dep." and "Tpr." with their names, so the quote stays with the officer who said it', () => {
    expect(speakerOf(`${lead} "It was still running," Dep. Rosa Kellerman said.`, 'It was')).toBe('Rosa Kellerman');
    expect(speakerOf(`${lead} "It was still running," Tpr. Rosa Kellerman said.`, 'It was')).toBe('Rosa Kellerman');
  });

  it('control: "Sgt.", listed before, gives the same speaker', () => {
    expect(speakerOf(`${lead} "It was still running," Sgt. Rosa Kellerman said.`, 'It was')).toBe('Rosa Kellerman');
  });
});

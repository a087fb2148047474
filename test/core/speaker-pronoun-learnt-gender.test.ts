import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { cleanArticle } from '../../src/core/clean-article';
import { indexPeople } from '../../src/core/people';
import { splitSentences } from '../../src/core/split-sentences';

/**
 * Session 56, fix56a (audit 57, B-a57-3/-5): given names no hand table holds ("Marisol", "Eimear") gave no gender, so a
 * later "he" or "she" went to the wrong person though the copy had already bound the other pronoun to them. Two ways
 * the article's own pronouns now say it: a tag's gender is learnt past a person the copy already gives the other one
 * (tagged-gender.ts), and the genders the quotes' pass resolved reach the reported statements' (speaker-resolution.ts).
 * Copy written for the test.
 */
const TITLE = 'Pier repairs split the harbour board';

function statementsOf(body: string): Array<{ speaker: string | null; text: string }> {
  return analyzeArticle(body, { title: TITLE }).statements.map((s) => ({ speaker: s.speaker, text: s.text }));
}

const HARBOUR = [
  'Director Quill told the board his crew was stretched thin. The pier, built in 1971, needs new pilings, he said.',
  'Trustee Marisol Penhallow said she wanted the director\'s estimates in writing before any vote. "Nobody is against repairs," she said.',
  'Penhallow also asked whether the port authority could share the cost.',
  'That plan did not sit well with the director. He said a shared authority would slow every decision.',
].join('\n\n');

describe("a person's gender learnt from the article's own pronouns", () => {
  it('a "she" tag after a sentence naming her and a man already a "he" makes her a woman', () => {
    const sentences = splitSentences(cleanArticle(HARBOUR, { title: TITLE }));
    const people = indexPeople(sentences).people;
    expect(people.find((p) => p.name.endsWith('Penhallow'))?.gender).toBe('female');
  });

  it('so a later reported "He said …" is not hers', () => {
    const later = statementsOf(HARBOUR).find((s) => s.text.startsWith('a shared authority'));
    expect(later?.speaker).not.toBe('Marisol Penhallow');
  });

  it('a reported "She said …" skips the man a quote\'s "he said" was bound to', () => {
    const copy = [
      'Ward councillor Eimear Dowd-Carrick opened the debate on the new slipway on Tuesday.',
      'Fishing co-op secretary Ruairí Ó Cadhain criticised the council for "losing a whole season". "Boats were promised a slipway. They are still waiting," he said.',
      'She said the tender would go out in spring.',
    ].join('\n\n');
    const tender = statementsOf(copy).find((s) => s.text.includes('tender'));
    expect(tender?.speaker).toBe('Eimear Dowd-Carrick');
  });

  it('control: with no other person named, her own "she" tag still binds her', () => {
    const copy =
      'Trustee Marisol Penhallow said she wanted the estimates in writing. "Nobody is against repairs," she said.';
    expect(analyzeArticle(copy, { title: TITLE }).quotes.map((q) => q.speaker)).toEqual(['Marisol Penhallow']);
  });
});

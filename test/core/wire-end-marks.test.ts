import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { cleanArticle } from '../../src/core/clean-article';
import { splitSentences } from '../../src/core/split-sentences';

function sentences(text: string): string[] {
  return splitSentences(cleanArticle(text)).map((s) => s.text);
}

// An invented story in the style of an East African daily and a Manila news site (audit 63, B-a63-14/15).
const DATED = [
  'Harbour ward: Traders protest market relocation',
  '',
  'Bahir Dar, March 14/2026 (Lake Tana Herald) – Dozens of traders gathered outside the zonal office on Monday to ' +
    'protest the relocation of the old fish market.',
  '',
  'The traders said the new site was too far from the ferry landing.',
].join('\n');

const SIGNED_OFF = [
  'Council panel grills port office over dredging deal',
  '',
  'Councillors on Monday pressed port officials to explain why the dredging contract cost twice the estimate.',
  '',
  'The panel will resume its hearing on April 3. – Baybreeze.ph',
].join('\n');

const WIRE = [
  'Port council delays vote on ferry terminal',
  '',
  'The port council on Monday postponed a vote on the new ferry terminal, officials said.',
  '',
  '(END)',
].join('\n');

describe('datelines and end marks of non-US/UK outlets', () => {
  it('strips a title-case dateline with a slash date and the outlet in brackets', () => {
    expect(sentences(DATED)[0]).toBe(
      'Dozens of traders gathered outside the zonal office on Monday to protest the relocation of the old fish market.',
    );
  });

  it('keeps an opening name that is no dateline', () => {
    const text = 'Ferry talks\n\nAnn Roe, the port director, said on Monday – quietly – that talks would go on.';
    expect(sentences(text)[0]).toMatch(/^Ann Roe, the port director/);
  });

  it('ends the last sentence before a web sign-off', () => {
    expect(sentences(SIGNED_OFF).at(-1)).toBe('The panel will resume its hearing on April 3.');
  });

  it('drops a wire end tag standing as its own line', () => {
    expect(sentences(WIRE)).toEqual([
      'The port council on Monday postponed a vote on the new ferry terminal, officials said.',
    ]);
    expect(analyzeArticle(WIRE).entities.map((e) => e.name)).not.toContain('END');
  });
});

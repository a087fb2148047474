import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Audit 59, B-a59-1: a rank of two or three words written without stops ("Pol Maj Gen", "Lt Col", British and Thai
 * style) before a name made five name-like words, read as a title and no one; the "he said" after the introduction
 * went to the speaker before. Copy written for the test.
 */
const story = (rank: string) =>
  [
    'Port police face bribery inquiry',
    'Deputy commissioner Pol Lt Gen Anan Suksawat said the raid followed a six-month investigation.',
    '"They were paid to look the other way," Pol Lt Gen Anan said.',
    `The Rayong provincial police chief, ${rank} Somchai Rattanakul, denied that his officers had taken bribes.`,
    '"My officers arrested 50 people last year," he said on Monday.',
  ].join('\n\n');

const speakers = (text: string) => analyzeArticle(text).quotes.map((q) => q.speaker);

describe('a rank written without stops before a name', () => {
  it('reads "Pol Maj Gen Somchai Rattanakul" as a person, so "he said" after him is his', () => {
    expect(speakers(story('Pol Maj Gen'))).toEqual(['Anan Suksawat', 'Somchai Rattanakul']);
  });

  it('reads a two-word rank the same ("Lt Col")', () => {
    expect(speakers(story('Lt Col'))).toEqual(['Anan Suksawat', 'Somchai Rattanakul']);
  });

  it('keeps the role written before the rank ("Deputy commissioner Pol Lt Gen Anan Suksawat")', () => {
    const line = whoIsWho(analyzeArticle(story('Pol Maj Gen'))).people.find((p) => p.name === 'Anan Suksawat');
    expect(line?.role).toBe('Deputy commissioner');
  });

  it('controls: "Gen" alone is a given name and "Gen Z" a generation; "Pol" alone opens a name', () => {
    const text = [
      'Ministers meet on defence',
      'Defence minister Gen Nakatani said the talks had gone well.',
      'Pol Pot said nothing of the kind, the historian wrote.',
      'Many Gen Z voters said they would stay at home.',
    ].join('\n\n');
    const names = analyzeArticle(text).entities.map((e) => e.name);
    expect(names).toContain('Gen Nakatani');
    expect(names).toContain('Pol Pot');
    expect(names).not.toContain('Z');
  });
});

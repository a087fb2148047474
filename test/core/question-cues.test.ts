import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHARGE_WORDS } from '../../src/core/charge-words';
import { CUE_FAMILIES } from '../../src/core/cue-families';
import { findCues } from '../../src/core/question-cues';
import { readFlynn } from './flynn-sample';

/** Every sentence-like piece of the stories we ship: where a hint that hides a match would show. */
function copySentences(): string[] {
  const texts = [readFlynn(), ...readdirSync('samples').map((f) => readFileSync(`samples/${f}`, 'utf8'))];
  return texts.flatMap((t) => t.split(/(?<=[.!?]["”]?)\s+/));
}

/** findCues reads curly apostrophes as straight ones; so do these checks. */
const straight = (text: string) => text.replace(/’/g, "'");
const hintPattern = (hints: string[]) => (text: string) => hints.some((h) => straight(text).toLowerCase().includes(h));

describe('cue families (one record each: shape, kind, pattern, hints, phrasing)', () => {
  it('have distinct shapes', () => {
    const shapes = CUE_FAMILIES.map((f) => f.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  for (const family of CUE_FAMILIES) {
    describe(family.shape, () => {
      const hinted = hintPattern(family.hints);
      it('matches each of its examples, and a hint occurs in each', () => {
        expect(family.examples.length).toBeGreaterThan(0);
        for (const example of family.examples) {
          expect(family.pattern.test(straight(example)), example).toBe(true);
          expect(hinted(example), example).toBe(true);
          expect(findCues(example).map((c) => c.shape)).toContain(family.shape);
        }
      });

      it('never matches copy that none of its hints occur in (hints only skip work, never cues)', () => {
        for (const sentence of [...copySentences(), ...CUE_FAMILIES.flatMap((f) => f.examples)]) {
          if (family.pattern.test(straight(sentence))) expect(hinted(sentence), sentence).toBe(true);
        }
      });

      it('has lower-case hints', () => {
        for (const hint of family.hints) expect(hint).toBe(hint.toLowerCase());
      });
    });
  }
});

describe('charge words: one list behind the attack-quote cue, its hints and the quote check', () => {
  it('flags each charge word inside a quote, and not outside one', () => {
    const attack = CUE_FAMILIES.find((f) => f.shape === 'attack-quote')!;
    for (const word of ['desperate', 'recycling', 'lies', 'scandalous', 'smears', 'u-turn']) {
      expect(attack.pattern.test(`He said: "This is a ${word} move."`), word).toBe(true);
      expect(CHARGE_WORDS.pattern.test(`a ${word} move`), word).toBe(true);
    }
    expect(attack.pattern.test('The desperate search went on.')).toBe(false);
    expect(attack.hints).toBe(CHARGE_WORDS.hints);
  });

  it('matches whole words only', () => {
    expect(CHARGE_WORDS.pattern.test('The stuntman fell.')).toBe(false);
    expect(CHARGE_WORDS.pattern.test('a publicity stunt')).toBe(true);
  });
});

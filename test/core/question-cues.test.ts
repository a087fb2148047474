import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { CHARGE_WORDS } from '../../src/core/charge-words';
import { CUE_FAMILIES } from '../../src/core/cue-families';
import { hintScan } from '../../src/core/hint-scan';
import { cueFamily, findCues } from '../../src/core/question-cues';
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

describe('one scan for every family’s hints', () => {
  it('flags exactly the families whose hints occur in each sentence of the shipped copy', () => {
    const scan = hintScan(CUE_FAMILIES.map((f) => f.hints));
    for (const sentence of [...copySentences(), ...CUE_FAMILIES.flatMap((f) => f.examples)]) {
      const lower = straight(sentence).toLowerCase();
      const expected = CUE_FAMILIES.map((f) => (f.hints.some((h) => lower.includes(h)) ? 1 : 0));
      expect(Array.from(scan(lower) ?? new Uint8Array(CUE_FAMILIES.length)), sentence).toEqual(expected);
    }
  });

  it.each([
    ['An inquiry into the crash was opened after the minister dismissed the report as rubbish.'],
    ['The minister dismissed the report as rubbish before an inquiry into the crash was opened.'],
  ])('finds a family whose hint comes after another family’s, in either order: %s', (sentence) => {
    expect(findCues(sentence).map((c) => c.shape)).toEqual(expect.arrayContaining(['challenge', 'inquiry-noun']));
  });

  it('finds no cue in a sentence holding no family’s hint', () => {
    for (const sentence of ['The team won the match on Saturday.', 'Rain fell across the north overnight.']) {
      expect(CUE_FAMILIES.some((f) => f.hints.some((h) => sentence.toLowerCase().includes(h)))).toBe(false);
      expect(findCues(sentence)).toEqual([]);
    }
  });
});

describe('schedule: the words before an infinitive or a decision decide it', () => {
  const schedule = cueFamily('schedule').pattern;
  it('matches a decision still to come', () => {
    for (const text of [
      'The council is expected to decide next week.',
      'The board plans not to announce the result.',
      'The council has not made a decision.',
      'The mayor was to fly to Rome.',
    ])
      expect(schedule.test(text), text).toBe(true);
  });
  it('matches no infinitive after a word that narrates, nor a decision someone failed to reach', () => {
    for (const text of [
      'The board went on to name a new chief.',
      'The talks failed to reach a decision.',
      'Her main goal was to curb the cost.',
    ])
      expect(schedule.test(text), text).toBe(false);
  });
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

describe('"unknown": a fact not known, or a person not famous', () => {
  const unclear = (text: string) => findCues(text).some((c) => c.shape === 'unclear');

  it('keeps a fact that is still, or largely, unknown an open question, whoever it is unknown to', () => {
    expect(unclear('The cause of the fire is still unknown.')).toBe(true);
    expect(unclear('The number of victims remains largely unknown.')).toBe(true);
    expect(unclear('How many people were inside is still unknown to the public.')).toBe(true);
    expect(unclear('The identity of the buyer is unknown to most residents.')).toBe(true);
    expect(unclear('It was unknown to investigators whether the pump failed.')).toBe(true);
  });

  it('reads a named person "unknown to/among/in" people as fame, whatever the degree word', () => {
    expect(unclear('Until this spring, Price was largely unknown in the fishing community.')).toBe(false);
    expect(unclear('Jo Banks was unknown to voters outside the port.')).toBe(false);
    expect(unclear('Mr. Okafor remained virtually unknown among the party’s donors.')).toBe(false);
  });

  it('asks about the fire’s cause in a whole article', () => {
    const questions = analyzeArticle(
      [
        'Fire guts old mill',
        '',
        'A fire destroyed the old cotton mill in Bray on Sunday night, the fire service said.',
        'Crews from three stations fought the blaze for six hours.',
        'The cause of the fire is still unknown.',
        'The mill had stood empty since 2019.',
      ].join('\n'),
    ).questions;
    expect(questions.some((q) => q.kind === 'unknown' && /cause of the fire/.test(q.text))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { contentTerms } from '../../src/core/tokenize-words';
import { actOutsideScope, readUnknown, scopeHoldsAll } from '../../src/core/unknown-scope';
import { cpuGrowth } from '../support/cpu-growth';

/** "When will the ferry pier open?" as the scope reads it: its terms, its words, the asked verb's term. */
const terms = contentTerms('ferry pier open');
const question = { terms, names: new Set<string>(), words: new Set(['ferry', 'pier', 'open']), head: terms[2]! };

/** One run-on sentence of `markers` wh-markers, each clause running on to the sentence's end (no comma or semicolon). */
const runOn = (markers: number) =>
  `The trust${' has not said when the ferry pier will open and'.repeat(markers)} the keeper left.`;
/** The same with an elided clause at each marker ("…has not said when, and"): each stands for the whole sentence. */
const elided = (markers: number) =>
  `The trust is rebuilding the ferry pier${' but has not said when, and'.repeat(markers)} the keeper left.`;

/**
 * Every reader of a sentence's markers, as the answer path runs them on one ranked sentence; two texts of one length
 * in turn ("trust", "board"), so each run parses afresh rather than reading the last parse.
 */
const readAll = (text: string) => {
  const texts = [text, text.replace('trust', 'board')];
  let turn = 0;
  return () => {
    const t = texts[turn++ % 2]!;
    actOutsideScope(t, 'time', question);
    readUnknown(t, 'time', question);
    scopeHoldsAll(t, 'time', question);
  };
};

describe('unknown markers in one long sentence (review 48 B-r48-5)', () => {
  it('reads 2,000 markers whose clauses all run to the sentence end in under 8x the time of 500', () => {
    expect(readUnknown(runOn(2000), 'time', question).inside).toEqual(terms);
    expect(cpuGrowth(readAll(runOn(500)), readAll(runOn(2000)))).toBeLessThan(8);
  });

  it('reads 2,000 elided markers in under 8x the time of 500', () => {
    expect(readUnknown(elided(2000), 'time', question).inside).toEqual(terms.slice(0, 2));
    expect(cpuGrowth(readAll(elided(500)), readAll(elided(2000)))).toBeLessThan(8);
  });

  it('control: a short sentence reads as it always has', () => {
    expect(readUnknown(runOn(1), 'time', question).inside).toEqual(terms);
    expect(scopeHoldsAll(runOn(1), 'time', question)).toBe(true);
  });
});

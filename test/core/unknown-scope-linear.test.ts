import { describe, expect, it } from 'vitest';
import { parseUnknownScope } from '../../src/core/parse-unknown-scope';
import { contentTerms } from '../../src/core/tokenize-words';
import { actOutsideScope, readUnknown as readParsed, scopeHoldsAll } from '../../src/core/unknown-scope';
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

const readUnknown = (text: string) => readParsed(parseUnknownScope(text), 'time', question);

/**
 * Every reader of a sentence's markers, as the answer path runs them on one ranked sentence, parsed once; two texts
 * of one length in turn ("trust", "board").
 */
const readAll = (text: string) => {
  const texts = [text, text.replace('trust', 'board')];
  let turn = 0;
  return () => {
    const parsed = parseUnknownScope(texts[turn++ % 2]!);
    actOutsideScope(parsed, 'time', question);
    readParsed(parsed, 'time', question);
    scopeHoldsAll(parsed, 'time', question);
  };
};

describe('unknown markers in one long sentence (review 48 B-r48-5)', () => {
  it('reads 2,000 markers whose clauses all run to the sentence end in under 8x the time of 500', () => {
    expect(readUnknown(runOn(2000)).inside).toEqual(terms);
    expect(cpuGrowth(readAll(runOn(500)), readAll(runOn(2000)))).toBeLessThan(8);
  });

  it('reads 2,000 elided markers in under 8x the time of 500', () => {
    expect(readUnknown(elided(2000)).inside).toEqual(terms.slice(0, 2));
    expect(cpuGrowth(readAll(elided(500)), readAll(elided(2000)))).toBeLessThan(8);
  });

  it('control: a short sentence reads as it always has', () => {
    expect(readUnknown(runOn(1)).inside).toEqual(terms);
    expect(scopeHoldsAll(parseUnknownScope(runOn(1)), 'time', question)).toBe(true);
  });
});

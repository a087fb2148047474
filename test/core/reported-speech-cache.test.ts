import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/core/analysis-types';
import { findReportedSpeech } from '../../src/core/reported-speech';

const article = (...texts: string[]): Sentence[] => {
  let start = 0;
  return texts.map((text, id) => {
    const sentence = { id, text, start, end: start + text.length, paragraph: id };
    start += text.length + 2;
    return sentence;
  });
};

/**
 * Session 48 tidy48: the reported speech of an article is kept with its sentences (a WeakMap), not as the module's
 * last article, so reading another article in between neither drops nor mixes what was found.
 */
describe('reported speech kept per article', () => {
  const harbour = article('The harbour master said the pier would reopen in May.', 'Boats waited offshore.');
  const library = article('A council officer said the library would close early on Fridays.');

  it('an article read again after another gives back the speech it found, not a fresh reading', () => {
    const first = findReportedSpeech(harbour, 0);
    expect(first).not.toBeNull();
    findReportedSpeech(library, 0);
    expect(findReportedSpeech(harbour, 0)).toBe(first);
  });

  it('control: each article reads its own sentence the same way, in any order', () => {
    const alone = findReportedSpeech(article('A council officer said the library would close early on Fridays.'), 0);
    findReportedSpeech(harbour, 0);
    expect(findReportedSpeech(library, 0)).toEqual(alone);
    expect(findReportedSpeech(harbour, 1)).toBeNull();
  });
});

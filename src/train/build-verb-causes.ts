import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentTerms } from '../core/tokenize-words';
import { wordnetDataLines } from './wordnet-data-lines';
import { wordnetDict } from './wordnet-dict';
import { wordnetSenses } from './wordnet-senses';

/** A verb's commonest senses, as the answer lexicon's builder reads them (build-lexicon.ts SENSES.verb). */
const SENSES = 3;

/**
 * Each WordNet verb's causes and entailments in its commonest senses (WordNet's ">" and "*" pointers: kill -> die,
 * murder -> die through kill, snore -> sleep), as question terms (stems): an act the verb brings about or implies. The synonym
 * lexicon holds neither link, so "how many died?" over "…, killing 12 people" would read as a count of another act
 * (src/core/count-of-unsaid-act.ts). Nothing here reads questions, labels or copy.
 */
export function buildVerbCauses(dict: string): Record<string, string> {
  const verbs = new Map(wordnetDataLines(dict, 'verb').map((s) => [s.offset, s]));
  const out = new Map<string, Set<string>>();
  // The caused verb's stems in its regular forms too: the stemmer parts "die" from "died" ("die", "di").
  const add = (key: string, word: string) => {
    const set = out.get(key) ?? new Set<string>();
    for (const form of [word, word.endsWith('e') ? `${word}d` : `${word}ed`]) {
      const stem = contentTerms(form)[0];
      if (stem !== undefined && stem !== key) set.add(stem);
    }
    if (set.size > 0) out.set(key, set);
  };
  for (const [lemma, offsets] of wordnetSenses(dict, 'verb')) {
    const key = contentTerms(lemma)[0];
    if (lemma.includes('_') || key === undefined) continue;
    for (const offset of offsets.slice(0, SENSES)) {
      // The sense and what it is a way of (murder -> kill): a kind of killing brings about a death too.
      const synset = verbs.get(offset)!;
      const kinds = synset.pointers.filter((p) => p.symbol === '@' && p.pos === 'v').map((p) => verbs.get(p.target));
      for (const source of [synset, ...kinds]) {
        for (const p of source?.pointers ?? []) {
          if ((p.symbol !== '>' && p.symbol !== '*') || p.pos !== 'v') continue;
          for (const word of verbs.get(p.target)?.words ?? []) if (!word.includes('_')) add(key, word);
        }
      }
    }
  }
  return Object.fromEntries([...out.keys()].sort().map((k) => [k, [...out.get(k)!].sort().join(' ')]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = buildVerbCauses(wordnetDict());
  const json = `${JSON.stringify({ causes: out })}\n`;
  writeFileSync(new URL('../core/verb-causes.json', import.meta.url), json);
  console.log(`verb causes: ${Object.keys(out).length} verbs, ${(json.length / 1024).toFixed(1)} KB`);
}

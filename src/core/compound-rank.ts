import { eachMatch } from './each-match';
import { HONORIFICS } from './honorifics';
import { knownFirstName } from './known-first-name';
import { personNoun } from './person-noun';
import { personNounTitle } from './person-noun-title';
import { ROLE_HEADS } from './role-heads';
import { TITLE_WORDS } from './split-title';
import { STOPWORDS } from './stopwords';

/** The given-name lists are written without accents: "Siobhán" is looked up as "Siobhan". */
const unaccented = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/** A word that heads a rank or title before a name: a role head, a title word, a person noun as a title. */
function rankWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ROLE_HEADS.has(lower) || TITLE_WORDS.test(word) || personNounTitle(word);
}

/**
 * "Detective Garda Siobhán Keogh", "Detective Sergeant Ann Bell": the capitalised word at `i`, between a rank word and
 * a known given name with a surname after it, is the rank's own second word, not the name's first. It is taken so
 * when it is no given name the lists know ("Garda") or when WordNet's commonest sense of it is a kind of person
 * ("Sergeant", which stdlib also lists as a first name); "President Barack Hussein Obama" keeps "Barack". The rank
 * word before it is what tells the title here, so a word no lexicon holds ("Garda") is read by its place alone.
 */
export function compoundRank(words: readonly { text: string }[], i: number): boolean {
  if (i < 1 || i + 2 >= words.length) return false;
  const word = words[i]!.text;
  // A function word is no rank ("Cape Breton If Donald Trump Wins", a title set in capitals).
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || HONORIFICS.has(word) || STOPWORDS.has(word.toLowerCase())) return false;
  if (!rankWord(words[i - 1]!.text)) return false;
  const given = (w: string) => knownFirstName(w) || knownFirstName(unaccented(w));
  return (personNoun(word.toLowerCase()) || !given(word)) && given(words[i + 1]!.text);
}

/** Four capitalised words in a row, read from each first word on (the lookahead consumes only the first). */
const FOUR_CAPITALISED = /(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}+) (?=(\p{Lu}\p{Ll}+) (\p{Lu}[\p{L}\p{M}'’-]*) \p{Lu})/gu;

/** The copy last read and the rank words it writes second (who is who asks this of one copy, name after name). */
let cached: { text: string; ranks: ReadonlySet<string> } | undefined;

/**
 * "Garda Tom Hanley said" beside "Detective Garda Siobhán Keogh": a capitalised word the copy itself writes as a
 * rank's second word (above) is a rank where it opens another name alone. Without that evidence a word no lexicon
 * holds says nothing (it may be a given name the lists lack), and no role is given.
 */
export function compoundRankInCopy(word: string, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  if (cached?.text !== text) {
    const ranks = new Set<string>();
    for (const m of eachMatch(FOUR_CAPITALISED, text))
      if (compoundRank([{ text: m[1]! }, { text: m[2]! }, { text: m[3]! }, { text: '' }], 1)) ranks.add(m[2]!);
    cached = { text, ranks };
  }
  return cached.ranks.has(word);
}

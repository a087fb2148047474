import { HONORIFICS } from './honorifics';
import { knownFirstName } from './known-first-name';
import { personNoun } from './person-noun';
import { ROLE_HEADS } from './role-heads';
import { TITLE_WORDS } from './split-title';
import { STOPWORDS } from './stopwords';
import { textOccurrences } from './text-occurrences';

/** The given-name lists are written without accents: "Siobhán" is looked up as "Siobhan". */
const unaccented = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/** A word that heads a rank or title before a name: a role head or a title word. */
function rankWord(word: string): boolean {
  const lower = word.toLowerCase();
  // Not any person noun: "Ottawa" (a people, in WordNet) before "Senators Mira Quist" names a team's city.
  return ROLE_HEADS.has(lower) || TITLE_WORDS.test(word);
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
  if (!given(words[i + 1]!.text)) return false;
  // "Finance Minister Olumide Ali Bakare": a title that stands before a name whole ("Minister", "Governor") is the
  // rank's end, so a word no lexicon holds after it is a given name the lists lack, and the known one after it
  // ("Ali") the middle name (audit 62, B-a62-2); a person noun still continues a rank ("Chief Superintendent").
  const before = words[i - 1]!.text;
  if (!given(word)) return !TITLE_WORDS.test(before) || personNoun(word.toLowerCase());
  // A given name that is also a person noun ("Sergeant", "Earl") is a rank's second word only after a rank that takes
  // one ("Detective Sergeant Ann Bell"), not after a complete abbreviated title ("Gov. Earl Ray Tomblin").
  return personNoun(word.toLowerCase()) && !before.endsWith('.') && !HONORIFICS.has(before);
}

/** A capitalised word ending right before a rank's word (the text before it, up to the space before it). */
const WORD_BEFORE = /(?<![\p{L}\p{M}])(\p{Lu}\p{Ll}+) $/u;
/** The given name and a capital opening the surname right after a rank's word. */
const WORDS_AFTER = /^ (\p{Lu}[\p{L}\p{M}'’-]*) \p{Lu}/u;

/**
 * "Garda Tom Hanley said" beside "Detective Garda Siobhán Keogh": a capitalised word the copy itself writes as a
 * rank's second word (above) is a rank where it opens another name alone. Without that evidence a word no lexicon
 * holds says nothing (it may be a given name the lists lack), and no role is given. Only the word's own occurrences
 * are read (no state kept between calls: two analyses may interleave; review 49, B-r49-11).
 */
export function compoundRankInCopy(word: string, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  for (const at of textOccurrences(text, word)) {
    // The word before, read from a window as long as any word the lists hold; a window cut mid-word reads no word.
    const from = Math.max(0, at - 40);
    const before = WORD_BEFORE.exec(text.slice(from, at));
    if (!before || (from > 0 && before.index === 0)) continue;
    const after = WORDS_AFTER.exec(text.slice(at + word.length, at + word.length + 80));
    if (after && compoundRank([{ text: before[1]! }, { text: word }, { text: after[1]! }, { text: '' }], 1))
      return true;
  }
  return false;
}

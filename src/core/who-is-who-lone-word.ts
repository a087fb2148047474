import { handFirstName } from './hand-first-name';
import { HONORIFICS } from './honorifics';
import { literalMatches, literalPattern } from './literal-matches';
import { personUsage } from './person-usage';
import { textOccurrences } from './text-occurrences';
import { whoIsWhoNotPerson } from './who-is-who-not-person';
import { NOT_FIRST } from './without-lead-in';

/** A letter or a mark of a name's word: an occurrence inside a longer word is not the name. */
const NAME_CHAR = /[\p{L}\p{M}\d'’-]/u;
/**
 * The word written right before an occurrence, when it is capitalised and no punctuation parts them ("François" of
 * "François Hollande", read whole even where the copy's encoding broke it: "FranÃÂ§ois").
 */
const WORD_BEFORE = /(?:^|\s)(\p{Lu}\S*?)\.?\s$/u;
/** The capitalised word written right after it ("Ki-moon" of "Ban Ki-moon"). */
const WORD_AFTER = /^\s\p{Lu}/u;

/** "Spicer said", "said Spicer,": a quote the copy tags with the word. */
const TAGGED = literalPattern(
  '',
  '(?:(?<=\\b(?:said|says|stated|responded|added)\\s+\\S+)(?=\\s*[,.;:!?)—]|\\s+(?:on|in|at)\\b)|\\s+(?:said|says|stated|responded|added|told)\\b)',
);

/**
 * Whether a lone capitalised word the speaker finder pinned a quote on ("Politico", "Philadelphia", "Vox") is no
 * one the copy names as a person: never titled nor bound to "he"/"she"/"who" (`personUsage`), never written
 * beside another capitalised word ("François Hollande", "Ban Ki-moon", "Peña Nieto", "Mr. Spicer"), tagged as a
 * speaker once at most ("Spicer said" twice stays) — and the copy gives positive evidence it is no person
 * (`whoIsWhoNotPerson`: "Politico reported", "in Philadelphia", "Most Gibraltarians"). The once-named and the
 * well-known are routinely named by one word ("Trump stated via Twitter", "ex-model Sandra"): with no evidence
 * either way, the word stays. The headline counts as copy, but its capitals are the style's ("The Email That Makes
 * Benghazi Look Worse"): there only a given name or an honorific before the word sets it beside a name.
 */
export function whoIsWhoLoneWord(word: string, body: string, headline = ''): boolean {
  if (word.includes(' ')) return false;
  const text = headline ? `${headline}\n${body}` : body;
  // "James O’Neill … said O'Neill": the copy may write the apostrophe two ways.
  const spellings = [...new Set([word, word.replace(/'/g, '’'), word.replace(/’/g, "'")])];
  // "Spicer stated … Spicer said … Spicer responded": a spokesman the copy quotes by surname, again and again.
  if (spellings.reduce((n, spelt) => n + [...literalMatches(text, spelt, TAGGED)].length, 0) >= 2) return false;
  if (spellings.some((spelt) => besideName(spelt, body) || besideName(spelt, headline, true))) return false;
  // Read after the scans above: these compile patterns for the name, where those read the copy once.
  if (spellings.some((spelt) => personUsage(spelt, text))) return false;
  // No person evidence is not enough ("Trump stated via Twitter", "his wife, ex-model Sandra"): the copy must
  // also say the word names a place, an organisation or a group.
  return spellings.some((spelt) => whoIsWhoNotPerson(spelt, text));
}

/**
 * Whether the copy writes the word next to another capitalised word, with no punctuation between them; in a headline
 * (`titled`), right after a given name or an honorific ("Hillary Clinton Goes After…"), as every word is capitalised.
 */
function besideName(word: string, text: string, titled = false): boolean {
  for (const at of textOccurrences(text, word)) {
    const end = at + word.length;
    if (NAME_CHAR.test(text[at - 1] ?? '') || NAME_CHAR.test(text[end] ?? '')) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
    if (titled) {
      if (before && (handFirstName(before) || HONORIFICS.has(before))) return true;
      continue;
    }
    if ((before && !/[,;:!?"”“)]$/.test(before) && !NOT_FIRST.has(before)) || WORD_AFTER.test(text.slice(end, end + 3)))
      return true;
  }
  return false;
}

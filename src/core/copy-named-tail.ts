import type { NameRun } from './name-runs';
import { parsePerson } from './parse-person';
import { personNoun } from './person-noun';
import { ROLE_HEADS } from './role-heads';
import { textOccurrences } from './text-occurrences';
import { wordBoundaryAt } from './word-boundary-at';

/** A capitalised word right beside the spot, either side: the word there is one of a longer name. */
const CAPITAL_BEFORE = /\p{Lu}[\p{L}\p{M}'’.-]*\s+$/u;
const CAPITAL_AFTER = /^\s+\p{Lu}/u;

/** The copy writes `word` alone at least once: no capitalised word run on either side ("Lim said", "asked Lim"). */
function writtenAlone(copy: string, word: string): boolean {
  for (const at of textOccurrences(copy, word)) {
    if (!wordBoundaryAt(copy, at) || !wordBoundaryAt(copy, at + word.length)) continue;
    if (CAPITAL_AFTER.test(copy.slice(at + word.length, at + word.length + 3))) continue;
    if (CAPITAL_BEFORE.test(copy.slice(Math.max(0, at - 30), at))) continue;
    return true;
  }
  return false;
}

/**
 * "assemblyman Tan Sri Lim Boon Keat … Lim said": a form of address no table holds ("Tan Sri", "Datuk") looks like more
 * name words, so a run of five named no one and one of four ("Datuk Lim Boon Keat") named a person "Datuk …" whom the
 * later "Lim" did not join. When the copy goes on to name the person by one of the run's inner words alone, as news
 * style does on second mention, the name opens at that word (two or three words to the run's end); what stands before
 * it is the form of address. Otherwise `parse` (the run's own reading) stands.
 */
export function copyNamedTail(run: NameRun, copy: string, parse = parsePerson(run)): ReturnType<typeof parsePerson> {
  // A name of two or three words read whole stands; one of four or more may hold the form of address ("Datuk Lim Boon
  // Keat" after "assemblyman").
  if (parse && parse.name.split(' ').length < 4) return parse;
  return namedTail(run, copy) ?? parse;
}

function namedTail(run: NameRun, copy: string): ReturnType<typeof parsePerson> {
  const words = run.words;
  // Only after a lower-case person noun ("assemblyman", "councillor"), which says a person's name follows: a show's or
  // a sea's name ("On The Steve Harvey Morning Show", "the South China Sea") holds a word the copy writes alone too.
  const before = run.previous ?? '';
  if (!/^\p{Ll}+$/u.test(before) || !(personNoun(before) || ROLE_HEADS.has(before))) return null;
  if (words.length < 4 || words.some((w) => !/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w.text))) return null;
  for (let k = Math.max(1, words.length - 3); k <= words.length - 2; k++) {
    if (!writtenAlone(copy, words[k]!.text)) continue;
    const tail = words.slice(k);
    const parse = parsePerson({ words: tail, start: tail[0]!.start, end: run.end });
    if (!parse || parse.start !== tail[0]!.start) return null;
    const lead = words
      .slice(0, k)
      .map((w) => w.text)
      .join(' ');
    return { ...parse, title: lead, honorific: lead, certain: true };
  }
  return null;
}

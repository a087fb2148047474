import { closedClassGiven } from './closed-class-given';
import { DEPARTMENTS } from './departments';
import { escapeRegExp } from './escape-reg-exp';
import { HONORIFICS } from './honorifics';
import { WORD_EDGE } from './latin-letters';
import { isListedFirstName } from './listed-first-name';
import { nicknamedName } from './nicknamed-name';
import { PLACE_WORDS, PLACES } from './place-words';
import { pluralRoleWord } from './plural-role-head';
import { TITLE_WORDS } from './split-title';
import { NOT_FIRST } from './without-lead-in';

/**
 * The fullest form of a name the copy writes: "Dana F. Whitley" for "Whitley" or for "Dana F"
 * (a name cut at an initial), without a leading title.
 */
export function wholeName(name: string, text: string): string {
  const words = name.split(/\s+/);
  const initialCut = /^[A-Z]\.?$/.test(words[words.length - 1]!);
  if (words.length > 1 && !initialCut) return nicknamedName(name, text) ?? name;
  if (initialCut) {
    const rest = new RegExp(`${WORD_EDGE}${escapeRegExp(name.replace(/\.$/, ''))}\\.?\\s+([A-Z][\\w'’-]+)`).exec(
      text,
    )?.[1];
    return rest ? `${name.replace(/\.?$/, '.')} ${rest}` : name;
  }
  let best = name;
  // "Charles Elliott Jr." is not the "Elliott" asked about: a suffix marks a father or a son of that surname.
  const pattern = `((?:\\p{Lu}[\\p{L}\\w'’-]*\\.?\\s+){1,4})${escapeRegExp(name)}${WORD_EDGE}(?!,?\\s+(?:Jr|Sr|III|II|IV)\\b)`;
  for (const m of text.matchAll(new RegExp(pattern, 'gu'))) {
    let run = m[1]!.trim().split(/\s+/);
    // "Monday. Councillor Dana F. Whitley": a sentence ends at a full stop after a word, not after an initial.
    const stop = run.findLastIndex(
      (w) => /\.$/.test(w) && !/^[A-Z]\.$/.test(w) && !HONORIFICS.has(w) && !TITLE_WORDS.test(w),
    );
    // "Governor of New York Cuomo": a place or department before the name is no part of it.
    const place = run.findLastIndex(
      (w, i) => PLACES.has(w) || PLACE_WORDS.has(w) || DEPARTMENTS.has(w) || PLACES.has(`${run[i - 1]} ${w}`),
    );
    // "Media Research Center’s Bozell": an owner before the surname is no part of the name.
    const owner = run.findLastIndex((w) => /['’]s$/.test(w));
    // "the Shanghai-based Hurun Report", "Ohio-born Smith": a word with a lower-case compound describes the name.
    const modifier = run.findLastIndex((w) => /-\p{Ll}/u.test(w));
    // "More Important Than Electing Obama", "Conservatives Rebuking Trump": a gerund or an adverb opens a clause
    // (a title's, a slogan's), so the words before it are no part of the name ("Sterling" is a given name).
    const clause = run.findLastIndex((w) => /^[A-Z][a-z]{3,}(?:ing|ly)$/.test(w) && !isListedFirstName(w));
    // "Against Sanders", "Despite Bernie Sanders": a closed-class word opens a sentence or a phrase, not a name.
    const closed = run.findLastIndex((w) => closedClassGiven(w));
    // "Foreign Ministers Amadi": a role's plural after the words that qualify it is the list's role, as it is opening
    // the run ("Actors Varga", below).
    const plural = run.findLastIndex((w) => pluralRoleWord(w));
    run = run.slice(Math.max(stop, place, owner, modifier, clause, closed, plural) + 1);
    while (
      run.length > 0 &&
      (NOT_FIRST.has(run[0]!) ||
        HONORIFICS.has(run[0]!.replace(/\.$/, '')) ||
        TITLE_WORDS.test(run[0]!) ||
        // "MK Yael Ben-Haim", "TD Mary Lynch": an abbreviated post opens the run, never a given name (acronym-post.ts).
        /^\p{Lu}{2,5}$/u.test(run[0]!) ||
        // "Actors Varga": a role's plural opening the run is the list's role, no part of a name.
        pluralRoleWord(run[0]!))
    )
      run.shift();
    const candidate = [...run, name].join(' ');
    if (run.length > 0 && candidate.length > best.length) best = candidate;
  }
  // "George "Jay" Keyworth": a nickname in quotes inside the name is written whole with it, when the copy writes the
  // surname after no other given name ("Rep. Robert C. "Bobby" Scott" beside "Bobby Scott" is already listed).
  return best === name ? (nicknamedName(name, text) ?? name) : best;
}

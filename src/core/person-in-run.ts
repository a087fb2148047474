import { GENERATIONAL_SUFFIXES } from './generational-suffix';
import { knownFirstName } from './known-first-name';
import { hasLiteralMatch, literalMatches, literalPattern } from './literal-matches';
import type { NameRun } from './name-runs';
import { isNameWord } from './name-word';
import { nextToSpeechVerb } from './next-to-speech-verb';
import { NOT_NAMES } from './not-names';
import { type PersonParse, parsePerson } from './parse-person';
import { personNoun } from './person-noun';
import { PLACES } from './place-words';
import { ROLE_HEADS } from './role-heads';

/**
 * A word the copy writes alone: not run on into other letters, and no capitalised word right before or after it ("Lim
 * said", "asked Lim", "Lim's office"); "Lim Boon Keat" and "Tan Sri Lim" are the run itself again.
 */
const ALONE = literalPattern(
  "(?<![\\p{L}\\p{M}\\p{N}_'’-])(?<!\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+)",
  "(?:['’]s)?(?![\\p{L}\\p{M}\\p{N}_'’-]|\\s{1,2}\\p{Lu})",
  'u',
);

/** The words before the name: the title and the form of address. */
const lead = (words: NameRun['words'], k: number): string =>
  words
    .slice(0, k)
    .map((w) => w.text)
    .join(' ');

/**
 * The person a capitalised run names, read with the copy. A form of address no table holds ("Tan Sri", "Datuk Seri")
 * looks like more name words: "Sungai Kandis assemblyman Tan Sri Lim Boon Keat … Lim said". Where the copy goes on to
 * write one of the run's inner words alone, as news style names a person on second mention (Chinese and Malay names are
 * shortened to their first word, the family name or the given name), the name opens at that word and runs to the
 * run's end (two or three words); the words before it are the title and the form of address (audits 61's B-a61-4 and
 * B-a61-8). Two readings, tried where the run's own (parse-person.ts) names no one or a name of four words or more:
 * - a run that names no one, when the inner word stands beside a speech verb (`spokenInside`);
 * - a run after a lower-case person noun ("assemblyman", "councillor"), the word written alone anywhere
 *   (`afterPersonNoun`): "Datuk Lim Boon Keat" read whole was a person "Datuk …" whom the later "Lim" did not join.
 * A name of two or three words read whole stands.
 */
export function personInRun(run: NameRun, copy: string): PersonParse | null {
  const parse = parsePerson(run) ?? spokenInside(run, copy);
  if (parse && parse.name.split(' ').length < 4) return parse;
  return afterPersonNoun(run, copy) ?? parse;
}

/**
 * "Selangor Menteri Besar Datuk Seri Rosli Kamarudin … Rosli said": no generational suffix in the name ("Donald Trump
 * Jr." is his father's name and his own), the longest name read first. A run opening on "The" names a thing ("The
 * Rachel Maddow Show … Maddow said"), a known given name right before the word says the name began there ("Rachel"),
 * and a place's name said alone is the country's voice ("The South China Sea … China said").
 */
function spokenInside(run: NameRun, copy: string): PersonParse | null {
  const words = run.words;
  if (words.length < 4 || words[0]!.text === 'The') return null;
  for (let k = Math.max(1, words.length - 3); k <= words.length - 2; k++) {
    const name = words.slice(k);
    if (name.some((w) => !isNameWord(w) || NOT_NAMES.has(w.text) || GENERATIONAL_SUFFIXES.has(w.text))) continue;
    const short = words[k]!.text;
    if (PLACES.has(short) || knownFirstName(words[k - 1]!.text)) continue;
    const said = [...literalMatches(copy, short, ALONE)].some((m) =>
      nextToSpeechVerb(copy, m.index, m.index + short.length),
    );
    if (!said) continue;
    const parse = parsePerson({ ...run, words: name, start: name[0]!.start, previous: words[k - 1]!.text });
    if (!parse || parse.start !== name[0]!.start || parse.end !== name[name.length - 1]!.end) continue;
    return { ...parse, title: lead(words, k), certain: true };
  }
  return null;
}

/** "Island assemblyman Datuk Ong Wei Ming … Ong said": four words or more, each a plain capitalised word. */
function afterPersonNoun(run: NameRun, copy: string): PersonParse | null {
  const words = run.words;
  // Only after a lower-case person noun, which says a person's name follows: a show's or a sea's name ("On The Steve
  // Harvey Morning Show", "the South China Sea") holds a word the copy writes alone too.
  const before = run.previous ?? '';
  if (!/^\p{Ll}+$/u.test(before) || !(personNoun(before) || ROLE_HEADS.has(before))) return null;
  if (words.length < 4 || words.some((w) => !/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w.text))) return null;
  for (let k = Math.max(1, words.length - 3); k <= words.length - 2; k++) {
    if (!hasLiteralMatch(copy, words[k]!.text, ALONE)) continue;
    // "councilwoman María Elena Salinas Ortiz … Salinas said": a known given name before the word says the name began
    // there, as in spokenInside (review 64's R64-1).
    if (words.slice(0, k).some((w) => knownFirstName(w.text))) return null;
    const tail = words.slice(k);
    const parse = parsePerson({ words: tail, start: tail[0]!.start, end: run.end });
    if (!parse || parse.start !== tail[0]!.start) return null;
    const address = lead(words, k);
    return { ...parse, title: address, honorific: address, certain: true };
  }
  return null;
}

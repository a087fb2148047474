import { escapeRegExp } from './escape-reg-exp';
import { GENERATIONAL_SUFFIXES } from './generational-suffix';
import { knownFirstName } from './known-first-name';
import type { NameRun } from './name-runs';
import { isNameWord } from './name-word';
import { nextToSpeechVerb } from './next-to-speech-verb';
import { NOT_NAMES } from './not-names';
import { type PersonParse, parsePerson } from './parse-person';
import { PLACES } from './place-words';

/** A capitalised word standing alone: no capitalised word right before or after it. */
const alone = (copy: string, start: number, end: number): boolean =>
  !/\p{Lu}[\p{L}\p{M}'’.-]*\s+$/u.test(copy.slice(Math.max(0, start - 30), start)) &&
  !/^\s+\p{Lu}/u.test(copy.slice(end, end + 3));

/**
 * "Sungai Kandis assemblyman Tan Sri Lim Boon Keat … Lim said", "Selangor Menteri Besar Datuk Seri Rosli Kamarudin …
 * Rosli said": a run of five name-like words or more reads as a title and no one (parse-person.ts), but where the copy
 * later writes one of its words alone beside a speech verb, that word opens the person's name (Chinese and Malay names
 * are shortened to their first word, the family name or the given name) and the words before it are the title and the
 * form of address (audit 61's B-a61-4). The name runs from that word to the run's end, two or three name words, none a
 * generational suffix ("Donald Trump Jr." is his father's name and his own); the longest such name is read. A run
 * opening on "The" names a thing ("The Rachel Maddow Show … Maddow said"), a known given name right before the word says
 * the name began there ("Rachel"), and a place's name said alone is the country's voice ("The South China Sea … China
 * said"). Null when the copy gives no such word.
 */
export function namedInsideRun(run: NameRun, copy: string): PersonParse | null {
  const words = run.words;
  if (words.length < 4 || words[0]!.text === 'The') return null;
  for (let k = Math.max(1, words.length - 3); k <= words.length - 2; k++) {
    const name = words.slice(k);
    if (name.some((w) => !isNameWord(w) || NOT_NAMES.has(w.text) || GENERATIONAL_SUFFIXES.has(w.text))) continue;
    const short = words[k]!.text;
    if (PLACES.has(short) || knownFirstName(words[k - 1]!.text)) continue;
    const said = [
      ...copy.matchAll(new RegExp(`(?<![\\p{L}\\p{M}'’-])${escapeRegExp(short)}(?![\\p{L}\\p{M}'’-])`, 'gu')),
    ].some(
      (m) => alone(copy, m.index, m.index + short.length) && nextToSpeechVerb(copy, m.index, m.index + short.length),
    );
    if (!said) continue;
    const parse = parsePerson({ ...run, words: name, start: name[0]!.start, previous: words[k - 1]!.text });
    if (!parse || parse.start !== name[0]!.start || parse.end !== name[name.length - 1]!.end) continue;
    const title = words
      .slice(0, k)
      .map((w) => w.text)
      .join(' ');
    return { ...parse, title, certain: true };
  }
  return null;
}

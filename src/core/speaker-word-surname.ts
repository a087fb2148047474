import { givenNamesAfter } from './given-names-after';
import { givenNamesBefore } from './given-names-before';
import type { NameRun } from './name-runs';
import { nextToSpeechVerb } from './next-to-speech-verb';
import type { PersonParse } from './parse-person';
import { loneSurnameParse } from './role-word-surname';

/**
 * `"…," Park said` after "Mayor Jane Park": a lone capitalised word that is also an English word ("Park", "West",
 * "Guardian") is not read as a name by itself, so the quotation printed the bare word. It is the surname of the one
 * person the copy names with it when it stands inside a sentence (an opener is capitalised anyway: "From a $15 wage")
 * beside a speech verb. Read as a parse that names no one by itself: people.ts links it only to a person of that
 * surname, and only one first name may come before the word anywhere in the copy ("Bobby Scott" and "Tim Scott" are
 * two people, and a lone "Scott" could be either).
 */
export function speakerWordSurname(run: NameRun, text: string, articleText: string): PersonParse | null {
  if (run.words.length !== 1) return null;
  const word = run.words[0]!;
  if (word.possessive || !/^[A-Z][a-z]+$/.test(word.text)) return null;
  if (!nextToSpeechVerb(text, word.start, word.end)) return null;
  // "Rep. Park Ji-hoon … Park said": a surname written before one hyphenated given name is his wherever it stands.
  const before = givenNamesBefore(word.text, articleText);
  if (before === 0 && givenNamesAfter(word.text, articleText) === 1) return loneSurnameParse(word);
  if (run.start === 0 || before !== 1) return null;
  return loneSurnameParse(word);
}

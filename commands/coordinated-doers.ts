import { eachMatch } from '../src/core/each-match';
import { escapeRegExp } from '../src/core/escape-reg-exp';
import { surname } from '../src/core/mentions-entity';
import { STOPWORDS } from '../src/core/stopwords';
import { doesTheActIn, type Voice } from './does-the-act';

/** A name as copy writes one: up to four capitalised words ("Ruth Hale", "Brightwater Marine"). */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}`;
/**
 * Names joined by commas, then maybe a last "and": "Ruth Hale and Omar Reddy", "Ann Lee, Tom Reed and Sam Patel". The
 * "and" tail is optional so the pattern never fails at a capital: a comma list with no "and" is read once, to its
 * end, and the scan resumes there. With the tail required, every capital of such a list started a new attempt that
 * ran to the list's end and failed, quadratic in the list (review 47 B-r47-8: 56k characters, 2.7 s). A match
 * without the tail (group 1 undefined) is no run.
 */
const RUN = new RegExp(String.raw`${NAME}(?:\s*,\s*${NAME})*(\s*,?\s+and\s+${NAME})?`, 'gu');
/** Capitalised words that open a clause and name no one: "On Monday Ruth Hale and …". */
const NO_NAME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last|next)$/i;
/**
 * A word that ends a clause opener before a name: a preposition ("At Oxley Meadows,", "Earlier, outside Kelso Court,")
 * or a sentence adverb ("Meanwhile Dunmore, …"). The name after it is the opener's object, set off by its comma, and
 * no doer of the run. Closed classes, as the copy writes them; not "that", "when" or "and", after which a run may well
 * be a clause's subject ("said that Ruth Hale, Omar Reddy and …").
 */
const OPENER_END =
  /^(?:at|in|on|by|for|with|from|to|of|into|onto|over|under|near|outside|inside|across|along|around|beyond|behind|throughout|within|toward|towards|upon|amid|among|between|after|before|during|since|until|despite|following|without|via|meanwhile|separately|elsewhere|nearby|earlier|later|however|also)$/i;
/** How far before a run its opener's last word is looked for: a word or two, never the whole text again per run. */
const OPENER_REACH = 30;
/** A coordinated subject of more names than this is a list, not doers a question can be asked of. */
const MAX_NAMES = 4;

/**
 * The coordinated subject that holds every one of `people` (the answer's people doing the act), as a sentence writes
 * it: "Ruth Hale and Omar Reddy signed" gives "Ruth Hale and Omar Reddy", so "and when?" after "who signed the
 * contract?" is asked of both (session 45's thread leftover: the act check stopped at "and" and saw only Reddy). A name
 * the engine did not read as a person ("Ruth Hale" opening the sentence) still stands in the run, since whoever is
 * coordinated with a doer shares the verb; with `act`, the run's last name must do it there, and without one every
 * name must be one of the people or have a full name's shape. Undefined when no run of names holds them all, or it is one name alone.
 */
export function coordinatedDoers(
  texts: readonly string[],
  people: readonly string[],
  act?: string,
  voice: Voice = 'any',
): string | undefined {
  if (people.length === 0) return undefined;
  for (const text of texts) {
    for (const found of eachMatch(RUN, text)) {
      if (found[1] === undefined) continue;
      const bare = withoutOpeners(found[0]);
      const names = bare.split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
      // "Earlier Tuesday, Trump and …", "In Dunmore, Ruth Hale and …", "Separately, Ada Quist and …": a leading member
      // that is neither one of the people nor a full name's shape is the clause's opener, no name of the run; nor is
      // one a preposition or sentence adverb stands before ("At Oxley Meadows, Ruth Hale and …", review 48
      // B-a48-14), whatever its shape: only the first member can be, as only it has no comma of the run before it.
      const start = found.index + found[0].length - bare.length;
      const before = text.slice(Math.max(0, start - OPENER_REACH), start);
      if (names.length > 2 && OPENER_END.test(lastWord(before)) && /^\s*,/.test(bare.slice(names[0]!.length)))
        names.shift();
      while (names.length > 2 && !personOrFullName(names[0]!, people)) names.shift();
      if (names.length < 2 || names.length > MAX_NAMES) continue;
      // Without an act to check ("they"), every name must be one of the people or a full name's shape ("Nina Ferrand",
      // opening the sentence, which the engine may not read as a person): "Scranton, and Clinton" is no pair.
      if (act === undefined && !names.every((name) => personOrFullName(name, people))) continue;
      const run = found[0].slice(found[0].indexOf(names[0]!));
      // With an act, the run must be its subject: the last name does it ("Ann Lee and Tom Reed signed").
      if (act !== undefined && !doesTheActIn(text, names.at(-1)!, act, voice)) continue;
      if (people.every((person) => names.some((name) => namesPerson(name, person)))) return run;
    }
  }
  return undefined;
}

/**
 * The run without the capitalised words before its first name that name no one ("The", "On Monday", "Outside"),
 * as the run ends it.
 */
function withoutOpeners(run: string): string {
  let from = 0;
  for (const word of eachMatch(WORD, run)) {
    from = word.index;
    if (!noName(word[0]) || from + word[0].length === run.length) break;
  }
  return run.slice(from);
}

/** A run's word with what sticks to it ("Monday,"), as a space ends it. */
const WORD = /\S+/g;

const noName = (word: string) => STOPWORDS.has(word.toLowerCase()) || NO_NAME.test(word) || OPENER_END.test(word);

/** The last word of a text, "the" set aside ("In the Oxley Meadows, …" ends its opener on "In"). */
function lastWord(text: string): string {
  const words = text.match(/[\p{L}'’-]+/gu) ?? [];
  const last = words.at(-1);
  return (last?.toLowerCase() === 'the' ? words.at(-2) : last) ?? '';
}

/** Whether a member of the run is one of the people or has a full name's shape. */
function personOrFullName(name: string, people: readonly string[]): boolean {
  return people.some((person) => namesPerson(name, person)) || fullName(name);
}

/** A given name and a surname, or three names: capitalised words none of which is a frame or time word. */
function fullName(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length >= 2 && words.length <= 3 && !words.some((w) => STOPWORDS.has(w.toLowerCase()) || NO_NAME.test(w))
  );
}

/** Whether one of the run's names is the person, by the full name or the surname as a word. */
function namesPerson(name: string, person: string): boolean {
  return name === person || new RegExp(`(?<![\\p{L}])${escapeRegExp(surname(person))}$`, 'u').test(name);
}

import { coordinatedGivenName } from './coordinated-names';
import { handFirstName } from './hand-first-name';
import { knownFirstName } from './known-first-name';
import { surname as nameSurname } from './mentions-entity';
import type { NameRun } from './name-runs';
import { notAPerson } from './not-a-person';
import { otherNamesake } from './other-namesake';
import { type PersonParse, parsePerson } from './parse-person';
import { pluralRoleWord } from './plural-role-head';
import type { Word } from './tokenize';

/**
 * "Khizr and Ghazala Khan": the run's parse is the second person; the given name before "and" with the
 * shared surname is the first ("Khizr Khan"), when the copy gives no sign it is a surname of its own.
 */
export function pairedParse(
  run: NameRun,
  parse: PersonParse,
  words: Word[],
  text: string,
  namedAlone: (name: string) => boolean,
  speaks = false,
): PersonParse | null {
  const and = run.words.findIndex((w) => w.text === 'and' || w.text === '&');
  const first = run.words[and - 1];
  if (and < 1 || run.words[and + 1]?.start !== parse.start || !parse.name.includes(' ') || first!.possessive)
    return null;
  const surname = nameSurname(parse.name);
  if (and >= 2) {
    const lead = run.words.slice(0, and);
    // The lead stands before "and": read as such ("Foreign Ministers Ruth Okonkwo" of "… and Carl Brandvik" is Ruth Okonkwo).
    const sub = { words: lead, start: lead[0]!.start, end: first!.end, ampersandAfter: true };
    const parsed = parsePerson(sub);
    // "Floridians Jeb Bush": a plural noun the run took in before the name is no part of it.
    const opener = parsed?.name.split(' ')[0] ?? '';
    const plural = /[^s]s$/.test(opener) && !handFirstName(opener);
    const whole =
      parsed && plural && parsed.name.split(' ').length > 2
        ? {
            ...parsed,
            name: parsed.name.slice(opener.length + 1),
            start: lead[lead.findIndex((w) => w.start === parsed.start) + 1]!.start,
          }
        : parsed;
    // "Jeb Bush and Marco Rubio" beside "George W. Bush": only here is the full name what tells the namesakes
    // apart (a lone Bush is found by its surname anyway).
    // "Generals Mark Milley and Tom Lutz": a title's plural opening the list makes its first full name a person too;
    // so does the copy naming it again by surname alone ("Hal Brody and Mia Quist were praised … Brody said"), or
    // a known given name opening both full names before a speech verb ("Lawmakers Anna Greer and Tom Halvorsen
    // said": no firm's name, and the pair's words are to be credited to both, joint-speaker.ts).
    if (
      whole?.name.includes(' ') &&
      whole.end === first!.end &&
      (pluralRoleWord(lead[0]!.text) ||
        otherNamesake(whole.name, text) ||
        namedAlone(whole.name) ||
        (speaks && givenNamesOpen(whole.name, parse.name))) &&
      !notAPerson(whole.name, whole.certain, sub, words)
    )
      return whole;
  }
  if (!coordinatedGivenName(first!.text, surname, run.words[and - 2]?.text, text)) return null;
  return {
    name: `${first!.text} ${surname}`,
    title: '',
    honorific: null,
    start: first!.start,
    end: first!.end,
    certain: false,
    possessive: false,
  };
}

/** Both names open on a first name of the tables ("Anna Greer" and "Tom Halvorsen"), as a firm's name does not. */
function givenNamesOpen(first: string, second: string): boolean {
  return [first, second].every((name) => knownFirstName(name.split(' ')[0]!));
}

import { eachMatch } from './each-match';
import { knownFirstName } from './known-first-name';
import type { PersonParse } from './parse-person';

/** The honorifics British style puts before a GIVEN name on later mentions: "Sir Keir", "Dame Judi". */
const GIVEN_NAME_HONORIFIC = /^(?:Sir|Dame)$/;
/**
 * A peer's title takes a surname or a title ("Lord Sugar", "Lady Thatcher") and a given name only in courtesy use
 * ("Lady Hermione", "Lord Rupert"): after these a lone word is read as a given name only when the copy writes exactly
 * one full name with it after the same title ("Lady Hermione Cathcart") and never uses the word as a surname.
 */
const COURTESY_HONORIFIC = /^(?:Lord|Lady)$/;

/**
 * "Sir Alfred" ("Lord Rupert") as `knightGivenName` leaves a given name when two full names or none fit it: who is who lists
 * the name with its title, as the quote's speaker is printed, not a bare "Alfred" read as a surname (review s35
 * B-sir36-1). Null for any other name.
 */
export function knightUnresolved(name: string): string | null {
  return /^(?:Sir|Dame|Lord|Lady) \S+$/.test(name) ? name : null;
}

/**
 * "Sir Keir Starmer visited Leeds … Sir Keir said": after "Sir"/"Dame" a lone word is the knight's given name,
 * not a surname, so it is the person the copy named in full with that given name ("Keir Starmer"). Two full
 * names with that given name ("Sir John Major", "Sir John Curtice") or none keep the title ("Sir John"), as a
 * bare "John" would read as a surname; a word the copy uses as a surname ("Sir Starmer", a slip) stays one.
 * "Lady Hermione Cathcart … Lady Hermione said" is Hermione Cathcart the same way (`COURTESY_HONORIFIC`), never
 * "Lord Sugar". Rewrites the parses in place, once per article: one pass to collect full names, one to rewrite.
 */
export function knightGivenName(candidates: Array<{ parse: PersonParse; text?: string }>): void {
  const written = titledSurnamesWritten(candidates);
  const fullByGiven = new Map<string, Set<string>>();
  // The full names the copy writes after a peer's title, by title and given name: "Lady Hermione" → its full names.
  const titledByGiven = new Map<string, Set<string>>();
  const surnames = new Set<string>();
  for (const { parse } of candidates) {
    const words = parse.name.split(' ');
    if (words.length < 2) continue;
    surnames.add(words.at(-1)!);
    add(fullByGiven, words[0]!, parse.name);
    if (parse.honorific && COURTESY_HONORIFIC.test(parse.honorific))
      add(titledByGiven, `${parse.honorific} ${words[0]}`, parse.name);
  }
  for (const c of candidates) {
    const { name, honorific } = c.parse;
    if (!honorific || name.includes(' ')) continue;
    // Two full names after this title and given name in the copy ("Dame Judi Dench and Dame Judi Lowe", the second
    // one lost to the people index as part of a list): which one is meant cannot be told.
    const ambiguous = (written.get(`${honorific} ${name}`)?.size ?? 0) > 1;
    if (COURTESY_HONORIFIC.test(honorific)) {
      const titled = titledByGiven.get(`${honorific} ${name}`);
      if (!ambiguous && titled?.size === 1 && fullByGiven.get(name)?.size === 1 && !surnames.has(name))
        c.parse = { ...c.parse, name: [...titled][0]!, certain: true };
      // The courtesy reading failed for a word that is a given name and no surname here ("Lord Rupert" alone, one of
      // two Lady Hermiones): the title stays, as with "Sir John", for a bare "Rupert" reads as a surname.
      else if (knownFirstName(name) && !surnames.has(name)) c.parse = { ...c.parse, name: `${honorific} ${name}` };
      continue;
    }
    if (!GIVEN_NAME_HONORIFIC.test(honorific)) continue;
    const full = fullByGiven.get(name);
    if (full?.size === 1 && !ambiguous) c.parse = { ...c.parse, name: [...full][0]!, certain: true };
    else if (!surnames.has(name)) c.parse = { ...c.parse, name: `${honorific} ${name}` };
  }
}

/** Adds a name to a key's set. */
function add(map: Map<string, Set<string>>, key: string, name: string): void {
  const names = map.get(key) ?? new Set<string>();
  names.add(name);
  map.set(key, names);
}

/** "Sir/Dame/Lord/Lady <Given> <Surname>" as the copy writes it: a title and a given name → the surnames after them. */
const TITLED_FULL_NAME = /\b(Sir|Dame|Lord|Lady) (\p{Lu}[\p{L}'’-]*) (\p{Lu}[\p{L}-]*)/gu;

/**
 * The surnames the copy writes after each title and given name, read from the candidates' sentences (each once):
 * the people index may miss a name inside a list, and a count of full names taken from it alone would call one
 * of two Dame Judis the only one.
 */
function titledSurnamesWritten(candidates: Array<{ text?: string }>): Map<string, Set<string>> {
  const bySentence = new Set<string>();
  const written = new Map<string, Set<string>>();
  for (const { text } of candidates) {
    if (text === undefined || bySentence.has(text)) continue;
    bySentence.add(text);
    for (const m of eachMatch(TITLED_FULL_NAME, text)) add(written, `${m[1]} ${m[2]}`, m[3]!);
  }
  return written;
}

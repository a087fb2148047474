import { agentNoun } from './agent-noun';
import { escapeRegExp } from './escape-reg-exp';
import { handFirstName } from './hand-first-name';
import { WORD_EDGE } from './latin-letters';
import { isListedFirstName } from './listed-first-name';
import type { PersonParse } from './parse-person';
import { pluralRoleWord } from './plural-role-head';
import { pronounAfterSurname } from './pronoun-after-surname';

/**
 * "Warner Brothers", "United Mine Workers", "Big Sisters": a role noun's plural ending a name of two or more words
 * names a firm, a union or a charity by its form, never one person. Not after an honorific ("Dr. Lena Brothers"),
 * and not when the copy goes on to name the last word alone as news style names a person on second mention
 * ("Fiona Deans … Ms Deans said"): `namedAlone` is the people index's reading of that (lead-named-alone.ts); nor when
 * the copy gives the name a person's role ("Dottie Deans, the chairwoman of the Vermont Democratic Party,"), read
 * only for such a name (`hasRole`, person-roles.ts); nor when a person's evidence stands in the copy: a given name of
 * our hand tables ("Sarah Judges"), or of stdlib's lists unless the copy treats the name as a body ("Siobhan
 * Drivers", not "Warner Brothers … its film", review s46 B-r46-5); a person's noun set after it ("Kwame Bishops, a
 * pensioner,"); or the last word alone with "he" or "she" after it in its sentence ("Judges said he would vote no"; a
 * body is "it" or "they").
 */
export function pluralBodyName(
  parse: PersonParse,
  namedAlone: (name: string) => boolean,
  hasRole: () => boolean,
  copy: string,
  memo: Map<string, boolean>,
): boolean {
  const space = parse.name.lastIndexOf(' ');
  const last = parse.name.slice(space + 1);
  return (
    space > 0 &&
    parse.honorific === null &&
    pluralRoleWord(last) &&
    !givenName(parse.name.slice(0, parse.name.indexOf(' ')), parse.name, copy, memo) &&
    !namedAlone(parse.name) &&
    !hasRole() &&
    !once(`apposed ${parse.name}`, memo, () => personNoun(apposedHead(parse.name, copy) ?? '')) &&
    !aloneWithPronoun(last, parse.name.slice(0, space), copy, memo)
  );
}

/**
 * A given name of the hand tables, or of stdlib's longer lists, which also hold words that open a firm's name
 * ("Warner", "Royal"): those count only where the copy does not write the name as a body's, "the Warner Brothers",
 * the name followed by "its" in its sentence, or set beside a noun no person is ("Warner Brothers, a film studio").
 */
function givenName(first: string, name: string, copy: string, memo: Map<string, boolean>): boolean {
  if (handFirstName(first)) return true;
  return isListedFirstName(first) && !once(`body ${name}`, memo, () => writtenAsBody(name, copy));
}

function writtenAsBody(name: string, copy: string): boolean {
  const n = escapeRegExp(name);
  if (
    new RegExp(`\\bthe\\s+${n}${WORD_EDGE}|${WORD_EDGE}${n}${WORD_EDGE}[^.!?"“”]{0,80}${WORD_EDGE}its\\b`, 'iu').test(
      copy,
    )
  )
    return true;
  const head = apposedHead(name, copy);
  return head !== undefined && !personNoun(head);
}

/** Where a noun phrase's head ends: "a mother of two", "a teacher from Kelby", "a builder who …". */
const AFTER_HEAD = /^(?:of|at|for|from|in|on|with|who|whose|and|or|said|says|told)$/;

/** The head of "a/an …" set right after the name: "Siobhan Drivers, a neighbour" → "neighbour". */
function apposedHead(name: string, copy: string): string | undefined {
  const m = new RegExp(`${WORD_EDGE}${escapeRegExp(name)},\\s+an?\\s+((?:[a-z-]+\\s+){0,3}[a-z-]+)`, 'u').exec(copy);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && AFTER_HEAD.test(w));
  return (cut > 0 ? words.slice(0, cut) : words).pop()!;
}

/** A noun for what a person does or is, by the agent-noun endings (British "-our" as the American "-or" they list). */
function personNoun(head: string): boolean {
  return agentNoun(head) || (head.endsWith('our') && agentNoun(`${head.slice(0, -3)}or`));
}

/** A reading of the copy done once a name (`memo`), so a roster of such names repeated stays linear. */
function once(key: string, memo: Map<string, boolean>, read: () => boolean): boolean {
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = read();
  memo.set(key, found);
  return found;
}

/**
 * The last word standing alone, not after the rest of the name, with "he" or "she" after it in its clause
 * (pronoun-after-surname.ts, the reading the who-is-who's person evidence makes too): read once
 * a name per copy (`memo`), so a roster of such names repeated stays linear.
 */
function aloneWithPronoun(last: string, lead: string, copy: string, memo: Map<string, boolean>): boolean {
  const key = `${lead} ${last}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const found = pronounAfterSurname(key, last, copy, false);
  memo.set(key, found);
  return found;
}

import { LATIN_LETTERS } from './latin-letters';

/**
 * A bracket right after a name that only tags the name: a nickname ("Ram Kumari Shrestha (Rami)") or a party tag
 * ("Sen. Roy Ellery (R-Mont.)", "(D)"). Read as a clause boundary, it cut the name from the appositive after it, so
 * "Tapiwa Ncube (Tapi), a Labour member of the board, said" had the appositive speak and the person lose the role
 * (audit 62, B-a62-9). The bracket's words are one or two capitalised words, or a party letter with a state.
 */
const NICK_WORD = `[A-Z${LATIN_LETTERS}][a-z${LATIN_LETTERS}'’-]+`;
const PARTY_TAG = '[DRI](?:-[A-Z][A-Za-z.]{0,6}(?: ?[A-Z][A-Za-z.]{0,6})?)?';
/** The bracket, as a RegExp source (the name's appositions read past it: role-apposition.ts, role-of.ts). */
export const NAME_BRACKET = `\\((?:${NICK_WORD}(?: ${NICK_WORD})?|${PARTY_TAG})\\)`;
const TAG = new RegExp(`^${NAME_BRACKET}`);
/** The name's last word right before the bracket: capitalised, one space between. */
const NAME_BEFORE = /\p{Lu}[\p{L}'’.-]*\s$/u;

/** The end of a name's tagging bracket opening at `open` in `text` (just past ")"), or -1. */
export function nameBracket(text: string, open: number): number {
  if (text[open] !== '(' || !NAME_BEFORE.test(text.slice(Math.max(0, open - 30), open))) return -1;
  const tag = TAG.exec(text.slice(open, open + 24));
  return tag ? open + tag[0].length : -1;
}

/** Where the text goes on after a name ending at `end`: past a tagging bracket one space after it, if any. */
export function pastNameBracket(text: string, end: number): number {
  if (text[end] !== ' ' || text[end + 1] !== '(') return end;
  const close = nameBracket(text, end + 1);
  return close < 0 ? end : close;
}

import { nameBracket } from './name-bracket';
import type { PersonParse } from './parse-person';

/** A one-word nickname, the bracket's whole content. */
const ONE_WORD = /^\((\p{Lu}\p{Ll}[^\s()]*)\)$/u;

/**
 * "Ram Kumari Shrestha (Rami), chair of Ward 25, … Meanwhile, Rami said": a one-word nickname in brackets right after
 * a full name is the alias the copy goes on to use, which the people index, keyed by the last word, read as a second
 * person (audit 62, B-a62-9). A lone, untitled mention of that word becomes the full name, as a given name used later
 * does (given-name-later.ts). `text` is the candidate's sentence, the parse's offsets inside it. Rewrites in place.
 */
export function bracketedNickname<C extends { parse: PersonParse; text: string }>(candidates: C[]): void {
  const fullByNick = new Map<string, string>();
  for (const { parse, text } of candidates) {
    if (!parse.name.includes(' ') || parse.possessive || text[parse.end] !== ' ') continue;
    const close = nameBracket(text, parse.end + 1);
    const nick = close < 0 ? null : ONE_WORD.exec(text.slice(parse.end + 1, close))?.[1];
    // One alias per word: a nickname two people share in one article names neither.
    if (nick) fullByNick.set(nick, fullByNick.has(nick) && fullByNick.get(nick) !== parse.name ? '' : parse.name);
  }
  if (fullByNick.size === 0) return;
  for (const c of candidates) {
    const full = fullByNick.get(c.parse.name);
    if (full && !c.parse.honorific && c.parse.title === '') c.parse = { ...c.parse, name: full };
  }
}

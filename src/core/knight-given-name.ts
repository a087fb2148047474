import type { PersonParse } from './parse-person';

/** The honorifics British style puts before a GIVEN name on later mentions: "Sir Keir", "Dame Judi". */
const GIVEN_NAME_HONORIFIC = /^(?:Sir|Dame)$/;

/**
 * "Sir Keir Starmer visited Leeds … Sir Keir said": after "Sir"/"Dame" a lone word is the knight's given name,
 * not a surname, so it is the person the copy named in full with that given name ("Keir Starmer"). Two full
 * names with that given name ("Sir John Major", "Sir John Curtice") or none keep the title ("Sir John"), as a
 * bare "John" would read as a surname; a word the copy uses as a surname ("Sir Starmer", a slip) stays one.
 * Rewrites the parses in place, once per article: one pass to collect full names, one to rewrite.
 */
export function knightGivenName(candidates: Array<{ parse: PersonParse }>): void {
  const fullByGiven = new Map<string, Set<string>>();
  const surnames = new Set<string>();
  for (const { parse } of candidates) {
    const words = parse.name.split(' ');
    if (words.length < 2) continue;
    surnames.add(words.at(-1)!);
    const names = fullByGiven.get(words[0]!) ?? new Set<string>();
    names.add(parse.name);
    fullByGiven.set(words[0]!, names);
  }
  for (const c of candidates) {
    const { name, honorific } = c.parse;
    if (!honorific || !GIVEN_NAME_HONORIFIC.test(honorific) || name.includes(' ')) continue;
    const full = fullByGiven.get(name);
    if (full?.size === 1) c.parse = { ...c.parse, name: [...full][0]!, certain: true };
    else if (!surnames.has(name)) c.parse = { ...c.parse, name: `${honorific} ${name}` };
  }
}

import { HONORIFICS } from './honorifics';
import { knownFirstName } from './known-first-name';
import type { PersonParse } from './parse-person';

/**
 * "Mr Goh Kian Seng, 52, a taxi driver … said Mr Goh": a name written surname first (Chinese, Korean, Hungarian
 * style) is later titled by its FIRST word, which the people index, keyed by the last word, reads as a second person
 * "Goh". The copy itself shows the order: a titled lone word that opens exactly one full name and closes none ("Mr
 * Kevin Goh … Mr Goh" closes one and keeps the surname reading), and is no known given name unless the full name has
 * three words. Then the lone mention is that full name, as
 * knight-given-name.ts does for "Sir Keir". An honorific of the other sex ("Mrs Goh" beside "Mr Goh Kian Seng", his
 * wife) is not him. Rewrites the parses in place, once per article.
 */
export function surnameFirstName(candidates: Array<{ parse: PersonParse }>): void {
  const fullByFirst = new Map<string, Set<string>>();
  const lastWords = new Set<string>();
  const sexes = new Map<string, Set<string>>();
  for (const { parse } of candidates) {
    const words = parse.name.split(' ');
    if (words.length < 2) continue;
    lastWords.add(words.at(-1)!);
    const names = fullByFirst.get(words[0]!) ?? new Set<string>();
    names.add(parse.name);
    fullByFirst.set(words[0]!, names);
    const sex = parse.honorific ? HONORIFICS.get(parse.honorific) : null;
    if (sex) sexes.set(parse.name, (sexes.get(parse.name) ?? new Set<string>()).add(sex));
  }
  for (const c of candidates) {
    const { name, honorific, certain } = c.parse;
    if (!certain || name.includes(' ') || lastWords.has(name)) continue;
    const full = fullByFirst.get(name);
    if (full?.size !== 1) continue;
    const whole = [...full][0]!;
    // "Alfred Pennington … Mr Alfred": a known given name after "Mr" is another man's surname; a surname-first name of
    // three words ("Lee Chee Keong … Prof Lee") shows its order by its shape.
    if (knownFirstName(name) && whole.split(' ').length < 3) continue;
    const sex = honorific ? HONORIFICS.get(honorific) : null;
    if (sex && [...(sexes.get(whole) ?? [])].some((s) => s !== sex)) continue;
    c.parse = { ...c.parse, name: whole };
  }
}

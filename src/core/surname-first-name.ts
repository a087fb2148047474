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
 * wife) is not him. An untitled lone word is read the same way once one of its mentions is titled or is a clause's
 * subject ("Chief Cabinet Secretary Hayashida Kenji said … Hayashida declined": audit 53, B-a53-12), every lone
 * mention of it then: the copy's order says whose name it is, as the title does, and a subject says it names a
 * person, not a place that opens someone's name ("in Kenya" beside "Kenya Barris"). An untitled lone subject is read so
 * when a title or a role the copy gives the full name shows it is a person's ("Zhou Minghui, a research fellow …"). Rewrites the parses in place,
 * once per article.
 */
export function surnameFirstName<C extends { parse: PersonParse }>(
  candidates: C[],
  subject: (c: C) => boolean,
  roled: (c: C) => boolean,
): void {
  const fullByFirst = new Map<string, Set<string>>();
  const lastWords = new Set<string>();
  const sexes = new Map<string, Set<string>>();
  // Full names a title or a role shows are a person's ("Trade Minister Fujimoto Haruki"; "Pernod Ricard" is none).
  const certainFull = new Set<string>();
  for (const { parse } of candidates) {
    const words = parse.name.split(' ');
    if (words.length < 2) continue;
    lastWords.add(words.at(-1)!);
    if (parse.certain) certainFull.add(parse.name);
    const names = fullByFirst.get(words[0]!) ?? new Set<string>();
    names.add(parse.name);
    fullByFirst.set(words[0]!, names);
    const sex = parse.honorific ? HONORIFICS.get(parse.honorific) : null;
    if (sex) sexes.set(parse.name, (sexes.get(parse.name) ?? new Set<string>()).add(sex));
  }
  // Lone words a title or a subject shows are a person's, whether one is titled, and the sexes their honorifics give
  // ("Mr Goh", "Mrs Goh").
  const standsAlone = new Map<string, { titled: boolean; sexes: Set<string> }>();
  for (const c of candidates) {
    const { name, honorific, certain } = c.parse;
    if (name.includes(' ') || !(certain || subject(c))) continue;
    const sex = honorific ? HONORIFICS.get(honorific) : null;
    const seen = standsAlone.get(name) ?? { titled: false, sexes: new Set<string>() };
    if (sex) seen.sexes.add(sex);
    standsAlone.set(name, { titled: seen.titled || certain, sexes: seen.sexes });
  }
  for (const c of candidates) {
    const { name, honorific } = c.parse;
    const lone = standsAlone.get(name);
    if (!lone || name.includes(' ') || lastWords.has(name)) continue;
    const full = fullByFirst.get(name);
    if (full?.size !== 1) continue;
    const whole = [...full][0]!;
    // Never titled alone, the word is that name only when the name is a titled person's, or one the copy gives a role
    // ("Li Guoqiang, vice minister of water resources, … Li said": audit 57, B-a57-14): "Pernod said" is the firm's.
    if (!lone.titled && !certainFull.has(whole) && !candidates.some((o) => o.parse.name === whole && roled(o)))
      continue;
    // "Alfred Pennington … Mr Alfred": a known given name after "Mr" is another man's surname; a surname-first name of
    // three words ("Lee Chee Keong … Prof Lee") shows its order by its shape.
    if (knownFirstName(name) && whole.split(' ').length < 3) continue;
    const sex = honorific ? HONORIFICS.get(honorific) : null;
    // Untitled, the lone word is every sex its titled mentions give: beside "Mrs Goh", a bare "Goh" may be her.
    const own = honorific ? (sex ? [sex] : []) : [...lone.sexes];
    if (own.some((o) => [...(sexes.get(whole) ?? [])].some((s) => s !== o))) continue;
    c.parse = { ...c.parse, name: whole };
  }
}

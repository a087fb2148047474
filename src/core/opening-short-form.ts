import { generationalSuffix } from './generational-suffix';
import { knownFirstName } from './known-first-name';
import type { PersonParse } from './parse-person';

/**
 * "Ratu Ilai Kubu said … "We cannot wait," Ratu Ilai said": a two-word name written after, and only as the opening of,
 * one longer name the copy gave before is that person's short form ("<Title> <Given>" where the copy's styles name
 * people by title and given name, audit 60's B-a60-12), not a second person. No list of titles: the copy's own use of
 * the two words as the longer name's opening is the evidence. Two longer names opening alike ("John Paul Jones",
 * "John Paul Getty") leave it alone, and so does a generational suffix: "Dale Ruddock Jr." is not his father "Dale Ruddock".
 * A name of four words or more whose first word is no known given name ("Datuk Ahmad Faizal Hashim": a form of address
 * no hand table holds) opens with its second and third words too: Malay names have no surname, and the copy's short
 * form is the leading given names ("Ahmad Faizal said", audit 61's B-a61-11). Rewrites the parses in place.
 */
export function openingShortForm<C extends { parse: PersonParse }>(candidates: C[]): void {
  const longer = new Map<string, Set<string>>();
  const firstAt = new Map<string, number>();
  candidates.forEach(({ parse }, at) => {
    const words = parse.name.split(' ');
    if (words.length < 3 || generationalSuffix(parse.name)) return;
    const openings = [words.slice(0, 2).join(' ')];
    if (words.length >= 4 && !knownFirstName(words[0]!)) openings.push(words.slice(1, 3).join(' '));
    for (const opening of openings) {
      longer.set(opening, (longer.get(opening) ?? new Set<string>()).add(parse.name));
      if (!firstAt.has(opening)) firstAt.set(opening, at);
    }
  });
  candidates.forEach((c, at) => {
    const { name } = c.parse;
    const names = longer.get(name);
    if (names?.size !== 1 || name.split(' ').length !== 2 || firstAt.get(name)! >= at) return;
    c.parse = { ...c.parse, name: [...names][0]! };
  });
}

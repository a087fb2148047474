import { givenAfterSurname } from './given-after-surname';
import type { PersonParse } from './parse-person';

/**
 * "Vice Minister of Harbours and Fisheries Park Ji-hoon": a parse that kept a long title, with a lower-case "of" or
 * "and" inside, before a family name and a hyphenated given name whose second part is lower-case ("Park Ji-hoon",
 * given-after-surname.ts) is the last two words, the rest its title, so the later "Park" can find him (audit 55
 * B-a55-2). "Rosanna Fung Hoi-yan" (a given name before, no lower-case word) and every other parse stay as they are.
 */
export function familyFirstName(parse: PersonParse | null): PersonParse | null {
  if (parse === null) return null;
  const words = parse.name.split(' ');
  if (words.length < 3 || !givenAfterSurname(words)) return parse;
  const name = words.slice(-2).join(' ');
  const lead = words.slice(0, -2).join(' ');
  if (!/\s(?:of|and)\s/.test(` ${parse.title} ${lead} `)) return parse;
  return {
    ...parse,
    name,
    title: [parse.title, lead].filter((t) => t !== '').join(' '),
    start: parse.end - name.length,
    certain: true,
  };
}

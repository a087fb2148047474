import type { PersonParse } from './parse-person';
import data from './post-nominal-titles.json' with { type: 'json' };

/** Titles written after a name, as WordNet glosses them (src/train/build-post-nominal-titles.ts): "Sahib", "Esq". */
const TITLES: ReadonlySet<string> = new Set(data.split(' '));

const titleWord = (word: string): boolean => /^\p{Lu}/u.test(word) && TITLES.has(word.toLowerCase().replace(/\.$/, ''));

/**
 * "Punjab Information Minister Chaudhry Naveed Akhtar … Chaudhry Sahib said": a title that follows a name is respect,
 * not a surname, so "Chaudhry Sahib" is no second person (audit 53, B-a53-3). The word before the title is the name
 * the copy calls him by: the one full name the copy writes that opens or closes with it ("Mian Sahib" is Mian Faisal
 * Rehman); with none or two, which person is meant cannot be told and the parse is left as written. A longer name
 * before the title ("John Carr Esq") is that name. Rewrites the parses in place, once per article, before
 * surname-first-name.ts reads the lone words.
 */
export function postNominalTitle(candidates: Array<{ parse: PersonParse }>): void {
  const fullNames = new Set<string>();
  for (const { parse } of candidates) {
    const words = parse.name.split(' ');
    if (words.length > 1 && !titleWord(words.at(-1)!)) fullNames.add(parse.name);
  }
  for (const c of candidates) {
    const words = c.parse.name.split(' ');
    if (words.length < 2 || !titleWord(words.at(-1)!)) continue;
    const name = words.slice(0, -1);
    if (name.length > 1) {
      c.parse = { ...c.parse, name: name.join(' '), certain: true };
      continue;
    }
    const fits = [...fullNames].filter((n) => n.startsWith(`${name[0]} `) || n.endsWith(` ${name[0]}`));
    if (fits.length === 1) c.parse = { ...c.parse, name: fits[0]!, certain: true };
  }
}

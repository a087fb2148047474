import { hasLiteralMatch, literalPattern } from './literal-matches';
import type { PersonParse } from './parse-person';
import { surnameAsPerson } from './surname-as-person';

/** The word written in lower case anywhere in the copy ("will", "hope"): then it is no name the copy leans on. */
const LOWER = literalPattern('\\b', '\\b');
/** "said Nazmul, 44.": an age set after the word, which only a person has. */
const AGED = literalPattern('\\b', ',\\s+\\d{1,3}(?=[,.])');

/**
 * "Marisol Ybarra moved back … When Marisol measured it … 'It was gone,' Marisol said": long-form copy names a
 * person by the GIVEN name once it has introduced them, which the people index, keyed by the last word, reads as a
 * second person "Marisol" (audit 56 B-a56-11). A lone, untitled word is the full name the copy wrote before it when:
 * every full name it opens shares one surname ("Hillary Clinton", "Hillary Rodham Clinton") and no one else bears
 * that surname (in a family's story "Donald" and "Freddy" tell the Trumps apart, and the namesake reader does that);
 * the word is no one's later name word (a surname or a middle name: "Owen" beside "Rhys Owen" is his); the copy never
 * writes it in lower case; one of its lone mentions stands as a person (a clause's subject or a speaker); and the
 * copy treats the word or the full name as a person's ("he"/"she" after it, surname-as-person.ts, an age after the
 * word as in "said Nazmul, 44" (audit 58 B-a58-12), or opening the sentence after the introduction): a firm or a place a name opens ("Ford" beside "Ford Motor") is none of these. A
 * titled lone word ("Mr Owen") is a surname and stays one. Rewrites the parses in place, once per article.
 */
export function givenNameLater<C extends { parse: PersonParse }>(
  candidates: C[],
  standsAsPerson: (c: C) => boolean,
  sentences: readonly string[],
): void {
  // Each first word's full names' surnames, each surname's first words, and where each first word is introduced.
  const surnamesByFirst = new Map<string, Set<string>>();
  const firstsBySurname = new Map<string, Set<string>>();
  const introducedAt = new Map<string, number>();
  const laterWords = new Set<string>();
  candidates.forEach(({ parse }, at) => {
    const words = parse.name.split(' ');
    if (words.length < 2) return;
    const [first, last] = [words[0]!, words.at(-1)!];
    for (const w of words.slice(1)) laterWords.add(w);
    surnamesByFirst.set(first, (surnamesByFirst.get(first) ?? new Set<string>()).add(last));
    firstsBySurname.set(last, (firstsBySurname.get(last) ?? new Set<string>()).add(first));
    if (!introducedAt.has(first)) introducedAt.set(first, at);
  });
  const lone = (c: C, at: number): boolean => {
    const { name, honorific, title } = c.parse;
    return !name.includes(' ') && !honorific && title === '' && introducedAt.get(name)! < at;
  };
  const wholeOf = (first: string): string =>
    candidates.find(({ parse }) => parse.name.startsWith(`${first} `))!.parse.name;
  const fits = new Map<string, boolean>();
  const fitting = (name: string): boolean => {
    let fit = fits.get(name);
    if (fit === undefined) {
      const surnames = surnamesByFirst.get(name);
      const surname = surnames?.size === 1 ? [...surnames][0]! : null;
      fit =
        !!surname &&
        firstsBySurname.get(surname)!.size === 1 &&
        !laterWords.has(name) &&
        !hasLiteralMatch(sentences.join(' '), name.toLowerCase(), LOWER) &&
        candidates.some((c, at) => c.parse.name === name && lone(c, at) && standsAsPerson(c)) &&
        (surnameAsPerson(name, sentences) ||
          hasLiteralMatch(sentences.join(' '), name, AGED) ||
          surnameAsPerson(surname, sentences) ||
          pronounAfter(wholeOf(name), sentences));
      fits.set(name, fit);
    }
    return fit;
  };
  candidates.forEach((c, at) => {
    if (lone(c, at) && fitting(c.parse.name)) c.parse = { ...c.parse, name: wholeOf(c.parse.name) };
  });
}

/** "Owen Hartigan does not agree. He is …": "he"/"she" after the full name in its sentence, or opening the next. */
function pronounAfter(full: string, sentences: readonly string[]): boolean {
  const at = sentences.findIndex((s) => s.includes(full));
  if (at < 0) return false;
  const rest = sentences[at]!.slice(sentences[at]!.indexOf(full) + full.length);
  return /\b(?:he|she)\b/.test(rest) || /^["“]?(?:He|She)\b/.test(sentences[at + 1] ?? '');
}

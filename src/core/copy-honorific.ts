import { escapeRegExp } from './escape-reg-exp';
import { knownFirstName } from './known-first-name';

/** The words written right after each mention of `word`; null when one is no capitalised word (a lower-case word, a stop). */
function wordsAfter(word: string, text: string): string[] | null {
  const after: string[] = [];
  for (const m of text.matchAll(
    new RegExp(`(?<![\\p{L}\\p{M}'’-])${escapeRegExp(word)}(?![\\p{L}\\p{M}'’-])(\\s+\\S+)?`, 'gu'),
  )) {
    const next = m[1]?.trim() ?? '';
    if (!/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(next)) return null;
    after.push(next);
  }
  return after;
}

/**
 * "Bapak Made Suardana … Bapak Suardana said … Bapak Wayan Sudiarta", "Datuk Seri Ahmad Zaki … Datuk Lim Keng": a
 * form of address in a language no hand table holds ("Bapak", "Perit", "Datuk Seri") is learnt from the copy, not
 * listed. A word opening a person's name is one when the copy only ever writes it before a capitalised word (never as
 * a surname: "Wang said"), it is no known given name ("Donald Trump … Donald J. Trump"), and it stands before two
 * people's different surnames, each written with a given name between, or before one person's surname alone. A second word written only right after such a
 * word, always before a capitalised one, before a name of two words or more ("Seri" in "Datuk Seri Ahmad Zaki"), is
 * part of the form. Returns the name without the form of address (the name itself when it has none).
 */
export function copyHonorific(personNames: readonly string[], text: string): (name: string) => string {
  const runs = personNames.map((n) => n.split(/\s+/)).filter((w) => w.length >= 2);
  const surnames = new Set(runs.map((w) => w[w.length - 1]!));
  const firsts = new Set<string>();
  const read = new Set<string>();
  for (const words of runs) {
    const first = words[0]!;
    if (read.has(first)) continue;
    read.add(first);
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || knownFirstName(first) || surnames.has(first)) continue;
    const after = wordsAfter(first, text);
    if (!after || new Set(after).size < 2) continue;
    // Each a given name and a surname after it: "Jeb Bush" beside a slogan "Jeb Can Fix It" is no two people addressed.
    const named = runs.filter((w) => w[0] === first && w.length >= 3);
    const lasts = new Set(named.map((w) => w[w.length - 1]!));
    const surnameAlone = after.some((a) => named.some((w) => w[w.length - 1] === a));
    if (lasts.size >= 2 || surnameAlone) firsts.add(first);
  }
  const seconds = new Set<string>();
  for (const words of runs) {
    const [first, second] = words;
    if (!firsts.has(first!) || words.length < 4 || seconds.has(second!) || knownFirstName(second!)) continue;
    const before = text.match(new RegExp(`\\S+(?=\\s+${escapeRegExp(second!)}(?![\\p{L}\\p{M}'’-]))`, 'gu')) ?? [];
    if (before.every((b) => b === first) && wordsAfter(second!, text)) seconds.add(second!);
  }
  return (name: string): string => {
    const words = name.split(/\s+/);
    let cut = words.length > 1 && firsts.has(words[0]!) ? 1 : 0;
    if (cut && words.length > 2 && seconds.has(words[1]!)) cut = 2;
    return words.slice(cut).join(' ');
  };
}

import { knownFirstName } from './known-first-name';

/** A capitalised word, with the token before it and the one after it (the lookarounds leave both to be read again). */
const CAPITALISED = /(?<=(?:^|(\S+)\s+))(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*)(?![\p{L}\p{M}'’-])(?=(\s+\S+)?)/gu;

/**
 * For each capitalised word of the copy, the words written right after each mention (null when one is no capitalised
 * word: a lower-case word, a stop) and the tokens right before: one pass over the copy, so a roster of a thousand
 * names is not read once per name.
 */
function neighbours(text: string): Map<string, { after: string[] | null; before: string[] }> {
  const found = new Map<string, { after: string[] | null; before: string[] }>();
  for (const m of text.matchAll(CAPITALISED)) {
    const entry = found.get(m[2]!) ?? { after: [], before: [] };
    found.set(m[2]!, entry);
    entry.before.push(m[1] ?? '');
    const next = m[3]?.trim() ?? '';
    if (entry.after && /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(next)) entry.after.push(next);
    else entry.after = null;
  }
  return found;
}

/**
 * "Bapak Made Suardana … Bapak Suardana said … Bapak Wayan Sudiarta", "Datuk Seri Ahmad Zaki … Datuk Lim Keng": a
 * form of address in a language no hand table holds ("Bapak", "Perit", "Datuk Seri") is learnt from the copy, not
 * listed. A word opening a person's name is one when the copy only ever writes it before a capitalised word (never as
 * a surname: "Wang said"), it is no known given name ("Donald Trump … Donald J. Trump"), and it stands before two
 * people's different surnames, each written with a given name between. Before one person's surname alone is no
 * evidence: that is how a given name behaves ("Uhuru Muigai Kenyatta … Uhuru Kenyatta"). A second word written only right after such a
 * word, always before a capitalised one, before a name of two words or more ("Seri" in "Datuk Seri Ahmad Zaki"), is
 * part of the form. Returns the name without the form of address (the name itself when it has none).
 */
export function copyHonorific(personNames: readonly string[], text: string): (name: string) => string {
  const runs = personNames.map((n) => n.split(/\s+/)).filter((w) => w.length >= 2);
  const surnames = new Set(runs.map((w) => w[w.length - 1]!));
  const around = neighbours(text);
  const firsts = new Set<string>();
  const read = new Set<string>();
  for (const words of runs) {
    const first = words[0]!;
    if (read.has(first)) continue;
    read.add(first);
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || knownFirstName(first) || surnames.has(first)) continue;
    const after = around.get(first)?.after;
    if (!after || new Set(after).size < 2) continue;
    // Each a given name and a surname after it: "Jeb Bush" beside a slogan "Jeb Can Fix It" is no two people addressed.
    const named = runs.filter((w) => w[0] === first && w.length >= 3);
    const lasts = new Set(named.map((w) => w[w.length - 1]!));
    if (lasts.size >= 2) firsts.add(first);
  }
  const seconds = new Set<string>();
  for (const words of runs) {
    const [first, second] = words;
    if (!firsts.has(first!) || words.length < 4 || seconds.has(second!) || knownFirstName(second!)) continue;
    const spots = around.get(second!);
    if (spots?.after && spots.before.every((b) => b === first)) seconds.add(second!);
  }
  return (name: string): string => {
    const words = name.split(/\s+/);
    let cut = words.length > 1 && firsts.has(words[0]!) ? 1 : 0;
    if (cut && words.length > 2 && seconds.has(words[1]!)) cut = 2;
    return words.slice(cut).join(' ');
  };
}

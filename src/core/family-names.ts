import { escapeRegExp } from './escape-reg-exp';
import { FEMALE_NAMES, MALE_NAMES } from './first-names';
import { HONORIFICS } from './honorifics';
import { surname } from './mentions-entity';
import { TITLE_WORDS } from './split-title';

const known = (word: string): boolean => MALE_NAMES.has(word) || FEMALE_NAMES.has(word);

/**
 * How the copy writes the word, by the capitalised word before it: alone (none before it, or a title or an
 * honorific: "Xi said", "President Xi"), titled (a title before it, alone or not), after a known given name ("Donald Trump"), or not alone at
 * all. A word run on into a capitalised or a particle's word ("Xi Jinping", "Bashar al-Assad", "Bill de Blasio") is part of
 * a longer name.
 */
function uses(word: string, text: string): { alone: number; titled: boolean; titledAlone: boolean; surnamed: boolean } {
  const found = { alone: 0, titled: false, titledAlone: false, surnamed: false };
  const at = new RegExp(
    `(?<![\\p{L}\\p{M}'’-])${escapeRegExp(word)}(?![\\p{L}\\p{M}'’-])(\\s+(?:\\p{Lu}|\\p{Ll}+-|\\p{Ll}{1,3}\\s+\\p{Lu}))?`,
    'gu',
  );
  for (const m of text.matchAll(at)) {
    const before = /(\p{Lu}[\p{L}\p{M}'’-]*)\.? $/u.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1];
    if (before && known(before)) found.surnamed = true;
    const title = !!before && (HONORIFICS.has(before) || TITLE_WORDS.test(before));
    found.titled ||= title;
    if (m[1]) continue;
    found.titledAlone ||= title;
    if (!before || title) found.alone++;
  }
  return found;
}

/**
 * The word the copy names this person by: "Xi Jinping … President Xi … Xi said", "Kim Jong Un … Mr. Kim" put the
 * family name first, "Shinzo Abe … Abe" last. Decided by the copy's own short form, not by a list of surnames: the
 * first word when the copy writes it alone, titles it, never writes the last word alone and never writes the first
 * after someone's given name ("Trump Tower" beside "Donald Trump" is a thing of his); else the last word.
 */
function familyName(name: string, text: string): string {
  const last = surname(name);
  const first = name.split(/\s+/)[0]!;
  // "Muammar el-Qaddafi … Qaddafi": a particle's surname is written without it, so never alone as a whole.
  if (first === name || first === last || /\.$/.test(first) || /(?:^|\s)\p{Ll}+-/u.test(name)) return last;
  const short = uses(first, text);
  // A known given name titled only before the full name ("Sen. Ted Kennedy … Ted") is no family name.
  if (short.alone === 0 || !(known(first) ? short.titledAlone : short.titled) || short.surnamed) return last;
  return uses(last, text).alone === 0 ? first : last;
}

/** familyName for each name of one copy, each read once (who is who asks for the same names many times). */
export function familyNames(text: string): (name: string) => string {
  const families = new Map<string, string>();
  return (name) => {
    if (!families.has(name)) families.set(name, familyName(name, text));
    return families.get(name)!;
  };
}

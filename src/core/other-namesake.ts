import { handFirstName } from './hand-first-name';
import { surname as nameSurname } from './mentions-entity';

/** "George W. Bush" for "Jeb Bush": another given name before the same surname in the copy. */
export function otherNamesake(name: string, text: string): boolean {
  const given = name.split(' ')[0]!;
  const last = nameSurname(name);
  for (const m of givenNamesBefore(text).get(/^\w*/.exec(last)![0]) ?? [])
    if (m.given !== given && text.startsWith(last, m.at) && !/\w/.test(text[m.at + last.length] ?? '')) return true;
  return false;
}

/**
 * Each given name in the copy ("George", "George W."), by the first word after it: read once per article, as
 * a regex per coordinated pair over the whole copy made thousands of pairs quadratic (review s32 B-main-10).
 */
let givenIndex: { text: string; byNext: Map<string, Array<{ given: string; at: number }>> } | null = null;
function givenNamesBefore(text: string): Map<string, Array<{ given: string; at: number }>> {
  if (givenIndex?.text === text) return givenIndex.byNext;
  const byNext = new Map<string, Array<{ given: string; at: number }>>();
  for (const m of text.matchAll(/\b([A-Z][a-z]+) (?:[A-Z]\.\s?)*(?=(\w*))/g)) {
    const given = m[1]!;
    if (!handFirstName(given)) continue;
    const at = m.index + m[0].length;
    const list = byNext.get(m[2]!) ?? [];
    list.push({ given, at });
    byNext.set(m[2]!, list);
  }
  givenIndex = { text, byNext };
  return byNext;
}

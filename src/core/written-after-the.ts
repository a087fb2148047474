import { handFirstName } from './hand-first-name';
import { nonOverlapping, textOccurrences } from './text-occurrences';

/**
 * A name of two or more words the copy writes twice or more and only ever after "the" ("the United States must act",
 * "by the United States and its allies") names a place, a body or a thing: English writes no article before a
 * person's name. Once is no pattern ("the Bernie Sanders campaign" names him, as a modifier), so it takes two; a run
 * opening on a given name ("the Donald Trump Jr. interview … the Donald Trump Jr. account") is that modifier however
 * often the copy writes it.
 */
export function writtenAfterThe(name: string, text: string): boolean {
  if (!name.includes(' ')) return false;
  const first = name.split(' ')[0]!;
  if (handFirstName(first)) return false;
  let uses = 0;
  for (const at of nonOverlapping(textOccurrences(text, name), name.length)) {
    const before = text[at - 1] ?? '';
    const after = text[at + name.length] ?? '';
    if (/[\p{L}\d'’-]/u.test(before) || /[\p{L}\d-]/u.test(after)) continue;
    if (!/(?:^|[^\p{L}])[Tt]he\s$/u.test(text.slice(Math.max(0, at - 5), at))) return false;
    uses++;
  }
  return uses >= 2;
}

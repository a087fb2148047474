/**
 * "told Dawn she had not seen the report", "told Reuters it would appeal", "told the Nation he was": with no "that",
 * a capitalised listener (one to four capitalised words, after "the" or a courtesy title too) then a subject pronoun
 * opens the content clause the verb reports (audit 53, B-a53-8). The pronoun marks where the listener ends, so no
 * list of outlets or people is needed; a listener followed by anything else ("told BBC Radio 4's Today programme",
 * "told Dawn the report …") stays unread, as before. The caller still checks that a finite clause follows.
 */
const NAMED_LISTENER =
  /^(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,3},?\s+(?=(?:he|she|they|we|I|it)\s)/u;

/** The length of the named listener opening `after` (the words right after "told"), or 0 when there is none. */
export function toldListener(after: string): number {
  return NAMED_LISTENER.exec(after)?.[0].length ?? 0;
}

import { type SpeakerPhrase, subjectBefore } from './speaker-phrase';

/**
 * `"France will always be France," an angry Hollande retaliated.` / `"Would it be negotiable?" Hannity pressed.`:
 * when a quotation opens its sentence and what follows it is only a subject and one past-tense verb closing the
 * sentence, the quotation is that verb's object, whatever the verb (English puts a quotation first only as the
 * object of the clause after it), so the subject spoke. The verb lists (speech-verbs.ts) cannot hold every verb a
 * writer uses this way ("retaliated", "pressed", "started", "surmised"), and the construction does not need them.
 * The subject is a personal pronoun or a name, perhaps after a determiner and up to two lowercase modifiers
 * ("an angry Hollande"); a bare common noun ("the crowd booed") is left unread, as is any sentence with more words.
 */
const LONE_VERB =
  /^\s*((?:(?:he|she|they|I|we)|(?:(?:the|a|an|one)\s+)?(?:[a-z][\p{L}-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}))\s+([a-z]{2,}ed)(?:\s+back)?\s*[.!]?\s*$/u;

/** The speaker of a sentence-opening quotation read from a subject and a lone verb after it, or null. */
export function loneVerbTag(after: string, offset: number): SpeakerPhrase | null {
  const match = LONE_VERB.exec(after.replace(/^\s*,/, ''));
  if (!match) return null;
  const lead = after.indexOf(match[1]!);
  return subjectBefore(match[1]!, offset + lead);
}

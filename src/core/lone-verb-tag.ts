import { calendarWords } from './calendar-words';
import { ownClauseAfter } from './own-clause-after';
import { type SpeakerPhrase, subjectBefore } from './speaker-phrase';
import { subjectAfter } from './subject-after';

/**
 * `"France will always be France," an angry Hollande retaliated.` / `"Would it be negotiable?" Hannity pressed.`:
 * when a quotation opens its sentence and what follows it is only a subject and one past-tense verb closing the
 * sentence, the quotation is that verb's object, whatever the verb (English puts a quotation first only as the
 * object of the clause after it), so the subject spoke. The verb lists (speech-verbs.ts) cannot hold every verb a
 * writer uses this way ("retaliated", "pressed", "started", "surmised"), and the construction does not need them.
 * The subject is a personal pronoun or a name, perhaps after a determiner and up to two lowercase modifiers
 * ("an angry Hollande"), the verb perhaps followed by one participle's phrase ("she shrugged, leaving the room"); a bare common noun ("the crowd booed") is left unread, as is any sentence with more words.
 */
const LONE_VERB =
  /^\s*((?:(?:he|she|they|I|we)|(?:(?:the|a|an|one)\s+)?(?:[a-z][\p{L}-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}))\s+([a-z]{2,}ed)(?:\s+back)?(?:,\s+[a-z]{2,}ing\s[^,.;:!?"“”]{1,60})?\s*[.!]?\s*$/u;

/**
 * The same construction inverted, the verb before a name and perhaps one apposition closing the sentence:
 * `"Where is the money?" pressed Dan Okafor, the union's lawyer.` The same past-tense shape serves both orders, so a
 * verb read after its subject is read before it too, without a second list (review B-r45-7).
 */
const VERB_FIRST = /^\s*[a-z]{2,}ed\s+(?=\p{Lu})([\p{L}'’.\s-]{2,60}?)(?:,\s[^,.;:!?"“”]{2,80})?\s*[.!]?\s*$/u;
/**
 * The subject read after the verb must end on a name's word, capitalised and no owner's: in `"…," closed Ann Lee's
 * set on the main stage.` its head is a thing, and no one is credited (review B-r46-7); "asked former Sen. Jo Roe"
 * and "asked CNN's Jo Roe" still end on the person's name.
 */
const NAME_LAST = /(?:^|\s)\p{Lu}[\p{L}'’.-]*(?<!['’]s?)$/u;

/** The inverted clause's subject as the text's match, or null; a calendar word opens no subject ("ended Monday"). */
function verbFirst(text: string): RegExpExecArray | null {
  const first = VERB_FIRST.exec(text);
  return first && !calendarWords(first[1]!.split(/\s+/)[0]!) ? first : null;
}

/**
 * Whether what follows a sentence-opening quotation is the inverted clause whose verb takes the quotation as its
 * object: its subject spoke, so when no name can be read from it the speaker is unknown, never a neighbour's.
 */
export function verbFirstClause(after: string): boolean {
  return verbFirst(after.replace(/^\s*,/, '')) !== null;
}

/** The speaker of a sentence-opening quotation read from a subject and a lone verb after it, or null. */
export function loneVerbTag(after: string, offset: number): SpeakerPhrase | null {
  const text = after.replace(/^\s*,/, '');
  const first = verbFirst(text);
  if (first) {
    const at = after.length - text.length + first[0].indexOf(first[1]!);
    const subject = subjectAfter(after.slice(at), offset + at);
    return subject?.kind === 'phrase' && NAME_LAST.test(subject.text) ? subject : null;
  }
  const match = LONE_VERB.exec(text);
  if (!match) {
    // A name or pronoun and a full verb of its own, more words after ("Trump shot back", "he went on"): it spoke. A
    // common noun's phrase ("the choir sang") stays unread, as above; attribute-quotes.ts keeps it from a neighbour.
    const own = ownClauseAfter(text);
    if (own === null || /^\s*(?:the|a|an)\s/.test(text)) return null;
    return subjectBefore(text.slice(0, own.length), offset + after.length - text.length);
  }
  const lead = after.indexOf(match[1]!);
  return subjectBefore(match[1]!, offset + lead);
}

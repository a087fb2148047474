import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { escapeRegExp } from './escape-reg-exp';
import type { ResolvedSpeaker } from './speaker-resolution';
import { REPORTING_VERBS } from './speech-verbs';

/**
 * Whether the ranker's `speaker` is the subject of the clause a tag before the quotation reports, the quotation its
 * predicate: in `An Israeli official, speaking on condition of anonymity, said Wednesday that Netanyahu "will meet …"`
 * the official speaks and the quotation is about Netanyahu (sp54's leftover). Only a name standing right after the
 * clause's "that" (a title's capitals before it at most) and right before the mark; the tag's own phrase must not
 * hold the name ("Netanyahu said that Netanyahu …" cannot be told apart). Without the "that" too: in
 * `Ada Vance, a lecturer in law at the University of Leeds, said Marlow "broke the rules"` the reporting verb follows
 * the tag straight away and the name between it and the mark is the clause's subject, not a speaker (a speaker's
 * inverted tag puts the quotation first).
 */
export function reportedClauseSubject(
  item: QuoteItem,
  sentences: readonly Sentence[],
  speaker: ResolvedSpeaker | null,
): boolean {
  const tag = item.tag;
  const surname = speaker?.person?.surname;
  if (!surname) return false;
  const head = item.segments[0]!;
  const sentence = sentences[head.startSentence]!;
  let between: string;
  if (item.route === 'fragment-speech' && item.speaker && !item.speaker.person) {
    // `the Prime Minister's Office said that Prime Minister Eitan Rosenthal "supports …"`: the sentence's reported
    // speech is a body's, and the quoted predicate is about the person its clause names (audit 54's B-a54-1).
    if (item.speaker.name.includes(surname)) return false;
    between = sentence.text.slice(0, head.start - sentence.start);
  } else {
    if (item.route !== 'tag-before' || !tag || tag === 'untagged-colon' || tag.kind !== 'phrase') return false;
    if (tag.text.includes(surname)) return false;
    if (tag.end < sentence.start || tag.end >= head.start) return false;
    between = sentence.text.slice(tag.end - sentence.start, head.start - sentence.start);
  }
  // Both patterns end at the surname: copy that lacks it needs neither built (a `\p{…}` expression costs ~1 ms to parse).
  if (!between.includes(surname)) return false;
  const name = `(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${escapeRegExp(surname)}\\s*["\\u201c]?$`;
  if (new RegExp(`\\bthat\\s+${name}`, 'u').test(between)) return true;
  const verb = new RegExp(`^,?\\s*(\\p{Ll}+)\\s+${name}`, 'u').exec(between)?.[1];
  return item.route === 'tag-before' && !!verb && REPORTING_VERBS.has(verb);
}

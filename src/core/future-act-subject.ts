import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { boundedMemo } from './bounded-memo';
import { escapeRegExp } from './escape-reg-exp';
import type { ResolvedSpeaker } from './speaker-resolution';
import { REPORTING_VERBS } from './speech-verbs';

/** How far before the quotation the reporting verb may stand. */
const REACH = 300;

/** A modal or "to"-future that puts the reported clause's act ahead: it has not been done, so nothing of it is quoted. */
const FUTURE = String.raw`(?:would|will|could|might|may|should|shall|(?:is|was|are|were)\s+(?:going\s+)?to|plans?\s+to|planned\s+to)`;

/**
 * The clause's modal with the spaces the clause pattern puts on both its sides: without one in the words read, the
 * pattern cannot match, and it is not built (a pattern of letter classes costs far more to parse than this scan).
 */
const FUTURE_BETWEEN_SPACES = new RegExp(String.raw`\s${FUTURE}\s`);

/** A person's clause pattern, built once per source while the memo holds it (the same speaker's quotations share it). */
const clausePattern = boundedMemo((source) => new RegExp(source, 'u'), 256);

/**
 * Whether the ranker's `speaker` is the subject of a reported clause whose act is still to come, the quotation inside
 * that clause: in `A spokesperson for the ministry said the minister would decide "before the summer"` the
 * spokesperson's words say when; the minister, named before ("Environment Minister Annika Falk said …"), has not
 * spoken them (audit 62, B-a62-4). The subject is the person's name or a definite description headed by one of the
 * person's role words; the tag before the quotation must not hold the name itself. The reporting verb follows the tag
 * (a few words of time between at most, an optional "that"), and no mark, colon or semicolon stands between the
 * clause's verb and the quotation.
 */
export function futureActSubject(
  item: QuoteItem,
  sentences: readonly Sentence[],
  speaker: ResolvedSpeaker | null,
): boolean {
  const person = speaker?.person;
  if (!person) return false;
  const head = item.segments[0]!;
  const sentence = sentences[head.startSentence]!;
  const before = clauseBefore(item, sentence, person.surname);
  if (before === null) return false;
  // The last few hundred characters hold the clause: a sentence of many quotations is not read whole per quotation.
  const near = before.slice(-REACH);
  if (!FUTURE_BETWEEN_SPACES.test(near)) return false;
  const roles = [...person.roleWords].filter((w) => /^[\p{L}-]+$/u.test(w)).map(escapeRegExp);
  const name = `(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}${escapeRegExp(person.surname)}`;
  const role = roles.length ? `|[Tt]he\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${roles.join('|')})` : '';
  const clause = clausePattern(
    `^(?:.*\\s)?(\\p{Ll}+)\\s+(?:[\\p{L}\\d]+\\s+){0,2}?(?:that\\s+)?(?:${name}${role})\\s+${FUTURE}\\s+[^"“”;:]{1,100}["“]?$`,
  );
  const verb = clause.exec(near)?.[1];
  return !!verb && REPORTING_VERBS.has(verb);
}

/**
 * The words the clause is read in: after a tag before the quotation, from the tag's end (its verb first); after the
 * sentence's reported speech (the fragment's route), the sentence up to the quotation. Null when the tag or the
 * speech's own speaker holds the name: "Falk said Falk …" cannot be told apart.
 */
function clauseBefore(item: QuoteItem, sentence: Sentence, surname: string): string | null {
  const head = item.segments[0]!;
  const tag = item.tag;
  if (item.route === 'fragment-speech') {
    if (!item.speaker || item.speaker.name.includes(surname)) return null;
    return sentence.text.slice(0, head.start - sentence.start);
  }
  if (item.route !== 'tag-before' || !tag || tag === 'untagged-colon' || tag.kind !== 'phrase') return null;
  if (tag.text.includes(surname) || tag.end < sentence.start || tag.end >= head.start) return null;
  return sentence.text.slice(tag.end - sentence.start, head.start - sentence.start);
}

import type { Sentence } from './analysis-types';
import { frontedSubjectAfter } from './fronted-phrase';
import { judgedTarget } from './judged-target';
import { mentionPremodifier } from './name-premodifier';
import { relationObject } from './relation-object';
import { relativeOutsider } from './relative-outsider';
import { REPORTING_VERBS } from './speech-verbs';
import { subordinateClauseName } from './subordinate-clause-name';
import { toldObject } from './told-object';

/** ", the chairman" / ", a senior aide": a description right after the name, its speech verb next. */
const DESCRIPTION_AFTER = /^,\s+(?:the|a|an)\s[^,;:"“”]{1,60}?(?=\s+(?:said|says|told|added|warned)\b)/i;

/**
 * Is the person named at `mention` someone the quotation is not by, whatever the ranker weighs: the one its words
 * judge ("accused Mr Sunak of "…""), the antecedent outside a relative's speech verb, a fronted phrase's object before
 * the description that speaks ("In a letter to Mr Hale, the chairman said", review s34 B-int-3), the one a speaking
 * relation's noun is of ("A close friend of Mr. Kovac said", review B-main-58), the one an active "told" addresses.
 * Read in the
 * quotation's own sentence. (The asker of a reported question before a quotation paragraph was tried and dropped: on
 * PolNeAR train the asker as often goes on speaking, "Mr. Rubin asked the students if …" ¶ "“When I was in college …”".)
 */
export function quoteOutsider(
  at: Sentence,
  mention: { start: number; end: number; person: { surname: string } },
  quote: { start: number; end: number },
  relationPhrase?: boolean,
): boolean {
  if (judgedTarget(at, mention, quote) || relativeOutsider(at, mention, quote)) return true;
  // "A close friend of Mr. Kovac said": the friend speaks, never Kovac (relation-object.ts); `relationPhrase` is its
  // reading of the words before the name when the caller has it already.
  // "…, telling Fox 35 that the group is "…"": the one told listens (told-object.ts).
  if (relationObject(at, mention, quote, relationPhrase) || toldObject(at, mention, quote)) return true;
  // "When Trump suggested …, Rubio fired back: "…"": the subordinate clause's name (subordinate-clause-name.ts).
  if (subordinateClauseName(at, mention, quote)) return true;
  if (modifiesSpeakingNoun(at, mention, quote)) return true;
  if (mention.end > quote.start) return false;
  const end = mention.end - at.start;
  const described = DESCRIPTION_AFTER.exec(at.text.slice(end, end + 90));
  return described !== null && frontedSubjectAfter(at.text, mention.start - at.start, end + described[0].length);
}

/** A role noun or two and then a capitalised name: "Clinton spokesman Jesse Lehrich", "Obama consultant Cornell Belcher". */
/** The verb before a reported clause's subject: "said ", "says that the ", "told reporters one ". */
const REPORTED_SUBJECT_OPENER = /\b([a-z]+)\s+(?:that\s+)?(?:(?:the|a|an|one|some|many|several|two|three)\s+)?$/;
const TITLE_THEN_NAME = /^\s+(?:[a-z][a-z-]*\s+){1,2}\p{Lu}/u;

/**
 * "One Clinton spokesman has called it "…"", "the Clinton campaign said it was "…"": a name modifying the speaking
 * noun names whom the speaker works for, so it is no candidate for the words that follow within 300 characters —
 * unless named again before them ("at a Trump rally …, Mr. Trump said, "…""). When the noun is a title before a
 * name ("Clinton spokesman Jesse Lehrich said"), the candidates' titled-name reading already decides (speaker-
 * candidates.ts), so it is left to that.
 */
function modifiesSpeakingNoun(
  at: Sentence,
  mention: { start: number; end: number; person: { surname: string } },
  quote: { start: number },
): boolean {
  if (mention.end > quote.start || quote.start - mention.end > 300) return false;
  if (!mentionPremodifier(at, mention.start, mention.end)) return false;
  // "Bill Clinton said Clinton supporters were …": after a verb of reporting the noun is the reported clause's
  // subject, spoken about; the name there says nothing of who speaks.
  const start = mention.start - at.start;
  const opener = REPORTED_SUBJECT_OPENER.exec(at.text.slice(Math.max(0, start - 30), start));
  if (opener && REPORTING_VERBS.has(opener[1]!)) return false;
  const end = mention.end - at.start;
  if (TITLE_THEN_NAME.test(at.text.slice(end, end + 60))) return false;
  return !at.text.slice(end, quote.start - at.start).includes(mention.person.surname);
}

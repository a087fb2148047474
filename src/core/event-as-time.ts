import type { Analysis } from './analysis-types';
import type { QuestionFeatures } from './answer-features';
import { saysReason } from './answer-reason-pair';
import { boundedMemo } from './bounded-memo';
import { calendarWords } from './calendar-words';
import { DETERMINERS } from './determiners';
import { eachMatch } from './each-match';
import { PLACES } from './place-words';
import { thingNoun } from './thing-noun';
import { contentTerms, tokenizeWords } from './tokenize-words';

/** The asked verb as a whole word, compiled once per word. */
const wordPattern = boundedMemo((word) => new RegExp(`\\b${word.replace(/[.'’-]/g, '\\$&')}\\b`, 'i'), 256);

/** A clause placing something in time by another event: "since the director resigned", "after the vote". */
const TEMPORAL_CLAUSE = /\b(?:since|after|until|before|when|once)\b[^,;:—]*/gi;

/** Quantifiers open a noun phrase as the determiners do (determiners.ts): "since no vote", "after each defeat". */
const QUANTIFIER = /^(?:no|any|each|every)$/;
/**
 * The closed calendar vocabulary a bare event's time is said in ("resigned last year", "left two weeks ago", "quit
 * in 2019"); day and month names come from calendar-words.ts.
 */
const TIME_TERM =
  /^(?:\d[\d.,]*\w*|last|next|this|early|earlier|late|later|ago|mid|end|start|spring|summer|autumn|winter|weekend|days?|weeks?|months?|years?|decades?|hours?|morning|afternoon|evening|night|yesterday|today|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)$/;
/** A name after these is where the event happened ("resigned in Leeds"), not what it was over ("over Brexit"). */
const PLACE_PREPOSITION = /^(?:in|at)$/;
const TAIL_WORD = /[\p{L}\d](?:[\p{L}\d'’.-]*[\p{L}\d])?/gu;

/**
 * Whether what follows the event's verb says only when or where it happened, or nothing: "resigned", "resigned in
 * March", "resigned last year", "resigned in Leeds". Any other phrase ("over the funding cuts", "in protest at the
 * cuts", "amid the scandal") may be its cause (review 50 B-r50-3: two content words had counted as bare).
 */
function timeOrPlaceOnly(tail: string): boolean {
  const words = tail.match(TAIL_WORD) ?? [];
  return words.every((word, i) => {
    if (contentTerms(word).length === 0 || TIME_TERM.test(word.toLowerCase()) || calendarWords(word)) return true;
    const kind = thingNoun(word);
    if (kind === 'place' || kind === 'feature' || PLACES.has(word)) return true;
    return /^\p{Lu}/u.test(word) && words.slice(0, i).some((w) => PLACE_PREPOSITION.test(w));
  });
}

/**
 * "Why did the previous director resign?" over "Its acting head has run the agency since the previous director
 * resigned.": the asked event said only inside a clause that dates something else is a time, not a cause (audit 50
 * B-a50-7). A sentence saying the event in its own clause ("Ross was jeered after he refused to …") may give the cause
 * in its "after" clause and stays, as does an event said with more after it, or one giving a reason in so many words or beside one that does.
 */
export function eventAsTime(analysis: Analysis, features: QuestionFeatures, index: number): string | undefined {
  const verb = features.terms.verb;
  if (features.type !== 'reason' || verb === undefined) return undefined;
  const { sentences } = analysis;
  const text = sentences[index]!.text;
  // A reason beside it is cited with it (answer-reason-pair.ts): "He left after a row with the trustees."
  if ([index - 1, index, index + 1].some((i) => saysReason(sentences[i]?.text ?? ''))) return undefined;
  let dated = false;
  for (const clause of eachMatch(TEMPORAL_CLAUSE, text)) {
    const words = tokenizeWords(clause[0]);
    const at = words.findIndex((word) => contentTerms(word)[0] === verb);
    // "after a failed medical" names the cause by a modifier, not the event by its verb.
    const previous = words[at - 1] ?? '';
    if (at < 0 || DETERMINERS.has(previous) || QUANTIFIER.test(previous)) continue;
    // "since the director resigned in protest at the cuts" may carry the cause after the verb: only a bare event
    // (a time or place at most after it) is a time.
    const said = wordPattern(words[at]!).exec(clause[0]);
    if (said && timeOrPlaceOnly(clause[0].slice(said.index + said[0].length))) dated = true;
  }
  if (!dated || contentTerms(text.replace(TEMPORAL_CLAUSE, ' ')).includes(verb)) return undefined;
  return 'The article does not say why; it mentions that only as the time of something else.';
}

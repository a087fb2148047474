import type { Analysis } from './analysis-types';
import type { QuestionFeatures } from './answer-features';
import { saysReason } from './answer-reason-pair';
import { DETERMINERS } from './determiners';
import { eachMatch } from './each-match';
import { contentTerms, tokenizeWords } from './tokenize-words';

/** A clause placing something in time by another event: "since the director resigned", "after the vote". */
const TEMPORAL_CLAUSE = /\b(?:since|after|until|before|when|once)\b[^,;:—]*/gi;

/** Quantifiers open a noun phrase as the determiners do (determiners.ts): "since no vote", "after each defeat". */
const QUANTIFIER = /^(?:no|any|each|every)$/;
/** Content words a bare event may carry after its verb: "resigned in March", "resigned last year". */
const BARE_AFTER = 2;

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
    if (contentTerms(words.slice(at + 1).join(' ')).length <= BARE_AFTER) dated = true;
  }
  if (!dated || contentTerms(text.replace(TEMPORAL_CLAUSE, ' ')).includes(verb)) return undefined;
  return 'The article does not say why; it mentions that only as the time of something else.';
}

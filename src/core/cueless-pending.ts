import type { QuestionKind } from './analysis-types';
import { calledOffPlan } from './called-off-plan';
import { cueScope } from './cue-scope';
import { doneInstance } from './done-instance';
import { wordClass } from './followup-features';
import { gateWindow } from './gate-window';
import { idlePendingWord } from './idle-pending-word';
import { noCommentTopic } from './no-comment-topic';
import { otherSense } from './pending-sense';
import { takenDecision } from './taken-decision';

/** The scorer's "pending" words (followup-features.ts), every match read in turn. */
const PENDING_WORD = new RegExp(wordClass('pending').source, 'gi');
const UNKNOWN_WORD = new RegExp(wordClass('unknown').source, 'gi');

/** A word set in title case ("Bill", "Court"), not all capitals as a shouted headline is. */
const TITLE_CASE = /^[A-Z][a-z]/;
/** Only quotation marks, brackets or a dash before it: the word opens the sentence. */
const OPENS = /^[\s"'“‘([—–-]*$/;
const CAPITALISED_NEXT = /^\s+[A-Z][a-z]/;
/** "Yet" as a conjunction: at a clause's start ("Yet she held firm", "…, yet the pope …", "and yet"), or "yet another". */
const YET_JOINS = /(?:^|[,;:—–-]|\b(?:and|but))\s*$/i;
const YET_ANOTHER = /^\s+(?:another|again|more)\b/i;
/** "decided" keeps a decision open only negated or passive: "has not decided", "will be decided". */
const DECISION_OPEN = /(?:\b(?:not|never|yet|be|been|being)|n['’]t)\s+(?:\w+ly\s+)?$/i;

/**
 * Whether a word stands in a relative clause or a dashed or bracketed aside (cue-scope.ts, the reading a cue's scope
 * already has): "Kasich, a Republican who has refused to endorse Mr. Trump, said …" describes the person the sentence
 * names, and what it reports is its main clause (issue 13, session 46, kind62; sample 42's #3).
 */
function describesSomeone(text: string, at: number, word: string): boolean {
  const scope = cueScope(text, at, at + word.length);
  return scope === 'relative' || scope === 'aside';
}

/** Whether one match of the pending words names an event still open, read by the word's use. */
function opensEvent(text: string, word: string, at: number, year: number | undefined): boolean {
  const after = gateWindow.after(text, at, word, 12);
  // Title case inside the sentence, or before another capitalised word, is a name: "Bill Clinton", "Supreme Court".
  if (TITLE_CASE.test(word) && (at > 8 || !OPENS.test(text.slice(0, at)) || CAPITALISED_NEXT.test(after))) return false;
  // A modifier, a possessive's holding, a counterfactual, a condition or a right (idle-pending-word.ts); a relative
  // clause or aside; "the decision to …" taken (taken-decision.ts).
  if (idlePendingWord(text, word, at) || describesSomeone(text, at, word) || takenDecision(text, at, word))
    return false;
  // A sense of the noun that is no event ("paying his hotel bill", an invoice), or an instance already held ("its
  // latest review", "the 1994 crime bill"), read from its phrase (pending-sense.ts, done-instance.ts).
  if (otherSense(text, word, at) || doneInstance(text, at, word, year)) return false;
  // A plan told in the past that the sentence calls off ("had been scheduled to …, but … wasn't coming").
  if (calledOffPlan(text, at, word)) return false;
  const lower = word.toLowerCase();
  const before = gateWindow.before(text, at, 24);
  if (lower === 'yet') return !YET_JOINS.test(before) && !YET_ANOTHER.test(after);
  if (lower === 'decided') return DECISION_OPEN.test(before);
  return true;
}

/**
 * The kind a sentence with no cue is shown with when its word classes read it as pending (prepare-questions.ts's
 * cuelessKind: a "pending" word such as bill, court, yet or decided). The scorer's word class reads letters, and
 * keeps doing so (its weights were fitted on it); the label reads each word's use (issue 13, kind58): a word in
 * title case inside the sentence, or before another capitalised word, is part of a name ("attacking Bill Clinton",
 * "Supreme Court appointments", "Bill Maher"); "yet" joining clauses is a conjunction ("Yet Democratic economists
 * say …"); a plain past "decided" tells a decision made ("he decided he would rather win"), where "has not decided"
 * or "will be decided" leaves one open. With no open event the sentence is a claim to check (unverified), or not
 * known when its words say so; not denied, which a sentence with no cue is too often misread as (reported-claims.ts).
 * `year` is the article's (article-year.ts), which a year naming a held instance is read against.
 */
export function cuelessPending(text: string, year?: number): QuestionKind {
  let refused = false;
  for (const m of text.matchAll(PENDING_WORD)) {
    // "does not comment on pending legislation": what a party will not talk about, no event; the sentence is a
    // refusal, so not known (audit 61's B-a61-15).
    if (noCommentTopic(text, m.index, m[0], 2)) refused = true;
    else if (opensEvent(text, m[0], m.index, year)) return 'pending';
  }
  if (refused) return 'unknown';
  // "Kasich, a Republican who has refused to endorse Mr. Trump, said …": a relative clause's refusal withholds nothing
  // the main clause reports, as its "trial" or "vote" opens no event above.
  for (const m of text.matchAll(UNKNOWN_WORD)) if (!describesSomeone(text, m.index, m[0])) return 'unknown';
  return 'unverified';
}

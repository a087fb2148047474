import { verbFormKind } from './verb-form-kind';

/**
 * "The ministry's plan to close the depot drew fierce criticism on Monday", "Plans to merge the two units have
 * sparked angry exchanges": the plan heads the sentence's subject and the main clause reports what already happened
 * to it, a past event told as news (audit 56's B-a56-18), not a date the story waits on. Only a plan opening the
 * sentence (up to four words of determiner, possessive or name before it), a main clause up to its first break with a
 * past verb before an object ("faced a", "drew the") or a perfect ("have sparked"), and no modal, schedule or waiting
 * word in that clause ("will be decided", "is due to", "awaits a vote" keep it pending).
 */
const OPENING_PLAN = /^\W*(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w-]*|[\w-]+['’]s?|[a-z]+-[a-z]+)\s+){0,4}$/;
const PERFECT = /\b(?:have|has)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ght)\b/;
/** A lower-case word before a determiner: a finite verb and its object ("faced a", "drew the"). */
const BEFORE_OBJECT = /\b([a-z]+)\s+(?:a|an|the|its|their|his|her|some)\b/g;
const WAITING =
  'will|would|could|can|may|might|shall|must|should|be|being|expected|due|set|scheduled|next|upcoming|yet|until|pending|awaits?|awaiting|before';
const STILL_OPEN = new RegExp(`\\b(?:is|are|${WAITING})\\b`, 'i');
const STILL_WAITING = new RegExp(`\\b(?:${WAITING})\\b`, 'i');
/** "is a particularly good idea", "was a mistake": the copula and a predicate noun phrase (an adverb between). */
const PREDICATE_NOUN = /\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:a|an)\s/;

export function subjectPlan(text: string, index: number, match: string): boolean {
  if (!/^plans? to$/i.test(match) || !OPENING_PLAN.test(text.slice(0, index))) return false;
  // The plan's own verb ("to cut the budget": "cut" is a past form too) is no main verb: read from the word after it.
  const clause = /^[^,;:—–()]*/.exec(text.slice(index + match.length))![0].replace(/^\s*\S+/, '');
  // "Her plan to widen the port is a particularly good idea": the main clause says what the plan is, a judgement of
  // it with no date to wait on, unless a modal or schedule word follows ("is a bill the council will vote on").
  if (PREDICATE_NOUN.test(clause)) return !STILL_WAITING.test(clause);
  if (STILL_OPEN.test(clause)) return false;
  if (PERFECT.test(clause)) return true;
  // A past form: a regular "-ed" or an irregular one WordNet lists ("drew", "won"; verb-form-kind.ts).
  return [...clause.matchAll(BEFORE_OBJECT)].some(([, w]) => {
    const kind = verbFormKind(w!);
    return w!.endsWith('ed') || kind === 'irregular' || kind === 'nominal';
  });
}

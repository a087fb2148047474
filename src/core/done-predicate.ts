import { MONTHS, WEEKDAYS } from './calendar-words';
import { gateWindow } from './gate-window';
import { irregularVerbLemma } from './irregular-verb-lemma';
import { doneVerb } from './pending-sense';

/** The clause's edge after the noun: what stands beyond it is no part of the noun's predicate. */
const EDGE = /[,;:.!?()"“”—–]/;
/** A preposition opening the noun's own complement ("the vote on the levy", "investigators from the commission"). */
const PREPOSITION = /^(?:of|on|into|from|over|for|in|at|against|with|by)$/;
/** A word opening a clause of its own inside the complement ("the probe into whether he had lied"): not the noun's. */
const OPENS_CLAUSE = /^(?:that|whether|who|whom|which|if|when|what|how|why|where|while|and|or|but)$/;
/** An adverb between an auxiliary and its participle ("had already visited", "was quietly dropped"). */
const ADVERB = /^(?:already|just|also|previously|finally|since|\w+ly)$/;
/** After an auxiliary, a regular participle whatever WordNet reads the word as most ("had ruled", "was tabled"). */
const PARTICIPLE = /^[a-z]{2,}ed$/;
/** A time before the article's telling, right after a past "was": "was in May", "was on Monday", "was last week". */
const PAST_DATE = new RegExp(
  String.raw`^(?:(?:in|on)\s+(?:${MONTHS}|${WEEKDAYS}|(?:1[89]|20)\d\d)\b|last\s+(?:week|month|year|${WEEKDAYS}|${MONTHS})\b|yesterday\b|earlier\s+this\s+\w+|(?:\w+\s+){1,2}ago\b)`,
  'i',
);

/**
 * Whether the predicate after a "pending" noun (cueless-pending.ts) tells its act done, the noun or its doer being the
 * clause's subject: a past perfect ("investigators had already visited the site", audit 53's B-a53-14), a present
 * perfect with "already" ("the vote has already taken place"), a past "was" dated before the telling ("Its last vote
 * was in May", "was held in May": sample49b's leftover), or a past verb with "already" or after an ordering word
 * (`ordered`, read by done-instance.ts: "its last vote ended in a tie"). A bare past without them stays open ("the vote
 * was postponed", "the trial opened on Monday": its end is still to come), as does a plan done ("had agreed to hear").
 */
export function donePredicate(text: string, at: number, word: string, ordered: boolean): boolean {
  const clause = gateWindow.after(text, at, word, 80).split(EDGE)[0]!;
  const words = clause.trim().toLowerCase().split(/\s+/).filter(Boolean);
  let i = 0;
  // Past the noun's complement, up to five words and no clause of its own, to its verb.
  if (PREPOSITION.test(words[0] ?? '')) {
    const verbAt = words.findIndex((w, k) => k > 0 && k <= 5 && /^(?:had|has|have|was|were)$/.test(w));
    if (verbAt < 0 || words.slice(1, verbAt).some((w) => OPENS_CLAUSE.test(w))) return false;
    i = verbAt;
  }
  const before = adverbsFrom(words, i);
  const head = words[before.next] ?? '';
  const after = adverbsFrom(words, before.next + 1);
  const already = before.already || after.already;
  const passive = words[after.next] === 'been';
  const pastAt = passive ? after.next + 1 : after.next;
  const participle = words[pastAt] ?? '';
  const past = PARTICIPLE.test(participle) || irregularVerbLemma(participle) !== undefined;
  // "had agreed to hear the case": the act done is a plan of one still to come.
  const done = past && words[pastAt + 1] !== 'to';
  if (head === 'had') return done && (!passive || already);
  if (head === 'has' || head === 'have') return done && already;
  // "was in May"; "was held in May", a participle dated before the telling.
  const dated = PAST_DATE.test(words.slice(done ? pastAt + 1 : after.next).join(' '));
  if (head === 'was' || head === 'were') return (done && (already || ordered)) || dated;
  // A plain past verb right after the noun: done with "already" or an ordering before the noun.
  return (already || ordered) && doneVerb(head, '') && words[before.next + 1] !== 'to';
}

/** The adverbs from a word on ("already", "quietly"): where they end, and whether "already" is among them. */
function adverbsFrom(words: readonly string[], from: number): { next: number; already: boolean } {
  let next = from;
  let already = false;
  while (next < words.length && ADVERB.test(words[next]!)) already ||= words[next++] === 'already';
  return { next, already };
}

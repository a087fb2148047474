import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { saysAskedVerb } from './answer-when-verb';
import { holdsAReason } from './holds-a-reason';
import type { RankedSentence as Ranked } from './rank-answer-sentences';
import { verbLemmas } from './verb-lemmas';

/**
 * Ways copy hands over a reason beyond the cause words and adjuncts holdsAReason reads: an act's occasion ("after it
 * came to light", "after he refused"), its means ("by calling on Russia"), what set it off ("prompted", "in the wake
 * of"), a credited or blamed cause ("credits the change to"), grounds ("for refusing", "so", "thus", "why"), a purpose
 * ("to prevent", an infinitive opening the sentence), and a participle giving the doer's grounds after a comma
 * ("resigned on Friday, citing the rising cost", "…, saying the plan was unfair", review 59).
 */
const LOOSE_REASON =
  /\b(?:after|why|so|thus|hence|therefore|prompt(?:ed|s|ing)?|credit(?:s|ed)?|attribut(?:ed|es|ing)|in the wake of|by [a-z]+ing|for [a-z]+ing|in order to)\b|^[\s"“'‘]*to [a-z]+\b|,\s+(?:citing|blaming|saying|arguing|claiming|complaining|accusing|alleging|insisting|noting|protesting|objecting)\b/i;

/**
 * A quotation, in double marks, doubled apostrophes (''…'', as some wire copy sets them) or a single mark opening a
 * capital: a speaker's own words give grounds without a cause word ("'They just don't understand,' said X").
 */
const QUOTATION = /["“”]|''|(?:^|[\s(])['‘][A-Z]/;

/** The engine's reason when a why-question's answer only restates the asked act. */
export const NO_REASON_GIVEN = 'The article reports it but gives no reason.';

/** How far down the ranking a sentence giving the act's reason may sit. */
const REASON_RANKS = 5;
/** The share of the question a reason sentence further down must cover, against the best's. */
const SHARE_KEPT = 0.9;

/**
 * A purpose infinitive: "to" and any WordNet verb after a word that does not govern it ("scrapped the route last month
 * to cut costs"), where a participle, an auxiliary or a verb taking an infinitive ("agreed to", "is due to", "plans
 * to") makes the "to" part of the act itself (review 60 R60-1).
 */
const TO_VERB = /\b([a-z]+)\s+to\s+([a-z]+)\b/gi;
const GOVERNS =
  /^(?:[a-z]+(?:ed|ing)|is|are|was|were|be|been|has|have|had|due|able|unable|about|likely|unlikely|set|going|ought|used|wants?|plans?|hopes?|needs?|tries|try|seeks?|aims?|agrees?|decides?|expects?|intends?|promises?|refuses?|vows?|threatens?|fails?|asks?|urges?|begins?|starts?|continues?|chooses?|offers?|pledges?|wishes?|way|bid|move|decision|attempt|effort|failure|refusal|plan|order)$/;
const purpose = (text: string): boolean =>
  [...text.matchAll(TO_VERB)].some(
    ([, before, verb]) => verbLemmas().has(verb!.toLowerCase()) && !GOVERNS.test(before!.toLowerCase()),
  );

const givesGrounds = (text: string): boolean =>
  holdsAReason(text) || LOOSE_REASON.test(text) || QUOTATION.test(text) || purpose(text);

/**
 * A party's reported statement that is no promise ("Manager Ruth Keane said Penn had missed two sessions", not "the
 * firm said it would name a successor"): stated grounds with no cause word, when it follows the act (review 60 R60-2).
 */
const FORWARD = /\b(?:would|will|could|might|may|plans?|intends?|hopes?|expects?)\b/i;
/** The reported clause's first conjunct: "said the roof was unsafe and that repairs would cost" reads "the roof was unsafe". */
const REPORTED = /\b(?:said|says|told\s+[a-z]+|added)\s+(?:that\s+)?([^,;]*?)(?:\s+and\b|[,;]|$)/i;
const stated = (analysis: Analysis, i: number): boolean => {
  const id = analysis.sentences[i]!.id;
  const reported =
    analysis.statements.some((s) => s.sentenceId === id) || analysis.quotes.some((q) => q.sentenceId === id);
  const clause = REPORTED.exec(analysis.sentences[i]!.text)?.[1];
  return reported && clause !== undefined && !FORWARD.test(clause);
};

/**
 * "Why did X leave the company?" over "X left the company in October.": the cited sentences restate the act asked about
 * (the first says the question's own verb) and none gives a reason for it. A sentence further down the ranking that
 * says the act too, or sits beside the premise in its paragraph, and gives grounds is the answer; with none, the
 * article reports the act but not why (audit 58 B-a58-6). Returns the sentences to cite, or null to say so.
 * Reasons read loosely on purpose (a quotation, "after", a participle of grounds): a false "doesn't say" costs more
 * than a restated premise (review 59 reverted a stricter reading that declined "…, citing the rising cost").
 */
export function whyReasonFirst(
  analysis: Analysis,
  ranked: readonly Ranked[],
  cited: readonly number[],
  terms: QuestionTerms,
): readonly number[] | null {
  const first = cited[0];
  if (first === undefined || !saysAskedVerb(analysis, first, terms)) return cited;
  const textOf = (i: number): string => analysis.sentences[i]!.text;
  if (cited.some((i) => givesGrounds(textOf(i)))) return cited;
  const sentences = analysis.sentences;
  // Beside the premise: in its paragraph, or the next sentence when the premise is a paragraph of its own (wire and
  // most British copy set every sentence apart: review 60 R60-2).
  const alone = (i: number): boolean =>
    sentences[i - 1]?.paragraph !== sentences[i]!.paragraph && sentences[i + 1]?.paragraph !== sentences[i]!.paragraph;
  const beside = (i: number): boolean =>
    (Math.abs(i - first) === 1 && sentences[i]!.paragraph === sentences[first]!.paragraph) ||
    (i === first + 1 && alone(first));
  // Further down, a sentence must cover nearly as much of the question as the best: "the council voted to close the
  // pier because …" gives no reason why the police closed the pier road.
  const least = SHARE_KEPT * (ranked[0]?.share ?? 0);
  const reason = ranked
    .slice(1, REASON_RANKS + 1)
    .find(
      (r) =>
        r.share > 0 &&
        givesGrounds(textOf(r.index)) &&
        (beside(r.index) || (r.share >= least && saysAskedVerb(analysis, r.index, terms))),
    );
  if (reason !== undefined) return [reason.index];
  // The next sentence a party's statement of grounds or a quotation, however the ranker placed it: the premise with it.
  const next = first + 1;
  if (next < sentences.length && beside(next) && (stated(analysis, next) || givesGrounds(textOf(next))))
    return [first, next];
  return null;
}

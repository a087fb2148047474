// The trainer and the model file read the names without computing any feature, so they live
// apart from the feature code.

/**
 * What the answer ranker knows about one sentence as an answer to one question. Every feature is
 * general (shares of the question's weight, answer-type evidence, position); the weights are
 * learned by `npm run train:answers` and live in answer-model.json.
 */
export const FEATURE_NAMES = [
  'bias',
  /** Share of the question's weight the sentence covers, neighbours lending part of theirs. */
  'coverage',
  /** Share covered by the sentence's own words, exact or by stem. */
  'exact',
  /** Share covered only through a WordNet synonym or derivation. */
  'synonym',
  /** Share of the question's rare terms (its focus: said once or twice in the article) covered. */
  'focus',
  /** Share of the question's common terms (its premise: what the whole article is about) covered. */
  'premise',
  /** Share of the question's names covered. */
  'names',
  /** Share of the question's word pairs found side by side in the sentence. */
  'bigrams',
  /** A typed question (who, when, how many…) and the sentence lacks a value of that type. */
  'untyped',
  /** A value of the precise shape wanted: a number before the counted thing, a date, a measure. */
  'shape',
  /** Who/where: a person or place the question does not already name. */
  'fresh',
  /** Why: a cause or reason marker. */
  'reason',
  /** The lead sentence. */
  'lead',
  /** Position in the article, 0 (top) to 1 (end). */
  'position',
  /** The sentence quotes or reports someone. */
  'attributed',
  /** A yes/no question and the sentence says yes or no (negation, denial, confirmation, a decision). */
  'polar',
  /** Log of the sentence's length in words. */
  'length',
  /** The sentence covers the best share of any sentence in the article (ties included). */
  'bestShare',
  /** Copy furniture, not reporting: a credit line, an editor's note, a contact or follow line. */
  'furniture',
  /** Why: an explicit cause ("because", "due to", "driven by"), stronger than a bare "after". */
  'cause',
  /** When: a specific date, weekday, month or year (not just "week" or "later"). */
  'date',
  /** How many/much: a number right before the thing counted ("25 laptops"). */
  'counted',
  /** The sentence opens with a pronoun whose antecedent, the sentence before, covers the question's names. */
  'pronoun',
  /** Share of the question's news (terms the headline and lead do not already say) covered. */
  'novel',
  /** The wh-phrase's head ("which judge", "who's the officer") is in the sentence (1) or not (-1); 0 without one. */
  'head',
  /** The previous and next sentences' own shares: an answer often follows the sentence that sets it up. */
  'prev',
  'next',
  /** Share covered by the sentence's whole paragraph. */
  'paragraph',
  /** Coverage, when the question wants a typed value and the sentence has one. */
  'typedCover',
  /**
   * The question wants a filler the sentence lacks: who -> a person or body it does not name already,
   * where -> a place, why -> a cause, how many -> a number before the counted thing, when -> a time.
   */
  'gap',
  /** Share of the question's weight covered only through a close word vector (GloVe): paraphrase beyond WordNet. */
  'soft',
  /** Share of the question's news (see 'novel') covered exactly, by synonym or by a close word vector. */
  'softNovel',
  /** How close the sentence's nearest word is to the wh-phrase's head, when the head itself is not there. */
  'softHead',
  /** The better of the neighbours' soft coverage (exact, synonym or close vector). */
  'softNear',
  /** The question is pinned to a time ("in 2012", "next year") and the sentence names only other times. */
  'timeClash',
  /** "Who <verb>…" and how well the sentence says that verb (exact, synonym or close word) less 1: -1 when absent. */
  'relation',
  /**
   * A numeric question naming someone or something, and the sentence's figures are owned (the nearest
   * name before them in their clause) only by names the question does not use: -1 ("Trump has just 5
   * percent" for Clinton's share); else 0 (src/core/filler-binding.ts).
   */
  'bound',
  /**
   * The question's subject is a named person and it asks their words or act ("what did Warren call…?",
   * not "how old is Idowu?"): 1 when the sentence is theirs (their quote or statement, their name in its
   * subject, or a he/she/they opening after a sentence naming them), -1 when it is another speaker's
   * words that leave them out, else 0 (src/core/answer-asked-person.ts).
   */
  'askedPerson',
] as const;

/**
 * The word-vector features. The ranker uses them to pick the sentence; the abstention decision reads a
 * ranking fitted without them (close words for a missing fact make it look present: on cross-validation
 * they cost BBC abstention when they fed it).
 */
export const SOFT_FEATURES = ['soft', 'softNovel', 'softHead', 'softNear'] as const;

/**
 * Features no ranker weighs (their weights stay 0): only the abstention decision reads them, through
 * answerSignals. A sentence pinned to another time than the question's is often the right kind of
 * answer ranked first for want of a better one; as a ranking feature it cost cross-validated top-1
 * (BBC 0.750 → 0.742, PolNeAR 0.517 → 0.506), as an abstention signal it lifts PolNeAR abstention.
 */
export const SIGNAL_FEATURES = ['timeClash', 'relation'] as const;

/**
 * Features only the abstention ranker weighs (the ranker refitted without SOFT_FEATURES): the ranker
 * that picks the sentence leaves them out. Whose figure a sentence gives ('bound') tells an answer from
 * another thing's figure ("how much is the Clinton campaign spending on the ad?" answered with what
 * Trump lost): cross-validated PolNeAR abstention 0.650 -> 0.742; as a ranking feature it cost top-1 on
 * both sets (ranking alone BBC 0.783 -> 0.775, PolNeAR 0.525 -> 0.522).
 */
export const ABSTENTION_FEATURES = ['bound'] as const;

/**
 * Features only the ranker that picks the sentence weighs; the abstention ranker leaves them out. Whose
 * sentence it is tells which of the sentences on the matter answers, not whether the article answers:
 * fed to the abstention ranker, 'askedPerson' moved answers the article gives to "doesn't say" (PolNeAR
 * dev false "doesn't say" 8 -> 9, held-out 0 -> 1).
 */
export const RANKER_ONLY_FEATURES = ['askedPerson'] as const;

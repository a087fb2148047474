import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { DETERMINER_SOURCE } from './determiners';
import { eachMatch } from './each-match';
import { titleCased } from './quote-kind';
import { maskQuotes } from './quote-spans';
import { type CueRates, cueRate } from './speech-cues';

/**
 * General features of one quoted span with no tag and no speaker, read by the acceptance model
 * (quote-acceptance.ts): how the span looks (length, clause, capital, closing punctuation), what
 * comes near claiming it (the rules' route, the ranker's confidence in its best candidate though
 * it abstained, learned speech cues in its sentence, beside the marks and in its paragraph) and
 * where it sits (alone in its paragraph, its share of the sentence, the reporter's clause around
 * it). No word lists of particular quotes: what separates speech from a reporter's term must hold
 * on copy never seen.
 */
export const ACCEPTANCE_FEATURES = [
  'bias',
  'log-words',
  'one-word',
  'two-three-words',
  'clause-like',
  'first-person',
  'starts-capital',
  'ends-sentence',
  'ends-comma',
  'question-or-exclamation',
  'title-cased',
  'fragment',
  'speaker-confidence',
  'route-run',
  'route-speech',
  'pronoun-chain',
  'cue-in-sentence',
  'cue-in-paragraph',
  'alone-in-paragraph',
  'opens-paragraph',
  'ends-paragraph',
  'sentence-share',
  'determiner-before',
  'clause-goes-on',
  'after-colon',
  'inner-quote',
  'unclosed',
  'sentences-spanned',
  'first-paragraph',
  'quotes-in-sentence',
  'whole-sentence',
  'unclaimed',
  'route-fragment',
  // A short span (three words or fewer) is a reporter's term or someone's words on other evidence.
  'short-speaker-confidence',
  'short-cue-in-sentence',
  'short-ends-comma',
  'short-ends-sentence',
  'short-clause-goes-on',
  'short-determiner-before',
  'short-starts-capital',
  'short-unclaimed',
  'cue-just-before',
  'cue-just-after',
  'label-inside',
  'paragraph-speaker',
] as const;

const at = (name: (typeof ACCEPTANCE_FEATURES)[number]): number => ACCEPTANCE_FEATURES.indexOf(name);
const ALONE = at('alone-in-paragraph');
const CLAUSE_LIKE = at('clause-like');
const CAPITAL = at('starts-capital');
const ENDS_SENTENCE = at('ends-sentence');
const UNCLOSED = at('unclosed');
const LABEL = at('label-inside');

/**
 * A span the model must not judge though nothing claims it: a clause or a full sentence standing
 * alone in its paragraph (the house style of a quote paragraph whose speaker is named in the
 * paragraph before or after, or a bare `"No comment."`), or a quotation that never closes (the
 * engine cannot see where it ends, and a reporter's term is short and closed). Not a span holding
 * a transcript label (`"PENCE: Well, …"`): lines of several speakers, not one quote. On PolNeAR
 * train these are mostly speech (37 of 55); spans shaped like a reporter's term or a slogan (no
 * verb, no full stop, closed) are still judged.
 */
export function speechShaped(features: readonly number[]): boolean {
  const clauseOrSentence = features[CLAUSE_LIKE] === 1 || (features[CAPITAL] === 1 && features[ENDS_SENTENCE] === 1);
  if (features[LABEL] === 1) return false;
  return (features[ALONE] === 1 && clauseOrSentence) || features[UNCLOSED] === 1;
}

export interface AcceptanceInput {
  sentences: Sentence[];
  item: QuoteItem;
  /** The ranker's confidence in its best candidate, 0 when there is none. */
  confidence: number;
  pronounChain: boolean;
  /** How many quoted spans open in each sentence. */
  quotesInSentence: (id: number) => number;
  /** The strongest speech cue outside quotation marks in a sentence. */
  cueOf: (id: number) => number;
  /** Another quotation of the same paragraph has a speaker by the rules. */
  paragraphSpeaker: boolean;
  /** The speech-cue table the words near the marks are weighed by (the quote trainer's folds pass their own). */
  cues: CueRates;
}

const WORD = /\p{L}+(?:['\u2019]\p{L}+)*/gu;
/** A finite verb or a subject pronoun: the span is a clause someone said, not a name for a thing. */
const CLAUSE =
  /\b(?:i|we|you|he|she|they|it|is|are|was|were|am|be|been|will|would|can|could|should|must|shall|may|might|have|has|had|do|does|did|don['\u2019]t|didn['\u2019]t|won['\u2019]t|can['\u2019]t|isn['\u2019]t|i['\u2019]m|it['\u2019]s|that['\u2019]s|we['\u2019]re|we['\u2019]ve|they['\u2019]re|you['\u2019]re)\b/i;
const FIRST_PERSON = /\b(?:i|me|my|mine|we|us|our|ours|i['\u2019]m|i['\u2019]ve|i['\u2019]ll|i['\u2019]d)\b/i;
/**
 * Right before the opening mark, a determiner or a possessive: the quoted words name a thing in
 * the reporter's clause (`its "safety check" feature`, `the law's "Cadillac tax"`). Without one
 * they may be words someone said, however framed: after a colon, a copula (`His answer was "Not
 * today"`), a verb (`chanting "We are Orlando"`, `mouthing "thank you"`), a noun (`calls of "Love
 * you, Bernie"`), or opening the sentence (`"No comment" was the response`).
 */
export const DETERMINER_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(?:${DETERMINER_SOURCE}|so-called|\p{L}+['\u2019]s?)\s*$`,
  'iu',
);
const CLAUSE_GOES_ON = /^["\u201d'\u2019]?(?:\s*[\u2013\u2014\u2015]|\s+[\p{L}\p{N}([])/u;

/** The strongest learned speech cue among a sentence's words outside quotation marks. */
export function sentenceCue(sentence: Sentence, rates: CueRates): number {
  let best = 0;
  for (const m of eachMatch(WORD, maskQuotes(sentence.text, true))) best = Math.max(best, cueRate(m[0], rates));
  return best;
}

/** The strongest cue among up to six words of a stretch of the reporter's copy. */
function nearCue(text: string, fromEnd: boolean, rates: CueRates): number {
  const words = [...eachMatch(WORD, text.replace(/["\u201c\u201d].*$/su, ''))].map((m) => m[0]);
  const near = fromEnd ? words.slice(-6) : words.slice(0, 6);
  return Math.max(0, ...near.map((word) => cueRate(word, rates)));
}

/** A transcript label inside the marks (`"WALLACE: Let's start …"`): lines of a transcript, not one quote. */
const LABEL_INSIDE = /^\P{L}{0,3}\p{Lu}{2,}(?:\s\p{Lu}{2,})?:\s/u;

const wordsOf = (text: string): string[] => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Characters of a sentence's own text from `from` to `to` (absolute offsets), clipped to it. */
function clip(sentence: Sentence, from: number, to: number): string {
  const a = Math.max(0, from - sentence.start);
  const b = Math.min(sentence.text.length, Math.max(a, to - sentence.start));
  return sentence.text.slice(a, b);
}

export function acceptanceFeatures(input: AcceptanceInput): number[] {
  const { sentences, item, confidence } = input;
  const head = item.segments[0]!;
  const tail = item.segments[item.segments.length - 1]!;
  const first = sentences[head.startSentence]!;
  const last = sentences[tail.endSentence]!;
  const words = wordsOf(item.text);
  const n = words.length;
  // Up to 40 characters each side of the marks, within the sentence: bounded, so hostile copy stays linear.
  const lead = clip(first, head.start - 41, head.start - 1);
  const after = clip(last, tail.end, tail.end + 40);
  const inPara = (id: number): boolean => sentences[id]?.paragraph === first.paragraph;
  let paraCue = 0;
  for (let id = head.startSentence - 1; id >= head.startSentence - 2 && inPara(id); id--)
    paraCue = Math.max(paraCue, input.cueOf(id));
  for (let id = tail.endSentence + 1; id <= tail.endSentence + 2 && sentences[id]?.paragraph === last.paragraph; id++)
    paraCue = Math.max(paraCue, input.cueOf(id));
  let sentenceCueRate = 0;
  for (let id = head.startSentence; id <= tail.endSentence; id++)
    sentenceCueRate = Math.max(sentenceCueRate, input.cueOf(id));
  // Reads at most the 40 characters before or after the marks (a sentence of a thousand quotes stays linear).
  const before = head.start - first.start <= 41 ? clip(first, first.start, head.start) : null;
  const rest = last.end - tail.end <= 41 ? clip(last, tail.end, last.end) : null;
  const opensParagraph = !inPara(head.startSentence - 1) && before !== null && /^\W{0,2}$/u.test(before);
  const endsParagraph = sentences[tail.endSentence + 1]?.paragraph !== last.paragraph && !/[\p{L}\p{N}]/u.test(after);
  const span = tail.end - head.start;
  const sentenceChars = last.end - first.start;
  const route = item.route;
  const short = n <= 3 ? 1 : 0;
  const endsComma = /,$/.test(item.text) ? 1 : 0;
  const endsSentence = /[.!?…]["'\u2019)\]]*$/.test(item.text) ? 1 : 0;
  const goesOn = CLAUSE_GOES_ON.test(after) ? 1 : 0;
  const determiner = DETERMINER_BEFORE.test(lead) ? 1 : 0;
  const capital = /^\P{L}*\p{Lu}/u.test(item.text) ? 1 : 0;
  const unclaimed = route === 'none' ? 1 : 0;
  const opensSentence = before !== null && !/[\p{L}\p{N}]/u.test(before);
  const closesSentence = rest !== null && !/[\p{L}\p{N}]/u.test(rest);
  return [
    1,
    Math.log1p(n) / 3,
    n <= 1 ? 1 : 0,
    n >= 2 && n <= 3 ? 1 : 0,
    CLAUSE.test(item.text) ? 1 : 0,
    FIRST_PERSON.test(item.text) ? 1 : 0,
    capital,
    endsSentence,
    endsComma,
    /[?!]/.test(item.text) ? 1 : 0,
    n <= 10 && titleCased(words) ? 1 : 0,
    item.kind === 'fragment' ? 1 : 0,
    confidence,
    route === 'run-previous' || route === 'run-next' || route === 'colon' ? 1 : 0,
    route === 'speech-before' || route === 'fragment-speech' || route === 'clause-speech' ? 1 : 0,
    input.pronounChain ? 1 : 0,
    sentenceCueRate,
    paraCue,
    opensParagraph && endsParagraph ? 1 : 0,
    opensParagraph ? 1 : 0,
    endsParagraph ? 1 : 0,
    sentenceChars > 0 ? Math.min(1, span / sentenceChars) : 1,
    determiner,
    goesOn,
    /:\s*$/.test(lead) ? 1 : 0,
    /[\u2018']\p{L}/u.test(item.text) && /[\u2019']/.test(item.text.slice(1)) && /\s[\u2018']/u.test(item.text) ? 1 : 0,
    tail.closed ? 0 : 1,
    Math.min(3, tail.endSentence - head.startSentence) / 3,
    first.paragraph === 0 ? 1 : 0,
    Math.min(4, input.quotesInSentence(head.startSentence) - 1) / 4,
    opensSentence && closesSentence ? 1 : 0,
    unclaimed,
    route === 'fragment-speech' ? 1 : 0,
    short * confidence,
    short * sentenceCueRate,
    short * endsComma,
    short * endsSentence,
    short * goesOn,
    short * determiner,
    short * capital,
    short * unclaimed,
    nearCue(
      lead.slice(Math.max(lead.lastIndexOf('"'), lead.lastIndexOf('\u201c'), lead.lastIndexOf('\u201d')) + 1),
      true,
      input.cues,
    ),
    nearCue(after.replace(/^["\u201d'\u2019]/, ''), false, input.cues),
    LABEL_INSIDE.test(item.text) ? 1 : 0,
    input.paragraphSpeaker ? 1 : 0,
  ];
}

import type { Sentence } from './analysis-types';
import { afterApposition } from './apposition';
import type { PersonMention } from './people';
import { sentenceSlice } from './quote-contexts';
import { type CueRates, cueAfter, cueBefore, SHIPPED_CUES } from './speech-cues';
import { QUOTE_VERBS, REPORTING_VERBS } from './speech-verbs';

/** Feature names of the constructions below, in vector order. */
export const CONSTRUCTION_FEATURES = [
  'sentence-subject-before',
  'first-named-in-sentence',
  'colon-intro',
  'opens-paragraph-after-subject',
  'speech-verb-next-to-name',
  'cue-after-subject-before',
  'cue-next-to-name-after',
  'cue-in-previous-sentence',
  'cue-in-next-sentence',
] as const;

/** Where one quotation sits, as the construction features need it. */
export interface QuotePlace {
  startSentence: number;
  endSentence: number;
  start: number;
  end: number;
  /** The quote opens its paragraph (nothing of the reporter's before it). */
  opensParagraph: boolean;
}

const VERB_AFTER = /^\s+(?:has\s+|had\s+|also\s+|later\s+|then\s+|again\s+)?([a-z]+)/;
const VERB_BEFORE = /\b([a-z]+)\s+$/;

/**
 * Where the colon is when `text` up to `end` (exclusive) ends in a colon and whitespace, else -1.
 * Walks back from the end: a regular expression anchored at `$` scans the whole text, and this
 * runs for every quote and candidate, on sentences that can be 100 KB long.
 */
function colonEndingAt(text: string, end: number): number {
  let i = Math.min(end, text.length) - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i >= 0 && text[i] === ':' ? i : -1;
}

/**
 * "Cruz said", "Cruz also told", "Cruz, the Texas senator, said": a speech verb follows the name. With `naming`,
 * "called" too ("Trump later called Haley "very weak""): PolNeAR train's annotators mark a "called" before a
 * quotation as the cue of the subject before it in 96 of the 118 they annotate (nearer-speech-subject.ts).
 */
export function speechVerbAfter(sentence: Sentence, m: Pick<PersonMention, 'start' | 'end'>, naming = false): boolean {
  const from = sentence.start + afterApposition(sentence.text, m.start - sentence.start, m.end - sentence.start);
  const after = VERB_AFTER.exec(sentenceSlice(sentence, from, from + 30));
  if (naming && after && /^call(?:s|ed)?$/.test(after[1]!)) return true;
  return !!after && (QUOTE_VERBS.has(after[1]!) || REPORTING_VERBS.has(after[1]!));
}

/** "Cruz said", "Cruz also told", "said Cruz": the name is the subject of a speech verb. */
function nextToSpeechVerb(sentence: Sentence, m: PersonMention): boolean {
  if (speechVerbAfter(sentence, m)) return true;
  const before = VERB_BEFORE.exec(sentenceSlice(sentence, m.start - 20, m.start));
  return !!before && QUOTE_VERBS.has(before[1]!);
}

/**
 * How a candidate's mentions stand to a quotation, in the constructions that carry attribution
 * without a tag next to the quote: the subject of the reporter's sentence that quotes part of
 * what they said ("Cruz argued that if Trump wins "we will see ...""), a colon introduction
 * ("Cruz called them on it:" / "Cruz continued:"), a paragraph made only of a quotation after a
 * paragraph about its speaker, and names used as the subject of a speech verb nearby.
 * `isQuoted` keeps names inside quotations out (they are spoken about, not speaking).
 */
/** What a mention's own sentence says around it; the same for every quote that weighs it. */
interface MentionCues {
  speechVerb: boolean;
  /** cueAfter to the sentence's end (it reads at most 200 characters). */
  after: number;
  before: number;
  /** The cue table they were read with. */
  rates: CueRates;
}

/**
 * Per mention, computed once: a quote weighs every mention nearby, so a sentence holding
 * thousands of quotes and names would otherwise redo these for each pair.
 */
const mentionCues = new WeakMap<PersonMention, MentionCues>();

function cuesOf(sentence: Sentence, m: PersonMention, rates: CueRates): MentionCues {
  let cues = mentionCues.get(m);
  if (cues?.rates !== rates) {
    cues = {
      speechVerb: nextToSpeechVerb(sentence, m),
      after: cueAfter(sentence.text, m.end - sentence.start, sentence.text.length, rates),
      before: cueBefore(sentence.text, m.start - sentence.start, rates),
      rates,
    };
    mentionCues.set(m, cues);
  }
  return cues;
}

export function constructionFeatures(
  sentences: Sentence[],
  quote: QuotePlace,
  mentions: PersonMention[],
  firstInSentence: PersonMention | null,
  rates: CueRates = SHIPPED_CUES,
): number[] {
  const own = sentences[quote.startSentence]!;
  const previous = sentences[quote.startSentence - 1];
  const previousParagraphEnd = quote.opensParagraph ? previous : undefined;
  let subjectBefore = 0;
  let first = 0;
  let colon = 0;
  let paragraphSubject = 0;
  let speechVerb = 0;
  // Learned cue evidence (speech-cues.ts) next to the name, by where the name is.
  let cueSubject = 0;
  let cueAfterQuote = 0;
  let cuePrevious = 0;
  let cueNext = 0;
  const end = sentences[quote.endSentence]!;
  // The colon that introduces the quote in its own sentence (absolute offset), and whether the
  // quote opens its sentence right after a sentence ending in a colon.
  const beforeQuote = Math.max(0, quote.start - 1 - own.start);
  const colonInOwn = colonEndingAt(own.text, beforeQuote);
  const colonAt = colonInOwn < 0 ? -1 : own.start + colonInOwn;
  const afterColonSentence =
    !!previous &&
    own.text.slice(0, beforeQuote).trim() === '' &&
    colonEndingAt(previous.text, previous.text.length) >= 0;
  for (const m of mentions) {
    const sentence = sentences[m.sentenceId]!;
    if (m.sentenceId === quote.startSentence && m.end <= quote.start) {
      if (m.subject) subjectBefore = 1;
      if (m === firstInSentence) first = 1;
      if (colonAt >= m.end) colon = 1;
    }
    if (afterColonSentence && m.sentenceId === previous!.id) colon = 1;
    if (previousParagraphEnd && sentence.paragraph === previousParagraphEnd.paragraph && m.subject && !m.object)
      paragraphSubject = 1;
    const cues = cuesOf(sentence, m, rates);
    if (cues.speechVerb) speechVerb = 1;
    const at = m.start - sentence.start;
    const after = m.end - sentence.start;
    if (m.sentenceId === quote.startSentence && m.end <= quote.start) {
      // Up to the quote: past 200 characters away that is what cueAfter reads to the end anyway.
      const limit = quote.start - sentence.start;
      cueSubject = Math.max(
        cueSubject,
        limit >= after + 200 ? cues.after : cueAfter(sentence.text, after, limit, rates),
      );
    } else if (m.sentenceId === quote.endSentence && m.start >= quote.end) {
      const near = at - (quote.end - sentence.start) <= 40 ? cues.before : 0;
      cueAfterQuote = Math.max(cueAfterQuote, near, cues.after);
    } else if (m.sentenceId === quote.startSentence - 1 && sentence.paragraph === own.paragraph)
      cuePrevious = Math.max(cuePrevious, cues.after);
    else if (m.sentenceId === quote.endSentence + 1 && sentence.paragraph === end.paragraph)
      cueNext = Math.max(cueNext, cues.before, cues.after);
  }
  return [subjectBefore, first, colon, paragraphSubject, speechVerb, cueSubject, cueAfterQuote, cuePrevious, cueNext];
}

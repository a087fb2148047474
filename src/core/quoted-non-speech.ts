import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { digestExcerpt } from './digest-excerpt';
import { DETERMINER_BEFORE, sentenceCue } from './quote-acceptance-features';
import { titleCased } from './quote-kind';
import type { QuoteSegment } from './quote-spans';
import { type CueRates, SHIPPED_CUES } from './speech-cues';

/**
 * Below this learned cue rate (speech-cues.ts: the share of a word's PolNeAR train occurrences
 * that annotators marked as an attribution cue) no word of a sentence says anyone spoke. Chosen on
 * PolNeAR train (0.5 to 0.9 score alike), confirmed on dev; see docs/evaluation.md, "Quotes and speakers".
 */
const TERM_CUE = 0.5;
/** A reporter's quoted term is a name for a thing ("a “launch team”"), not a clause. */
const TERM_WORDS = 3;
/** Between two items of a list, once marks and spaces are gone: nothing, a comma, "and"/"or". */
const LIST_JOIN = /^(?:,|,?(?:and|or))?$/;
/**
 * After the closing mark the reporter's clause goes on: a dash, or a space and a word (`"launch
 * team" set to`). A stop, comma or sentence end after the mark (British style puts them outside)
 * ends the clause there: the quote may be an utterance (`"Not going anywhere". Mr Johnson…`).
 */
const CLAUSE_GOES_ON = /^["\u201d'\u2019]?(?:\s*[\u2013\u2014\u2015]|\s+[\p{L}\p{N}([])/u;

export interface NonSpeechInput {
  item: QuoteItem;
  /** The quoted span before this one in the article, if any. */
  previous: QuoteItem | null;
  /** The speaker the ranker settled on (null: it abstained). */
  speaker: string | null;
}

export interface NonSpeechOptions {
  /** The speech-cue table (default: the shipped one; the quote trainer's folds pass one learned without them). */
  cues?: CueRates;
}

/** The copy between two offsets of one sentence, or null when they lie in different sentences. */
function between(sentence: Sentence, from: number, to: number): string | null {
  if (from < sentence.start || to > sentenceEnd(sentence) || from > to) return null;
  return sentence.text.slice(from - sentence.start, to - sentence.start);
}

const sentenceEnd = (sentence: Sentence): number => sentence.start + sentence.text.length;

/** Up to 16 characters of copy from an offset within a sentence. */
function from(sentence: Sentence, offset: number): string {
  const at = offset - sentence.start;
  return at < 0 ? '' : sentence.text.slice(at, at + 16);
}

/**
 * Quoted spans a brief must not show as someone's words, though they pass for speech by their
 * shape: a title listed after a title (`roles in “Grinch,” “Apollo 13,” and …`); a digest's excerpt of a linked piece
 * after its headline and byline; and a reporter's
 * term, a few quoted words inside the reporter's own clause (words before the mark and after it)
 * that no tag, construction or speaker claims, in a sentence where no word says anyone spoke
 * (`part of a “launch team” set to prepare…`). PolNeAR's annotators count such spans as speech
 * only inside an attribution, which a speech cue in the sentence marks. Returns the judge for one
 * article; call it once per quote, in the article's order.
 */
export function quotedNonSpeech(
  sentences: Sentence[],
  options: NonSpeechOptions = {},
): (input: NonSpeechInput) => boolean {
  const { cues: rates = SHIPPED_CUES } = options;
  // Each sentence's cue read once, however many quotes it holds (a hostile article stays linear).
  const cues = new Map<number, number>();
  const cueOf = (id: number): number => {
    const known = cues.get(id);
    if (known !== undefined) return known;
    const cue = sentenceCue(sentences[id]!, rates);
    cues.set(id, cue);
    return cue;
  };
  const reaches = (item: QuoteItem): boolean => {
    const last = item.segments[item.segments.length - 1]!.endSentence;
    for (let id = item.segments[0]!.startSentence; id <= last; id++) if (cueOf(id) >= TERM_CUE) return true;
    return false;
  };
  // Titles this judge found, so that a list of three or more titles goes as one.
  const listedTitles = new Set<QuoteItem>();
  const listedAfter = (previous: QuoteItem | null, head: QuoteSegment, sentence: Sentence): boolean => {
    if (!previous) return false;
    const gap = between(sentence, previous.segments[previous.segments.length - 1]!.end, head.start);
    return gap !== null && gap.length <= 40 && LIST_JOIN.test(gap.replace(/["'\u2018\u2019\u201c\u201d\s]+/g, ''));
  };
  return ({ item, previous, speaker }) => {
    const head = item.segments[0]!;
    const sentence = sentences[head.startSentence]!;
    const words = item.words;
    if (
      listedAfter(previous, head, sentence) &&
      (previous!.kind === 'title' || previous!.mediaTitle || listedTitles.has(previous!)) &&
      words.length <= 10 &&
      titleCased(words) &&
      /[^?!]$/.test(item.text)
    ) {
      listedTitles.add(item);
      return true;
    }
    // A digest's excerpt of the piece its headline and byline credit: whoever the ranker found near it (digest-excerpt.ts).
    if (digestExcerpt(item, previous, sentences)) return true;
    if (speaker !== null || item.tag !== null || item.route !== 'none' || words.length > TERM_WORDS) return false;
    if (/[.!?…]["'\u2019)\]]*$/.test(item.text) || reaches(item)) return false;
    const tail = item.segments[item.segments.length - 1]!;
    // The last words before the opening mark: a bounded window, so a sentence of thousands of
    // quotes is read in linear time.
    const at = Math.max(0, head.start - 1 - sentence.start);
    const lead = sentence.text.slice(Math.max(0, at - 40), at);
    return CLAUSE_GOES_ON.test(from(sentences[tail.endSentence]!, tail.end)) && DETERMINER_BEFORE.test(lead);
  };
}

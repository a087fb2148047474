import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { titleCased } from './quote-kind';
import { maskQuotes } from './quote-spans';
import { cueRate } from './speech-cues';

/**
 * Below this learned cue rate (speech-cues.ts: the share of a word's PolNeAR train occurrences
 * that annotators marked as an attribution cue) no word of a sentence says anyone spoke. Chosen on
 * PolNeAR train (0.5 to 0.9 score alike), confirmed on dev; see README, "Quotes and speakers".
 */
const TERM_CUE = 0.5;
/** A reporter's quoted term is a name for a thing ("a “launch team”"), not a clause. */
const TERM_WORDS = 3;
const WORD = /\p{L}+(?:['\u2019]\p{L}+)*/gu;
/**
 * A link right after the closing mark (`"…" http://nyti.ms/1U0Xvbm.`), not a post's own link: a
 * tweet quoted with its `https://t.co/…` is its author's words.
 */
const LINK_AFTER =
  /^["\u201d'\u2019]?\s*\(?(?:https?:\/\/|www\.)(?!(?:t\.co|(?:pic\.|mobile\.)?twitter\.com|x\.com)\/)/;
/** Between two items of a list: the marks, a comma, "and"/"or". */
const LIST_GAP = /^["\u201d\u201c\s]*(?:,|,?\s*(?:and|or))?["\u201d\u201c\s]*$/;

export interface NonSpeechInput {
  item: QuoteItem;
  /** The quoted span before this one in the article, if any. */
  previous: QuoteItem | null;
  /** The speaker the ranker settled on (null: it abstained). */
  speaker: string | null;
}

function contentWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** The copy between two offsets of one sentence, or null when they lie in different sentences. */
function between(sentence: Sentence, from: number, to: number): string | null {
  if (from < sentence.start || to > sentenceEnd(sentence) || from > to) return null;
  return sentence.text.slice(from - sentence.start, to - sentence.start);
}

const sentenceEnd = (sentence: Sentence): number => sentence.start + sentence.text.length;

/** The strongest speech cue among a sentence's words outside quotation marks. */
function sentenceCue(sentence: Sentence): number {
  let best = 0;
  for (const m of maskQuotes(sentence.text, true).matchAll(WORD)) best = Math.max(best, cueRate(m[0]));
  return best;
}

/** Up to 16 characters of copy from an offset within a sentence. */
function from(sentence: Sentence, offset: number): string {
  const at = offset - sentence.start;
  return at < 0 ? '' : sentence.text.slice(at, at + 16);
}

/**
 * Quoted spans a brief must not show as someone's words, though they pass for speech by their
 * shape: an HTML attribute value left in the copy (`tweet-author="…"`); a reading list's excerpt
 * of a linked piece (`"…" http://nyti.ms/…`); a title listed after a title (`roles in “Grinch,”
 * “Apollo 13,” and …`); and a reporter's term, a few quoted words with no sentence end that no
 * tag, construction or speaker claims, in a sentence where no word says anyone spoke (`part of a
 * “launch team” set to prepare…`). PolNeAR's annotators count such spans as speech only inside an
 * attribution, which a speech cue in the sentence marks. Returns the judge for one article.
 */
export function quotedNonSpeech(sentences: Sentence[]): (input: NonSpeechInput) => boolean {
  // Each sentence's cue read once, however many quotes it holds (a hostile article stays linear).
  const cues = new Map<number, number>();
  const cueOf = (id: number): number => {
    const known = cues.get(id);
    if (known !== undefined) return known;
    const cue = sentenceCue(sentences[id]!);
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
  return ({ item, previous, speaker }) => {
    const head = item.segments[0]!;
    const sentence = sentences[head.startSentence]!;
    if (between(sentence, head.start - 2, head.start - 1) === '=') return true;
    // A reading list's excerpt of a linked piece ("…," by Times' Ben Sisario: "…" http://…): the
    // piece's words, not anyone's speech.
    const tail = item.segments[item.segments.length - 1]!;
    const after = from(sentences[tail.endSentence]!, tail.end);
    const next = sentences[tail.endSentence + 1];
    const linked = LINK_AFTER.test(after) || (/^\W{0,2}$/.test(after) && next && LINK_AFTER.test(next.text));
    // Only with no tag of its own (`Trump wrote: "…" http://…` stays his) or after the piece's
    // credited headline (`"…," by Times' Ben Sisario: "…"`, a title in quote-kind.ts).
    if (linked && (item.tag === null || previous?.kind === 'title')) {
      return true;
    }
    const words = contentWords(item.text);
    if (
      previous &&
      (previous.kind === 'title' || previous.mediaTitle || listedTitles.has(previous)) &&
      words.length <= 10 &&
      titleCased(words) &&
      /[^?!]$/.test(item.text) &&
      LIST_GAP.test(between(sentence, previous.segments[previous.segments.length - 1]!.end, head.start) ?? '.')
    ) {
      listedTitles.add(item);
      return true;
    }
    return (
      speaker === null &&
      item.tag === null &&
      item.route === 'none' &&
      words.length <= TERM_WORDS &&
      !/[.!?…]["'\u2019)\]]*$/.test(item.text) &&
      !reaches(item)
    );
  };
}

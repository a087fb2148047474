import type { Sentence } from './analysis-types';

/** One stretch between quote marks, offsets into the input (marks excluded). */
export interface QuoteSegment {
  start: number;
  end: number;
  startSentence: number;
  endSentence: number;
  /** Re-opened after being left open at the end of the previous sentence or paragraph. */
  continuesPrevious: boolean;
  /** False when the copy never closed it (the segment ends where the quote was given up). */
  closed: boolean;
}

const OPEN_CURLY = '\u201c';
const CLOSE_CURLY = '\u201d';

/** Index of the first quote mark at or after `from`, or -1. */
function nextMark(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 34 || c === 0x201c || c === 0x201d) && !inchMark(text, i)) return i;
  }
  return -1;
}

/**
 * Feet and inches inside the reporter's sentence ("is 6'3\" tall"): the double mark is no quote
 * mark. Before punctuation ("he's like 6’2”.") it may close a quote too, so it stays one there.
 */
function inchMark(text: string, i: number): boolean {
  return (
    i >= 3 &&
    /\d['\u2019]\d{1,2}$/.test(text.slice(Math.max(0, i - 4), i)) &&
    /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3))
  );
}

/**
 * An opening curly mark set where a closing one belongs, against a word's end and before a space
 * or punctuation (`“rapists“ while`, `“Frozen“ and`, `here,“ said`): a typo for the closer, not a
 * new quotation, or everything up to the next mark is read as quoted.
 */
function misturnedCloser(text: string, i: number): boolean {
  return i > 0 && /[\p{L}\p{N}.,!?…]/u.test(text[i - 1]!) && /^(?:[\s,.;:!?)]|$)/.test(text.slice(i + 1, i + 2));
}

/** A straight quote with a space (or line start) before it and a word after it opens a quote. */
function looksLikeOpener(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + 1] ?? ' ';
  return /[\s([—–-]/.test(before) && /[^\s,.;:!?)]/.test(after);
}

/**
 * A sentence that starts with a quote mark re-opens a quote. Read past one space: paired '' marks
 * are read as ` "` (double-apostrophe-marks.ts), so a sentence that opens with one starts with a space.
 * A straight mark with a space after it closes instead: the splitter cuts `mean? " Clinton asked`
 * after the question mark, leaving the closer at the next sentence's start.
 */
function opensWithMark(text: string): boolean {
  const at = text[0] === ' ' ? 1 : 0;
  const first = text[at];
  return first === OPEN_CURLY || (first === '"' && looksLikeOpener(text, at));
}

/** First quote mark in a sentence and whether it can close a quote left open before it. */
function firstMarkCloses(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === CLOSE_CURLY) return true;
    if (ch === OPEN_CURLY) return misturnedCloser(text, i);
    if (ch === '"') return !looksLikeOpener(text, i);
  }
  return false;
}

/**
 * Pairs quote marks across the body. Straight quotes toggle; curly quotes say which they are. A
 * quote left open at the end of a sentence runs on when the next sentence closes it, and is
 * re-opened (newspaper convention) when the next sentence starts with a quote mark.
 */
export function scanQuoteSegments(sentences: Sentence[]): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  let open: { start: number; sentence: number; continuesPrevious: boolean } | null = null;
  // The mark that opened the latest quote: a quote left open with words in it and re-opened in the other style (a
  // straight-marked excerpt whose next paragraph opens a curly-marked quote) is a new quotation, not the same one
  // carried on. A mark that only opened at the very end (a closer misread, after a nested quote) says nothing.
  let opener = '';
  let carried = '';
  let previous: Sentence | null = null;
  const nextMarked = markedAhead(sentences);
  const carriedOn = quotedNextParagraph(sentences);

  const close = (end: number, endSentence: number, closed: boolean): void => {
    if (!open) return;
    if (end > open.start) {
      segments.push({
        start: open.start,
        end,
        startSentence: open.sentence,
        endSentence,
        continuesPrevious: open.continuesPrevious,
        closed,
      });
    }
    open = null;
  };

  sentences.forEach((sentence, index) => {
    const text = sentence.text;
    let reopen = false;
    if (open && previous) {
      const startsWithMark = opensWithMark(text);
      const sameParagraph = previous.paragraph === sentence.paragraph;
      if (startsWithMark) {
        carried = open.start < previous.end ? opener : '';
        close(previous.end, previous.id, false);
        reopen = true;
      } else if (
        !(sameParagraph && (firstMarkCloses(text) || runsOn(sentences, index, nextMarked) || carriedOn[index]))
      ) {
        close(previous.end, previous.id, false);
      }
    }
    const lead = text.length - text.trimStart().length;
    for (let i = nextMark(text, 0); i >= 0; i = nextMark(text, i + 1)) {
      const ch = text[i]!;
      const at = sentence.start + i;
      if (open === null) {
        if (ch === CLOSE_CURLY) continue;
        open = {
          start: at + 1,
          sentence: sentence.id,
          continuesPrevious: reopen && i === lead && (carried === '' || ch === carried),
        };
        opener = ch;
      } else if (
        (ch === OPEN_CURLY && !misturnedCloser(text, i)) ||
        (ch === '"' && open.sentence !== sentence.id && looksLikeOpener(text, i) && i === lead)
      ) {
        // A fresh opening mark while open: the earlier quote was never closed.
        close(at, sentence.id, false);
        open = { start: at + 1, sentence: sentence.id, continuesPrevious: false };
        opener = ch;
      } else {
        close(at, sentence.id, true);
      }
    }
    previous = sentence;
  });
  const last = previous as Sentence | null;
  if (open && last) close(last.end, last.id, false);
  return segments;
}

/**
 * A quote left open runs on through sentences without quote marks when a later sentence of the
 * same paragraph closes it or re-opens it ("...principle. / It's only when ... / "But any ...").
 * However long the quote: `nextMarked` (one pass, see markedAhead) finds that sentence directly.
 */
function runsOn(sentences: Sentence[], index: number, nextMarked: number[]): boolean {
  const i = nextMarked[index]!;
  if (i < 0) return false;
  const text = sentences[i]!.text;
  if (i > index && opensWithMark(text)) return true;
  return firstMarkCloses(text);
}

/**
 * For each sentence, whether no later sentence of its paragraph has a quote mark and the next paragraph opens with
 * one: a quote left open there runs on to the paragraph's end (newspaper convention: a quotation over paragraphs
 * leaves each but the last unclosed and re-opens the next), so "…, and that's gone. It's not coming back." ¶ "The
 * council …" keeps its last sentence and the next paragraph carries it on. One pass, from the end.
 */
function quotedNextParagraph(sentences: Sentence[]): boolean[] {
  const out = new Array<boolean>(sentences.length).fill(false);
  for (let i = sentences.length - 2; i >= 0; i--) {
    const next = sentences[i + 1]!;
    if (next.paragraph !== sentences[i]!.paragraph) out[i] = opensWithMark(next.text);
    else out[i] = out[i + 1]! && nextMark(next.text, 0) < 0;
  }
  return out;
}

/** For each sentence, the first sentence at or after it in its paragraph with a quote mark, or -1. */
function markedAhead(sentences: Sentence[]): number[] {
  const next = new Array<number>(sentences.length).fill(-1);
  for (let i = sentences.length - 1; i >= 0; i--) {
    if (nextMark(sentences[i]!.text, 0) >= 0) next[i] = i;
    else if (i + 1 < sentences.length && sentences[i + 1]!.paragraph === sentences[i]!.paragraph)
      next[i] = next[i + 1]!;
  }
  return next;
}

/** Blanks out double-quoted stretches, keeping offsets, so that verbs inside quotes are not tags. */
export function maskQuotes(text: string, blankMarks = false): string {
  // One space per UTF-16 unit inside quotes (a surrogate pair becomes two), copied in chunks.
  let inside = false;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c !== 34 && c !== 0x201c && c !== 0x201d) || inchMark(text, i)) continue;
    out += inside ? ' '.repeat(i - from) : text.slice(from, i);
    inside = c === 0x201c ? !(inside && misturnedCloser(text, i)) : c === 0x201d ? false : !inside;
    out += blankMarks ? ' ' : text[i]!;
    from = i + 1;
  }
  return out + (inside ? ' '.repeat(text.length - from) : text.slice(from));
}

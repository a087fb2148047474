import type { Sentence } from './analysis-types';
import { doubleApostropheMarks } from './double-apostrophe-marks';
import { paragraphMarks } from './paragraph-marks';

/**
 * The quote readers and the question's claim span (claim-span.ts) both read one article's sentences with their marks
 * normalised: kept per sentence array, so the second asker reuses the first's reading (every character of the copy
 * scanned for its style, twice, was ~0.7% of an analysis). A WeakMap, so it goes with the analysis; the result is
 * never mutated by its readers.
 */
const MARKED = new WeakMap<Sentence[], Sentence[]>();

/**
 * British copy quotes speech in single marks ('…' or ‘…’) and nests double ones; apostrophes use
 * the same characters. For an article in that style, returns sentences whose quote-like single
 * marks are rewritten as double ones and whose double marks nested in them become single (same offsets), so the
 * quote scanner reads both styles; a double quotation standing outside them stays one. Copy that pairs two apostrophes as marks (''…'', the NYT feed's
 * style) reads them as double ones first, so its nested single quotes are not taken for British
 * style. Other articles come back unchanged (the same array).
 */
export function normalizeQuoteMarks(input: Sentence[]): Sentence[] {
  let marked = MARKED.get(input);
  if (marked === undefined) {
    marked = readMarks(input);
    MARKED.set(input, marked);
  }
  return marked;
}

function readMarks(input: Sentence[]): Sentence[] {
  const sentences = doubleApostropheMarks(input);
  if (!singleQuoteStyle(input, sentences)) return sentences;
  return paragraphMarks(sentences, (text, wasOpen) => {
    let open = wasOpen;
    const lastCloser = lastCloserShape(text);
    let nextOpeners: number[] | null = null;
    let nextClosers: number[] | null = null;
    // Whether the first single mark after `at` that could open or close a quote opens one.
    const opensNext = (at: number): boolean => {
      nextOpeners ??= nextShapes(text, (c, i) => (c === "'" || c === '\u2018') && opensQuote(text, i));
      nextClosers ??= nextShapes(text, (c, i) => (c === "'" || c === '\u2019') && closesQuote(text, i));
      return nextOpeners[at]! < nextClosers[at]!;
    };
    let out = '';
    let from = 0;
    // A double quotation outside any single one is a quotation of its own (ABC copy quotes speech in '…' and a
    // phrase in "…"): kept, and the single marks inside it are its nested ones. Inside a single quotation, a double
    // one is nested and is swapped.
    let doubleOpen = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      let replacement: string | null = null;
      if (c === '"' || c === '\u201c' || c === '\u201d') {
        if (doubleOpen && c !== '\u201c') doubleOpen = false;
        else if (!open && c !== '\u201d' && opensQuote(text, i)) doubleOpen = true;
        else replacement = c === '"' ? "'" : c === '\u201c' ? '\u2018' : '\u2019';
      } else if (doubleOpen) {
        // a single mark nested in a kept double quotation
      } else if (c === "'" || c === '\u2018' || c === '\u2019') {
        if (!open && c !== '\u2019' && opensQuote(text, i)) {
          replacement = c === "'" ? '"' : '\u201c';
          open = true;
        } else if (open && c !== '\u2018' && closesQuote(text, i)) {
          // "the players' union" inside a quote: a plural possessive when a later mark can close, unless the
          // next mark opens a quote: British copy nests double marks, so "'grey areas' but said 'these …'"
          // closes at "areas'", while "'the farmers' voices heard,' said Kerr, 'and …'" closes at "heard,'".
          const possessive =
            text[i - 1] === 's' && /^ [a-z]/.test(text.slice(i + 1, i + 3)) && i < lastCloser && !opensNext(i + 1);
          if (!possessive) {
            replacement = c === "'" ? '"' : '\u201d';
            open = false;
          }
        }
      }
      if (replacement !== null) {
        out += text.slice(from, i) + replacement;
        from = i + 1;
      }
    }
    return { text: from === 0 ? text : out + text.slice(from), open };
  });
}

const WORDISH = /[\p{L}\p{N}]/u;

function opensQuote(text: string, i: number): boolean {
  const prev = i === 0 ? ' ' : text[i - 1]!;
  const next = text[i + 1] ?? '';
  if (!/[\s([—–-]/.test(prev) && prev !== '"' && prev !== '\u201c') return false;
  // '90s and 'em are elisions, not quotes.
  if (/\d/.test(next) || /^em\b/.test(text.slice(i + 1, i + 4))) return false;
  return WORDISH.test(next) || next === '.' || next === '\u2026' || next === '[';
}

function closesQuote(text: string, i: number): boolean {
  const prev = i === 0 ? ' ' : text[i - 1]!;
  const next = text[i + 1] ?? ' ';
  if (/\s/.test(prev)) return false;
  if (WORDISH.test(prev) && WORDISH.test(next)) return false; // it's, O'Brien
  return /[\s,.;:!?)\]—–-]/.test(next) || next === '"' || next === '\u201d';
}

/**
 * For each index, the first mark at or after it of the shape `is` tests, or Infinity: one pass from the
 * right, so a sentence of thousands of marks stays linear.
 */
function nextShapes(text: string, is: (c: string, i: number) => boolean): number[] {
  const next = new Array<number>(text.length + 1);
  next[text.length] = Number.POSITIVE_INFINITY;
  for (let i = text.length - 1; i >= 0; i--) next[i] = is(text[i]!, i) ? i : next[i + 1]!;
  return next;
}

/** Index of the last single mark in the text that could close a quote, or -1. */
function lastCloserShape(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if ((c === "'" || c === '\u2019') && closesQuote(text, i)) return i;
  }
  return -1;
}

/**
 * More single quotations than double ones: British style. Quotations are counted as they open, like with like (a
 * closing mark is no second quotation: counting every double mark let one "…" phrase cancel two '…' quotes, review
 * s48 B-a49-1). Decided on the copy's own marks: a ''…'' or ``…'' pair (read as double marks, `marked`) is one
 * quotation, and a single mark inside any double quotation is a nested quote, no sign of British style. Copy that
 * holds double quotations sets off a term or two in single marks ("a 'fiscal hawk'", "rated 'BB+'"): those say
 * nothing of British style there; single-quoted speech does (review s29 B-ux29-3).
 */
function singleQuoteStyle(input: Sentence[], marked: Sentence[]): boolean {
  let doubles = 0;
  let singles = 0;
  let terms = 0;
  let insideDouble = false;
  let paragraph = -1;
  for (let k = 0; k < marked.length; k++) {
    const text = marked[k]!.text;
    const own = input[k]!.text;
    if (marked[k]!.paragraph !== paragraph) insideDouble = false;
    paragraph = marked[k]!.paragraph;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '"' && (own[i] === "'" || own[i] === '`')) {
        // A rewritten '' or `` mark: the opening one leaves a space where its first mark was.
        insideDouble = (own[i - 1] === "'" || own[i - 1] === '`') && text[i - 1] === ' ';
        if (insideDouble) doubles++;
      } else if (c === '\u201c' || (c === '"' && !insideDouble)) {
        doubles++;
        insideDouble = true;
      } else if (c === '"' || c === '\u201d') insideDouble = false;
      else if ((c === "'" || c === '\u2018') && !insideDouble && opensQuote(text, i)) {
        singles++;
        if (singleSpanWords(text, i) <= SCARE_WORDS) terms++;
      }
    }
  }
  const british = doubles > 0 ? singles - terms : singles;
  return british > 0 && british > doubles;
}

/** The most words a single-quoted term has: more is someone's words. */
const SCARE_WORDS = 3;

/** A term that fits three words closes within this many characters; the bound keeps a sentence of marks linear. */
const SCARE_CHARS = 80;

/** Words between the single mark opening at `i` and the mark closing it nearby (Infinity if none within reach). */
function singleSpanWords(text: string, i: number): number {
  const end = Math.min(text.length, i + 1 + SCARE_CHARS);
  for (let j = i + 1; j < end; j++) {
    const c = text[j];
    if ((c === "'" || c === '\u2019') && closesQuote(text, j))
      return text
        .slice(i + 1, j)
        .split(/\s+/)
        .filter(Boolean).length;
  }
  return Number.POSITIVE_INFINITY;
}

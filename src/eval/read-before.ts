/**
 * Whether a passage the sample script may draw was read before, by a row of a hand-read sample
 * table (docs/hand-read-questions.md): the match that keeps the unread-only draws unread.
 */
import { stemmer } from 'stemmer';
import { STOPWORDS } from '../core/stopwords';
import { foldApostrophes } from '../core/tokenize-words';

/** Which matches a draw uses; each sample keeps the ones its draw was made with. */
export interface ReadMatch {
  /** Sample 18 on: a read row of 2–7 words counts when the passage holds it whole. */
  shortWhole?: boolean;
  /** Sample 19 on: a row counts when the passage holds most of its content words (a rephrased question). */
  byContent?: boolean;
  /**
   * Sample 21 on: a passage sentence read in any article's row counts (sample 20's #21 was the same
   * Associated Press sentence read under a sibling article's headline).
   */
  anyArticle?: boolean;
  /**
   * Sample 59 on: a sentence drawn earlier in the same draw counts as read, as a row of it would (sample 57's #39
   * and #46 were one New York Times sentence drawn twice from two copies of the article under two headlines).
   */
  withinDraw?: boolean;
}

const RUN = 8;

function words(text: string): string[] {
  return (foldApostrophes(text.toLowerCase()).match(/[\p{L}\p{N}']+/gu) ?? []).map((w) => w.replace(/'/g, ''));
}

/** A sample row's question without its "[pending]: Pending:" labels, which the passage never holds. */
function withoutLabel(cell: string): string {
  return cell.replace(/^\s*\[[\w -]+\]:\s*/, '').replace(/^(?:[A-Z][a-z]+(?: [a-z]+)?):\s*/, '');
}

/**
 * True when the two texts share a run of 8 consecutive words (case and punctuation aside). With
 * `shortWhole`, a read row of 2–7 words (its "[kind]: Kind:" label aside) shares a run when it
 * appears whole: sample 17's match could never see such a row, and drew two read passages again.
 */
export function sharesRun(a: string, b: string, shortWhole = false): boolean {
  const wa = words(shortWhole ? withoutLabel(a) : a);
  const run = shortWhole && wa.length >= 2 && wa.length < RUN ? wa.length : RUN;
  const runs = new Set<string>();
  for (let i = 0; i + run <= wa.length; i++) runs.add(wa.slice(i, i + run).join(' '));
  const wb = words(b);
  for (let i = 0; i + run <= wb.length; i++) if (runs.has(wb.slice(i, i + run).join(' '))) return true;
  return false;
}

/**
 * The words the question templates add around a passage ("Can anyone besides … confirm that",
 * "says an unnamed source", "What exactly do the people involved deny"), which say nothing of
 * which passage was asked.
 */
const TEMPLATE_WORDS = new Set(
  (
    'anyone besides confirm confirmed named unnamed source sources report evidence case right exactly people ' +
    'involved deny denied either way answer accusation charge criticism claim experts pending disputed ' +
    'unverified known whether'
  ).split(' '),
);

/** A row needs this many content words to be matched by them: fewer say too little of a passage. */
const FEWEST_CONTENT = 4;
/** The share of the row's content words the passage must hold. */
const CONTENT_SHARE = 0.8;

function contentStems(text: string): Set<string> {
  return new Set(
    words(text)
      .filter((w) => w.length > 2 && !STOPWORDS.has(w) && !TEMPLATE_WORDS.has(w))
      .map((w) => stemmer(w)),
  );
}

/**
 * True when `text` holds at least 80% of the row's content words (stemmed; function words and
 * the templates' own words aside), the row having 4 or more: a question that rephrases a read
 * passage keeps its names and content words but rarely 8 of them in a row (sample 18's #24, sample
 * 14's "… confirm that Trump is in first?" against "In Iowa, Trump is in first, according to …").
 */
function sharesContent(row: string, text: string): boolean {
  const asked = contentStems(withoutLabel(row));
  if (asked.size < FEWEST_CONTENT) return false;
  const held = contentStems(text);
  let shared = 0;
  for (const stem of asked) if (held.has(stem)) shared++;
  return shared >= CONTENT_SHARE * asked.size;
}

/** True when a read row marks the text (a candidate's passage or wording) read, by the draw's matches. */
export function readBefore(row: string, text: string, match: ReadMatch = {}): boolean {
  return sharesRun(row, text, match.shortWhole) || (match.byContent === true && sharesContent(row, text));
}

/** A sentence's words for the same-sentence match: quote marks dropped, apostrophes and spaces one form, case folded. */
function sameSentenceForm(text: string): string {
  return foldApostrophes(text)
    .replace(/[“”"«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A sentence this short ("He said.") says too little to mark a passage read elsewhere. */
const FEWEST_SENTENCE_WORDS = 5;

/**
 * The sentences of `sentences` that some row (of any article) holds whole, by `sameSentenceForm`:
 * wire copy runs under several headlines, so a sentence read in one copy is read in all.
 */
export function sentencesReadAnywhere(sentences: readonly string[], rows: readonly string[]): string[] {
  const forms = rows.map(sameSentenceForm);
  return sentences.filter((sentence) => {
    const form = sameSentenceForm(sentence);
    return form.split(' ').length >= FEWEST_SENTENCE_WORDS && forms.some((row) => row.includes(form));
  });
}

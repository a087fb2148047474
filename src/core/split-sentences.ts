import type { Sentence } from './analysis-types';
import { apposedTitle } from './apposed-title';
import type { CleanArticle } from './clean-article';
import { ABBREVIATIONS, CURRENCY_BEFORE_NUMBER, TITLES } from './full-stop-words';
import { lineSegments } from './line-segments';
import { listMarker } from './list-marker';
import { nextOpensSentence } from './next-opens-sentence';
import { SENTENCE_OPENERS } from './sentence-openers';
import { spaceChar } from './space-char';
import { stateStopEnds } from './state-stop';
import { titleAsSurname } from './title-as-surname';

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);
// A backtick opens TeX and typewriter quotes (``…'').
const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[', '`']);

/** The abbreviated suffixes of a company's name (each in full-stop-words.ts's ABBREVIATIONS). */
const COMPANY_SUFFIXES = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Bros']);

function isUpper(ch: string | undefined): boolean {
  return !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string | undefined): boolean {
  return !!ch && ch >= '0' && ch <= '9';
}

/** The token before position `dot` (letters and inner dots), e.g. "U.S" or "Mr". */
function tokenBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

function wordAt(text: string, i: number): string {
  const match = /^[A-Za-z]+/.exec(text.slice(i, i + 20));
  return match ? match[0] : '';
}

/** Whether a full stop at `dot` can end a sentence whose next word starts at `next`. */
function stopEnds(text: string, dot: number, next: number): boolean {
  const token = tokenBefore(text, dot);
  if (token === '') return true;
  if (stateStopEnds(text, token, dot, next)) return true;
  // A company's suffix closes its name and can close the sentence: "… built by Harwell Marine Ltd. The firm is …"
  // ("Acme Inc. chief executive", "Acme Ltd. Chairman Jo Hart" go on).
  if (CURRENCY_BEFORE_NUMBER.has(token) && isDigit(text[next])) return false;
  if (COMPANY_SUFFIXES.has(token)) return nextOpensSentence(text, next);
  if (ABBREVIATIONS.has(token)) {
    // "No. 10" is an abbreviation; "said no." is not.
    if (token === 'no' || token === 'No') return !isDigit(text[next]);
    return TITLES.has(token) && titleAsSurname(text, dot, token, next);
  }
  if (apposedTitle(text, dot, token)) return false;
  // An initial ("J. K. Rowling"), unless an ampersand joins the letter to a name ("AT&T.", "S&P."): a
  // name's last letter ends a sentence like any word.
  if (/^[A-Z]$/.test(token)) return /[A-Za-z]&$/.test(text.slice(Math.max(0, dot - 3), dot - 1));
  if (token.includes('.')) return SENTENCE_OPENERS.has(wordAt(text, next)); // "U.S", "a.m"
  return true;
}

/**
 * "“Could it happen here? You bet it could,” wrote Sanders", "“It's public! Just email it,” she wrote": a
 * question or exclamation inside an open quotation that the same quotation closes in a few words before its
 * tag. Split there, the short close ("You bet it could") loses what it answers and the question its tag; the
 * two stay one sentence.
 */
function answeredInQuote(text: string, after: number): boolean {
  const before = text.slice(0, after);
  if ((before.match(/\u201c/g) ?? []).length <= (before.match(/\u201d/g) ?? []).length) return false;
  const answer = /^\s+([^\u201c\u201d?!.]{1,40}),[\u201d\u2019]\s+[a-z]/.exec(text.slice(after));
  return !!answer && answer[1]!.trim().split(/\s+/).length <= 6;
}

/**
 * "“Why should islanders wait?” Tolland asked, “when the bids are already in.”": a quotation closed on a question or
 * exclamation, its tag (no stop in it) and the same quotation re-opened on a lower-case word. The words after the tag
 * go on the sentence the quotation began, so split there each half is cut (issue 12: a thread answer cited one half).
 */
const TAG_THEN_LOWER_QUOTE = /^[^\n.?!“”"‘’]{1,60},\s*[“"‘]\s*\p{Ll}/u;

/** Sentence boundaries inside one span of the input: [start, end) pairs, trimmed. */
function splitSpan(text: string, base: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026') continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < text.length && CLOSERS.has(text[j]!)) j++;
    let k = j;
    while (k < text.length && spaceChar(text.charCodeAt(k))) k++;
    if (k === j || k >= text.length) continue;
    const next = text[k]!;
    // A list item on the next line opens a sentence after a stop, whatever its bullet ("- ", "• ").
    const opensSentence = isUpper(next) || isDigit(next) || OPENERS.has(next) || listMarker(text, k) > k;
    if (!opensSentence) continue;
    if (ch === '.' && j === i + 1 && !stopEnds(text, i, k)) continue;
    if ((ch === '?' || ch === '!') && j === i + 1 && answeredInQuote(text, i + 1)) continue;
    if ((ch === '?' || ch === '!') && j > i + 1 && TAG_THEN_LOWER_QUOTE.test(text.slice(k))) continue;
    spans.push([start, j]);
    start = k;
    i = k - 1;
  }
  spans.push([start, text.length]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    let a = s;
    let b = e;
    while (a < b && spaceChar(text.charCodeAt(a))) a++;
    while (b > a && spaceChar(text.charCodeAt(b - 1))) b--;
    if (b > a) a = listMarker(text, a);
    if (b > a) out.push([base + a, base + b]);
  }
  return out;
}

/** Body sentences with offsets into the original input (input.slice(start, end) === text). */
export function splitSentences(article: CleanArticle): Sentence[] {
  const sentences: Sentence[] = [];
  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    const spans = article.lineSentences ? paragraph.lines : lineSegments(article.input, paragraph);
    for (const span of spans) {
      const text = article.input.slice(span.start, span.end);
      for (const [start, end] of splitSpan(text, span.start)) {
        sentences.push({
          id: sentences.length,
          text: article.input.slice(start, end),
          start,
          end,
          paragraph: paragraphIndex,
        });
      }
    }
  });
  return sentences;
}

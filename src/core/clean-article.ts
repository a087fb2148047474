import type { ArticleMeta } from './analysis-types';
import { beforeWebSignOff, isBoilerplateLine, isPromoLink, stripDateline, stripLeadingCredit } from './copy-furniture';
import { spaceChar } from './space-char';
import { splitSentences } from './split-sentences';

/** A body paragraph: a run of non-empty lines between blank lines, offsets into the input. */
interface Paragraph {
  start: number;
  end: number;
  /** Line spans inside the paragraph (offsets into the input), furniture already removed. */
  lines: Array<{ start: number; end: number }>;
}

export interface CleanArticle {
  /** The original input; every offset points into it. */
  input: string;
  title: string;
  paragraphs: Paragraph[];
  /** True when lines inside a paragraph are sentences (the BBC one-sentence-per-line layout). */
  lineSentences: boolean;
}

interface Line {
  start: number;
  end: number;
}

function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = input.indexOf('\n', start);
    const i = newline < 0 ? input.length : newline;
    let end = i;
    if (end > start && input[end - 1] === '\r') end--;
    lines.push({ start, end });
    if (newline < 0) return lines;
    start = i + 1;
  }
}

/** Trim whitespace off a span without losing its offsets. */
function trimSpan(input: string, span: Line): Line {
  let { start, end } = span;
  while (start < end && spaceChar(input.charCodeAt(start))) start++;
  while (end > start && spaceChar(input.charCodeAt(end - 1))) end--;
  return { start, end };
}

const TERMINAL = /[.!?:"'\u201d\u2019)\]]$/;
/** How much of the first paragraph is read for its opening sentence: a title keeps 200 characters of it. */
const OPENING_WINDOW = 400;

function normalizeForCompare(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Finds the headline and body paragraphs. Furniture (photo credits with their embedded promos,
 * bylines, "Read more" lines, datelines) is dropped by narrowing spans, never by rewriting text,
 * so every offset stays valid against the input.
 */
export function cleanArticle(input: string, meta: ArticleMeta = {}): CleanArticle {
  const lines = splitLines(input).map((line) => trimSpan(input, line));
  let index = 0;
  while (index < lines.length && lines[index]!.start === lines[index]!.end) index++;

  let title = meta.title?.trim() ?? '';
  const first = lines[index];
  if (first) {
    const firstText = input.slice(first.start, first.end);
    const headline = stripLeadingCredit(firstText);
    const next = lines[index + 1];
    const standsAlone = !next || next.start === next.end;
    const looksLikeHeadline =
      headline.length > 0 && headline.length <= 250 && (standsAlone || !TERMINAL.test(headline));
    const matchesMeta = title !== '' && normalizeForCompare(title).includes(normalizeForCompare(headline));
    if (title === '' ? looksLikeHeadline : matchesMeta || (looksLikeHeadline && firstText !== headline)) {
      if (title === '') title = headline;
      index++;
    }
  }

  const paragraphs: Paragraph[] = [];
  let current: Line[] = [];
  const flush = (): void => {
    if (current.length > 0) {
      paragraphs.push({ start: current[0]!.start, end: current[current.length - 1]!.end, lines: current });
    }
    current = [];
  };
  // The last furniture line, while only blank lines follow it: a promo's bare label owns the next line.
  let furniture = '';
  for (; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.start === line.end) {
      flush();
      continue;
    }
    const text = input.slice(line.start, line.end);
    if (isBoilerplateLine(text) || (current.length === 0 && isPromoLink(furniture, text))) {
      flush();
      furniture = text;
      continue;
    }
    furniture = '';
    current.push(line);
  }
  flush();

  const firstParagraph = paragraphs[0];
  if (firstParagraph) {
    const firstLine = firstParagraph.lines[0]!;
    const skip = stripDateline(input.slice(firstLine.start, firstLine.end));
    if (skip > 0 && skip < firstLine.end - firstLine.start) {
      firstLine.start += skip;
      firstParagraph.start = firstLine.start;
    }
  }

  const lastParagraph = paragraphs[paragraphs.length - 1];
  if (lastParagraph) {
    const lastLine = lastParagraph.lines[lastParagraph.lines.length - 1]!;
    lastLine.end = lastLine.start + beforeWebSignOff(input.slice(lastLine.start, lastLine.end));
    lastParagraph.end = lastLine.end;
  }

  if (title === '' && firstParagraph) {
    // The engine's own sentence splitter: an abbreviation's stop ("Sen. Ann Lee, Rep. Tom Brack …", "Dr.", "U.S.")
    // ends no sentence, where a split at every stop titled the story "Sen" (review s45 B-r45-9).
    const end = Math.min(firstParagraph.end, firstParagraph.start + OPENING_WINDOW);
    const opening = {
      input,
      title: '',
      paragraphs: [{ start: firstParagraph.start, end, lines: [] }],
      lineSentences: false,
    };
    title = (splitSentences(opening)[0]?.text ?? '').slice(0, 200);
  }

  return { input, title, paragraphs, lineSentences: detectLineSentences(input, paragraphs) };
}

/** Hard-wrapped prose breaks lines mid-sentence; the BBC layout ends nearly every line with punctuation. */
function detectLineSentences(input: string, paragraphs: Paragraph[]): boolean {
  let inner = 0;
  let terminal = 0;
  for (const paragraph of paragraphs) {
    for (const line of paragraph.lines.slice(0, -1)) {
      inner++;
      if (TERMINAL.test(input.slice(line.start, line.end))) terminal++;
    }
  }
  return inner > 0 && terminal / inner >= 0.8;
}

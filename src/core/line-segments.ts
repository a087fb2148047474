/** A span of the input: [start, end) offsets. */
interface Span {
  start: number;
  end: number;
}

/** Endings that say the line goes on: a comma or dash, or a colon whose label owns the next line ("Media Contact:"). */
const RUNS_ON = /[,;:&\-\u2013\u2014]$/;
const STOPPED = /[.!?\u2026]["'\u201d\u2019)\]]*$/;
const FIRST_WORD = /^\S+/;

/**
 * "About Halloran Biotics\nHalloran Biotics, Inc. is …", "Media Contact:\nPriya Holcombe-Reyes": in copy that is not
 * one sentence a line, a line with no stop is a hard wrap or a heading. A wrap breaks a line only when the next word
 * would not fit, so no wrapped line plus the next line's first word is shorter than the paragraph's longest line; a
 * line that leaves that room was broken by hand, and when the next line opens a sentence (not lower case) the break
 * ends a segment. The longest line never qualifies, so greedy-wrapped prose keeps its lines joined at any width.
 */
export function lineSegments(input: string, paragraph: Span & { lines: Span[] }): Span[] {
  const { lines } = paragraph;
  if (lines.length < 2) return [paragraph];
  let width = 0;
  for (const line of lines) width = Math.max(width, line.end - line.start);
  const segments: Span[] = [];
  let start = lines[0]!.start;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!;
    const text = input.slice(line.start, line.end);
    const next = input.slice(lines[i + 1]!.start, lines[i + 1]!.end);
    const word = FIRST_WORD.exec(next)?.[0] ?? '';
    const opens = word !== '' && word[0] === word[0]!.toUpperCase() && !/^\p{Ll}/u.test(word);
    const room = text.length + 1 + word.length <= width;
    if (!room || !opens || STOPPED.test(text) || RUNS_ON.test(text) || quotationOpen(text)) continue;
    segments.push({ start, end: line.end });
    start = lines[i + 1]!.start;
  }
  segments.push({ start, end: paragraph.end });
  return segments;
}

/** A line that leaves a quotation (or a markup attribute's quotes) open has not ended: its words go on below. */
function quotationOpen(line: string): boolean {
  let straight = 0;
  let curly = 0;
  for (const ch of line) {
    if (ch === '"') straight++;
    else if (ch === '\u201c') curly++;
    else if (ch === '\u201d') curly--;
  }
  return straight % 2 === 1 || curly > 0;
}

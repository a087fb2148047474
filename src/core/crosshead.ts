import type { Analysis } from './analysis-types';

/** Words a section heading runs to at most ("PPA position (paragraph 11)", "What happens next"). */
const MAX_WORDS = 8;
/** A line closing a sentence, a quotation or a parenthesis: body copy, not a heading. */
const CLOSED = /[.!?:;…"”’)]\s*$/u;
/** A line of body copy also starts in lower case or with a quote mark, a dash or a bullet. */
const BODY_START = /^[\p{Ll}"“‘'\-–—•*]/u;

/**
 * A crosshead: a short line standing alone as its paragraph, with no closing punctuation (the section headings of
 * DW, Graphic and ProPublica copy). It names what follows, and a reply citing it says nothing. A one-sentence
 * paragraph of body copy ends with a full stop, so the missing stop, not the length alone, marks the heading.
 */
export function isCrosshead(analysis: Analysis, index: number): boolean {
  const sentence = analysis.sentences[index];
  if (!sentence) return false;
  const text = sentence.text.trim();
  if (CLOSED.test(text) || BODY_START.test(text) || text.split(/\s+/).length > MAX_WORDS) return false;
  const alone = (i: number) => analysis.sentences[i]?.paragraph !== sentence.paragraph;
  return alone(index - 1) && alone(index + 1);
}

/** A run of white space that is not one lone space: two or more characters, or one other than " ". */
const SPACE_TO_COLLAPSE = / \s+|[^\S ]\s*/g;

/**
 * `text.replace(/\s+/g, ' ')`, the same string for every text, without building a copy when every run is already a
 * lone space: a lone space is replaced by itself, so only the other runs need matching, and a replace that matches
 * nothing hands back the text itself. The summary compares every sentence so (an allocation profile of the analysis
 * put these copies among its largest young-generation garbage).
 */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_TO_COLLAPSE, ' ');
}

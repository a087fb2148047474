import type { Sentence } from './analysis-types';
import { wordCount } from './word-count';

/**
 * The headings a wire release (PR Newswire, Business Wire, GlobeNewswire) puts after its story: the company and product
 * profiles ("About Halloran Biotics"), the legal notice ("Forward-Looking Statements", "Safe Harbor Statement"), the
 * contacts ("Media Contact:") and the distributor's close ("SOURCE Halloran Biotics, Inc.", "###", "-30-"). Matched against
 * a segment's first line, which line-segments.ts keeps apart from the text after it; a heading has no stop of its own.
 */
const HEADING = new RegExp(
  [
    // A name after "About": capitalised words and their connectors, never a clause ("About Time was a hit.").
    String.raw`About (?:the )?\p{Lu}[\p{L}\p{N}&'’.\-]*(?:,? (?:\p{Lu}[\p{L}\p{N}&'’.\-]*|\p{N}+|of|and|for|the|&))*`,
    '(?:Cautionary (?:Note|Statement)s? (?:Regarding|Concerning|on) )?Forward[- ]Looking Statements?',
    'Safe Harbou?r(?: Statement)?',
    '(?:(?:Media|Press|Investor|Investors|Company|Editorial)(?: Relations)? )?(?:Contacts?|Enquiries|Inquiries)',
    String.raw`SOURCE \p{Lu}.{0,80}`,
    // The wire's end mark; "***" and "---" are a feature's section breaks, with story after them.
    '#{3}|-30-',
  ]
    .map((form) => `(?:${form})`)
    .join('|'),
  'u',
);
const WHOLE = new RegExp(`^(?:${HEADING.source}):?$`, 'u');

/** Does this line read as a release heading: no sentence stop inside, short, and one of the forms above? */
function releaseHeading(line: string): boolean {
  // Words counted without splitting: the split built an array of strings for every sentence of every article.
  if (/[.!?]\s/.test(line) || wordCount(line) > 9) return false;
  return WHOLE.test(line.trim());
}

/**
 * Where the story ends in a press release: the index of the first sentence whose first line is a release heading, or
 * the sentence count when there is none. The summary and the open questions read the story before it; the boiler plate
 * after it is the release's own profile and contacts (what the company does, whom to call), which stays for answers.
 * A heading at the very start is a headline, not boiler plate.
 */
export function storyBodyEnd(sentences: readonly Sentence[]): number {
  for (let i = 1; i < sentences.length; i++) {
    const text = sentences[i]!.text;
    const lineEnd = text.indexOf('\n');
    if (releaseHeading(lineEnd < 0 ? text : text.slice(0, lineEnd))) return i;
  }
  return sentences.length;
}

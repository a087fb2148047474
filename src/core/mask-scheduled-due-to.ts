import data from './verb-bases.json' with { type: 'json' };

/**
 * Words WordNet reads as verbs more often than as nouns, precomputed by src/train/build-verb-bases.ts so src/core
 * reads no files.
 */
const VERBS: ReadonlySet<string> = new Set((data as { words: string }).words.split(' '));
/**
 * "due to" after a form of "be" (an adverb may stand between: "is now due to"), and the word after it. The schedule
 * is predicative ("Talks are due to resume", "Berg was due to sign"); with no "be" before it "due to" is a cause even
 * when its noun is also a verb ("prices rose due to demand", "closed due to work on the line"; review B-ans50-1).
 */
const DUE_TO =
  /((?:\b(?:is|are|was|were|be|been|being|am)|['’](?:s|re))\s+(?:[a-z]+ly\s+|now\s+|still\s+|also\s+)?)due to ([a-z]+)\b/gi;

/**
 * "due to" before a verb's base form is a schedule ("Berg was due to sign", "is due to be published"), not a
 * cause ("due to the rain", "due to injury"); the cause readers mask it out first. Linear: one pass, no rescans.
 */
export function maskScheduledDueTo(text: string): string {
  if (!/due to/i.test(text)) return text;
  // A capitalised word after it is a name ("due to Trump's…"): a cause.
  return text.replace(DUE_TO, (whole, be: string, next: string) =>
    next === next.toLowerCase() && VERBS.has(next) ? `${be}scheduled to ${next}` : whole,
  );
}

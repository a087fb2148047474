import data from './verb-bases.json' with { type: 'json' };

/**
 * Words WordNet reads as verbs more often than as nouns, precomputed by src/train/build-verb-bases.ts so src/core
 * reads no files.
 */
const VERBS: ReadonlySet<string> = new Set((data as { words: string }).words.split(' '));
/** "due to" and the word after it, lowercase: a capitalised word is a name ("due to Trump's…"), a cause. */
const DUE_TO = /\bdue to ([a-z]+)\b/gi;

/**
 * "due to" before a verb's base form is a schedule ("Berg was due to sign", "is due to be published"), not a
 * cause ("due to the rain", "due to injury"); the cause readers mask it out first. Linear: one pass, no rescans.
 */
export function maskScheduledDueTo(text: string): string {
  if (!/due to/i.test(text)) return text;
  return text.replace(DUE_TO, (whole, next: string) =>
    next === next.toLowerCase() && VERBS.has(next) ? `scheduled to ${next}` : whole,
  );
}

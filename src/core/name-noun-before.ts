import data from './name-nouns.json' with { type: 'json' };

/** Built once on first use: the nouns `npx tsx src/train/build-name-nouns.ts` wrote ("pen_name"), as one alternation. */
let pattern: RegExp | undefined;

/**
 * Whether the copy before an opening mark ends with a noun for a name ("under the pseudonym", "with the nickname",
 * "his stage name", plurals too) right before the mark: what the marks hold is that name, not words
 * anyone said, however US style closes it ("the pseudonym "Carlos Danger," but …"; WordNet's kinds of name).
 */
export function nameNounBefore(lead: string): boolean {
  pattern ??= new RegExp(
    String.raw`\b(?:${(data as string)
      .split(' ')
      .map((noun) => `${noun.replace(/_/g, String.raw`\s+`)}s?`)
      .join('|')})\s*$`,
    'i',
  );
  return pattern.test(lead);
}

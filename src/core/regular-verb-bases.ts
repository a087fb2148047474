/**
 * The base forms a regular inflection may come from, the word itself first: "describes" → "describe", "emailed" →
 * "email", "replied" → "reply", "scrapped" → "scrap". A lexicon lookup keeps whichever it lists.
 */
export function regularVerbBases(word: string): string[] {
  const out = [word];
  const stem = /^(.+?)(?:es|s|ed|d|ing)$/.exec(word)?.[1];
  if (stem) out.push(stem, `${stem}e`, stem.replace(/i$/, 'y'), stem.replace(/(\w)\1$/, '$1'));
  if (/(?:s|d)$/.test(word)) out.push(word.slice(0, -1));
  return out;
}

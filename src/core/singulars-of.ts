/**
 * Singulars a plural may come from, as WordNet's morphy strips them ("tories" → "tory", "churches" → "church",
 * "democrats" → "democrat"); shared by the lexicon's builder and its reader so both strip alike.
 */
export function singularsOf(word: string): string[] {
  const out: string[] = [];
  if (/ies$/.test(word)) out.push(`${word.slice(0, -3)}y`);
  if (/(?:s|x|z|ch|sh)es$/.test(word)) out.push(word.slice(0, -2));
  if (/[^s]s$/.test(word)) out.push(word.slice(0, -1));
  return out;
}

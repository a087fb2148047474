import { distance } from 'fastest-levenshtein';

/**
 * The subcommand a mistyped first word was probably meant to be ("folow" → "follow"), or
 * undefined. Short words must be nearly exact: "fed" is a word in news, not "feed" mistyped.
 */
export function closestSubcommand(word: string, names: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  if (typed.length < 3 || !/^[a-z]+$/.test(typed)) return undefined;
  const allowed = typed.length <= 4 ? 1 : 2;
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    if (!name || name === typed) continue;
    const d = distance(typed, name);
    if (d <= allowed && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}

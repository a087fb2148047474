import { distance } from 'fastest-levenshtein';

/**
 * The subcommand a mistyped first word was probably meant to be ("folow" → "follow"), or
 * undefined. Short words must be nearly exact: "fed" is a word in news, not "feed" mistyped. Two
 * letters swapped ("lsit", "digset") count as one slip, as they are typed: as two edits, "lsit"
 * was too far from "list" and was searched as a story.
 */
export function closestSubcommand(word: string, names: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  if (typed.length < 3 || !/^[a-z]+$/.test(typed)) return undefined;
  const allowed = typed.length <= 4 ? 1 : 2;
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    if (!name || name === typed) continue;
    const d = swapsTwoLetters(typed, name) ? 1 : distance(typed, name);
    if (d <= allowed && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}

/** "lsit" for "list": the same letters with one neighbouring pair swapped. */
function swapsTwoLetters(typed: string, name: string): boolean {
  // Not in three letters: "dad" is a word, not "add" mistyped.
  if (typed.length !== name.length || typed.length < 4) return false;
  const differ = [...typed].flatMap((c, i) => (c === name[i] ? [] : [i]));
  const [i, j] = differ;
  return differ.length === 2 && j === i! + 1 && typed[i!] === name[j] && typed[j] === name[i!];
}

/**
 * A list of names joined by commas and a last "and" ("Sanders and Reed", "Sanders, Reed and Jones"), read as one
 * subject: the coordination joins like with like, so a first word that only ever opens a sentence is a name when the
 * words it is joined to are. Before, "Sanders, Reed and Jones insisted …" lost its first name at the list's comma and
 * "Sanders and Reed" lost its capital (review s41 B-r41-12).
 */

/** One to three capitalised words: "Reed", "Jo Reed", "Mary Ann Reed", "J. Reed". */
const RUN = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;

/** The whole text as such a list: runs, commas, an optional serial comma, "and" or "&", a last run. */
const LIST = new RegExp(`^(${RUN}(?:,\\s+${RUN})*),?\\s+(?:and|&)\\s+(${RUN})$`, 'u');

/**
 * Capitalised words that open a sentence and name no one: determiners, prepositions, connectives and sentence
 * adverbs ("Yesterday, Reed and Jones …" is a time and a pair, not three people), and any "-ly" adverb.
 */
const NO_NAME =
  /^(?:the|a|an|this|that|these|those|some|many|most|all|both|each|every|other|such|no|any|in|on|at|for|with|by|from|after|before|since|during|under|over|but|and|or|so|yet|also|however|meanwhile|still|instead|then|now|here|there|yesterday|today|tonight|tomorrow|earlier|later|again|elsewhere|overall|first|second|third|next|last|finally|indeed|thus|hence|he|she|it|they|we|i|you)$/i;

/** The conjuncts of a list of names that is the whole of `text`, or null when it is no such list. */
export function nameList(text: string): string[] | null {
  const list = LIST.exec(text.trim());
  if (!list) return null;
  const items = [...list[1]!.split(/,\s+/), list[2]!];
  const words = items.map((item) => item.split(/\s+/)[0]!.replace(/['’]s?$/, ''));
  return words.some((word) => NO_NAME.test(word) || /ly$/.test(word)) ? null : items;
}

/** A determiner a description may open on: printed with it, it reads as the copy's noun phrase. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|another|one|two|three|some|many|most)$/i;

/**
 * A speaker the copy gives as a description, not a name, cut without its article: its head, the last word, is lower
 * case (a name ends on its capitalised surname) and no determiner opens it ("U.S. senator" of "The former first lady
 * and U.S. senator said"). Printed where a name goes it reads "that U.S. senator mishandled …" or "which U.S.
 * senator denies", the article lost, and cut from the longer phrase it may not say whom the copy meant.
 */
export function bareDescription(who: string): boolean {
  const words = who.trim().split(/\s+/);
  return words.length > 0 && /^[a-z]/.test(words.at(-1)!) && !DETERMINER.test(words[0]!);
}

/**
 * Whether a phrase ends on a word with a lower-case compound that describes someone ("Los Angeles-based",
 * "Ohio-born", "Saudi-led"): a tag's adjective, never a name, unlike "Park Geun-hye" or "Al-Assad".
 */
export function describingCompound(phrase: string): boolean {
  return /-(?:[a-z]+ed|born|bred|area|run|style|wide|made)$/.test(phrase.trim());
}

import { eachMatch } from './each-match';

/** Claims whose source names nobody: shown as "…, says an unnamed source" when no question reads well. */
const UNNAMED_SOURCE =
  /\b(?:sources?|officials?|insiders?|aides|advisers|people familiar|analysts|experts|observers|critics)\b[^.]{0,40}\b(?<!\b(?:a|the)\s)(?:said|say|says|told|believe|claimed|suggested)\b|\bit is (?:understood|thought|believed)\b|\baccording to (?:sources|officials|people)\b/gi;
/** "information that government officials said would…", "which, his advisers believe, would…": a relative clause's source. */
const RELATIVE_BEFORE = /\b(?:that|which|who|whom)\b,?\s+(?:[\w'’-]+\s+){0,2}$/i;
const GAP_AFTER = /^,?\s+(?:would|will|could|can|may|might|should|must|is|are|was|were|has|have|had)\b/i;

/**
 * Whether an unnamed source vouches for the sentence's own claim: not only for a relative clause inside
 * it (the writer's narration is nobody's claim), and "a say" at a convention is no speech verb.
 */
export function unnamedSource(text: string): boolean {
  for (const m of eachMatch(UNNAMED_SOURCE, text)) {
    const relative = RELATIVE_BEFORE.test(text.slice(0, m.index)) && GAP_AFTER.test(text.slice(m.index + m[0].length));
    if (!relative) return true;
  }
  return false;
}

/** A plural subject's verb: an auxiliary, or a reporting verb without the singular's -s. */
const PLURAL_VERB =
  /^(?:are|were|have|do|say|argue|warn|claim|insist|believe|fear|contend|think|expect|worry|predict|suggest|agree|want|hope|point|note)$/;

/**
 * A lone speaker word that opens its sentence as a plural ("Firms argue …", "Democrats argue …"): the copy agrees
 * a plural verb with it, so "Are …", whatever its capital. A surname ending in -s takes the singular ("Sanders
 * has", "Banks says") or a past tense. The capital is left as the copy writes it: "Democrats" is a name too
 * (review s33 B-int-7).
 */
export function pluralCommonNoun(speaker: string, texts: readonly string[]): boolean {
  if (!/^[A-Z][a-z]+s$/.test(speaker) || /ss$/.test(speaker)) return false;
  const after = `${speaker} `;
  return texts.some((text) => {
    const at = text.startsWith(after) ? after.length : -1;
    return at > 0 && PLURAL_VERB.test(/^[a-z]+/.exec(text.slice(at))?.[0] ?? '');
  });
}

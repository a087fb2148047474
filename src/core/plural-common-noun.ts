/** A plural subject's verb: an auxiliary, or a reporting verb without the singular's -s. */
const PLURAL_VERB =
  /^(?:are|were|have|do|say|argue|warn|claim|insist|believe|fear|contend|think|expect|worry|predict|suggest|agree|want|hope|point|note)$/;

/**
 * A lone speaker word that is a common plural opening its sentence ("Firms argue …", "Economists warn …"), not
 * a name: the copy agrees a plural verb with it. A surname ending in -s takes the singular ("Sanders has",
 * "Banks says") or a past tense, and stays a name.
 */
export function pluralCommonNoun(speaker: string, texts: readonly string[]): boolean {
  if (!/^[A-Z][a-z]+s$/.test(speaker) || /ss$/.test(speaker)) return false;
  const after = `${speaker} `;
  return texts.some((text) => {
    const at = text.startsWith(after) ? after.length : -1;
    return at > 0 && PLURAL_VERB.test(/^[a-z]+/.exec(text.slice(at))?.[0] ?? '');
  });
}

/**
 * Verbs so general that WordNet lists them beside almost any act ("make" for build, "take" for seize) and that
 * idioms lend to other acts ("made it to the U.S.", "take in refugees"): as stems, as contentTerms gives them.
 */
const LIGHT = new Set(['make', 'take', 'give', 'put', 'set', 'go']);

/** Whether a verb's stem is a light verb, which neither says an asked act nor, asked, names one the copy must repeat. */
export function lightVerb(stem: string): boolean {
  return LIGHT.has(stem);
}

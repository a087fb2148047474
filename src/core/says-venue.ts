import data from './venue-nouns.json' with { type: 'json' };

/**
 * Nouns whose commonest WordNet sense is an occasion or medium something is said or held at ("interview", "rally",
 * "video", "convention"), precomputed by src/train/build-venue-nouns.ts so src/core reads no files.
 */
const NOUNS = (data as { words: string }).words.split(' ');
/**
 * Words that end a noun phrase's modifiers: "in the race for the convention" is no venue of the race, "at the time
 * they held a rally" none of the time.
 */
const NOT_MODIFIER = String.raw`(?:of|for|to|and|or|but|that|which|who|with|by|from|in|at|on|as|is|was|were|are|be|been|has|have|had|when|where|while|after|before|he|she|it|they|we|i|you|said|says)\b`;
/**
 * "in an interview", "at a rally", "in the 2013 video", "on NBC's radio show", "during a news conference": a
 * preposition of place, an optional determiner and up to three modifiers before the venue noun.
 */
const VENUE = new RegExp(
  String.raw`\b(?:in|at|on|during)\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:(?!${NOT_MODIFIER})[\w'’.-]+\s+){0,3}(?:${NOUNS.join('|')})\b`,
  'i',
);

/**
 * The sentence names the occasion or medium of what it reports: "where did she say it?" is answered by "said in an
 * interview" as much as by a town.
 */
export function saysVenue(sentence: string): boolean {
  return VENUE.test(sentence);
}

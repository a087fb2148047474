import data from './comparative-adjectives.json' with { type: 'json' };
import { wordListSet } from './word-list-set';

/** Split once on first use. */
const comparatives = wordListSet(data as string);

/**
 * Whether a poll's finding opens on a comparison ("a slimmer lead for the mayor", "narrower margins", "better
 * numbers"): the comparative (src/train/build-comparative-adjectives.ts: wink-lexicon's JJR words and WordNet's
 * irregular comparatives) measures this poll against another one, so "Do other polls show a slimmer lead …?" asks
 * other polls for a comparison only this one makes (sample 54's #32). "More than half of voters", "fewer than 40
 * percent" are a share, not a comparison with another poll, and are asked as before.
 */
export function comparativeFinding(finding: string): boolean {
  const words = finding.toLowerCase().split(/\s+/);
  const at = words[0] === 'a' || words[0] === 'an' ? 1 : 0;
  return comparatives().has(words[at] ?? '') && words[at + 1] !== 'than';
}
